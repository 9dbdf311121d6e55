// SPDX-License-Identifier: GPL-2.0
/*
 * fs/fs_struct.c - a task's filesystem context: root, current directory
 * and umask; chdir(), fchdir() and umask().
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include "internal.h"

#define DEFAULT_UMASK	0022

struct fs_struct *fs_alloc_root(void)
{
	struct fs_struct *fs = kzalloc(sizeof(*fs), GFP_KERNEL);

	if (!fs)
		return NULL;
	fs->count = 1;
	fs->root = igrab(rootfs_root);
	fs->pwd = igrab(rootfs_root);
	fs->umask = DEFAULT_UMASK;
	return fs;
}

struct fs_struct *fs_dup(struct fs_struct *old)
{
	struct fs_struct *fs = kzalloc(sizeof(*fs), GFP_KERNEL);

	if (!fs)
		return NULL;
	fs->count = 1;
	fs->root = igrab(old->root);
	fs->pwd = igrab(old->pwd);
	fs->umask = old->umask;
	return fs;
}

void fs_put(struct fs_struct *fs)
{
	if (--fs->count)
		return;
	iput(fs->root);
	iput(fs->pwd);
	kfree(fs);
}

struct inode *current_root(void)
{
	return current->fs ? current->fs->root : rootfs_root;
}

struct inode *current_pwd(void)
{
	return current->fs ? current->fs->pwd : rootfs_root;
}

umode_t current_umask(void)
{
	return current->fs ? current->fs->umask : DEFAULT_UMASK;
}

long sys_umask(int mask)
{
	umode_t old = current_umask();

	if (current->fs)
		current->fs->umask = mask & S_IRWXUGO;
	return old;
}

static int set_pwd(struct inode *dir)
{
	struct fs_struct *fs = current->fs;

	if (!fs) {
		iput(dir);
		return -EINVAL;
	}
	iput(fs->pwd);
	fs->pwd = dir;
	return 0;
}

int do_chdir(const char *path)
{
	struct inode *dir;
	int err = kern_path_at(AT_FDCWD, path,
			       LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &dir);

	return err ? err : set_pwd(dir);
}

long sys_chdir(const char __user *path)
{
	char *name = getname(path);
	long err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = do_chdir(name);
	putname(name);
	return err;
}

long sys_fchdir(unsigned int fd)
{
	struct file *f = fget(fd);
	struct inode *dir;

	if (!f)
		return -EBADF;
	dir = igrab(f->f_inode);
	fput(f);
	if (!S_ISDIR(dir->i_mode)) {
		iput(dir);
		return -ENOTDIR;
	}
	return set_pwd(dir);
}
