// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/printk_test.c - tests of printk formatting, levels and the log,
 * built for i386 (long is 32 bits here, unlike on the host).
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/console.h>
#include <linux/string.h>

#define CHECK_FMT(t, expect, fmt, ...) do {				\
	char __b[64];							\
	int __n = snprintf(__b, sizeof(__b), fmt, ##__VA_ARGS__);	\
	KTEST_EXPECT_STREQ(t, __b, expect);				\
	KTEST_EXPECT_EQ(t, __n, (int)strlen(expect));			\
} while (0)

static void printk_integer_formats(struct ktest *t)
{
	CHECK_FMT(t, "42 -42 42", "%d %i %u", 42, -42, 42u);
	CHECK_FMT(t, "ffffffff", "%lx", -1L);
	CHECK_FMT(t, "4294967295", "%lu", 0xffffffffUL);
	CHECK_FMT(t, "-9223372036854775808", "%lld", (-9223372036854775807LL - 1));
	CHECK_FMT(t, "18446744073709551615", "%llu", ~0ULL);
	CHECK_FMT(t, "0x1f 0X1F 017", "%#x %#X %#o", 31, 31, 15);
	CHECK_FMT(t, "255 -1", "%hhu %hhd", 0x1ff, 0xff);
	CHECK_FMT(t, "65535 -1", "%hu %hd", 0x1ffff, 0xffff);
	CHECK_FMT(t, "123", "%zu", (size_t)123);
}

static void printk_width_and_flags(struct ktest *t)
{
	CHECK_FMT(t, "[   42]", "[%5d]", 42);
	CHECK_FMT(t, "[42   ]", "[%-5d]", 42);
	CHECK_FMT(t, "[00042]", "[%05d]", 42);
	CHECK_FMT(t, "[-0042]", "[%05d]", -42);
	CHECK_FMT(t, "[+42]", "[%+d]", 42);
	CHECK_FMT(t, "[ 42]", "[% d]", 42);
	CHECK_FMT(t, "[  042]", "[%5.3d]", 42);
	CHECK_FMT(t, "[    7]", "[%*d]", 5, 7);
	CHECK_FMT(t, "[7    ]", "[%*d]", -5, 7);
	CHECK_FMT(t, "[0x0000c0de]", "[%#010x]", 0xc0de);
}

static void printk_strings_and_chars(struct ktest *t)
{
	const char *volatile null_str = NULL;

	CHECK_FMT(t, "[abc]", "[%s]", "abc");
	CHECK_FMT(t, "[  abc]", "[%5s]", "abc");
	CHECK_FMT(t, "[ab]", "[%.2s]", "abc");
	CHECK_FMT(t, "[(null)]", "[%s]", null_str);
	CHECK_FMT(t, "[x][  y]", "[%c][%3c]", 'x', 'y');
	CHECK_FMT(t, "100%", "100%%");
	CHECK_FMT(t, "0xc0000000", "%p", (void *)0xc0000000);
}

static void printk_truncation(struct ktest *t)
{
	char b[8];
	int n;

	memset(b, 'z', sizeof(b));
	n = snprintf(b, sizeof(b), "%s", "0123456789");
	KTEST_EXPECT_EQ(t, n, 10);
	KTEST_EXPECT_STREQ(t, b, "0123456");
	n = scnprintf(b, sizeof(b), "%s", "0123456789");
	KTEST_EXPECT_EQ(t, n, 7);
	n = snprintf(b, 0, "%d", 12345);
	KTEST_EXPECT_EQ(t, n, 5);
	KTEST_EXPECT_EQ(t, b[0], '0');
}

/* A console that remembers what it was given. */
static char captured[256];
static size_t captured_len;

static void capture_write(struct console *con, const char *s, size_t n)
{
	while (n-- && captured_len < sizeof(captured) - 1)
		captured[captured_len++] = *s++;
	captured[captured_len] = '\0';
}

static struct console capture_console = {
	.name = "ktest",
	.write = capture_write,
};

static void printk_levels_filter_console(struct ktest *t)
{
	int saved = console_loglevel;
	char logtail[128];
	size_t n;

	captured_len = 0;
	captured[0] = '\0';
	register_console(&capture_console);
	console_loglevel = 4;
	printk(KERN_INFO "ktest-hidden-line\n");
	printk(KERN_ERR "ktest-shown-line %d\n", 7);
	console_loglevel = saved;
	unregister_console(&capture_console);

	KTEST_EXPECT(t, strstr(captured, "ktest-hidden-line") == NULL);
	KTEST_EXPECT(t, strstr(captured, "ktest-shown-line 7\n") != NULL);
	/* The level prefix is not printed, the timestamp is. */
	KTEST_EXPECT(t, strchr(captured, '\001') == NULL);
	if (IS_ENABLED(CONFIG_PRINTK_TIME))
		KTEST_EXPECT_EQ(t, captured[0], '[');
	/* Both are in the log. */
	n = log_buf_copy(logtail, sizeof(logtail) - 1);
	logtail[n] = '\0';
	KTEST_EXPECT(t, strstr(logtail, "ktest-hidden-line") != NULL);
	KTEST_EXPECT(t, strstr(logtail, "ktest-shown-line 7") != NULL);
}

static void printk_continuation(struct ktest *t)
{
	captured_len = 0;
	register_console(&capture_console);
	printk(KERN_ERR "ktest-a");
	pr_cont("-b");
	pr_cont("-c\n");
	unregister_console(&capture_console);
	KTEST_EXPECT(t, strstr(captured, "ktest-a-b-c\n") != NULL);
	/* One timestamp: one '[' for the whole line. */
	if (IS_ENABLED(CONFIG_PRINTK_TIME))
		KTEST_EXPECT(t, strchr(captured + 1, '[') == NULL);
}

/* A line longer than printk's buffer is cut, but still ends its line. */
static void printk_long_line_keeps_newline(struct ktest *t)
{
	static char log[256];
	char *tail;
	size_t n;

	captured_len = 0;
	register_console(&capture_console);
	printk(KERN_ERR "ktest-long %0600d\n", 1);
	printk(KERN_ERR "ktest-after-long\n");
	unregister_console(&capture_console);
	n = log_buf_copy(log, sizeof(log) - 1);
	log[n] = '\0';
	tail = strstr(log, "ktest-after-long");
	KTEST_ASSERT(t, tail);
	/* The next line starts a line of its own (after its time stamp). */
	if (IS_ENABLED(CONFIG_PRINTK_TIME)) {
		tail = strrchr(log, '[');
		KTEST_ASSERT(t, tail && tail > log);
	}
	KTEST_EXPECT_EQ(t, tail[-1], '\n');
	KTEST_EXPECT_EQ(t, tail[-2], '0');	/* the long line, cut */
}

static const struct ktest_case printk_cases[] = {
	KTEST_CASE(printk_integer_formats),
	KTEST_CASE(printk_width_and_flags),
	KTEST_CASE(printk_strings_and_chars),
	KTEST_CASE(printk_truncation),
	KTEST_CASE(printk_levels_filter_console),
	KTEST_CASE(printk_continuation),
	KTEST_CASE(printk_long_line_keeps_newline),
	{}
};
KTEST_SUITE(printk, printk_cases);
