// SPDX-License-Identifier: GPL-2.0
/*
 * fs/open.c - open(), and the calls that change a file by name or
 * descriptor without reading it: access, chmod, chown, truncate.
 *
 * Everything runs as root: permission bits are stored and reported but
 * only execute permission is checked (access(X_OK)), as Linux does for
 * root.  Root may give a file to any user and group: the owner is
 * stored and reported.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include "internal.h"

/* An O_PATH descriptor: fstat, fchdir, *at() and close work, I/O not. */
static const struct file_operations path_fops;

static int may_open(struct inode *inode, int flags)
{
	umode_t mode = inode->i_mode;

	if (S_ISLNK(mode))
		return -ELOOP;
	if ((flags & O_DIRECTORY) && !S_ISDIR(mode))
		return -ENOTDIR;
	if (S_ISDIR(mode) &&
	    ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC)))
		return -EISDIR;
	return 0;
}

struct file *open_inode(struct inode *inode, int flags)
{
	struct file *f;
	int err;

	if (flags & O_PATH)
		return alloc_file(inode, flags & (O_PATH | O_DIRECTORY |
					  O_NOFOLLOW), &path_fops);
	err = may_open(inode, flags);
	if (!err && (flags & O_TRUNC) && S_ISREG(inode->i_mode))
		err = vfs_truncate(inode, 0);
	if (err) {
		iput(inode);
		return ERR_PTR(err);
	}
	f = alloc_file(inode, flags, inode->i_fop);
	if (IS_ERR(f) || !f->f_op || !f->f_op->open)
		return f;
	err = f->f_op->open(inode, f);
	if (err) {
		/* Never opened, so nothing to release. */
		f->f_op = NULL;
		fput(f);
		return ERR_PTR(err);
	}
	return f;
}

struct file *do_filp_open(int dfd, const char *path, int flags, umode_t mode)
{
	if (flags & __O_TMPFILE)
		return ERR_PTR(-EOPNOTSUPP);
	if (flags & O_PATH)
		flags &= O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
	return path_openat(dfd, path, flags, mode);
}

struct file *filp_open(const char *path, int flags, umode_t mode)
{
	return do_filp_open(AT_FDCWD, path, flags, mode);
}

long sys_openat(int dfd, const char __user *path, int flags, umode_t mode)
{
	char *name = getname(path);
	struct file *f;

	if (IS_ERR(name))
		return PTR_ERR(name);
	f = do_filp_open(dfd, name, flags, mode);
	putname(name);
	if (IS_ERR(f))
		return PTR_ERR(f);
	return fd_alloc(f, flags);
}

long sys_open(const char __user *path, int flags, umode_t mode)
{
	return sys_openat(AT_FDCWD, path, flags, mode);
}

long sys_creat(const char __user *path, umode_t mode)
{
	return sys_openat(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/* Looks up a user path for the *at() calls that take AT_* flags. */
static int user_path_at(int dfd, const char __user *path,
			unsigned int lflags, struct inode **res)
{
	char *name = getname(path);
	int err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = kern_path_at(dfd, name, lflags, res);
	putname(name);
	return err;
}

long sys_faccessat2(int dfd, const char __user *path, int mode, int flags)
{
	struct inode *inode;
	int err;

	if (mode & ~(R_OK | W_OK | X_OK))
		return -EINVAL;
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	err = user_path_at(dfd, path, at_lookup_flags(flags), &inode);
	if (err)
		return err;
	if ((mode & X_OK) && !S_ISDIR(inode->i_mode) &&
	    !(inode->i_mode & S_IXUGO))
		err = -EACCES;
	iput(inode);
	return err;
}

long sys_faccessat(int dfd, const char __user *path, int mode)
{
	return sys_faccessat2(dfd, path, mode, 0);
}

long sys_access(const char __user *path, int mode)
{
	return sys_faccessat2(AT_FDCWD, path, mode, 0);
}

static void set_mode(struct inode *inode, umode_t mode)
{
	inode->i_mode = (inode->i_mode & S_IFMT) | (mode & S_IALLUGO);
	inode_touch_ctime(inode);
}

long sys_fchmodat(int dfd, const char __user *path, umode_t mode)
{
	struct inode *inode;
	int err = user_path_at(dfd, path, LOOKUP_FOLLOW, &inode);

	if (err)
		return err;
	set_mode(inode, mode);
	iput(inode);
	return 0;
}

long sys_chmod(const char __user *path, umode_t mode)
{
	return sys_fchmodat(AT_FDCWD, path, mode);
}

long sys_fchmod(unsigned int fd, umode_t mode)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	set_mode(f->f_inode, mode);
	fput(f);
	return 0;
}

/*
 * (u32)-1 leaves an id as it is.  As on Linux a file that is not a
 * directory loses its set-user-ID bit, and its set-group-ID bit if
 * group execute makes it one, even when root changes nothing.
 */
static void set_owner(struct inode *inode, u32 uid, u32 gid)
{
	if (uid != (u32)-1)
		inode->i_uid = uid;
	if (gid != (u32)-1)
		inode->i_gid = gid;
	if (!S_ISDIR(inode->i_mode)) {
		inode->i_mode &= ~S_ISUID;
		if (inode->i_mode & S_IXGRP)
			inode->i_mode &= ~S_ISGID;
	}
	inode_touch_ctime(inode);
}

long sys_fchownat(int dfd, const char __user *path, u32 uid, u32 gid,
		  int flags)
{
	struct inode *inode;
	int err;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	err = user_path_at(dfd, path, at_lookup_flags(flags), &inode);
	if (err)
		return err;
	set_owner(inode, uid, gid);
	iput(inode);
	return 0;
}

long sys_chown32(const char __user *path, u32 uid, u32 gid)
{
	return sys_fchownat(AT_FDCWD, path, uid, gid, 0);
}

long sys_lchown32(const char __user *path, u32 uid, u32 gid)
{
	return sys_fchownat(AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW);
}

long sys_fchown32(unsigned int fd, u32 uid, u32 gid)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (f->f_mode & FMODE_PATH) {
		fput(f);
		return -EBADF;
	}
	set_owner(f->f_inode, uid, gid);
	fput(f);
	return 0;
}

/* The old calls take 16-bit ids, where 0xffff is -1. */
static u32 id16(unsigned long id)
{
	id &= 0xffff;
	return id == 0xffff ? (u32)-1 : id;
}

long sys_chown(const char __user *path, unsigned long uid, unsigned long gid)
{
	return sys_chown32(path, id16(uid), id16(gid));
}

long sys_lchown(const char __user *path, unsigned long uid,
		unsigned long gid)
{
	return sys_lchown32(path, id16(uid), id16(gid));
}

long sys_fchown(unsigned int fd, unsigned long uid, unsigned long gid)
{
	return sys_fchown32(fd, id16(uid), id16(gid));
}

static long do_sys_truncate(const char __user *path, loff_t length)
{
	struct inode *inode;
	int err;

	if (length < 0)
		return -EINVAL;
	err = user_path_at(AT_FDCWD, path, LOOKUP_FOLLOW, &inode);
	if (err)
		return err;
	err = vfs_truncate(inode, length);
	iput(inode);
	return err;
}

static long do_sys_ftruncate(unsigned int fd, loff_t length)
{
	struct file *f = fget(fd);
	int err;

	if (!f)
		return -EBADF;
	if (length < 0 || !(f->f_mode & FMODE_WRITE) ||
	    !S_ISREG(file_mode(f)))
		err = -EINVAL;
	else
		err = vfs_truncate(f->f_inode, length);
	fput(f);
	return err;
}

long sys_truncate(const char __user *path, long length)
{
	return do_sys_truncate(path, length);
}

long sys_ftruncate(unsigned int fd, long length)
{
	return do_sys_ftruncate(fd, length);
}

long sys_truncate64(const char __user *path, unsigned long lo,
		    unsigned long hi)
{
	return do_sys_truncate(path, ((loff_t)hi << 32) | lo);
}

long sys_ftruncate64(unsigned int fd, unsigned long lo, unsigned long hi)
{
	return do_sys_ftruncate(fd, ((loff_t)hi << 32) | lo);
}
