// SPDX-License-Identifier: GPL-2.0
/*
 * fs/namespace.c - the root filesystem and mounts.
 *
 * The root is a ramfs.  At boot it gets what every system expects before
 * any user program runs: /dev with the standard device nodes and the
 * links into /proc/self/fd, /proc with procfs mounted on it, and /tmp.  The initramfs is unpacked on top.
 *
 * A mount is a directory whose i_mount names the root of another
 * filesystem; path lookup steps into that root, and ".." from the root
 * leads to the mount point's parent.  Mounts are made at boot only and
 * never undone.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/err.h>
#include "internal.h"

struct inode *rootfs_root;

void mount_on(struct inode *dir, struct inode *root)
{
	dir->i_mount = igrab(root);
	root->i_covered = dir;
	root->i_parent = igrab(dir->i_parent);
}

struct boot_node {
	const char *path;
	umode_t mode;
	unsigned int major, minor;
	const char *target;		/* symlinks */
};

static const struct boot_node boot_nodes[] __initconst = {
	{ "/dev",		S_IFDIR | 0755 },
	{ "/dev/console",	S_IFCHR | 0600, 5, 1 },
	{ "/dev/tty",		S_IFCHR | 0666, 5, 0 },
	{ "/dev/ttyS0",		S_IFCHR | 0660, 4, 64 },
	{ "/dev/null",		S_IFCHR | 0666, 1, 3 },
	{ "/dev/zero",		S_IFCHR | 0666, 1, 5 },
	{ "/dev/full",		S_IFCHR | 0666, 1, 7 },
	{ "/dev/fd",		S_IFLNK | 0777, .target = "/proc/self/fd" },
	{ "/dev/stdin",		S_IFLNK | 0777, .target = "/proc/self/fd/0" },
	{ "/dev/stdout",	S_IFLNK | 0777, .target = "/proc/self/fd/1" },
	{ "/dev/stderr",	S_IFLNK | 0777, .target = "/proc/self/fd/2" },
	{ "/proc",		S_IFDIR | 0555 },
	{ "/tmp",		S_IFDIR | 01777 },
};

static int __init make_node(const struct boot_node *n)
{
	struct inode *inode;
	int err;

	if (S_ISDIR(n->mode))
		err = do_mkdirat(AT_FDCWD, n->path, n->mode);
	else if (S_ISLNK(n->mode))
		return do_symlinkat(n->target, AT_FDCWD, n->path);
	else
		err = do_mknodat(AT_FDCWD, n->path, n->mode,
				 MKDEV(n->major, n->minor));
	if (err)
		return err;
	/* The umask applied above is the caller's: set the mode exactly. */
	err = kern_path_at(AT_FDCWD, n->path, 0, &inode);
	if (!err) {
		inode->i_mode = n->mode;
		iput(inode);
	}
	return err;
}

static void __init mount_proc(void)
{
	struct inode *dir, *root = proc_make_root();
	int err;

	if (!root) {
		pr_err("VFS: cannot create /proc\n");
		return;
	}
	err = kern_path_at(AT_FDCWD, "/proc", LOOKUP_DIRECTORY, &dir);
	if (err) {
		pr_err("VFS: no /proc to mount procfs on (%d)\n", err);
		iput(root);
		return;
	}
	mount_on(dir, root);
	iput(dir);
	iput(root);
}

/* Must run in a task without an fs_struct, so paths start at rootfs. */
void __init vfs_init(void)
{
	unsigned int i;
	int err;

	rootfs_root = ramfs_make_root();
	if (!rootfs_root)
		panic("VFS: cannot create the root filesystem");
	for (i = 0; i < ARRAY_SIZE(boot_nodes); i++) {
		err = make_node(&boot_nodes[i]);
		if (err)
			pr_err("VFS: cannot create %s (%d)\n",
			       boot_nodes[i].path, err);
	}
	mount_proc();
	chr_dev_init();
	pr_info("VFS: ramfs root with /dev, /proc and /tmp\n");
}
