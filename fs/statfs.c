// SPDX-License-Identifier: GPL-2.0
/*
 * fs/statfs.c - statfs, fstatfs and their 64-bit forms, as df reads them.
 *
 * Every filesystem here lives in memory and has no size of its own, so
 * the counts are 0, as Linux's ramfs and proc report them; the type
 * (f_type, the filesystem's magic number), the block size and the
 * longest name are real.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/namei.h>
#include <linux/kdev_t.h>
#include <asm/uaccess.h>
#include "internal.h"

#define NAME_MAX_LEN	255

/* The i386 struct statfs (32-bit counts). */
struct statfs32 {
	u32 f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	s32 f_fsid[2];
	u32 f_namelen, f_frsize, f_flags, f_spare[4];
};

/* The i386 struct statfs64: 84 bytes, 64-bit counts at 4-byte alignment. */
struct statfs64_32 {
	u32 f_type, f_bsize;
	u64 f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	s32 f_fsid[2];
	u32 f_namelen, f_frsize, f_flags, f_spare[4];
} __attribute__((packed, aligned(4)));

struct kstatfs {
	u32 type, bsize, namelen;
	s32 fsid[2];
};

static void inode_statfs(struct inode *inode, struct kstatfs *k)
{
	struct super_block *sb = inode->i_sb;

	memset(k, 0, sizeof(*k));
	k->type = sb ? sb->s_magic : 0;
	k->bsize = PAGE_SIZE;
	k->namelen = NAME_MAX_LEN;
	if (sb) {
		k->fsid[0] = MAJOR(sb->s_dev);
		k->fsid[1] = MINOR(sb->s_dev);
	}
}

static int path_statfs(const char __user *path, struct kstatfs *k)
{
	char *name = getname(path);
	struct inode *inode;
	int err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = kern_path_at(AT_FDCWD, name, LOOKUP_FOLLOW, &inode);
	putname(name);
	if (err)
		return err;
	inode_statfs(inode, k);
	iput(inode);
	return 0;
}

static int fd_statfs(unsigned int fd, struct kstatfs *k)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	inode_statfs(f->f_inode, k);
	fput(f);
	return 0;
}

/* The two layouts share their field names: one filler for both. */
#define FILL_STATFS(s, k) do {						\
	memset(&(s), 0, sizeof(s));					\
	(s).f_type = (k)->type;						\
	(s).f_bsize = (s).f_frsize = (k)->bsize;			\
	(s).f_namelen = (k)->namelen;					\
	(s).f_fsid[0] = (k)->fsid[0];					\
	(s).f_fsid[1] = (k)->fsid[1];					\
} while (0)

static int put32(const struct kstatfs *k, struct statfs32 __user *buf)
{
	struct statfs32 s;

	FILL_STATFS(s, k);
	return copy_to_user(buf, &s, sizeof(s)) ? -EFAULT : 0;
}

static int put64(const struct kstatfs *k, struct statfs64_32 __user *buf)
{
	struct statfs64_32 s;

	FILL_STATFS(s, k);
	return copy_to_user(buf, &s, sizeof(s)) ? -EFAULT : 0;
}

long sys_statfs(const char __user *path, struct statfs32 __user *buf)
{
	struct kstatfs k;
	int err = path_statfs(path, &k);

	return err ? err : put32(&k, buf);
}

long sys_fstatfs(unsigned int fd, struct statfs32 __user *buf)
{
	struct kstatfs k;
	int err = fd_statfs(fd, &k);

	return err ? err : put32(&k, buf);
}

long sys_statfs64(const char __user *path, size_t size,
		  struct statfs64_32 __user *buf)
{
	struct kstatfs k;
	int err;

	if (size != sizeof(struct statfs64_32))
		return -EINVAL;
	err = path_statfs(path, &k);
	return err ? err : put64(&k, buf);
}

long sys_fstatfs64(unsigned int fd, size_t size,
		   struct statfs64_32 __user *buf)
{
	struct kstatfs k;
	int err;

	if (size != sizeof(struct statfs64_32))
		return -EINVAL;
	err = fd_statfs(fd, &k);
	return err ? err : put64(&k, buf);
}
