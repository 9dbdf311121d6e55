// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/char/mem.c - the memory devices of major 1: /dev/null (3),
 * /dev/zero (5) and /dev/full (7); and chr_dev_init(), which registers
 * the character drivers at boot.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <linux/tty.h>

#define MEM_MAJOR	1

static ssize_t read_null(struct file *f, struct iov_iter *to, loff_t *pos)
{
	return 0;
}

/* Writes to null and zero vanish without the data being looked at. */
static ssize_t write_null(struct file *f, struct iov_iter *from, loff_t *pos)
{
	return iov_iter_count(from);
}

static ssize_t read_zero(struct file *f, struct iov_iter *to, loff_t *pos)
{
	size_t want = iov_iter_count(to), got = iov_iter_zero(want, to);

	return got || !want ? (ssize_t)got : -EFAULT;
}

static ssize_t write_full(struct file *f, struct iov_iter *from, loff_t *pos)
{
	return -ENOSPC;
}

/* Seeking these devices always lands at 0, as on Linux. */
static loff_t null_lseek(struct file *f, loff_t off, int whence)
{
	f->f_pos = 0;
	return 0;
}

static const struct file_operations null_fops = {
	.read_iter = read_null,
	.write_iter = write_null,
	.llseek = null_lseek,
};

static const struct file_operations zero_fops = {
	.read_iter = read_zero,
	.write_iter = write_null,
	.llseek = null_lseek,
};

static const struct file_operations full_fops = {
	.read_iter = read_zero,
	.write_iter = write_full,
	.llseek = null_lseek,
};

static int memory_open(struct inode *inode, struct file *f)
{
	switch (MINOR(inode->i_rdev)) {
	case 3:
		f->f_op = &null_fops;
		return 0;
	case 5:
		f->f_op = &zero_fops;
		return 0;
	case 7:
		f->f_op = &full_fops;
		return 0;
	}
	return -ENXIO;
}

static const struct file_operations memory_fops = {
	.open = memory_open,
	.llseek = null_lseek,
};

void __init chr_dev_init(void)
{
	if (register_chrdev(MEM_MAJOR, "mem", &memory_fops))
		pr_err("mem: cannot register major %d\n", MEM_MAJOR);
	tty_init();
}
