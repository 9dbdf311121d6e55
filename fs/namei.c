// SPDX-License-Identifier: GPL-2.0
/*
 * fs/namei.c - turning path names into inodes.
 *
 * A walk starts at the task's root (absolute paths) or at a directory
 * (the cwd or a dirfd) and looks the components up one by one, all
 * but the last in link_path_walk().  "." stays, ".." goes to the
 * directory's parent but never above the task's root, and a directory
 * with something mounted on it is replaced by the mounted root.
 *
 * A symlink met on the way is expanded in place: the rest of the path
 * is appended to its target and the walk goes on from there, from the
 * root if the target is absolute.  At most MAXSYMLINKS expansions are
 * made per lookup, so a loop ends in -ELOOP without recursion.  A magic
 * link (/proc/PID/fd/N) has no path to expand: the walk jumps to the
 * inode it names.  What happens to the last component depends on the
 * caller: follow it (stat), take it as a name to create or remove
 * (mkdir, unlink), or both (open with O_CREAT).
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <asm/uaccess.h>
#include "internal.h"

char *getname(const char __user *path)
{
	char *name = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!name)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(name, path, PATH_MAX);
	if (len < 0 || len >= PATH_MAX) {
		kfree(name);
		return ERR_PTR(len < 0 ? len : -ENAMETOOLONG);
	}
	return name;
}

void putname(char *name)
{
	kfree(name);
}

static void nd_set_dir(struct nameidata *nd, struct inode *dir)
{
	iput(nd->dir);
	nd->dir = dir;
}

/*
 * Sets up a walk of path from dfd.  The starting directory matters only
 * for a relative path, so a bad dfd with an absolute path is no error.
 */
int nd_init(struct nameidata *nd, int dfd, const char *path,
	    unsigned int flags)
{
	struct file *f;

	memset(nd, 0, sizeof(*nd));
	nd->flags = flags;
	if (!*path && !(flags & LOOKUP_EMPTY))
		return -ENOENT;
	nd->root = igrab(current_root());
	if (*path == '/') {
		nd->dir = igrab(nd->root);
		return 0;
	}
	if (dfd == AT_FDCWD) {
		nd->dir = igrab(current_pwd());
		return 0;
	}
	f = dfd < 0 ? NULL : fget(dfd);
	if (!f)
		return -EBADF;
	nd->dir = igrab(f->f_inode);
	fput(f);
	if (*path && !S_ISDIR(nd->dir->i_mode))
		return -ENOTDIR;
	return 0;
}

void nd_done(struct nameidata *nd)
{
	if (nd->from)
		fput(nd->from);
	nd->from = NULL;
	iput(nd->dir);
	iput(nd->root);
	kfree(nd->buf);
	nd->dir = nd->root = NULL;
	nd->buf = NULL;
}

/* Steps from nd->dir to one component; returns the inode counted. */
static struct inode *step(struct nameidata *nd, const struct qstr *name,
			  int type)
{
	struct inode *dir = nd->dir, *next, *mnt;

	if (type == LAST_DOT)
		return igrab(dir);
	if (type == LAST_DOTDOT)
		return igrab(dir == nd->root ? dir : dir->i_parent);
	if (!dir->i_op || !dir->i_op->lookup)
		return ERR_PTR(-ENOTDIR);
	next = dir->i_op->lookup(dir, name);
	if (!next)
		return ERR_PTR(-ENOENT);
	while (!IS_ERR(next) && next->i_mount) {
		mnt = igrab(next->i_mount);
		iput(next);
		next = mnt;
	}
	return next;
}

struct inode *lookup_last(struct nameidata *nd)
{
	if (nd->last_type == LAST_ROOT)
		return igrab(nd->dir);
	return step(nd, &nd->last, nd->last_type);
}

/*
 * Replaces the rest of the walk with link's target followed by rest
 * (and a '/' if the path ended in one); *name points to the new path.
 */
int nd_follow_link(struct nameidata *nd, struct inode *link,
		   const char *rest, const char **name)
{
	const char *target;
	size_t tlen, rlen;
	char *buf, *p;

	if (++nd->links > MAXSYMLINKS)
		return -ELOOP;
	if (!link->i_op || !link->i_op->get_link)
		return -EINVAL;
	target = link->i_op->get_link(link);
	tlen = strlen(target);
	if (!tlen)
		return -ENOENT;
	if (!*rest && nd->slash)
		rest = "/";
	rlen = strlen(rest);
	if (tlen + 1 + rlen >= PATH_MAX)
		return -ENAMETOOLONG;
	buf = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, target, tlen);
	p = buf + tlen;
	if (*rest && *rest != '/')
		*p++ = '/';
	memcpy(p, rest, rlen + 1);
	kfree(nd->buf);
	nd->buf = buf;
	*name = buf;
	return 0;
}

static bool is_magic_link(struct inode *inode)
{
	return inode->i_op && inode->i_op->jump_link;
}

/* Where a magic link leads, counted; the open file behind it in nd->from. */
static struct inode *nd_jump_link(struct nameidata *nd, struct inode *link)
{
	struct file *from = NULL;
	struct inode *to;

	if (++nd->links > MAXSYMLINKS)
		return ERR_PTR(-ELOOP);
	to = link->i_op->jump_link(link, &from);
	if (IS_ERR(to))
		return to;
	if (nd->from)
		fput(nd->from);
	nd->from = from;
	nd->jumped = true;
	return to;
}

static int component_type(const char *name, unsigned int len)
{
	if (len == 1 && name[0] == '.')
		return LAST_DOT;
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return LAST_DOTDOT;
	return LAST_NORM;
}

/*
 * Walks every component of name but the last, which it leaves in
 * nd->last with nd->dir its directory.  A path of only slashes (or an
 * empty one, when allowed) leaves LAST_ROOT: nd->dir itself.
 */
int link_path_walk(struct nameidata *nd, const char *name)
{
	struct inode *next;
	int err, type;

restart:
	if (*name == '/') {
		nd_set_dir(nd, igrab(nd->root));
		while (*name == '/')
			name++;
	}
	nd->slash = false;
	if (!*name) {
		nd->last_type = LAST_ROOT;
		nd->last.name = name;
		nd->last.len = 0;
		return 0;
	}
	for (;;) {
		const char *comp = name;

		while (*name && *name != '/')
			name++;
		if (name - comp > NAME_MAX)
			return -ENAMETOOLONG;
		nd->last.name = comp;
		nd->last.len = name - comp;
		type = component_type(comp, name - comp);
		while (*name == '/') {
			name++;
			nd->slash = true;
		}
		if (!S_ISDIR(nd->dir->i_mode))
			return -ENOTDIR;
		if (!*name) {
			nd->last_type = type;
			return 0;
		}
		nd->slash = false;
		next = step(nd, &nd->last, type);
		if (IS_ERR(next))
			return PTR_ERR(next);
		if (is_magic_link(next)) {
			struct inode *to = nd_jump_link(nd, next);

			iput(next);
			if (IS_ERR(to))
				return PTR_ERR(to);
			nd_set_dir(nd, to);
			continue;
		}
		if (S_ISLNK(next->i_mode)) {
			err = nd_follow_link(nd, next, name, &name);
			iput(next);
			if (err)
				return err;
			goto restart;
		}
		nd_set_dir(nd, next);
	}
}

static int path_lookupat(struct nameidata *nd, const char *name,
			 struct inode **res)
{
	struct inode *inode;
	int err;

	for (;;) {
		err = link_path_walk(nd, name);
		if (err)
			return err;
		inode = lookup_last(nd);
		if (IS_ERR(inode))
			return PTR_ERR(inode);
		nd->jumped = false;
		if (is_magic_link(inode) &&
		    ((nd->flags & LOOKUP_FOLLOW) || nd->slash)) {
			struct inode *to = nd_jump_link(nd, inode);

			iput(inode);
			if (IS_ERR(to))
				return PTR_ERR(to);
			inode = to;
		} else if (S_ISLNK(inode->i_mode) &&
		    ((nd->flags & LOOKUP_FOLLOW) || nd->slash)) {
			err = nd_follow_link(nd, inode, "", &name);
			iput(inode);
			if (err)
				return err;
			continue;
		}
		if ((nd->slash || (nd->flags & LOOKUP_DIRECTORY)) &&
		    !S_ISDIR(inode->i_mode)) {
			iput(inode);
			return -ENOTDIR;
		}
		*res = inode;
		return 0;
	}
}

int kern_path_at(int dfd, const char *path, unsigned int flags,
		 struct inode **res)
{
	struct nameidata nd;
	int err = nd_init(&nd, dfd, path, flags);

	if (!err)
		err = path_lookupat(&nd, path, res);
	nd_done(&nd);
	return err;
}

/*
 * Walks to the directory that should hold the last component of path;
 * nd->last is that name.  On success the caller ends with nd_done().
 */
int path_parentat(struct nameidata *nd, int dfd, const char *path)
{
	int err = nd_init(nd, dfd, path, 0);

	if (!err)
		err = link_path_walk(nd, path);
	if (err)
		nd_done(nd);
	return err;
}

/* Creates the last component of an O_CREAT open as a regular file. */
static struct inode *open_create(struct nameidata *nd, umode_t mode)
{
	struct inode *dir = nd->dir;

	if (!dir->i_nlink)
		return ERR_PTR(-ENOENT);
	if (!dir->i_op->create)
		return ERR_PTR(-EACCES);
	mode = S_IFREG | (mode & S_IALLUGO & ~current_umask());
	return dir->i_op->create(dir, &nd->last, mode, 0);
}

static int open_last(struct nameidata *nd, const char *name, int flags,
		     umode_t mode, struct inode **res)
{
	struct inode *inode;
	int err;

	for (;;) {
		err = link_path_walk(nd, name);
		if (err)
			return err;
		if (nd->last_type != LAST_NORM || nd->slash)
			return -EISDIR;
		inode = lookup_last(nd);
		nd->jumped = false;
		if (inode == ERR_PTR(-ENOENT))
			inode = open_create(nd, mode);
		else if (!IS_ERR(inode) && (flags & O_EXCL))
			err = -EEXIST;
		else if (!IS_ERR(inode) && is_magic_link(inode) &&
			 !(flags & O_NOFOLLOW)) {
			struct inode *to = nd_jump_link(nd, inode);

			iput(inode);
			inode = to;
			if (!IS_ERR(inode) && S_ISDIR(inode->i_mode))
				err = -EISDIR;
		} else if (!IS_ERR(inode) && S_ISLNK(inode->i_mode) &&
			 !(flags & O_NOFOLLOW)) {
			err = nd_follow_link(nd, inode, "", &name);
			iput(inode);
			if (err)
				return err;
			continue;
		} else if (!IS_ERR(inode) && S_ISDIR(inode->i_mode)) {
			err = -EISDIR;
		}
		if (IS_ERR(inode))
			return PTR_ERR(inode);
		if (err) {
			iput(inode);
			return err;
		}
		*res = inode;
		return 0;
	}
}

/*
 * Gives f the name it was opened by, for /proc/PID/fd: the directory and
 * last component of the walk, or those of the open file a magic link
 * led to.  Directories need none; without memory the file goes unnamed.
 */
static void name_file(struct file *f, struct nameidata *nd)
{
	struct inode *dir = nd->dir;
	const char *name = nd->last.name;
	size_t len = nd->last.len;

	if (S_ISDIR(f->f_inode->i_mode))
		return;
	if (nd->jumped) {
		if (!nd->from || !nd->from->f_dir)
			return;
		dir = nd->from->f_dir;
		name = nd->from->f_name;
		len = strlen(name);
	} else if (nd->last_type != LAST_NORM) {
		return;
	}
	f->f_name = kmalloc(len + 1, GFP_KERNEL);
	if (!f->f_name)
		return;
	memcpy(f->f_name, name, len);
	f->f_name[len] = '\0';
	f->f_dir = igrab(dir);
}

/*
 * Finds (or with O_CREAT creates) what open() opens, and opens it.  A
 * final symlink is followed unless O_NOFOLLOW, even to a name that does
 * not exist yet when O_CREAT allows creating it.
 */
struct file *path_openat(int dfd, const char *path, int flags, umode_t mode)
{
	unsigned int lflags = 0;
	struct nameidata nd;
	struct inode *inode;
	struct file *f;
	int err;

	if (!(flags & O_NOFOLLOW))
		lflags |= LOOKUP_FOLLOW;
	if (flags & O_DIRECTORY)
		lflags |= LOOKUP_DIRECTORY;
	err = nd_init(&nd, dfd, path, lflags);
	if (!err && (flags & O_CREAT))
		err = open_last(&nd, path, flags, mode, &inode);
	else if (!err)
		err = path_lookupat(&nd, path, &inode);
	f = err ? ERR_PTR(err) : open_inode(inode, flags);
	if (!IS_ERR(f))
		name_file(f, &nd);
	nd_done(&nd);
	return f;
}
