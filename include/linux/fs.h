/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/list.h>

/*
 * The VFS as the rest of the kernel sees it: open files, file
 * descriptor tables and per-task filesystem context.  fs/ implements
 * everything declared here.
 */
typedef unsigned int umode_t;

struct inode;
struct file;
struct task_struct;

struct file_operations {
	ssize_t (*read)(struct file *f, char __user *buf, size_t n, loff_t *pos);
	ssize_t (*write)(struct file *f, const char __user *buf, size_t n,
			 loff_t *pos);
	loff_t (*llseek)(struct file *f, loff_t off, int whence);
	long (*ioctl)(struct file *f, unsigned int cmd, unsigned long arg);
	int (*open)(struct inode *inode, struct file *f);
	int (*release)(struct inode *inode, struct file *f);
};

struct file {
	const struct file_operations *f_op;
	struct inode *f_inode;
	loff_t f_pos;
	unsigned int f_flags;		/* O_* from open, O_CLOEXEC excluded */
	int f_count;
	void *private_data;
};

#define NR_OPEN_DEFAULT	256		/* descriptors per process */

struct files_struct {
	int count;			/* tasks sharing the table */
	struct file *fd[NR_OPEN_DEFAULT];
	u32 close_on_exec[NR_OPEN_DEFAULT / 32];
};

struct fs_struct {
	int count;
	struct inode *root;
	struct inode *pwd;
	umode_t umask;
};

/* Boot: the root filesystem, then the initramfs unpacked into it. */
void vfs_init(void);
int populate_rootfs(const void *cpio, size_t len);

/* Opens a kernel-space path; returns the file or ERR_PTR(-errno). */
struct file *filp_open(const char *path, int flags, umode_t mode);
ssize_t kernel_read(struct file *f, void *buf, size_t n, loff_t *pos);
struct file *get_file(struct file *f);
void fput(struct file *f);
/* Mode bits (S_IFREG | 0755 ...) of an open file. */
umode_t file_mode(const struct file *f);

/* Descriptor tables: fork copies or shares, exec closes O_CLOEXEC. */
struct files_struct *files_alloc(void);
struct files_struct *files_dup(struct files_struct *old);
void files_put(struct files_struct *files);
void files_close_on_exec(struct files_struct *files);
/* Installs f at the lowest free descriptor; returns it or -EMFILE. */
int fd_install_lowest(struct files_struct *files, struct file *f);

struct fs_struct *fs_alloc_root(void);
struct fs_struct *fs_dup(struct fs_struct *old);
void fs_put(struct fs_struct *fs);

#endif /* _LINUX_FS_H */
