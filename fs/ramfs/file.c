// SPDX-License-Identifier: GPL-2.0
/*
 * fs/ramfs/file.c - regular file data of the in-memory filesystem.
 *
 * A file is an array of page pointers indexed by offset / PAGE_SIZE.
 * Holes are NULL and read as zeros; a page appears on the first write
 * into it.  Bytes past i_size inside the last page are always zero
 * (truncate clears them), so growing a file never exposes old data.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uio.h>
#include <linux/err.h>
#include "../internal.h"

#define MIN_SLOTS	16

/* Makes the page array hold index idx. */
static int grow_slots(struct inode *inode, unsigned long idx)
{
	unsigned long n = inode->i_nr_pages ? inode->i_nr_pages : MIN_SLOTS;
	void **slots;

	while (n <= idx) {
		if (n > ~0UL / 2 / sizeof(void *))
			return -EFBIG;
		n *= 2;
	}
	slots = kzalloc(n * sizeof(void *), GFP_KERNEL | __GFP_NOWARN);
	if (!slots)
		return -ENOSPC;
	if (inode->i_pages)
		memcpy(slots, inode->i_pages,
		       inode->i_nr_pages * sizeof(void *));
	kfree(inode->i_pages);
	inode->i_pages = slots;
	inode->i_nr_pages = n;
	return 0;
}

/* The page holding index idx, allocated (zeroed) if missing. */
static void *get_page_for_write(struct inode *inode, unsigned long idx)
{
	if (idx >= inode->i_nr_pages && grow_slots(inode, idx))
		return NULL;
	if (!inode->i_pages[idx])
		inode->i_pages[idx] = get_zeroed_page(GFP_KERNEL);
	return inode->i_pages[idx];
}

static void *find_page(struct inode *inode, unsigned long idx)
{
	return idx < inode->i_nr_pages ? inode->i_pages[idx] : NULL;
}

/* Frees the pages wholly past size and zeroes the tail of the last. */
void ramfs_truncate_pages(struct inode *inode, loff_t size)
{
	unsigned long first = (size + PAGE_SIZE - 1) >> PAGE_SHIFT, i;
	unsigned int tail = size & (PAGE_SIZE - 1);
	void *page;

	for (i = first; i < inode->i_nr_pages; i++) {
		if (inode->i_pages[i])
			free_page(inode->i_pages[i]);
		inode->i_pages[i] = NULL;
	}
	page = tail ? find_page(inode, size >> PAGE_SHIFT) : NULL;
	if (page)
		memset(page + tail, 0, PAGE_SIZE - tail);
	if (!size) {
		kfree(inode->i_pages);
		inode->i_pages = NULL;
		inode->i_nr_pages = 0;
	}
}

static int ramfs_setsize(struct inode *inode, loff_t size)
{
	if (size < inode->i_size)
		ramfs_truncate_pages(inode, size);
	inode->i_size = size;
	return 0;
}

static ssize_t ramfs_read_iter(struct file *f, struct iov_iter *to,
			       loff_t *pos)
{
	struct inode *inode = f->f_inode;
	size_t done = 0;

	while (iov_iter_count(to) && *pos < inode->i_size) {
		unsigned int off = *pos & (PAGE_SIZE - 1);
		loff_t left = inode->i_size - *pos;
		void *page = find_page(inode, *pos >> PAGE_SHIFT);
		size_t n = min(PAGE_SIZE - off, iov_iter_count(to)), got;

		if (left < (loff_t)n)
			n = left;
		if (page)
			got = copy_to_iter(page + off, n, to);
		else
			got = iov_iter_zero(n, to);
		*pos += got;
		done += got;
		if (got < n)
			return done ? (ssize_t)done : -EFAULT;
	}
	return done;
}

static ssize_t ramfs_write_iter(struct file *f, struct iov_iter *from,
				loff_t *pos)
{
	struct inode *inode = f->f_inode;
	loff_t max = inode->i_sb->s_maxbytes;
	size_t done = 0;
	ssize_t err = 0;

	if (f->f_flags & O_APPEND)
		*pos = inode->i_size;
	if (*pos >= max)
		return iov_iter_count(from) ? -EFBIG : 0;
	while (iov_iter_count(from)) {
		unsigned int off = *pos & (PAGE_SIZE - 1);
		size_t n = min(PAGE_SIZE - off, iov_iter_count(from)), got;
		void *page;

		if (max - *pos < (loff_t)n)
			n = max - *pos;
		if (!n)
			break;
		page = get_page_for_write(inode, *pos >> PAGE_SHIFT);
		if (!page) {
			err = -ENOSPC;
			break;
		}
		got = copy_from_iter(page + off, n, from);
		*pos += got;
		done += got;
		if (*pos > inode->i_size)
			inode->i_size = *pos;
		if (got < n) {
			err = -EFAULT;
			break;
		}
	}
	if (done)
		inode_touch_mtime(inode);
	return done ? (ssize_t)done : err;
}

const struct file_operations ramfs_file_operations = {
	.read_iter = ramfs_read_iter,
	.write_iter = ramfs_write_iter,
	.llseek = generic_file_llseek,
};

const struct inode_operations ramfs_file_inode_operations = {
	.setsize = ramfs_setsize,
};
