// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/fd.c - /proc/PID/fd/ and the links cwd and root.
 *
 * These are magic links: readlink shows a name (the file's path,
 * "pipe:[inode]"), made when the link is looked up, but following one
 * jumps straight to the inode the process holds now, so a pipe or a
 * deleted file can be opened again by it.  /dev/fd/N, /dev/stdin and
 * the others are plain symlinks to /proc/self/fd/N; bash's process
 * substitution <(...) passes such names to the commands it runs.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/string.h>
#include <linux/dirent.h>
#include "../internal.h"
#include "internal.h"

#define FD_INO(pid, fd)	(0x50000000UL + (pid) * 256 + (fd))

/* A link or fd/ entry carries its process and descriptor: pid << 8 | fd. */
#define FD_KEY(pid, fd)		((void *)(((unsigned long)(pid) << 8) | (fd)))
#define KEY_PID(k)		((pid_t)((unsigned long)(k) >> 8))
#define KEY_FD(k)		((unsigned int)((unsigned long)(k) & 255))

/* The file behind descriptor fd of process pid, not counted, or NULL. */
static struct file *task_fd(pid_t pid, unsigned int fd)
{
	struct task_struct *t = proc_pid_task(pid);

	BUILD_BUG_ON(NR_OPEN_DEFAULT > 256);
	if (!t || !t->files || fd >= NR_OPEN_DEFAULT)
		return NULL;
	return t->files->fd[fd];
}

/* A link inode showing the name of buf (len counts the NUL). */
static struct inode *magic_inode(struct inode *dir, umode_t mode,
				 const struct inode_operations *iop,
				 void *key, const char *buf, int len)
{
	struct inode *inode;

	if (len < 0)
		return ERR_PTR(len);
	inode = proc_dynamic_inode(dir, S_IFLNK | mode,
				   FD_INO(KEY_PID(key), KEY_FD(key)));
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_link = kmalloc(len, GFP_KERNEL);
	if (!inode->i_link) {
		iput(inode);
		return ERR_PTR(-ENOMEM);
	}
	memcpy(inode->i_link, buf, len);
	inode->i_size = len - 1;
	inode->i_op = iop;
	inode->i_private = key;
	return inode;
}

static struct inode *fd_jump_link(struct inode *link, struct file **from)
{
	struct file *f = task_fd(KEY_PID(link->i_private),
				 KEY_FD(link->i_private));

	if (!f)
		return ERR_PTR(-ENOENT);
	*from = get_file(f);
	return igrab(f->f_inode);
}

static const struct inode_operations fd_link_inode_operations = {
	.get_link = proc_get_link,
	.jump_link = fd_jump_link,
};

/* lr-x------, l-wx------ or lrwx------ as the file was opened. */
static umode_t fd_link_mode(const struct file *f)
{
	return (f->f_mode & FMODE_READ ? 0500 : 0) |
	       (f->f_mode & FMODE_WRITE ? 0300 : 0);
}

static struct inode *fd_dir_lookup(struct inode *dir, const struct qstr *name)
{
	pid_t pid = (pid_t)(unsigned long)dir->i_private;
	struct inode *inode;
	struct file *f;
	char num[4], *buf;
	int fd;

	if (!name->len || name->len >= sizeof(num) ||
	    (name->name[0] == '0' && name->len > 1))
		return NULL;
	memcpy(num, name->name, name->len);
	num[name->len] = '\0';
	if (kstrtoint(num, 10, &fd) || fd < 0)
		return NULL;
	f = task_fd(pid, fd);
	if (!f)
		return NULL;
	buf = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);
	inode = magic_inode(dir, fd_link_mode(f), &fd_link_inode_operations,
			    FD_KEY(pid, fd), buf, file_path(f, buf, PATH_MAX));
	kfree(buf);
	return inode;
}

static int fd_dir_readdir(struct inode *dir, struct dir_context *ctx)
{
	pid_t pid = (pid_t)(unsigned long)dir->i_private;
	unsigned int fd;
	char num[4];
	int len;

	if (!proc_emit_dots(dir, ctx))
		return 0;
	for (fd = ctx->pos - 2; fd < NR_OPEN_DEFAULT; fd++) {
		if (!task_fd(pid, fd))
			continue;
		len = snprintf(num, sizeof(num), "%u", fd);
		if (!dir_emit(ctx, num, len, FD_INO(pid, fd),
			      DT_LNK, fd + 3))
			return 0;
	}
	return 0;
}

static const struct inode_operations fd_dir_inode_operations = {
	.lookup = fd_dir_lookup,
	.readdir = fd_dir_readdir,
};

struct inode *proc_fd_dir(struct inode *dir, pid_t pid)
{
	struct inode *inode = proc_dynamic_inode(dir, S_IFDIR | 0500, 0);

	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_op = &fd_dir_inode_operations;
	inode->i_fop = &proc_dir_operations;
	inode->i_private = (void *)(unsigned long)pid;
	return inode;
}

/* The process's working directory (which) or root, not counted. */
static struct inode *task_fs_dir(pid_t pid, bool root)
{
	struct task_struct *t = proc_pid_task(pid);

	if (!t || !t->fs)
		return NULL;
	return root ? t->fs->root : t->fs->pwd;
}

#define FS_KEY(pid, root)	FD_KEY(pid, root)

static struct inode *fs_jump_link(struct inode *link, struct file **from)
{
	struct inode *dir = task_fs_dir(KEY_PID(link->i_private),
					KEY_FD(link->i_private));

	return dir ? igrab(dir) : ERR_PTR(-ENOENT);
}

static const struct inode_operations fs_link_inode_operations = {
	.get_link = proc_get_link,
	.jump_link = fs_jump_link,
};

/* "cwd" or "root": a link to the process's directory. */
struct inode *proc_fs_link(struct inode *dir, pid_t pid, bool root)
{
	struct inode *to = task_fs_dir(pid, root), *inode;
	char *buf;

	if (!to)
		return ERR_PTR(-ENOENT);
	buf = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);
	inode = magic_inode(dir, 0777, &fs_link_inode_operations,
			    FS_KEY(pid, root), buf, dir_path(to, buf, PATH_MAX));
	kfree(buf);
	return inode;
}
