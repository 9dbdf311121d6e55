// SPDX-License-Identifier: GPL-2.0
/*
 * fs/fcntl.c - fcntl(): duplicating descriptors, the close-on-exec bit
 * and the status flags that can change after open (O_APPEND and
 * O_NONBLOCK).
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include "internal.h"

#define SETFL_MASK	(O_APPEND | O_NONBLOCK | O_NDELAY | FASYNC | \
			 O_DIRECT | O_NOATIME)

static long dupfd(struct file *f, unsigned long from, bool cloexec)
{
	struct files_struct *files = current->files;
	int fd;

	if (from >= fd_limit())
		return -EINVAL;
	fd = fd_install_from(files, get_file(f), from);
	if (fd < 0)
		fput(f);
	else if (cloexec)
		fd_set_cloexec(files, fd, true);
	return fd;
}

static long setfl(struct file *f, unsigned long arg)
{
	/* Clearing O_APPEND is allowed: nothing here is append-only. */
	f->f_flags = (f->f_flags & ~SETFL_MASK) | (arg & SETFL_MASK);
	return 0;
}

long sys_fcntl64(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct file *f = fget(fd);
	long ret;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		ret = dupfd(f, arg, cmd == F_DUPFD_CLOEXEC);
		break;
	case F_GETFD:
		ret = fd_get_cloexec(current->files, fd) ? FD_CLOEXEC : 0;
		break;
	case F_SETFD:
		fd_set_cloexec(current->files, fd, arg & FD_CLOEXEC);
		ret = 0;
		break;
	case F_GETFL:
		ret = f->f_flags;
		break;
	case F_SETFL:
		ret = setfl(f, arg);
		break;
	default:
		ret = -EINVAL;
		break;
	}
	fput(f);
	return ret;
}

long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	return sys_fcntl64(fd, cmd, arg);
}
