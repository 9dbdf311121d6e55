// SPDX-License-Identifier: GPL-2.0
/*
 * fs/utimes.c - setting access and modification times: utimensat() (32-
 * and 64-bit time), utimes() and utime().  touch(1) needs them.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <linux/time32.h>
#include <asm/uaccess.h>
#include "internal.h"

#define UTIME_NOW	((1L << 30) - 1L)
#define UTIME_OMIT	((1L << 30) - 2L)

/* Applies one of the two times: OMIT leaves it, NOW reads the clock. */
static int set_time(struct timespec64 *dst, const struct timespec64 *src)
{
	if (src->tv_nsec == UTIME_OMIT)
		return 0;
	if (src->tv_nsec == UTIME_NOW) {
		ktime_get_real_ts64(dst);
		return 0;
	}
	if (src->tv_nsec < 0 || src->tv_nsec >= (long)NSEC_PER_SEC)
		return -EINVAL;
	*dst = *src;
	return 0;
}

/* times NULL means both now. */
static int do_utimes(int dfd, const char __user *path,
		     const struct timespec64 *times, int flags)
{
	static const struct timespec64 now[2] = {
		{ .tv_nsec = UTIME_NOW }, { .tv_nsec = UTIME_NOW },
	};
	unsigned int lflags;
	struct timespec64 a, m;
	struct inode *inode;
	char *name;
	int err;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	/* A NULL path (futimens) names dfd itself, as AT_EMPTY_PATH does. */
	lflags = at_lookup_flags(path ? flags : flags | AT_EMPTY_PATH);
	name = path ? getname(path) : NULL;
	if (IS_ERR(name))
		return PTR_ERR(name);
	err = kern_path_at(dfd, name ? name : "", lflags, &inode);
	putname(name);
	if (err)
		return err;
	if (!times)
		times = now;
	a = inode->i_atime;
	m = inode->i_mtime;
	err = set_time(&a, &times[0]);
	if (!err)
		err = set_time(&m, &times[1]);
	if (!err) {
		inode->i_atime = a;
		inode->i_mtime = m;
		inode_touch_ctime(inode);
	}
	iput(inode);
	return err;
}

long sys_utimensat(int dfd, const char __user *path,
		   struct old_timespec32 __user *utimes, int flags)
{
	struct old_timespec32 t[2];
	struct timespec64 ts[2];
	int i;

	if (!utimes)
		return do_utimes(dfd, path, NULL, flags);
	if (copy_from_user(t, utimes, sizeof(t)))
		return -EFAULT;
	for (i = 0; i < 2; i++) {
		ts[i].tv_sec = t[i].tv_sec;
		ts[i].tv_nsec = t[i].tv_nsec;
	}
	return do_utimes(dfd, path, ts, flags);
}

long sys_utimensat_time64(int dfd, const char __user *path,
			  struct kernel_timespec __user *utimes, int flags)
{
	struct kernel_timespec t[2];
	struct timespec64 ts[2];
	int i;

	if (!utimes)
		return do_utimes(dfd, path, NULL, flags);
	if (copy_from_user(t, utimes, sizeof(t)))
		return -EFAULT;
	for (i = 0; i < 2; i++) {
		ts[i].tv_sec = t[i].tv_sec;
		ts[i].tv_nsec = (long)t[i].tv_nsec;
		if (t[i].tv_nsec != ts[i].tv_nsec)
			return -EINVAL;
	}
	return do_utimes(dfd, path, ts, flags);
}

long sys_utimes(const char __user *path, struct old_timeval32 __user *utimes)
{
	struct old_timeval32 t[2];
	struct timespec64 ts[2];
	int i;

	if (!utimes)
		return do_utimes(AT_FDCWD, path, NULL, 0);
	if (copy_from_user(t, utimes, sizeof(t)))
		return -EFAULT;
	for (i = 0; i < 2; i++) {
		if (t[i].tv_usec < 0 || t[i].tv_usec >= (s32)USEC_PER_SEC)
			return -EINVAL;
		ts[i].tv_sec = t[i].tv_sec;
		ts[i].tv_nsec = t[i].tv_usec * NSEC_PER_USEC;
	}
	return do_utimes(AT_FDCWD, path, ts, 0);
}

long sys_utime(const char __user *path, struct old_utimbuf32 __user *times)
{
	struct old_utimbuf32 t;
	struct timespec64 ts[2] = { { 0 }, { 0 } };

	if (!times)
		return do_utimes(AT_FDCWD, path, NULL, 0);
	if (copy_from_user(&t, times, sizeof(t)))
		return -EFAULT;
	ts[0].tv_sec = t.actime;
	ts[1].tv_sec = t.modtime;
	return do_utimes(AT_FDCWD, path, ts, 0);
}
