// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/params_test.c - tests of command-line splitting and the
 * parameter handlers.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/init.h>
#include <linux/cmdline.h>
#include <linux/string.h>
#include <linux/errno.h>

static char got_value[32];
static int got_flag, got_early, calls;

static int test_value_setup(char *val)
{
	calls++;
	if (!strcmp(val, "bad"))
		return -EINVAL;
	strlcpy(got_value, val, sizeof(got_value));
	return 0;
}
__setup("ktestparam=", test_value_setup);

static int test_flag_setup(char *val)
{
	got_flag++;
	return 0;
}
__setup("ktestflag", test_flag_setup);

static int test_early_setup(char *val)
{
	got_early++;
	return 0;
}
early_param("ktestearly", test_early_setup);

static void reset(void)
{
	got_value[0] = '\0';
	got_flag = got_early = calls = 0;
}

/* True if the recent kernel log contains s. */
static int log_has(const char *s)
{
	static char buf[2048];
	size_t n = log_buf_copy(buf, sizeof(buf) - 1);

	buf[n] = '\0';
	return strstr(buf, s) != NULL;
}

static int count_word(char *w, void *arg)
{
	char *out = arg;

	strlcat(out, "[", 128);
	strlcat(out, w, 128);
	strlcat(out, "]", 128);
	return 0;
}

static void cmdline_split_words(struct ktest *t)
{
	char line[] = "  a=1   b \"c d\" e=\"x y\"\tf ";
	char out[128] = "";

	cmdline_for_each_word(line, count_word, out);
	KTEST_EXPECT_STREQ(t, out, "[a=1][b][c d][e=x y][f]");
}

static void cmdline_find(struct ktest *t)
{
	char v[16];

	KTEST_EXPECT(t, cmdline_find_option("a=1 mem=64M quiet", "mem", v, sizeof(v)));
	KTEST_EXPECT_STREQ(t, v, "64M");
	KTEST_EXPECT(t, cmdline_find_option("a=1 mem=64M quiet", "quiet", v, sizeof(v)));
	KTEST_EXPECT_STREQ(t, v, "");
	KTEST_EXPECT(t, !cmdline_find_option("memx=1 me=2", "mem", v, sizeof(v)));
}

static void params_value_and_flag(struct ktest *t)
{
	reset();
	parse_cmdline("ktestparam=hello ktestflag", 0);
	KTEST_EXPECT_STREQ(t, got_value, "hello");
	KTEST_EXPECT_EQ(t, got_flag, 1);
	KTEST_EXPECT_EQ(t, got_early, 0);
	parse_cmdline("ktestparam=\"two words\"", 0);
	KTEST_EXPECT_STREQ(t, got_value, "two words");
}

static void params_early_and_late_apart(struct ktest *t)
{
	reset();
	parse_cmdline("ktestearly ktestparam=x", 1);
	KTEST_EXPECT_EQ(t, got_early, 1);
	KTEST_EXPECT_EQ(t, calls, 0);
	parse_cmdline("ktestearly ktestparam=x", 0);
	KTEST_EXPECT_EQ(t, got_early, 1);
	KTEST_EXPECT_EQ(t, calls, 1);
}

static void params_unknown_warns(struct ktest *t)
{
	reset();
	parse_cmdline("ktest_no_such_param=3", 0);
	KTEST_EXPECT(t, log_has("Unknown kernel command line parameter \"ktest_no_such_param=3\""));
	parse_cmdline("ktestflag=1", 0);
	KTEST_EXPECT_EQ(t, got_flag, 0);
	KTEST_EXPECT(t, log_has("Malformed kernel command line parameter \"ktestflag=1\""));
}

static void params_bad_value_warns(struct ktest *t)
{
	reset();
	parse_cmdline("ktestparam=bad", 0);
	KTEST_EXPECT_EQ(t, calls, 1);
	KTEST_EXPECT_STREQ(t, got_value, "");
	KTEST_EXPECT(t, log_has("Bad value in kernel command line parameter \"ktestparam=bad\""));
}

static void kstrto_and_memparse(struct ktest *t)
{
	unsigned long v;
	int i;
	char *end;

	KTEST_EXPECT_EQ(t, kstrtoul("0x10", 0, &v), 0);
	KTEST_EXPECT_EQ(t, v, 16);
	KTEST_EXPECT_EQ(t, kstrtoul("4294967296", 10, &v), -ERANGE);
	KTEST_EXPECT_EQ(t, kstrtoul("12a", 10, &v), -EINVAL);
	KTEST_EXPECT_EQ(t, kstrtoint("-2147483648", 10, &i), 0);
	KTEST_EXPECT_EQ(t, i, -2147483647 - 1);
	KTEST_EXPECT_EQ(t, kstrtoint("2147483648", 10, &i), -ERANGE);
	KTEST_EXPECT_EQ(t, memparse("64M", &end), 64ULL << 20);
	KTEST_EXPECT_EQ(t, *end, '\0');
	KTEST_EXPECT_EQ(t, memparse("3G", NULL), 3ULL << 30);
	KTEST_EXPECT_EQ(t, memparse("0x1000k", NULL), 0x1000ULL << 10);
}

static const struct ktest_case params_cases[] = {
	KTEST_CASE(cmdline_split_words),
	KTEST_CASE(cmdline_find),
	KTEST_CASE(params_value_and_flag),
	KTEST_CASE(params_early_and_late_apart),
	KTEST_CASE(params_unknown_warns),
	KTEST_CASE(params_bad_value_warns),
	KTEST_CASE(kstrto_and_memparse),
	{}
};
KTEST_SUITE(params, params_cases);
