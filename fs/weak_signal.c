// SPDX-License-Identifier: GPL-2.0
/*
 * fs/weak_signal.c - stand-ins for the signal functions that pipes and
 * the tty call, until kernel/signal.c defines them: the real ones win
 * at link time.  Until then no signal is ever pending, so blocking
 * waits are not interrupted, and SIGPIPE/SIGINT are not sent.
 *
 * Temporary: remove this file once the signal code is merged.
 */
#include <linux/kernel.h>
#include <linux/wait.h>
#include <linux/signal.h>
#include <linux/errno.h>

int __weak signal_pending_current(void)
{
	return 0;
}

int __weak send_sig(int sig, struct task_struct *t)
{
	return -ENOSYS;
}

int __weak kill_pgrp(int pgrp, int sig)
{
	return -ENOSYS;
}
