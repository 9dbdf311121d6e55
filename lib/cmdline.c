// SPDX-License-Identifier: GPL-2.0
/*
 * lib/cmdline.c - splitting a kernel command line into words.
 */
#include <linux/cmdline.h>
#include <linux/string.h>

/* Ends the word starting at s; returns where the next search starts. */
static char *cut_word(char *s)
{
	char *out = s;
	int quoted = 0;

	for (; *s; s++) {
		if (*s == '"') {
			quoted = !quoted;
			continue;
		}
		if (!quoted && (*s == ' ' || *s == '\t' || *s == '\n'))
			break;
		*out++ = *s;
	}
	if (*s)
		s++;
	*out = '\0';
	return s;
}

int cmdline_for_each_word(char *s, int (*fn)(char *word, void *arg),
			  void *arg)
{
	char *word, *next;
	int ret;

	for (s = skip_spaces(s); *s; s = skip_spaces(next)) {
		word = s;
		next = cut_word(s);
		if (!*word)
			continue;
		ret = fn(word, arg);
		if (ret)
			return ret;
	}
	return 0;
}

struct find_ctx {
	const char *name;
	char *val;
	size_t size;
};

static int match_word(char *word, void *arg)
{
	struct find_ctx *c = arg;
	size_t n = strlen(c->name);

	if (strncmp(word, c->name, n) || (word[n] && word[n] != '='))
		return 0;
	strlcpy(c->val, word[n] ? word + n + 1 : "", c->size);
	return 1;
}

int cmdline_find_option(const char *line, const char *name, char *val,
			size_t size)
{
	char copy[BOOT_COMMAND_LINE_MAX];
	struct find_ctx c = { name, val, size };

	strlcpy(copy, line, sizeof(copy));
	return cmdline_for_each_word(copy, match_word, &c);
}
