/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/types.h>
#include <linux/wait.h>

/* Event bits of struct pollfd (the same on every Linux ABI). */
#define POLLIN		0x0001
#define POLLPRI		0x0002
#define POLLOUT		0x0004
#define POLLERR		0x0008
#define POLLHUP		0x0010
#define POLLNVAL	0x0020
#define POLLRDNORM	0x0040
#define POLLRDBAND	0x0080
#define POLLWRNORM	0x0100
#define POLLWRBAND	0x0200

/* What a file without a poll method always is: ready both ways. */
#define DEFAULT_POLLMASK (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)

struct pollfd {
	int fd;
	short events;
	short revents;
};

struct file;

/*
 * A file's poll method reports what it is ready for now and, through
 * poll_wait(), names the wait queues that will be woken when that may
 * change.  qproc is NULL when the caller will not sleep.
 */
struct poll_table {
	void (*qproc)(struct file *f, struct wait_queue_head *wq,
		      struct poll_table *pt);
};

static inline void poll_wait(struct file *f, struct wait_queue_head *wq,
			     struct poll_table *pt)
{
	if (pt && pt->qproc)
		pt->qproc(f, wq, pt);
}

/*
 * poll() on an array in kernel memory, for descriptors of the current
 * task; timeout in ns, negative for none.  Returns the number of ready
 * entries, 0 on timeout, or -EINTR/-ENOMEM.
 */
int kernel_poll(struct pollfd *fds, unsigned int nfds, s64 timeout);

#endif /* _LINUX_POLL_H */
