// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/params.c - the kernel command line.
 *
 * The line is split into words (double quotes group spaces); each word is
 * "name=value" or a bare "name".  Handlers registered with early_param()
 * run from parse_early_params(), before memory is set up; __setup()
 * handlers run from parse_args_late().  A word no handler knows, or a
 * handler that rejects its value, gets a one-line warning.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/cmdline.h>

char boot_command_line[BOOT_COMMAND_LINE_MAX];

/* Words taken by neither pass are left for the first user program later. */
static const struct kernel_param *find_param(const char *word, size_t keylen,
					     int has_value)
{
	const struct kernel_param *p;

	for (p = __setup_start; p < __setup_end; p++) {
		size_t n = strlen(p->name);
		int wants_value = n && p->name[n - 1] == '=';

		if (wants_value != has_value)
			continue;
		if (wants_value)
			n--;
		if (n == keylen && !strncmp(p->name, word, n))
			return p;
	}
	return NULL;
}

static int handle_word(char *word, void *arg)
{
	int early = *(int *)arg;
	char *eq = strchr(word, '=');
	size_t keylen = eq ? (size_t)(eq - word) : strlen(word);
	const struct kernel_param *p = find_param(word, keylen, eq != NULL);
	int err;

	if (!p) {
		/* Reported once, in the late pass, and only if nobody took it. */
		if (!early && !find_param(word, keylen, eq == NULL))
			pr_warn("Unknown kernel command line parameter \"%s\"\n",
				word);
		else if (!early)
			pr_warn("Malformed kernel command line parameter \"%s\"\n",
				word);
		return 0;
	}
	if (p->early != early)
		return 0;
	err = p->setup(eq ? eq + 1 : word + keylen);
	if (err)
		pr_warn("Bad value in kernel command line parameter \"%s\" (%d)\n",
			word, err);
	return 0;
}

void parse_cmdline(const char *line, int early)
{
	static char copy[BOOT_COMMAND_LINE_MAX];

	strlcpy(copy, line, sizeof(copy));
	cmdline_for_each_word(copy, handle_word, &early);
}

void __init parse_early_params(void)
{
	parse_cmdline(boot_command_line, 1);
}

void __init parse_args_late(void)
{
	parse_cmdline(boot_command_line, 0);
}
