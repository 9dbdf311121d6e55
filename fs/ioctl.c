// SPDX-License-Identifier: GPL-2.0
/*
 * fs/ioctl.c - ioctl(): the commands every descriptor understands, then
 * the driver's own.  A file without an ioctl method is not a terminal,
 * so isatty() gets -ENOTTY from it.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <asm/ioctls.h>
#include <asm/uaccess.h>
#include "internal.h"

/* FIONREAD on a regular file: the bytes between the position and EOF. */
static long file_fionread(struct file *f, int __user *argp)
{
	loff_t left = f->f_inode->i_size - f->f_pos;

	if (left < 0)
		left = 0;
	if (left > 0x7fffffff)
		left = 0x7fffffff;
	return put_user((int)left, argp);
}

static long do_vfs_ioctl(struct file *f, unsigned int fd, unsigned int cmd,
			 unsigned long arg)
{
	int __user *argp = (int __user *)arg;
	int on;

	switch (cmd) {
	case FIOCLEX:
		fd_set_cloexec(current->files, fd, true);
		return 0;
	case FIONCLEX:
		fd_set_cloexec(current->files, fd, false);
		return 0;
	case FIONBIO:
		if (get_user(on, argp))
			return -EFAULT;
		if (on)
			f->f_flags |= O_NONBLOCK;
		else
			f->f_flags &= ~O_NONBLOCK;
		return 0;
	case FIONREAD:
		if (S_ISREG(file_mode(f)))
			return file_fionread(f, argp);
		break;
	}
	if (f->f_op && f->f_op->ioctl)
		return f->f_op->ioctl(f, cmd, arg);
	return -ENOTTY;
}

long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct file *f = fget(fd);
	long ret;

	if (!f)
		return -EBADF;
	ret = f->f_mode & FMODE_PATH ? -EBADF : do_vfs_ioctl(f, fd, cmd, arg);
	fput(f);
	return ret;
}
