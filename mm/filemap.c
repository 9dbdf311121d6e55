// SPDX-License-Identifier: GPL-2.0
/*
 * mm/filemap.c - mmap() of files, by copying.
 *
 * The root filesystem lives in memory and there is no page cache to
 * share, so a private file mapping is an anonymous area filled with the
 * file's bytes at mmap time; past the end of the file it reads zeros.
 * Writable shared file mappings would need the pages to be the file's
 * own and are refused with -ENODEV (and say so once).
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <asm/uaccess.h>

/* Copies len bytes of f at pos to user address dst; stops at EOF. */
static int fill_from_file(struct file *f, loff_t pos, unsigned long dst,
			  unsigned long len)
{
	void *buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	ssize_t got;
	int err = 0;

	if (!buf)
		return -ENOMEM;
	while (len) {
		got = kernel_read(f, buf, min(len, (unsigned long)PAGE_SIZE), &pos);
		if (got <= 0) {
			err = got;
			break;
		}
		if (copy_to_user((void __user *)dst, buf, got)) {
			err = -EFAULT;
			break;
		}
		dst += got;
		len -= got;
	}
	kfree(buf);
	return err;
}

long mmap_file(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct file *f = fget(fd);
	long start;
	int err;

	if (!f)
		return -EBADF;
	err = -EACCES;
	if ((f->f_flags & 3) == 1)	/* O_WRONLY: a mapping reads */
		goto out;
	err = -ENODEV;
	if ((file_mode(f) & 0170000) != 0100000)
		goto out;
	if ((flags & MAP_TYPE) == MAP_SHARED && (prot & PROT_WRITE)) {
		pr_info("%s[%d]: writable shared file mappings are not supported\n",
			current->comm, current->pid);
		goto out;
	}
	if (flags & MAP_FIXED) {
		start = addr;
		if (addr + len > STACK_TOP || addr + len < addr) {
			err = -ENOMEM;
			goto out;
		}
		err = mmap_addr_check(addr);
		if (err)
			goto out;
	} else {
		start = get_unmapped_area(mm, addr, len);
		if (start < 0) {
			err = start;
			goto out;
		}
	}
	err = mmap_region(mm, start, len, VM_READ | VM_WRITE | VM_FILECOPY);
	if (!err)
		err = fill_from_file(f, (loff_t)pgoff << PAGE_SHIFT, start, len);
	if (!err)
		err = sys_mprotect(start, len, prot);
	if (err)
		do_munmap(mm, start, len);
out:
	fput(f);
	return err ? err : start;
}
