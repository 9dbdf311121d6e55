/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

/*
 * A console is anything printk can write to: the 8250 serial port today,
 * the Xen console ring later.  Drivers register one; printk writes every
 * message to every enabled console.
 */
struct console {
	const char *name;		/* "ttyS" */
	int index;			/* 0 for ttyS0 */
	void (*write)(struct console *con, const char *s, size_t n);
	int (*read_char)(struct console *con);	/* -1 when none waiting */
	unsigned int flags;
	void *data;
	struct console *next;
};

#define CON_ENABLED	0x01
#define CON_BOOT	0x02	/* early console, replaced by a real one */

void register_console(struct console *con);
void unregister_console(struct console *con);

/* Writes straight to the consoles, bypassing the log (panic, oops). */
void console_write(const char *s, size_t n);

/* The console= name, if one was given ("ttyS0"), else NULL. */
const char *console_preferred(void);

#endif /* _LINUX_CONSOLE_H */
