// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_ioctl.c - terminal ioctls: termios, window size,
 * foreground process group, input queue.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <asm/ioctls.h>
#include <asm/uaccess.h>

static long set_termios(struct tty_struct *tty, unsigned int cmd,
			const void __user *arg)
{
	struct termios t;

	if (copy_from_user(&t, arg, sizeof(t)))
		return -EFAULT;
	/* Output is never queued, so TCSETSW has nothing to wait for. */
	if (cmd == TCSETSF)
		n_tty_flush_input(tty);
	tty_set_termios(tty, &t);
	return 0;
}

static long set_winsize(struct tty_struct *tty, const void __user *arg)
{
	struct winsize ws;

	if (copy_from_user(&ws, arg, sizeof(ws)))
		return -EFAULT;
	if (memcmp(&ws, &tty->winsize, sizeof(ws)) && tty->pgrp > 0 &&
	    tty->kill_pgrp)
		tty->kill_pgrp(tty->pgrp, SIGWINCH);
	tty->winsize = ws;
	return 0;
}

/* Signal 0 probes a group, as kill(2) does: -ESRCH if it has no one. */
static long set_pgrp(struct tty_struct *tty, int __user *arg)
{
	int pgrp;

	if (get_user(pgrp, arg))
		return -EFAULT;
	if (pgrp < 0)
		return -EINVAL;
	if (!pgrp || (tty->kill_pgrp && tty->kill_pgrp(pgrp, 0) == -ESRCH))
		return -ESRCH;
	tty->pgrp = pgrp;
	return 0;
}

static long flush(struct tty_struct *tty, unsigned long arg)
{
	switch (arg) {
	case TCIFLUSH:
	case TCIOFLUSH:
		n_tty_flush_input(tty);
		return 0;
	case TCOFLUSH:
		return 0;
	}
	return -EINVAL;
}

/* The requests that change the terminal: SIGTTOU from the background. */
static bool changes_tty(unsigned int cmd)
{
	switch (cmd) {
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
	case TIOCSPGRP:
	case TCFLSH:
	case TCSBRK:
	case TCSBRKP:
	case TCXONC:
		return true;
	}
	return false;
}

long tty_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	struct tty_struct *tty = f->private_data;
	void __user *p = (void __user *)arg;

	if (changes_tty(cmd)) {
		long err = tty_check_background(tty, SIGTTOU);

		if (err)
			return err;
	}
	switch (cmd) {
	case TCGETS:
		return copy_to_user(p, &tty->termios, sizeof(tty->termios)) ?
		       -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return set_termios(tty, cmd, p);
	case TIOCGWINSZ:
		return copy_to_user(p, &tty->winsize, sizeof(tty->winsize)) ?
		       -EFAULT : 0;
	case TIOCSWINSZ:
		return set_winsize(tty, p);
	case TIOCGPGRP:
		if (!tty->pgrp)
			tty->pgrp = current->pgid;
		return put_user(tty->pgrp, (int __user *)p);
	case TIOCSPGRP:
		return set_pgrp(tty, p);
	case TIOCSCTTY:
		/* A session leader's; another session's only to steal (1). */
		if (current->pid != current->sid)
			return -EPERM;
		if (tty->session && tty->session != current->sid && arg != 1)
			return -EPERM;
		tty->session = current->sid;
		tty->pgrp = current->pgid;
		return 0;
	case TIOCNOTTY:
		if (tty->session != current->sid)
			return -ENOTTY;
		if (current->pid == current->sid) {
			int pgrp = tty->pgrp;

			tty->session = 0;
			tty->pgrp = 0;
			if (pgrp > 0) {
				tty->kill_pgrp(pgrp, SIGHUP);
				tty->kill_pgrp(pgrp, SIGCONT);
			}
		}
		return 0;
	case TIOCGSID:
		if (!tty->session)
			return -ENOTTY;
		return put_user(tty->session, (int __user *)p);
	case FIONREAD:
		return put_user((int)n_tty_chars_in_buffer(tty),
				(int __user *)p);
	case TCFLSH:
		return flush(tty, arg);
	case TIOCOUTQ:
	case TIOCGETD:			/* N_TTY is discipline 0 */
		return put_user(0, (int __user *)p);
	case TCSBRK:
	case TCSBRKP:
	case TCXONC:
		return 0;
	}
	return -ENOTTY;
}
