// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-kstrtox.c - lib/kstrtox.c: kstrtoull, kstrtoul and
 * kstrtoint (bases, prefixes, range, rejected input) and memparse.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include "harness.h"

#define UNTOUCHED	0x5a5a5a5a5a5a5a5aULL

/* Parses s and checks the error code and, on success, the value. */
static void check_ull(const char *s, unsigned int base, int err,
		      unsigned long long want, int line)
{
	unsigned long long v = UNTOUCHED;
	int ret = kstrtoull(s, base, &v);

	if (ret != err)
		ht_fail(__FILE__, line, "kstrtoull(\"%s\", %u) returned %d, want %d",
			s, base, ret, err);
	else if (v != (err ? UNTOUCHED : want))
		ht_fail(__FILE__, line, "kstrtoull(\"%s\", %u) stored %#llx, want %#llx",
			s, base, v, err ? UNTOUCHED : want);
}

#define ULL_OK(s, base, want)	check_ull(s, base, 0, want, __LINE__)
#define ULL_ERR(s, base, err)	check_ull(s, base, err, 0, __LINE__)

static void bases_and_prefixes(void)
{
	ULL_OK("123", 10, 123);
	ULL_OK("0", 0, 0);
	ULL_OK("0x1f", 0, 31);
	ULL_OK("0X1F", 16, 31);
	ULL_OK("1f", 16, 31);
	ULL_OK("017", 0, 15);
	ULL_OK("017", 10, 17);
	ULL_OK("777", 8, 511);
	ULL_OK("z", 36, 35);
	ULL_OK("+5", 10, 5);
	ULL_OK("42\n", 10, 42);
}

static void overflow_is_erange(void)
{
	ULL_OK("18446744073709551615", 10, ~0ULL);
	ULL_ERR("18446744073709551616", 10, -ERANGE);
	ULL_ERR("99999999999999999999999", 10, -ERANGE);
	ULL_OK("0xffffffffffffffff", 0, ~0ULL);
	ULL_ERR("0x10000000000000000", 0, -ERANGE);
	ULL_OK("1777777777777777777777", 8, ~0ULL);
	ULL_ERR("2000000000000000000000", 8, -ERANGE);
}

static void garbage_is_einval(void)
{
	ULL_ERR("", 10, -EINVAL);
	ULL_ERR("abc", 10, -EINVAL);
	ULL_ERR("12a", 10, -EINVAL);
	ULL_ERR(" 12", 10, -EINVAL);
	ULL_ERR("12 ", 10, -EINVAL);
	ULL_ERR("-1", 10, -EINVAL);
	ULL_ERR("0x", 16, -EINVAL);
	ULL_ERR("8", 8, -EINVAL);
	ULL_ERR("42\n\n", 10, -EINVAL);
	ULL_ERR("+", 10, -EINVAL);
}

/* long is 32 bits on i386: the range is that of a u32. */
static void kstrtoul_range(void)
{
	unsigned long v = 7;

	HT_EXPECT_EQ(kstrtoul("4294967295", 10, &v), 0);
	HT_EXPECT_EQ(v, 4294967295UL);
	v = 7;
	HT_EXPECT_EQ(kstrtoul("4294967296", 10, &v), -ERANGE);
	HT_EXPECT_EQ(v, 7);
	HT_EXPECT_EQ(kstrtoul("0x10", 0, &v), 0);
	HT_EXPECT_EQ(v, 16);
	HT_EXPECT_EQ(kstrtoul("x", 0, &v), -EINVAL);
}

static void kstrtoint_range(void)
{
	int v = 7;

	HT_EXPECT_EQ(kstrtoint("-2147483648", 10, &v), 0);
	HT_EXPECT_EQ(v, -2147483647 - 1);
	HT_EXPECT_EQ(kstrtoint("2147483647", 10, &v), 0);
	HT_EXPECT_EQ(v, 2147483647);
	HT_EXPECT_EQ(kstrtoint("-0", 10, &v), 0);
	HT_EXPECT_EQ(v, 0);
	HT_EXPECT_EQ(kstrtoint("-0x10", 0, &v), 0);
	HT_EXPECT_EQ(v, -16);
	v = 7;
	HT_EXPECT_EQ(kstrtoint("2147483648", 10, &v), -ERANGE);
	HT_EXPECT_EQ(kstrtoint("-2147483649", 10, &v), -ERANGE);
	HT_EXPECT_EQ(kstrtoint("--1", 10, &v), -EINVAL);
	HT_EXPECT_EQ(kstrtoint("banana", 10, &v), -EINVAL);
	HT_EXPECT_EQ(v, 7);
}

/* Every value printed in every base reads back as itself. */
static void round_trip_random(void)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	char buf[80];
	int i;

	for (i = 0; i < 20000; i++) {
		unsigned long long v = ht_random64() >> (ht_random32() % 64);
		unsigned long long x = v, got = 0;
		unsigned int base = 2 + ht_random32() % 35;
		int n = sizeof(buf) - 1;

		buf[n] = '\0';
		do {
			buf[--n] = digits[x % base];
			x /= base;
		} while (x);
		if (kstrtoull(buf + n, base, &got) || got != v)
			ht_fail(__FILE__, __LINE__,
				"kstrtoull(\"%s\", %u) gave %#llx, want %#llx",
				buf + n, base, got, v);
	}
}

static void memparse_suffixes(void)
{
	char *end;

	HT_EXPECT_EQ(memparse("64M", &end), 64ULL << 20);
	HT_EXPECT_EQ(*end, '\0');
	HT_EXPECT_EQ(memparse("4k", NULL), 4096);
	HT_EXPECT_EQ(memparse("4K", NULL), 4096);
	HT_EXPECT_EQ(memparse("2g", NULL), 2ULL << 30);
	HT_EXPECT_EQ(memparse("3G", NULL), 3ULL << 30);
	HT_EXPECT_EQ(memparse("0x1000", NULL), 4096);
	HT_EXPECT_EQ(memparse("0x10K", NULL), 16384);
	HT_EXPECT_EQ(memparse("1048576", NULL), 1048576);
}

static void memparse_stops_at_garbage(void)
{
	const char *s = "12abc";
	char *end;

	HT_EXPECT_EQ(memparse(s, &end), 12);
	HT_EXPECT_STREQ(end, "abc");
	HT_EXPECT_EQ(memparse("1Mx", &end), 1 << 20);
	HT_EXPECT_STREQ(end, "x");
	s = "";
	HT_EXPECT_EQ(memparse(s, &end), 0);
	HT_EXPECT(end == s);
}

static const struct ht_case cases[] = {
	HT_CASE(bases_and_prefixes),
	HT_CASE(overflow_is_erange),
	HT_CASE(garbage_is_einval),
	HT_CASE(kstrtoul_range),
	HT_CASE(kstrtoint_range),
	HT_CASE(round_trip_random),
	HT_CASE(memparse_suffixes),
	HT_CASE(memparse_stops_at_garbage),
	{}
};
HT_SUITE(kstrtox, cases);
