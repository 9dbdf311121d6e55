/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/types.h>
#include <linux/wait.h>
#include <asm/termbits.h>

/*
 * Terminals.  A tty is a device (its driver writes output somewhere)
 * plus the N_TTY line discipline: the input buffer, line editing, echo,
 * the signal characters, and output processing.  The serial console is
 * the one real tty: /dev/console, /dev/tty and /dev/ttyS0 all open it.
 */
struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

struct tty_struct;

struct tty_operations {
	/* Sends processed output to the device; may run in an interrupt. */
	void (*write)(struct tty_struct *tty, const char *buf, size_t n);
};

#define N_TTY_BUF_SIZE	4096

/* Marks on input bytes, parallel to read_buf. */
#define TTY_LINE_END	0x01	/* a canonical read stops after this byte */
#define TTY_EOF		0x02	/* the VEOF that ended a line: not data */

struct tty_struct {
	const char *name;
	const struct tty_operations *ops;
	void *driver_data;
	struct termios termios;
	struct winsize winsize;
	int pgrp;			/* foreground process group, 0: none */
	int session;
	int count;			/* open files */
	/* Sends a signal to a process group; kill_pgrp() but for tests. */
	int (*kill_pgrp)(int pgrp, int sig);

	/* N_TTY state; changed with interrupts off (input arrives in one). */
	struct wait_queue_head read_wait;
	unsigned int read_head;		/* next byte stored (free-running) */
	unsigned int read_tail;		/* next byte read */
	unsigned int canon_head;	/* end of the last complete line */
	char read_buf[N_TTY_BUF_SIZE];
	u8 read_flags[N_TTY_BUF_SIZE];
};

/* Linux's default settings, for a new tty. */
#define TTY_STD_TERMIOS {						\
	.c_iflag = ICRNL | IXON,					\
	.c_oflag = OPOST | ONLCR,					\
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,			\
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL |	\
		   ECHOKE | IEXTEN,					\
	.c_cc = { 3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15,	\
		  23, 22, 0 },						\
}
#define TTY_STD_WINSIZE	{ .ws_row = 24, .ws_col = 80 }

/*
 * Job control for a background process using tty: 0 to go ahead, or
 * -ERESTARTSYS after stopping its group with sig (SIGTTIN, SIGTTOU),
 * or -EIO.
 */
int tty_check_background(struct tty_struct *tty, int sig);

/* Sets up a tty for a driver (the console's is set up statically). */
void tty_init_struct(struct tty_struct *tty, const char *name,
		     const struct tty_operations *ops);

/* N_TTY (drivers/tty/n_tty.c). */
struct iov_iter;
/* Feeds received bytes; callable from an interrupt handler. */
void n_tty_receive_buf(struct tty_struct *tty, const char *buf, size_t n);
/* Reads input as termios says; nonblock: -EAGAIN instead of waiting. */
ssize_t n_tty_read(struct tty_struct *tty, struct iov_iter *to,
		   bool nonblock);
/* Writes with output processing (ONLCR...). */
ssize_t n_tty_write(struct tty_struct *tty, struct iov_iter *from);
struct file;
struct poll_table;
/* POLLIN when a read would not block; output is always possible. */
unsigned int n_tty_poll(struct tty_struct *tty, struct file *f,
			struct poll_table *pt);
/* Bytes a read could return now. */
unsigned int n_tty_chars_in_buffer(struct tty_struct *tty);
void n_tty_flush_input(struct tty_struct *tty);
/* Applies new settings (TCSETS), adjusting buffered input. */
void tty_set_termios(struct tty_struct *tty, const struct termios *t);

/* tty_io.c */
void tty_init(void);
/* Console input: the 8250 receive interrupt feeds the console tty. */
void console_input_init(void);

long tty_ioctl(struct file *f, unsigned int cmd, unsigned long arg);

/* tty_io.c: the console's session leader exits. */
void tty_session_leader_exit(int sid);

#endif /* _LINUX_TTY_H */
