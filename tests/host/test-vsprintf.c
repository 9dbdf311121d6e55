// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-vsprintf.c - lib/vsprintf.c: conversions, flags, width,
 * precision, length modifiers, truncation and return values, and %pS
 * and %pB with kernel/kallsyms.c over a made-up symbol table.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/kallsyms.h>
#include "harness.h"

/*
 * Formats into a 64-byte buffer and checks both the text and the return
 * value, which must be the length of the text.
 */
#define CHECK(expect, fmt, ...) do {					\
	char __buf[64];							\
	int __n = snprintf(__buf, sizeof(__buf), fmt, ##__VA_ARGS__);	\
	HT_EXPECT_STREQ(__buf, expect);					\
	HT_EXPECT_EQ(__n, __builtin_strlen(expect));			\
} while (0)

/* Hides a deliberately odd format from gcc's format checks. */
static const char *odd(const char *fmt)
{
	const char *volatile f = fmt;

	return f;
}

static void signed_decimal(void)
{
	CHECK("0 1 -1", "%d %d %d", 0, 1, -1);
	CHECK("2147483647 -2147483648", "%d %i", 2147483647, -2147483647 - 1);
	CHECK("-42", "%i", -42);
}

static void unsigned_conversions(void)
{
	CHECK("4294967295", "%u", 4294967295u);
	CHECK("ff FF", "%x %X", 255, 255);
	CHECK("deadbeef", "%x", 0xdeadbeefu);
	CHECK("17 0", "%o %o", 15, 0);
	CHECK("ffffffff", "%x", -1);
}

static void alternate_form(void)
{
	CHECK("0x1f 0X1F 017", "%#x %#X %#o", 31, 31, 15);
	CHECK("0 0", "%#x %#o", 0, 0);
	CHECK("0x0000002a", "%#010x", 42);
	CHECK("0x02a", "%#.3x", 42);
}

static void sign_and_space_flags(void)
{
	CHECK("+5 -5 +0", "%+d %+d %+d", 5, -5, 0);
	CHECK(" 5 -5", "% d % d", 5, -5);
	CHECK("+5", odd("%+ d"), 5);
}

static void width_and_justification(void)
{
	CHECK("[   42]", "[%5d]", 42);
	CHECK("[42   ]", "[%-5d]", 42);
	CHECK("[00042]", "[%05d]", 42);
	CHECK("[-0042]", "[%05d]", -42);
	CHECK("[42   ]", odd("[%-05d]"), 42);
	CHECK("[123456]", "[%3d]", 123456);
}

static void precision_of_integers(void)
{
	CHECK("[00042]", "[%.5d]", 42);
	CHECK("[  042]", "[%5.3d]", 42);
	CHECK("[  042]", odd("[%05.3d]"), 42);
	CHECK("[-042]", "[%.3d]", -42);
	CHECK("[]", "[%.0d]", 0);
	CHECK("[   ]", "[%3.0x]", 0);
	CHECK("[7]", "[%.0d]", 7);
}

static void star_width_and_precision(void)
{
	CHECK("[    7]", "[%*d]", 5, 7);
	CHECK("[7    ]", "[%*d]", -5, 7);
	CHECK("[007]", "[%.*d]", 3, 7);
	CHECK("[7]", "[%.*d]", -2, 7);
	CHECK("[  ab]", "[%*.*s]", 4, 2, "abcdef");
}

static void length_modifiers(void)
{
	CHECK("-1 255", "%hhd %hhu", 0x1ff, 0x1ff);
	CHECK("-32768 5", "%hd %hu", 0x18000, 0x10005);
	CHECK("ff", "%hhx", -1);
	CHECK("-2147483648 ffffffff", "%ld %lx", -2147483647L - 1, -1L);
	CHECK("-9223372036854775808", "%lld", -9223372036854775807LL - 1);
	CHECK("18446744073709551615", "%llu", ~0ULL);
	CHECK("123456789abcdef0", "%llx", 0x123456789abcdef0ULL);
	CHECK("4294967295", "%zu", (size_t)-1);
	CHECK("1 2", "%lld %d", 1LL, 2);
}

static void chars_and_strings(void)
{
	const char *volatile null_str = NULL;

	CHECK("[x][  y][z  ]", "[%c][%3c][%-3c]", 'x', 'y', 'z');
	CHECK("[abc][  abc][abc  ]", "[%s][%5s][%-5s]", "abc", "abc", "abc");
	CHECK("[ab][abc]", "[%.2s][%.5s]", "abc", "abc");
	CHECK("[(null)]", "[%s]", null_str);
	CHECK("[]", "[%.0s]", "abc");
}

/* An unknown conversion is printed as it is; a final lone '%' is not. */
static void percent_and_unknown(void)
{
	CHECK("100%", "100%%");
	CHECK("x%q", odd("%s%q"), "x");
	CHECK("abc", odd("ab%s%"), "c");
}

static void plain_pointer(void)
{
	CHECK("0xc0100000", "%p", (void *)0xc0100000);
	CHECK("[      0x1000]", "[%12p]", (void *)0x1000);
}

/* The return value is the untruncated length; the buffer is terminated. */
static void snprintf_truncates(void)
{
	char buf[8];

	memset(buf, 'g', sizeof(buf));
	HT_EXPECT_EQ(snprintf(buf, 5, "hello world"), 11);
	HT_EXPECT_STREQ(buf, "hell");
	HT_EXPECT_EQ(buf[5], 'g');

	memset(buf, 'g', sizeof(buf));
	HT_EXPECT_EQ(snprintf(buf, 0, "%d", 12345), 5);
	HT_EXPECT_EQ(buf[0], 'g');

	HT_EXPECT_EQ(snprintf(buf, 1, "%s", "abc"), 3);
	HT_EXPECT_STREQ(buf, "");
	HT_EXPECT_EQ(snprintf(buf, 4, "%5d", 42), 5);
	HT_EXPECT_STREQ(buf, "   ");
	HT_EXPECT_EQ(snprintf(buf, 8, "%s", "1234567"), 7);
	HT_EXPECT_STREQ(buf, "1234567");
}

/* scnprintf returns what was stored, not what was wanted. */
static void scnprintf_returns_stored(void)
{
	char buf[8];

	HT_EXPECT_EQ(scnprintf(buf, sizeof(buf), "%s", "0123456789"), 7);
	HT_EXPECT_STREQ(buf, "0123456");
	HT_EXPECT_EQ(scnprintf(buf, sizeof(buf), "%d", 42), 2);
	HT_EXPECT_STREQ(buf, "42");
	HT_EXPECT_EQ(scnprintf(buf, 0, "%d", 42), 0);
	HT_EXPECT_EQ(scnprintf(buf, 1, "%d", 42), 0);
	HT_EXPECT_STREQ(buf, "");
}

static void sprintf_returns_length(void)
{
	char buf[32];

	HT_EXPECT_EQ(sprintf(buf, "%s:%d", "abc", -12), 7);
	HT_EXPECT_STREQ(buf, "abc:-12");
}

#if IS_ENABLED(CONFIG_KALLSYMS)
/*
 * A made-up symbol table for kernel/kallsyms.c.  Kernel text ends at
 * _etext, which tests/host/Makefile defines as 0xc0100100 for this
 * program.  alias_a and alias_b share an address.
 */
const u32 kallsyms_num = 5;
const u32 kallsyms_addrs[] = {
	0xc0100000, 0xc0100040, 0xc0100080, 0xc0100080, 0xc01000c0,
};
const u32 kallsyms_offs[] = { 0, 13, 20, 28, 36 };
const char kallsyms_names[] =
	"start_kernel\0do_IRQ\0alias_a\0alias_b\0last_func";

static void symbol_with_offset(void)
{
	CHECK("do_IRQ+0x4/0x40", "%pS", (void *)0xc0100044);
	CHECK("do_IRQ+0x4", "%ps", (void *)0xc0100044);
	CHECK("start_kernel+0x0/0x40", "%pS", (void *)0xc0100000);
	CHECK("last_func+0x3f/0x40", "%pS", (void *)0xc01000ff);
	CHECK("[do_IRQ+0x0/0x40   ]", "[%-18pS]", (void *)0xc0100040);
}

static void symbol_alias_takes_first_name(void)
{
	CHECK("alias_a+0x10/0x40", "%pS", (void *)0xc0100090);
}

/* A return address belongs to the call before it, even at a boundary. */
static void backtrace_looks_one_byte_back(void)
{
	CHECK("start_kernel+0x40/0x40", "%pB", (void *)0xc0100040);
	CHECK("do_IRQ+0x5/0x40", "%pB", (void *)0xc0100045);
	CHECK("last_func+0x40/0x40", "%pB", (void *)0xc0100100);
}
#endif /* CONFIG_KALLSYMS */

/* Outside kernel text %pS and %pB print the bare address. */
static void symbol_fallback_is_address(void)
{
	CHECK("0x00001000", "%pS", (void *)0x1000);
	CHECK("0xc0100100", "%pS", (void *)0xc0100100);
	CHECK("[0x00000010]", "[%ps]", (void *)0x10);
	CHECK("0x00001000", "%pB", (void *)0x1000);
	CHECK("0xc0100101", "%pB", (void *)0xc0100101);
}

/*
 * Random integer conversions with random flags, width, precision, length
 * and buffer size, against the host's snprintf.  Left out on purpose:
 * '#' with 'o', where the kernel (like Linux) puts the 0 before the
 * precision's zeros.
 */
static void build_format(char *fmt, char conv, const char *len)
{
	static const char flags[] = "-+ #0";
	unsigned int i;

	*fmt++ = '%';
	for (i = 0; i < sizeof(flags) - 1; i++)
		if (ht_random32() % 4 == 0 && !(flags[i] == '#' && conv == 'o'))
			*fmt++ = flags[i];
	if (ht_random32() % 3)
		fmt += ht_libc_snprintf(fmt, 4, "%u", ht_random32() % 25);
	if (ht_random32() % 3 == 0)
		fmt += ht_libc_snprintf(fmt, 5, ".%u", ht_random32() % 22);
	while (*len)
		*fmt++ = *len++;
	*fmt++ = conv;
	*fmt = '\0';
}

static void integers_match_libc(void)
{
	static const char *const lens[] = { "hh", "h", "", "l", "ll", "z" };
	static const char convs[] = "diuxXo";
	char fmt[32], got[48], want[48];
	int round, n, m;

	for (round = 0; round < 50000; round++) {
		const char *len = lens[ht_random32() % ARRAY_SIZE(lens)];
		char conv = convs[ht_random32() % (sizeof(convs) - 1)];
		unsigned long long v = ht_random64() >> (ht_random32() % 64);
		size_t size = ht_random32() % sizeof(got);

		build_format(fmt, conv, len);
		if (len[0] == 'l' && len[1] == 'l') {
			n = snprintf(got, size, fmt, v);
			m = ht_libc_snprintf(want, size, fmt, v);
		} else if (len[0] == 'l') {
			n = snprintf(got, size, fmt, (unsigned long)v);
			m = ht_libc_snprintf(want, size, fmt, (unsigned long)v);
		} else if (len[0] == 'z') {
			n = snprintf(got, size, fmt, (size_t)v);
			m = ht_libc_snprintf(want, size, fmt, (size_t)v);
		} else {
			n = snprintf(got, size, fmt, (unsigned int)v);
			m = ht_libc_snprintf(want, size, fmt, (unsigned int)v);
		}
		if (n != m || (size && !ht_streq(got, want)))
			ht_fail(__FILE__, __LINE__,
				"\"%s\" of %#llx, size %zu: got \"%s\" (%d), libc \"%s\" (%d)",
				fmt, v, size, size ? got : "", n,
				size ? want : "", m);
	}
}

static const struct ht_case cases[] = {
	HT_CASE(signed_decimal),
	HT_CASE(unsigned_conversions),
	HT_CASE(alternate_form),
	HT_CASE(sign_and_space_flags),
	HT_CASE(width_and_justification),
	HT_CASE(precision_of_integers),
	HT_CASE(star_width_and_precision),
	HT_CASE(length_modifiers),
	HT_CASE(chars_and_strings),
	HT_CASE(percent_and_unknown),
	HT_CASE(plain_pointer),
	HT_CASE(snprintf_truncates),
	HT_CASE(scnprintf_returns_stored),
	HT_CASE(sprintf_returns_length),
#if IS_ENABLED(CONFIG_KALLSYMS)
	HT_CASE(symbol_with_offset),
	HT_CASE(symbol_alias_takes_first_name),
	HT_CASE(backtrace_looks_one_byte_back),
#endif
	HT_CASE(symbol_fallback_is_address),
	HT_CASE(integers_match_libc),
	{}
};
HT_SUITE(vsprintf, cases);
