// SPDX-License-Identifier: GPL-2.0
/*
 * fs/stat.c - stat64(), lstat64(), fstat64(), fstatat64() and statx():
 * one struct kstat, laid out for user space in the two i386 formats.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <asm/stat.h>
#include <asm/uaccess.h>
#include "internal.h"

int vfs_fstatat(int dfd, const char *path, struct kstat *st, int flags)
{
	struct inode *inode;
	int err;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH))
		return -EINVAL;
	err = kern_path_at(dfd, path, at_lookup_flags(flags), &inode);
	if (err)
		return err;
	vfs_getattr(inode, st);
	iput(inode);
	return 0;
}

static int vfs_fstat(unsigned int fd, struct kstat *st)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	vfs_getattr(f->f_inode, st);
	fput(f);
	return 0;
}

static int cp_new_stat64(const struct kstat *st, struct stat64 __user *ubuf)
{
	struct stat64 tmp;

	BUILD_BUG_ON(sizeof(struct stat64) != 96);
	BUILD_BUG_ON(offsetof(struct stat64, __st_ino) != 12);
	BUILD_BUG_ON(offsetof(struct stat64, st_mode) != 16);
	BUILD_BUG_ON(offsetof(struct stat64, st_rdev) != 32);
	BUILD_BUG_ON(offsetof(struct stat64, st_size) != 44);
	BUILD_BUG_ON(offsetof(struct stat64, st_blksize) != 52);
	BUILD_BUG_ON(offsetof(struct stat64, st_blocks) != 56);
	BUILD_BUG_ON(offsetof(struct stat64, st_atime) != 64);
	BUILD_BUG_ON(offsetof(struct stat64, st_mtime) != 72);
	BUILD_BUG_ON(offsetof(struct stat64, st_ctime) != 80);
	BUILD_BUG_ON(offsetof(struct stat64, st_ino) != 88);

	memset(&tmp, 0, sizeof(tmp));
	tmp.st_dev = new_encode_dev(st->dev);
	tmp.__st_ino = st->ino;
	tmp.st_ino = st->ino;
	tmp.st_mode = st->mode;
	tmp.st_nlink = st->nlink;
	tmp.st_uid = st->uid;
	tmp.st_gid = st->gid;
	tmp.st_rdev = new_encode_dev(st->rdev);
	tmp.st_size = st->size;
	tmp.st_blksize = st->blksize;
	tmp.st_blocks = st->blocks;
	tmp.st_atime = st->atime.tv_sec;
	tmp.st_atime_nsec = st->atime.tv_nsec;
	tmp.st_mtime = st->mtime.tv_sec;
	tmp.st_mtime_nsec = st->mtime.tv_nsec;
	tmp.st_ctime = st->ctime.tv_sec;
	tmp.st_ctime_nsec = st->ctime.tv_nsec;
	return copy_to_user(ubuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

long sys_fstatat64(int dfd, const char __user *path,
		   struct stat64 __user *statbuf, int flags)
{
	struct kstat st;
	char *name = getname(path);
	int err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = vfs_fstatat(dfd, name, &st, flags);
	putname(name);
	return err ? err : cp_new_stat64(&st, statbuf);
}

long sys_stat64(const char __user *path, struct stat64 __user *statbuf)
{
	return sys_fstatat64(AT_FDCWD, path, statbuf, 0);
}

long sys_lstat64(const char __user *path, struct stat64 __user *statbuf)
{
	return sys_fstatat64(AT_FDCWD, path, statbuf, AT_SYMLINK_NOFOLLOW);
}

long sys_fstat64(unsigned int fd, struct stat64 __user *statbuf)
{
	struct kstat st;
	int err = vfs_fstat(fd, &st);

	return err ? err : cp_new_stat64(&st, statbuf);
}

/* struct statx of the Linux ABI (256 bytes, the same on every arch). */
struct statx_timestamp {
	s64 tv_sec;
	u32 tv_nsec;
	s32 __reserved;
};

struct statx {
	u32 stx_mask;
	u32 stx_blksize;
	u64 stx_attributes;
	u32 stx_nlink;
	u32 stx_uid;
	u32 stx_gid;
	u16 stx_mode;
	u16 __spare0;
	u64 stx_ino;
	u64 stx_size;
	u64 stx_blocks;
	u64 stx_attributes_mask;
	struct statx_timestamp stx_atime, stx_btime, stx_ctime, stx_mtime;
	u32 stx_rdev_major, stx_rdev_minor;
	u32 stx_dev_major, stx_dev_minor;
	u64 __spare2[14];
};

#define STATX_BASIC_STATS	0x000007ffU
#define STATX__RESERVED		0x80000000U

static void statx_time(struct statx_timestamp *t, const struct timespec64 *ts)
{
	t->tv_sec = ts->tv_sec;
	t->tv_nsec = ts->tv_nsec;
}

static int cp_statx(const struct kstat *st, struct statx __user *ubuf)
{
	struct statx tmp;

	BUILD_BUG_ON(sizeof(struct statx) != 256);
	BUILD_BUG_ON(offsetof(struct statx, stx_atime) != 0x40);
	BUILD_BUG_ON(offsetof(struct statx, stx_rdev_major) != 0x80);

	memset(&tmp, 0, sizeof(tmp));
	tmp.stx_mask = STATX_BASIC_STATS;
	tmp.stx_blksize = st->blksize;
	tmp.stx_nlink = st->nlink;
	tmp.stx_uid = st->uid;
	tmp.stx_gid = st->gid;
	tmp.stx_mode = st->mode;
	tmp.stx_ino = st->ino;
	tmp.stx_size = st->size;
	tmp.stx_blocks = st->blocks;
	statx_time(&tmp.stx_atime, &st->atime);
	statx_time(&tmp.stx_ctime, &st->ctime);
	statx_time(&tmp.stx_mtime, &st->mtime);
	tmp.stx_rdev_major = MAJOR(st->rdev);
	tmp.stx_rdev_minor = MINOR(st->rdev);
	tmp.stx_dev_major = MAJOR(st->dev);
	tmp.stx_dev_minor = MINOR(st->dev);
	return copy_to_user(ubuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

long sys_statx(int dfd, const char __user *path, unsigned int flags,
	       unsigned int mask, struct statx __user *buf)
{
	struct kstat st;
	char *name;
	int err;

	if ((flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE ||
	    (mask & STATX__RESERVED))
		return -EINVAL;
	name = getname(path);
	if (IS_ERR(name))
		return PTR_ERR(name);
	err = vfs_fstatat(dfd, name, &st, flags & ~AT_STATX_SYNC_TYPE);
	putname(name);
	return err ? err : cp_statx(&st, buf);
}
