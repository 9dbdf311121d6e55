// SPDX-License-Identifier: GPL-2.0
/*
 * fs/char_dev.c - character device numbers.
 *
 * A driver registers the file operations of its major number.  A device
 * node opens through def_chr_fops, which swaps in the driver's
 * operations and lets the driver's open() look at the minor number.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/errno.h>

#define MAX_CHRDEV	256

struct chrdev {
	const char *name;
	const struct file_operations *fops;
};

static struct chrdev chrdevs[MAX_CHRDEV];

int register_chrdev(unsigned int major, const char *name,
		    const struct file_operations *fops)
{
	if (major >= MAX_CHRDEV || !fops)
		return -EINVAL;
	if (chrdevs[major].fops)
		return -EBUSY;
	chrdevs[major].name = name;
	chrdevs[major].fops = fops;
	return 0;
}

void unregister_chrdev(unsigned int major)
{
	if (major < MAX_CHRDEV)
		chrdevs[major].fops = NULL;
}

static int chrdev_open(struct inode *inode, struct file *f)
{
	unsigned int major = MAJOR(inode->i_rdev);
	const struct file_operations *fops = NULL;

	if (major < MAX_CHRDEV)
		fops = chrdevs[major].fops;
	if (!fops)
		return -ENXIO;
	f->f_op = fops;
	return fops->open ? fops->open(inode, f) : 0;
}

const struct file_operations def_chr_fops = {
	.open = chrdev_open,
	.llseek = no_llseek,
};
