// SPDX-License-Identifier: GPL-2.0
/*
 * fs/sync.c - sync(), syncfs(), fsync() and fdatasync().  Everything is
 * in memory, so there is nothing to write back; the calls only check
 * their descriptor.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

long sys_sync(void)
{
	return 0;
}

static long check_fd(unsigned int fd, bool data)
{
	struct file *f = fget(fd);
	umode_t mode;

	if (!f)
		return -EBADF;
	mode = file_mode(f);
	fput(f);
	if (data && !S_ISREG(mode) && !S_ISDIR(mode))
		return -EINVAL;
	return 0;
}

long sys_syncfs(unsigned int fd)
{
	return check_fd(fd, false);
}

long sys_fsync(unsigned int fd)
{
	return check_fd(fd, true);
}

long sys_fdatasync(unsigned int fd)
{
	return check_fd(fd, true);
}
