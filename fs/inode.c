// SPDX-License-Identifier: GPL-2.0
/*
 * fs/inode.c - inode lifetime, timestamps and attributes.
 *
 * An inode lives while it has a name (i_nlink) or a user (i_count: open
 * files, the root and cwd of tasks, a lookup in progress).  The last
 * iput() of an inode without names asks its filesystem to free the
 * data, then frees the inode.  A directory holds its parent, so ".."
 * of a removed directory still leads somewhere.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <asm/page.h>
#include "internal.h"

static unsigned int next_anon_minor = 1;
static unsigned long inodes_alive;

unsigned long nr_inodes(void)
{
	return inodes_alive;
}

/* Filesystems without a device get 0:N, as Linux gives them. */
void init_anon_sb(struct super_block *sb, const struct super_operations *op)
{
	sb->s_dev = MKDEV(0, next_anon_minor++);
	sb->s_next_ino = 1;
	sb->s_maxbytes = MAX_LFS_FILESIZE;
	sb->s_op = op;
}

/* A new inode, counted once for the caller, with no name yet. */
struct inode *new_inode(struct super_block *sb, umode_t mode)
{
	struct inode *inode = kzalloc(sizeof(*inode), GFP_KERNEL);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_count = 1;
	inode->i_ino = sb->s_next_ino++;
	inode->i_sb = sb;
	ktime_get_real_ts64(&inode->i_mtime);
	inode->i_atime = inode->i_mtime;
	inode->i_ctime = inode->i_mtime;
	inodes_alive++;
	return inode;
}

struct inode *igrab(struct inode *inode)
{
	inode->i_count++;
	return inode;
}

static void evict(struct inode *inode)
{
	struct inode *parent = inode->i_parent;

	if (inode->i_sb->s_op && inode->i_sb->s_op->evict_inode)
		inode->i_sb->s_op->evict_inode(inode);
	kfree(inode);
	inodes_alive--;
	if (parent && parent != inode)
		iput(parent);
}

void iput(struct inode *inode)
{
	if (!inode)
		return;
	if (WARN_ON(inode->i_count <= 0))
		return;
	if (--inode->i_count || (inode->i_nlink && !inode->i_transient))
		return;
	evict(inode);
}

void inode_touch_mtime(struct inode *inode)
{
	ktime_get_real_ts64(&inode->i_mtime);
	inode->i_ctime = inode->i_mtime;
}

void inode_touch_ctime(struct inode *inode)
{
	ktime_get_real_ts64(&inode->i_ctime);
}

void vfs_getattr(struct inode *inode, struct kstat *st)
{
	memset(st, 0, sizeof(*st));
	st->dev = inode->i_sb->s_dev;
	st->ino = inode->i_ino;
	st->mode = inode->i_mode;
	st->uid = inode->i_uid;
	st->gid = inode->i_gid;
	st->nlink = inode->i_nlink;
	st->rdev = inode->i_rdev;
	st->size = inode->i_size;
	st->blksize = PAGE_SIZE;
	if (S_ISREG(inode->i_mode))
		st->blocks = (u64)((inode->i_size + PAGE_SIZE - 1) >>
				   PAGE_SHIFT) << (PAGE_SHIFT - 9);
	st->atime = inode->i_atime;
	st->mtime = inode->i_mtime;
	st->ctime = inode->i_ctime;
}

int vfs_truncate(struct inode *inode, loff_t size)
{
	int err;

	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode) || size < 0)
		return -EINVAL;
	if (size > inode->i_sb->s_maxbytes)
		return -EFBIG;
	if (!inode->i_op || !inode->i_op->setsize)
		return -EPERM;
	err = inode->i_op->setsize(inode, size);
	if (!err)
		inode_touch_mtime(inode);
	return err;
}
