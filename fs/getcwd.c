// SPDX-License-Identifier: GPL-2.0
/*
 * fs/getcwd.c - the name of the current directory.
 *
 * Without a dentry cache a directory does not know its own name, only
 * its parent.  getcwd() climbs from the cwd to the root and at each
 * step finds the name under which the parent lists the directory (by
 * inode number), building the path from its end.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>
#include "internal.h"

struct name_search {
	struct dir_context ctx;
	unsigned long ino;
	char *start;			/* the path buffer */
	char *p;			/* the path built so far starts here */
	int err;
};

static bool prepend_if_match(struct dir_context *ctx, const char *name,
			     int len, loff_t next, unsigned long ino,
			     unsigned int type)
{
	struct name_search *s = container_of(ctx, struct name_search, ctx);

	if (ino != s->ino || (name[0] == '.' && (len == 1 ||
	    (len == 2 && name[1] == '.'))))
		return true;
	if (s->p - s->start < len + 1) {
		s->err = -ENAMETOOLONG;
		return false;
	}
	s->p -= len;
	memcpy(s->p, name, len);
	*--s->p = '/';
	s->err = 0;
	return false;
}

/* Prepends "/name" of the entry of dir numbered ino. */
static int prepend_name(struct inode *dir, unsigned long ino,
			struct name_search *s)
{
	s->ctx.actor = prepend_if_match;
	s->ctx.pos = 0;
	s->ino = ino;
	s->err = -ENOENT;
	if (!dir->i_op || !dir->i_op->readdir)
		return -ENOENT;
	dir->i_op->readdir(dir, &s->ctx);
	return s->err;
}

int vfs_getcwd(char *buf, size_t size)
{
	struct inode *root = current_root(), *dir = current_pwd();
	struct name_search s;
	int err = 0, len;

	if (!dir->i_nlink)
		return -ENOENT;
	s.start = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!s.start)
		return -ENOMEM;
	s.p = s.start + PATH_MAX;
	*--s.p = '\0';
	while (!err && dir != root && dir->i_parent != dir) {
		struct inode *named = dir->i_covered ? dir->i_covered : dir;

		err = prepend_name(dir->i_parent, named->i_ino, &s);
		dir = dir->i_parent;
	}
	if (!err && !*s.p)
		*--s.p = '/';
	len = s.start + PATH_MAX - s.p;
	if (!err && (size_t)len > size)
		err = -ERANGE;
	if (!err)
		memcpy(buf, s.p, len);
	kfree(s.start);
	return err ? err : len;
}

long sys_getcwd(char __user *buf, unsigned long size)
{
	char *kbuf = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!kbuf)
		return -ENOMEM;
	len = vfs_getcwd(kbuf, min(size, (unsigned long)PATH_MAX));
	if (len > 0 && copy_to_user(buf, kbuf, len))
		len = -EFAULT;
	kfree(kbuf);
	return len;
}
