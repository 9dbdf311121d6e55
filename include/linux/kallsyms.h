/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

#include <linux/types.h>

#define KSYM_NAME_LEN 64

#if IS_ENABLED(CONFIG_KALLSYMS)
/*
 * Finds the text symbol containing addr.  Returns its name and sets
 * *offset and *size, or returns NULL when addr is not kernel text.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size,
			    unsigned long *offset);

/*
 * Writes "name+0xoff/0xsize" (with_size) or "name+0xoff" for addr, or the
 * bare hex address when it is not in the table.  Returns the length.
 */
int sprint_symbol(char *buf, size_t len, unsigned long addr, int with_size);
/* Like sprint_symbol() for a return address: the call is at addr - 1. */
int sprint_backtrace(char *buf, size_t len, unsigned long addr);
#else
#include <linux/printk.h>
static inline const char *kallsyms_lookup(unsigned long addr,
		unsigned long *size, unsigned long *offset)
{
	return NULL;
}
static inline int sprint_symbol(char *buf, size_t len, unsigned long addr,
				int with_size)
{
	return snprintf(buf, len, "0x%08lx", addr);
}
static inline int sprint_backtrace(char *buf, size_t len, unsigned long addr)
{
	return snprintf(buf, len, "0x%08lx", addr);
}
#endif /* CONFIG_KALLSYMS */

#endif /* _LINUX_KALLSYMS_H */
