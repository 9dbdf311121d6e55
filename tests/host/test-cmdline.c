// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-cmdline.c - lib/cmdline.c: splitting a command line
 * into words (spaces, tabs, double quotes) and cmdline_find_option().
 */
#include <linux/kernel.h>
#include <linux/cmdline.h>
#include <linux/string.h>
#include "harness.h"

#define MAX_WORDS	8

struct words {
	int n;
	int stop_after;		/* return nonzero after this many; 0: never */
	char w[MAX_WORDS][64];
};

static int collect(char *word, void *arg)
{
	struct words *ws = arg;

	if (ws->n < MAX_WORDS)
		ht_libc_snprintf(ws->w[ws->n], sizeof(ws->w[0]), "%s", word);
	ws->n++;
	return ws->stop_after && ws->n == ws->stop_after ? 42 : 0;
}

/* Splits a copy of line; returns what cmdline_for_each_word() returned. */
static int split(const char *line, struct words *ws)
{
	char copy[256];

	ht_libc_snprintf(copy, sizeof(copy), "%s", line);
	return cmdline_for_each_word(copy, collect, ws);
}

static void words_split_on_spaces(void)
{
	struct words ws = { 0 };

	HT_EXPECT_EQ(split("console=ttyS0 quiet mem=64M", &ws), 0);
	HT_ASSERT(ws.n == 3);
	HT_EXPECT_STREQ(ws.w[0], "console=ttyS0");
	HT_EXPECT_STREQ(ws.w[1], "quiet");
	HT_EXPECT_STREQ(ws.w[2], "mem=64M");
}

static void runs_of_white_space(void)
{
	struct words ws = { 0 };

	split("  a \t b\n\nc   ", &ws);
	HT_ASSERT(ws.n == 3);
	HT_EXPECT_STREQ(ws.w[0], "a");
	HT_EXPECT_STREQ(ws.w[1], "b");
	HT_EXPECT_STREQ(ws.w[2], "c");
}

static void empty_lines(void)
{
	struct words ws = { 0 };

	HT_EXPECT_EQ(split("", &ws), 0);
	HT_EXPECT_EQ(split(" \t\n ", &ws), 0);
	HT_EXPECT_EQ(ws.n, 0);
}

static void quotes_group_and_vanish(void)
{
	struct words ws = { 0 };

	split("name=\"a b\" \"x  y\"z \"\" last", &ws);
	HT_ASSERT(ws.n == 3);
	HT_EXPECT_STREQ(ws.w[0], "name=a b");
	HT_EXPECT_STREQ(ws.w[1], "x  yz");
	HT_EXPECT_STREQ(ws.w[2], "last");
}

static void unterminated_quote_runs_to_end(void)
{
	struct words ws = { 0 };

	split("a=\"b c d", &ws);
	HT_ASSERT(ws.n == 1);
	HT_EXPECT_STREQ(ws.w[0], "a=b c d");
}

static void callback_stops_the_walk(void)
{
	struct words ws = { .stop_after = 2 };

	HT_EXPECT_EQ(split("one two three four", &ws), 42);
	HT_EXPECT_EQ(ws.n, 2);
}

static void find_option_values(void)
{
	static const char line[] = "console=ttyS0 quiet mem=64M msg=\"hi there\"";
	char val[32];

	HT_EXPECT_EQ(cmdline_find_option(line, "mem", val, sizeof(val)), 1);
	HT_EXPECT_STREQ(val, "64M");
	HT_EXPECT_EQ(cmdline_find_option(line, "quiet", val, sizeof(val)), 1);
	HT_EXPECT_STREQ(val, "");
	HT_EXPECT_EQ(cmdline_find_option(line, "msg", val, sizeof(val)), 1);
	HT_EXPECT_STREQ(val, "hi there");
	HT_EXPECT_STREQ(line, "console=ttyS0 quiet mem=64M msg=\"hi there\"");
}

static void find_option_whole_names_only(void)
{
	char val[8] = "keep";

	HT_EXPECT_EQ(cmdline_find_option("memory=1 xmem=2", "mem", val,
					 sizeof(val)), 0);
	HT_EXPECT_EQ(cmdline_find_option("console=ttyS0", "con", val,
					 sizeof(val)), 0);
	HT_EXPECT_EQ(cmdline_find_option("", "mem", val, sizeof(val)), 0);
	HT_EXPECT_STREQ(val, "keep");
}

static void find_option_first_wins_and_truncates(void)
{
	char val[4];

	HT_EXPECT_EQ(cmdline_find_option("a=1 a=2", "a", val, sizeof(val)), 1);
	HT_EXPECT_STREQ(val, "1");
	HT_EXPECT_EQ(cmdline_find_option("a=123456", "a", val, sizeof(val)), 1);
	HT_EXPECT_STREQ(val, "123");
}

static const struct ht_case cases[] = {
	HT_CASE(words_split_on_spaces),
	HT_CASE(runs_of_white_space),
	HT_CASE(empty_lines),
	HT_CASE(quotes_group_and_vanish),
	HT_CASE(unterminated_quote_runs_to_end),
	HT_CASE(callback_stops_the_walk),
	HT_CASE(find_option_values),
	HT_CASE(find_option_whole_names_only),
	HT_CASE(find_option_first_wins_and_truncates),
	{}
};
HT_SUITE(cmdline, cases);
