// SPDX-License-Identifier: GPL-2.0
/*
 * fs/file_table.c - open files.
 *
 * A struct file is one open(): a position, flags and the operations of
 * what was opened.  Descriptors (dup, fork) share it by reference; the
 * last fput() tells the driver (release) and lets go of the inode.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/err.h>

static unsigned int open_fmode(unsigned int flags)
{
	if (flags & O_PATH)
		return FMODE_PATH;
	switch (flags & O_ACCMODE) {
	case O_RDONLY:
		return FMODE_READ;
	case O_WRONLY:
		return FMODE_WRITE;
	case O_RDWR:
		return FMODE_READ | FMODE_WRITE;
	}
	return 0;		/* 3: ioctl only, as in Linux */
}

struct file *alloc_file(struct inode *inode, unsigned int flags,
			const struct file_operations *fop)
{
	struct file *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (!f) {
		iput(inode);
		return ERR_PTR(-ENOMEM);
	}
	f->f_inode = inode;
	f->f_op = fop;
	f->f_flags = flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC |
			       O_CLOEXEC);
	f->f_mode = open_fmode(flags);
	f->f_count = 1;
	return f;
}

struct file *get_file(struct file *f)
{
	f->f_count++;
	return f;
}

void fput(struct file *f)
{
	if (WARN_ON(f->f_count <= 0) || --f->f_count)
		return;
	if (f->f_op && f->f_op->release && !(f->f_mode & FMODE_PATH))
		f->f_op->release(f->f_inode, f);
	iput(f->f_inode);
	iput(f->f_dir);
	kfree(f->f_name);
	kfree(f);
}

umode_t file_mode(const struct file *f)
{
	return f->f_inode->i_mode;
}
