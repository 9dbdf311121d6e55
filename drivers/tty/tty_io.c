// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_io.c - tty devices as files, and the console tty.
 *
 * The system console is the only terminal: /dev/console (5:1), /dev/tty
 * (5:0, "the current terminal") and /dev/ttyS0 (4:64) all open it.  Its
 * input comes from the console that reads (the 8250's receive interrupt
 * natively), its output goes to the console drivers, next to printk's.
 *
 * The console is the controlling terminal of at most one session, as on
 * Linux: a session leader without one acquires it by opening it as
 * /dev/ttyS0 (unless O_NOCTTY) or with TIOCSCTTY, if no other session
 * has it; /dev/tty is
 * the caller's controlling terminal (ENXIO without one); a process of a
 * background group that reads it gets SIGTTIN, one that changes its
 * settings (or writes, with TOSTOP) SIGTTOU; when the session leader
 * exits, the foreground group gets SIGHUP and SIGCONT and the terminal
 * is free again.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/tty.h>
#include <linux/uio.h>

#define TTYAUX_MAJOR	5
#define TTY_MAJOR	4
#define CONSOLE_TTYS	64	/* ttyS0 */

/*
 * The console driver turns every "\n" into "\r\n" itself, so the "\r"
 * that ONLCR put in front of a "\n" is dropped here: the line carries
 * exactly what the tty meant to send.
 */
static void console_tty_write(struct tty_struct *tty, const char *buf,
			      size_t n)
{
	size_t start = 0, i;

	for (i = 0; i + 1 < n; i++) {
		if (buf[i] == '\r' && buf[i + 1] == '\n') {
			console_write(buf + start, i - start);
			start = i + 1;
		}
	}
	console_write(buf + start, n - start);
}

static const struct tty_operations console_tty_ops = {
	.write = console_tty_write,
};

/* Ready before any interrupt can deliver input to it. */
static struct tty_struct console_tty = {
	.name = "console",
	.ops = &console_tty_ops,
	.termios = TTY_STD_TERMIOS,
	.winsize = TTY_STD_WINSIZE,
	.kill_pgrp = kill_pgrp,
	.read_wait = WAIT_QUEUE_HEAD_INIT(console_tty.read_wait),
};

void tty_init_struct(struct tty_struct *tty, const char *name,
		     const struct tty_operations *ops)
{
	static const struct termios std = TTY_STD_TERMIOS;
	static const struct winsize ws = TTY_STD_WINSIZE;

	memset(tty, 0, sizeof(*tty));
	tty->name = name;
	tty->ops = ops;
	tty->termios = std;
	tty->winsize = ws;
	tty->kill_pgrp = kill_pgrp;
	init_waitqueue_head(&tty->read_wait);
}

/* Runs in the receive interrupt. */
static void console_rx_notify(void)
{
	char buf[32];
	size_t n = 0;
	int c;

	while ((c = console_read_char()) >= 0) {
		buf[n++] = c;
		if (n == sizeof(buf)) {
			n_tty_receive_buf(&console_tty, buf, n);
			n = 0;
		}
	}
	if (n)
		n_tty_receive_buf(&console_tty, buf, n);
}

void __init console_input_init(void)
{
	if (console_start_input(console_rx_notify))
		pr_info("console: no interrupt-driven input\n");
}

static int tty_open(struct inode *inode, struct file *f)
{
	dev_t dev = inode->i_rdev;
	struct tty_struct *tty = &console_tty;

	if (dev != MKDEV(TTYAUX_MAJOR, 0) && dev != MKDEV(TTYAUX_MAJOR, 1) &&
	    dev != MKDEV(TTY_MAJOR, CONSOLE_TTYS))
		return -ENXIO;
	if (dev == MKDEV(TTYAUX_MAJOR, 0) &&
	    (!tty->session || tty->session != current->sid))
		return -ENXIO;		/* no controlling terminal */
	f->private_data = tty;
	tty->count++;
	/* /dev/console is never made a controlling terminal by opening
	 * it, as on Linux: init's own descriptors do not take it. */
	if (!tty->session && current->pid == current->sid &&
	    current->pgid > 0 && !(f->f_flags & O_NOCTTY) &&
	    dev != MKDEV(TTYAUX_MAJOR, 1)) {
		tty->session = current->sid;
		tty->pgrp = current->pgid;
	}
	return 0;
}

/* A session leader exits: its terminal hangs up its foreground group. */
void tty_session_leader_exit(int sid)
{
	struct tty_struct *tty = &console_tty;
	int pgrp = tty->pgrp;

	if (!sid || tty->session != sid)
		return;
	tty->session = 0;
	tty->pgrp = 0;
	if (pgrp > 0) {
		tty->kill_pgrp(pgrp, SIGHUP);
		tty->kill_pgrp(pgrp, SIGCONT);
	}
}

/*
 * A process of a background group using its controlling terminal:
 * reading it (sig SIGTTIN), writing it with TOSTOP set or changing its
 * settings (SIGTTOU).  Its group gets sig and the call is restarted
 * once it continues.  An orphaned group cannot be continued: EIO.  A
 * reader ignoring or blocking SIGTTIN gets EIO too, while a writer
 * ignoring or blocking SIGTTOU goes ahead, as POSIX says.  0 for
 * everyone else.
 */
int tty_check_background(struct tty_struct *tty, int sig)
{
	struct task_struct *t = current;

	if (tty->session != t->sid || !tty->pgrp || t->pgid == tty->pgrp)
		return 0;
	if ((t->blocked & sigmask(sig)) ||
	    t->sighand->action[sig - 1].handler == SIG_IGN)
		return sig == SIGTTOU ? 0 : -EIO;
	if (pgrp_orphaned(t->pgid, NULL))
		return -EIO;
	tty->kill_pgrp(t->pgid, sig);
	return -ERESTARTSYS;
}

static int tty_release(struct inode *inode, struct file *f)
{
	struct tty_struct *tty = f->private_data;

	tty->count--;
	return 0;
}

static ssize_t tty_read(struct file *f, struct iov_iter *to, loff_t *pos)
{
	int err = tty_check_background(f->private_data, SIGTTIN);

	return err ? err : n_tty_read(f->private_data, to,
				      f->f_flags & O_NONBLOCK);
}

static ssize_t tty_write(struct file *f, struct iov_iter *from, loff_t *pos)
{
	struct tty_struct *tty = f->private_data;
	int err = 0;

	if (tty->termios.c_lflag & TOSTOP)
		err = tty_check_background(tty, SIGTTOU);
	return err ? err : n_tty_write(tty, from);
}

static unsigned int tty_poll(struct file *f, struct poll_table *pt)
{
	return n_tty_poll(f->private_data, f, pt);
}

static const struct file_operations tty_fops = {
	.open = tty_open,
	.release = tty_release,
	.read_iter = tty_read,
	.write_iter = tty_write,
	.ioctl = tty_ioctl,
	.poll = tty_poll,
	.llseek = no_llseek,
};

void __init tty_init(void)
{
	if (register_chrdev(TTYAUX_MAJOR, "tty", &tty_fops) ||
	    register_chrdev(TTY_MAJOR, "ttyS", &tty_fops))
		pr_err("tty: cannot register the console tty\n");
}
