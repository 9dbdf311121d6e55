// SPDX-License-Identifier: GPL-2.0
/*
 * fs/d_path.c - the names of directories and open files.
 *
 * Without a dentry cache a directory does not know its own name, only
 * its parent.  getcwd() climbs from the cwd to the root and at each
 * step finds the name under which the parent lists the directory (by
 * inode number), building the path from its end.  An open file's name
 * (readlink of /proc/PID/fd/N) is its directory's path and the name it
 * was opened by.
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

/* Prepends len bytes of text. */
static int prepend(struct name_search *s, const char *text, int len)
{
	if (s->p - s->start < len)
		return -ENAMETOOLONG;
	s->p -= len;
	memcpy(s->p, text, len);
	return 0;
}

/* Prepends the path of directory dir below the task's root ("" for it). */
static int prepend_dir(struct inode *dir, struct name_search *s)
{
	struct inode *root = current_root();
	int err = 0;

	while (!err && dir != root && dir->i_parent != dir) {
		struct inode *named = dir->i_covered ? dir->i_covered : dir;

		err = prepend_name(dir->i_parent, named->i_ino, s);
		dir = dir->i_parent;
	}
	return err;
}

/* A PATH_MAX buffer to build a name backwards in, NUL-terminated. */
static int name_search_init(struct name_search *s)
{
	s->start = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!s->start)
		return -ENOMEM;
	s->p = s->start + PATH_MAX;
	*--s->p = '\0';
	return 0;
}

/* Copies the name built (NUL included) to buf; its length with the NUL. */
static int name_search_done(struct name_search *s, int err, char *buf,
			    size_t size)
{
	int len = s->start + PATH_MAX - s->p;

	if (!err && (size_t)len > size)
		err = -ERANGE;
	if (!err)
		memcpy(buf, s->p, len);
	kfree(s->start);
	return err ? err : len;
}

int dir_path(struct inode *dir, char *buf, size_t size)
{
	struct name_search s;
	int err;

	if (!dir->i_nlink)
		return -ENOENT;
	err = name_search_init(&s);
	if (err)
		return err;
	err = prepend_dir(dir, &s);
	if (!err && !*s.p)
		err = prepend(&s, "/", 1);
	return name_search_done(&s, err, buf, size);
}

int vfs_getcwd(char *buf, size_t size)
{
	return dir_path(current_pwd(), buf, size);
}

/*
 * A file opened by name keeps its directory and last component; its
 * path is that directory's followed by the name, with " (deleted)"
 * once the file has no name left, as Linux shows it.  A pipe has no
 * name: "pipe:[inode]".  A directory is named by climbing from itself.
 */
int file_path(struct file *f, char *buf, size_t size)
{
	struct inode *inode = f->f_inode;
	struct name_search s;
	char *end;
	int err;

	if (!S_ISDIR(inode->i_mode) && !f->f_dir) {
		err = snprintf(buf, size, "%s:[%lu]",
			       S_ISFIFO(inode->i_mode) ? "pipe" : "anon_inode",
			       inode->i_ino) + 1;
		return (size_t)err > size ? -ERANGE : err;
	}
	err = name_search_init(&s);
	if (err)
		return err;
	if (!inode->i_nlink)
		err = prepend(&s, " (deleted)", 10);
	end = s.p;
	if (err || S_ISDIR(inode->i_mode)) {
		if (!err && inode->i_nlink)
			err = prepend_dir(inode, &s);
	} else {
		err = prepend(&s, f->f_name, strlen(f->f_name));
		if (!err)
			err = prepend(&s, "/", 1);
		if (!err)
			err = prepend_dir(f->f_dir, &s);
	}
	if (!err && s.p == end)
		err = prepend(&s, "/", 1);
	return name_search_done(&s, err, buf, size);
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
