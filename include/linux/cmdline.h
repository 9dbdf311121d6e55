/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CMDLINE_H
#define _LINUX_CMDLINE_H

#include <linux/types.h>

#define BOOT_COMMAND_LINE_MAX	1024

/*
 * Splits s in place into words separated by spaces, honouring double
 * quotes (which are removed: name="a b" gives name=a b), and calls fn on
 * each.  Stops early if fn returns nonzero and returns that value.
 */
int cmdline_for_each_word(char *s, int (*fn)(char *word, void *arg),
			  void *arg);

/*
 * Finds "name" or "name=value" in a command line without modifying it.
 * Copies the value (empty for a bare word) into val.  Returns 1 if found.
 */
int cmdline_find_option(const char *line, const char *name, char *val,
			size_t size);

#endif /* _LINUX_CMDLINE_H */
