// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-string.c - lib/string.c: the memory and string
 * functions, their return values, truncation and overlap rules.
 */
#include <linux/string.h>
#include "harness.h"

static void memset_fills_exactly(void)
{
	char buf[16];
	int i;

	for (i = 0; i < 16; i++)
		buf[i] = 'g';
	HT_EXPECT(memset(buf + 4, 0x1a5, 8) == buf + 4);
	for (i = 0; i < 16; i++)
		HT_EXPECT_EQ(buf[i], i >= 4 && i < 12 ? (char)0xa5 : 'g');
	memset(buf, 0, 0);
	HT_EXPECT_EQ(buf[0], 'g');
}

static void memcpy_copies(void)
{
	char dst[8] = "xxxxxxx";

	HT_EXPECT(memcpy(dst + 1, "abc", 3) == dst + 1);
	HT_EXPECT_STREQ(dst, "xabcxxx");
	memcpy(dst, "zz", 0);
	HT_EXPECT_STREQ(dst, "xabcxxx");
}

static void memmove_overlap(void)
{
	char fwd[] = "0123456789", back[] = "0123456789";

	HT_EXPECT(memmove(fwd + 2, fwd, 6) == fwd + 2);
	HT_EXPECT_STREQ(fwd, "0101234589");
	HT_EXPECT(memmove(back, back + 2, 6) == back);
	HT_EXPECT_STREQ(back, "2345676789");
}

/* Random overlapping moves against a copy made through a spare buffer. */
static void memmove_random_against_reference(void)
{
	unsigned char buf[64], ref[64], tmp[64];
	int round, i;

	for (round = 0; round < 2000; round++) {
		unsigned int len = ht_random32() % 33;
		unsigned int src = ht_random32() % (64 - len + 1);
		unsigned int dst = ht_random32() % (64 - len + 1);

		for (i = 0; i < 64; i++)
			buf[i] = ref[i] = (unsigned char)ht_random32();
		for (i = 0; i < (int)len; i++)
			tmp[i] = ref[src + i];
		for (i = 0; i < (int)len; i++)
			ref[dst + i] = tmp[i];
		memmove(buf + dst, buf + src, len);
		if (!ht_memeq(buf, ref, sizeof(buf)))
			ht_fail(__FILE__, __LINE__,
				"memmove(buf + %u, buf + %u, %u) is wrong",
				dst, src, len);
	}
}

static void memcmp_is_unsigned(void)
{
	HT_EXPECT(memcmp("\x80", "\x01", 1) > 0);
	HT_EXPECT(memcmp("abc", "abd", 3) < 0);
	HT_EXPECT_EQ(memcmp("abc", "abd", 2), 0);
	HT_EXPECT_EQ(memcmp("a", "b", 0), 0);
}

static void memchr_finds_first(void)
{
	static const char s[] = "abcabc\xff";

	HT_EXPECT(memchr(s, 'c', 7) == s + 2);
	HT_EXPECT(memchr(s, 'c', 2) == NULL);
	HT_EXPECT(memchr(s, 0x1ff, 7) == s + 6);
	HT_EXPECT(memchr(s, '\0', 8) == s + 7);
}

static void strlen_and_strnlen(void)
{
	HT_EXPECT_EQ(strlen(""), 0);
	HT_EXPECT_EQ(strlen("hello"), 5);
	HT_EXPECT_EQ(strnlen("hello", 3), 3);
	HT_EXPECT_EQ(strnlen("hello", 10), 5);
	HT_EXPECT_EQ(strnlen("hello", 0), 0);
}

static void strcmp_and_strncmp(void)
{
	HT_EXPECT_EQ(strcmp("abc", "abc"), 0);
	HT_EXPECT(strcmp("abc", "abd") < 0);
	HT_EXPECT(strcmp("ab", "abc") < 0);
	HT_EXPECT(strcmp("abc", "ab") > 0);
	HT_EXPECT(strcmp("\xff", "a") > 0);
	HT_EXPECT_EQ(strncmp("abc", "abd", 2), 0);
	HT_EXPECT(strncmp("abc", "abd", 3) < 0);
	HT_EXPECT_EQ(strncmp("x", "y", 0), 0);
	HT_EXPECT_EQ(strncmp("ab\0x", "ab\0y", 4), 0);
}

static void strchr_and_strrchr(void)
{
	static const char s[] = "hello";

	HT_EXPECT(strchr(s, 'l') == s + 2);
	HT_EXPECT(strrchr(s, 'l') == s + 3);
	HT_EXPECT(strchr(s, 'z') == NULL);
	HT_EXPECT(strrchr(s, 'z') == NULL);
	HT_EXPECT(strchr(s, '\0') == s + 5);
	HT_EXPECT(strrchr(s, '\0') == s + 5);
}

static void strstr_finds(void)
{
	static const char s[] = "aaab";

	HT_EXPECT(strstr(s, "aab") == s + 1);
	HT_EXPECT(strstr(s, "b") == s + 3);
	HT_EXPECT(strstr(s, "") == s);
	HT_EXPECT(strstr(s, "aaabb") == NULL);
	HT_EXPECT(strstr(s, "ba") == NULL);
	HT_EXPECT(strstr("", "a") == NULL);
}

static void strlcpy_truncates(void)
{
	char buf[8];

	memset(buf, 'g', sizeof(buf));
	HT_EXPECT_EQ(strlcpy(buf, "hello", 4), 5);
	HT_EXPECT_STREQ(buf, "hel");
	HT_EXPECT_EQ(buf[4], 'g');

	memset(buf, 'g', sizeof(buf));
	HT_EXPECT_EQ(strlcpy(buf, "hello", 0), 5);
	HT_EXPECT_EQ(buf[0], 'g');

	HT_EXPECT_EQ(strlcpy(buf, "hello", 6), 5);
	HT_EXPECT_STREQ(buf, "hello");
	HT_EXPECT_EQ(strlcpy(buf, "hello", 1), 5);
	HT_EXPECT_STREQ(buf, "");
}

static void strlcat_truncates(void)
{
	char buf[8] = "ab";
	char full[4] = { 'w', 'x', 'y', 'z' };

	HT_EXPECT_EQ(strlcat(buf, "cd", sizeof(buf)), 4);
	HT_EXPECT_STREQ(buf, "abcd");
	HT_EXPECT_EQ(strlcat(buf, "efghij", sizeof(buf)), 10);
	HT_EXPECT_STREQ(buf, "abcdefg");
	/* No terminator within size: the result is size + strlen(src). */
	HT_EXPECT_EQ(strlcat(full, "abc", sizeof(full)), 7);
	HT_EXPECT(ht_memeq(full, "wxyz", 4));
}

static void strim_and_skip_spaces(void)
{
	char s[] = "  \t hi there \n ";
	char blank[] = " \t\n ";

	HT_EXPECT_STREQ(skip_spaces("\t\n x "), "x ");
	HT_EXPECT_STREQ(strim(s), "hi there");
	HT_EXPECT_EQ(s[12], '\0');
	HT_EXPECT_STREQ(strim(blank), "");
}

static const struct ht_case cases[] = {
	HT_CASE(memset_fills_exactly),
	HT_CASE(memcpy_copies),
	HT_CASE(memmove_overlap),
	HT_CASE(memmove_random_against_reference),
	HT_CASE(memcmp_is_unsigned),
	HT_CASE(memchr_finds_first),
	HT_CASE(strlen_and_strnlen),
	HT_CASE(strcmp_and_strncmp),
	HT_CASE(strchr_and_strrchr),
	HT_CASE(strstr_finds),
	HT_CASE(strlcpy_truncates),
	HT_CASE(strlcat_truncates),
	HT_CASE(strim_and_skip_spaces),
	{}
};
HT_SUITE(string, cases);
