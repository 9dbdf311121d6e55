// SPDX-License-Identifier: GPL-2.0
/*
 * fs/name_ops.c - creating, removing and renaming names: mkdir, mknod,
 * rmdir, unlink, rename, symlink, link and readlink.
 *
 * Each operation walks to the parent directory, looks at what the last
 * component names now and checks what Linux checks, in the order Linux
 * checks it (so that the error codes match), before it asks the
 * filesystem to do the change.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>
#include "internal.h"

#define RENAME_NOREPLACE	(1 << 0)

/*
 * Checks that nd->last can be created in nd->dir.  Only directories may
 * be created with a trailing slash.
 */
static int check_free_name(struct nameidata *nd, bool dir)
{
	struct inode *inode = lookup_last(nd);

	if (!IS_ERR(inode)) {
		iput(inode);
		return -EEXIST;
	}
	if (PTR_ERR(inode) != -ENOENT)
		return PTR_ERR(inode);
	if (!nd->dir->i_nlink || (nd->slash && !dir))
		return -ENOENT;
	return 0;
}

/* Something is mounted on inode, or it is a mounted root. */
static bool is_busy(struct inode *inode, struct nameidata *nd)
{
	return inode->i_mount || inode->i_covered || inode == nd->root;
}

int do_mknodat(int dfd, const char *path, umode_t mode, dev_t dev)
{
	struct nameidata nd;
	struct inode *inode;
	int err;

	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	if (S_ISDIR(mode))
		return -EPERM;
	err = path_parentat(&nd, dfd, path);
	if (err)
		return err;
	err = check_free_name(&nd, false);
	if (!err && !nd.dir->i_op->create)
		err = -EPERM;
	if (!err) {
		mode = (mode & S_IFMT) | (mode & S_IALLUGO & ~current_umask());
		inode = nd.dir->i_op->create(nd.dir, &nd.last, mode, dev);
		if (IS_ERR(inode))
			err = PTR_ERR(inode);
		else
			iput(inode);
	}
	nd_done(&nd);
	return err;
}

int do_mkdirat(int dfd, const char *path, umode_t mode)
{
	struct nameidata nd;
	int err = path_parentat(&nd, dfd, path);

	if (err)
		return err;
	err = check_free_name(&nd, true);
	if (!err && !nd.dir->i_op->mkdir)
		err = -EPERM;
	if (!err)
		err = nd.dir->i_op->mkdir(nd.dir, &nd.last,
					  mode & S_IALLUGO & ~current_umask());
	nd_done(&nd);
	return err;
}

int do_rmdir(int dfd, const char *path)
{
	struct nameidata nd;
	struct inode *inode;
	int err = path_parentat(&nd, dfd, path);

	if (err)
		return err;
	if (nd.last_type == LAST_DOT)
		err = -EINVAL;
	else if (nd.last_type == LAST_DOTDOT)
		err = -ENOTEMPTY;
	else if (nd.last_type == LAST_ROOT)
		err = -EBUSY;
	if (err)
		goto out;
	inode = lookup_last(&nd);
	if (IS_ERR(inode)) {
		err = PTR_ERR(inode);
		goto out;
	}
	if (!S_ISDIR(inode->i_mode))
		err = -ENOTDIR;
	else if (is_busy(inode, &nd))
		err = -EBUSY;
	else if (!nd.dir->i_op->rmdir)
		err = -EPERM;
	else
		err = nd.dir->i_op->rmdir(nd.dir, &nd.last);
	iput(inode);
out:
	nd_done(&nd);
	return err;
}

int do_unlinkat(int dfd, const char *path)
{
	struct nameidata nd;
	struct inode *inode;
	int err = path_parentat(&nd, dfd, path);

	if (err)
		return err;
	if (nd.last_type != LAST_NORM) {
		err = -EISDIR;
		goto out;
	}
	inode = lookup_last(&nd);
	if (IS_ERR(inode)) {
		err = PTR_ERR(inode);
		goto out;
	}
	if (S_ISDIR(inode->i_mode))
		err = -EISDIR;
	else if (nd.slash)
		err = -ENOTDIR;
	else if (!nd.dir->i_op->unlink)
		err = -EPERM;
	else
		err = nd.dir->i_op->unlink(nd.dir, &nd.last);
	iput(inode);
out:
	nd_done(&nd);
	return err;
}

/* True if dir is inode or lies below it. */
static bool is_below(struct inode *dir, struct inode *inode)
{
	for (;;) {
		if (dir == inode)
			return true;
		if (!dir->i_parent || dir->i_parent == dir)
			return false;
		dir = dir->i_parent;
	}
}

static int check_rename(struct nameidata *ond, struct inode *old,
			struct nameidata *nnd, struct inode *new,
			unsigned int flags)
{
	bool isdir = S_ISDIR(old->i_mode);

	if ((ond->slash || nnd->slash) && !isdir)
		return -ENOTDIR;
	if (old == new)
		return 0;
	if (new && (flags & RENAME_NOREPLACE))
		return -EEXIST;
	if (new && isdir && !S_ISDIR(new->i_mode))
		return -ENOTDIR;
	if (new && !isdir && S_ISDIR(new->i_mode))
		return -EISDIR;
	if (isdir && is_below(nnd->dir, old))
		return -EINVAL;
	if (is_busy(old, ond) || (new && is_busy(new, nnd)))
		return -EBUSY;
	if (!nnd->dir->i_nlink)
		return -ENOENT;
	if (!ond->dir->i_op->rename)
		return -EPERM;
	return 0;
}

static int rename_names(struct nameidata *ond, struct nameidata *nnd,
			unsigned int flags)
{
	struct inode *old, *new;
	int err;

	if (ond->last_type != LAST_NORM || nnd->last_type != LAST_NORM)
		return -EBUSY;
	if (ond->dir->i_sb != nnd->dir->i_sb)
		return -EXDEV;
	old = lookup_last(ond);
	if (IS_ERR(old))
		return PTR_ERR(old);
	new = lookup_last(nnd);
	if (IS_ERR(new) && PTR_ERR(new) != -ENOENT) {
		iput(old);
		return PTR_ERR(new);
	}
	if (IS_ERR(new))
		new = NULL;
	err = check_rename(ond, old, nnd, new, flags);
	if (!err && old != new)
		err = ond->dir->i_op->rename(ond->dir, &ond->last, nnd->dir,
					     &nnd->last);
	iput(new);
	iput(old);
	return err;
}

static int do_renameat2(int odfd, const char *oldpath, int ndfd,
			const char *newpath, unsigned int flags)
{
	struct nameidata ond, nnd;
	int err;

	if (flags & ~RENAME_NOREPLACE)
		return -EINVAL;
	err = path_parentat(&ond, odfd, oldpath);
	if (err)
		return err;
	err = path_parentat(&nnd, ndfd, newpath);
	if (!err) {
		err = rename_names(&ond, &nnd, flags);
		nd_done(&nnd);
	}
	nd_done(&ond);
	return err;
}

int do_renameat(int odfd, const char *oldpath, int ndfd, const char *newpath)
{
	return do_renameat2(odfd, oldpath, ndfd, newpath, 0);
}

int do_symlinkat(const char *target, int dfd, const char *path)
{
	struct nameidata nd;
	int err;

	if (!*target)
		return -ENOENT;
	err = path_parentat(&nd, dfd, path);
	if (err)
		return err;
	err = check_free_name(&nd, false);
	if (!err && !nd.dir->i_op->symlink)
		err = -EPERM;
	if (!err)
		err = nd.dir->i_op->symlink(nd.dir, &nd.last, target);
	nd_done(&nd);
	return err;
}

int do_linkat(int odfd, const char *oldpath, int ndfd, const char *newpath,
	      int flags)
{
	unsigned int lflags = 0;
	struct nameidata nd;
	struct inode *old;
	int err;

	if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (flags & AT_SYMLINK_FOLLOW)
		lflags |= LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lflags |= LOOKUP_EMPTY;
	err = kern_path_at(odfd, oldpath, lflags, &old);
	if (err)
		return err;
	err = path_parentat(&nd, ndfd, newpath);
	if (err)
		goto out;
	err = check_free_name(&nd, false);
	if (!err && S_ISDIR(old->i_mode))
		err = -EPERM;
	else if (!err && nd.dir->i_sb != old->i_sb)
		err = -EXDEV;
	else if (!err && !nd.dir->i_op->link)
		err = -EPERM;
	else if (!err && !old->i_nlink)
		err = -ENOENT;
	if (!err)
		err = nd.dir->i_op->link(old, nd.dir, &nd.last);
	nd_done(&nd);
out:
	iput(old);
	return err;
}

int do_readlinkat(int dfd, const char *path, char *buf, int size)
{
	struct inode *inode;
	const char *target;
	int err, len;

	if (size <= 0)
		return -EINVAL;
	err = kern_path_at(dfd, path, LOOKUP_EMPTY, &inode);
	if (err)
		return err;
	if (!S_ISLNK(inode->i_mode) || !inode->i_op->get_link) {
		iput(inode);
		return -EINVAL;
	}
	target = inode->i_op->get_link(inode);
	len = strlen(target);
	if (len > size)
		len = size;
	memcpy(buf, target, len);
	iput(inode);
	return len;
}

/* The system calls: copy the names in, call the above. */

long sys_mknodat(int dfd, const char __user *path, umode_t mode,
		 unsigned int dev)
{
	char *name = getname(path);
	long err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = do_mknodat(dfd, name, mode, new_decode_dev(dev));
	putname(name);
	return err;
}

long sys_mknod(const char __user *path, umode_t mode, unsigned int dev)
{
	return sys_mknodat(AT_FDCWD, path, mode, dev);
}

long sys_mkdirat(int dfd, const char __user *path, umode_t mode)
{
	char *name = getname(path);
	long err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = do_mkdirat(dfd, name, mode);
	putname(name);
	return err;
}

long sys_mkdir(const char __user *path, umode_t mode)
{
	return sys_mkdirat(AT_FDCWD, path, mode);
}

long sys_unlinkat(int dfd, const char __user *path, int flags)
{
	char *name;
	long err;

	if (flags & ~AT_REMOVEDIR)
		return -EINVAL;
	name = getname(path);
	if (IS_ERR(name))
		return PTR_ERR(name);
	if (flags & AT_REMOVEDIR)
		err = do_rmdir(dfd, name);
	else
		err = do_unlinkat(dfd, name);
	putname(name);
	return err;
}

long sys_unlink(const char __user *path)
{
	return sys_unlinkat(AT_FDCWD, path, 0);
}

long sys_rmdir(const char __user *path)
{
	return sys_unlinkat(AT_FDCWD, path, AT_REMOVEDIR);
}

long sys_renameat2(int odfd, const char __user *oldpath, int ndfd,
		   const char __user *newpath, unsigned int flags)
{
	char *from, *to;
	long err;

	from = getname(oldpath);
	if (IS_ERR(from))
		return PTR_ERR(from);
	to = getname(newpath);
	if (IS_ERR(to)) {
		putname(from);
		return PTR_ERR(to);
	}
	err = do_renameat2(odfd, from, ndfd, to, flags);
	putname(to);
	putname(from);
	return err;
}

long sys_renameat(int odfd, const char __user *oldpath, int ndfd,
		  const char __user *newpath)
{
	return sys_renameat2(odfd, oldpath, ndfd, newpath, 0);
}

long sys_rename(const char __user *oldpath, const char __user *newpath)
{
	return sys_renameat2(AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}

long sys_symlinkat(const char __user *target, int dfd,
		   const char __user *path)
{
	char *from, *to;
	long err;

	from = getname(target);
	if (IS_ERR(from))
		return PTR_ERR(from);
	to = getname(path);
	if (IS_ERR(to)) {
		putname(from);
		return PTR_ERR(to);
	}
	err = do_symlinkat(from, dfd, to);
	putname(to);
	putname(from);
	return err;
}

long sys_symlink(const char __user *target, const char __user *path)
{
	return sys_symlinkat(target, AT_FDCWD, path);
}

long sys_linkat(int odfd, const char __user *oldpath, int ndfd,
		const char __user *newpath, int flags)
{
	char *from, *to;
	long err;

	from = getname(oldpath);
	if (IS_ERR(from))
		return PTR_ERR(from);
	to = getname(newpath);
	if (IS_ERR(to)) {
		putname(from);
		return PTR_ERR(to);
	}
	err = do_linkat(odfd, from, ndfd, to, flags);
	putname(to);
	putname(from);
	return err;
}

long sys_link(const char __user *oldpath, const char __user *newpath)
{
	return sys_linkat(AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}

long sys_readlinkat(int dfd, const char __user *path, char __user *buf,
		    int size)
{
	char *name, *target;
	long len;

	if (size <= 0)
		return -EINVAL;
	name = getname(path);
	if (IS_ERR(name))
		return PTR_ERR(name);
	target = kmalloc(PATH_MAX, GFP_KERNEL);
	len = target ? do_readlinkat(dfd, name, target, min(size, PATH_MAX))
		     : -ENOMEM;
	if (len > 0 && copy_to_user(buf, target, len))
		len = -EFAULT;
	kfree(target);
	putname(name);
	return len;
}

long sys_readlink(const char __user *path, char __user *buf, int size)
{
	return sys_readlinkat(AT_FDCWD, path, buf, size);
}
