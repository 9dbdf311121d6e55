// SPDX-License-Identifier: GPL-2.0
/*
 * fs/readdir.c - getdents64(): directory entries into a user buffer.
 *
 * The filesystem offers entries one by one from the file position; each
 * becomes a linux_dirent64 record until the buffer is full.  The file
 * position then names the first entry not returned.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/dirent.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>
#include "internal.h"

struct getdents_callback {
	struct dir_context ctx;
	char __user *next;		/* where the next record goes */
	unsigned int left;		/* bytes left in the buffer */
	int error;
};

static bool filldir64(struct dir_context *ctx, const char *name, int len,
		      loff_t next, unsigned long ino, unsigned int type)
{
	struct getdents_callback *buf =
		container_of(ctx, struct getdents_callback, ctx);
	unsigned int hlen = offsetof(struct linux_dirent64, d_name);
	unsigned int reclen = ALIGN(hlen + len + 1, sizeof(u64));
	struct linux_dirent64 d;

	if (reclen > buf->left) {
		buf->error = -EINVAL;	/* matters only for the first */
		return false;
	}
	d.d_ino = ino;
	d.d_off = next;
	d.d_reclen = reclen;
	d.d_type = type;
	if (copy_to_user(buf->next, &d, hlen) ||
	    copy_to_user(buf->next + hlen, name, len) ||
	    copy_to_user(buf->next + hlen + len, "", 1)) {
		buf->error = -EFAULT;
		return false;
	}
	buf->next += reclen;
	buf->left -= reclen;
	return true;
}

long sys_getdents64(unsigned int fd, void __user *dirent, unsigned int count)
{
	struct getdents_callback buf = {
		.ctx.actor = filldir64,
		.next = dirent,
		.left = count,
	};
	struct inode *inode;
	struct file *f;
	int err;

	if (!access_ok(dirent, count))
		return -EFAULT;
	f = fget(fd);
	if (!f)
		return -EBADF;
	inode = f->f_inode;
	if (f->f_mode & FMODE_PATH) {
		err = -EBADF;
	} else if (!inode->i_op || !inode->i_op->readdir) {
		err = -ENOTDIR;
	} else {
		buf.ctx.pos = f->f_pos;
		err = inode->i_op->readdir(inode, &buf.ctx);
		f->f_pos = buf.ctx.pos;
		if (!err)
			err = buf.left < count ? (int)(count - buf.left)
					       : buf.error;
	}
	fput(f);
	return err;
}
