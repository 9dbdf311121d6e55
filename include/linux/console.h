/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

/*
 * A console is anything printk can write to: the 8250 serial port today,
 * the Xen console ring later.  Drivers register one (the platform says
 * which, asm/platform.h); printk writes every message to every enabled
 * console, and the console tty reads from the first that reads.
 */
struct console {
	const char *name;		/* "ttyS" */
	int index;			/* 0 for ttyS0 */
	void (*write)(struct console *con, const char *s, size_t n);
	int (*read_char)(struct console *con);	/* -1 when none waiting */
	/*
	 * Makes input interrupt driven: notify runs (in the interrupt)
	 * whenever read_char has something.  0, or a negative errno.
	 */
	int (*start_input)(struct console *con, void (*notify)(void));
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

/*
 * Console input, from the first registered console that reads: one
 * character or -1; and switching it to interrupts (-ENODEV: none).
 */
int console_read_char(void);
int console_start_input(void (*notify)(void));

#endif /* _LINUX_CONSOLE_H */
