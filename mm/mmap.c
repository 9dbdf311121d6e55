// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmap.c - user address spaces and their areas: creating, copying and
 * freeing them, and brk/mmap2/munmap/mprotect.
 *
 * Areas are kept in a list sorted by address, never overlapping.  Pages
 * come on demand (mm/memory.c); unmapping drops them.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/syscalls.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <asm/tlbflush.h>
#include <asm/pgalloc.h>
#include "internal.h"


struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	if (pgd_alloc(mm)) {
		kfree(mm);
		return NULL;
	}
	mm->users = 1;
	mm->mmap_base = MMAP_BASE;
	INIT_LIST_HEAD(&mm->vmas);
	return mm;
}

/* mm's last user is gone and no CPU runs it: no TLB to flush. */
static void free_vmas(struct mm_struct *mm)
{
	struct vm_area_struct *v, *n;

	list_for_each_entry_safe(v, n, &mm->vmas, list) {
		release_ptes(mm, v->start, v->end);
		list_del(&v->list);
		kfree(v);
	}
}

void mmput(struct mm_struct *mm)
{
	if (!mm || --mm->users)
		return;
	paravirt_exit_mmap(mm);
	free_vmas(mm);
	free_user_page_tables(mm);
	pgd_free(mm);
	kfree(mm);
}

/* The first area that ends above addr (it may start above addr too). */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *v;

	list_for_each_entry(v, &mm->vmas, list)
		if (addr < v->end)
			return v;
	return NULL;
}

static struct vm_area_struct *vma_new(unsigned long start, unsigned long end,
				      unsigned long flags)
{
	struct vm_area_struct *v = kmalloc(sizeof(*v), GFP_KERNEL);

	if (v) {
		v->start = start;
		v->end = end;
		v->flags = flags;
	}
	return v;
}

static void vma_link(struct mm_struct *mm, struct vm_area_struct *nv)
{
	struct vm_area_struct *v;

	list_for_each_entry(v, &mm->vmas, list)
		if (v->start >= nv->end)
			break;
	list_add_tail(&nv->list, &v->list);
}

/* Splits v at addr (inside it): v keeps the lower part. */
static int split_vma(struct vm_area_struct *v, unsigned long addr)
{
	struct vm_area_struct *upper = vma_new(addr, v->end, v->flags);

	if (!upper)
		return -ENOMEM;
	v->end = addr;
	list_add(&upper->list, &v->list);
	return 0;
}

int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + PAGE_ALIGN(len);
	struct list_head *pos = mm->vmas.next;
	struct vm_area_struct *v;

	if ((start & ~PAGE_MASK) || !len || end > STACK_TOP || end < start)
		return -EINVAL;
	while (pos != &mm->vmas) {
		v = list_entry(pos, struct vm_area_struct, list);
		if (v->start >= end)
			break;
		pos = pos->next;
		if (v->end <= start)
			continue;
		if (v->start < start) {
			/* Keep the part below; the part above is next. */
			if (split_vma(v, start))
				return -ENOMEM;
			pos = v->list.next;
			continue;
		}
		if (v->end > end && split_vma(v, end))
			return -ENOMEM;
		pos = v->list.next;
		zap_range(mm, v->start, v->end);
		list_del(&v->list);
		kfree(v);
	}
	return 0;
}

/* Bytes mapped in mm. */
static u64 vm_total(struct mm_struct *mm)
{
	struct vm_area_struct *v;
	u64 n = 0;

	list_for_each_entry(v, &mm->vmas, list)
		n += v->end - v->start;
	return n;
}

/*
 * Whether mm may map len bytes more under RLIMIT_AS; the areas are only
 * added up when there is a limit (by default there is none).
 */
static int as_allows(struct mm_struct *mm, unsigned long len)
{
	u64 lim = rlimit(RLIMIT_AS);

	return lim == RLIM64_INFINITY || vm_total(mm) + len <= lim;
}

int mmap_region(struct mm_struct *mm, unsigned long start, unsigned long len,
		unsigned long vm_flags)
{
	struct vm_area_struct *v;
	int err;

	len = PAGE_ALIGN(len);
	if (mm == current->mm && !as_allows(mm, len))
		return -ENOMEM;
	err = do_munmap(mm, start, len);
	if (err)
		return err;
	v = vma_new(start, start + len, vm_flags);
	if (!v)
		return -ENOMEM;
	vma_link(mm, v);
	return 0;
}

unsigned long mmap_min_addr = 65536;

static int __init mmap_min_addr_setup(char *val)
{
	unsigned long v;

	if (kstrtoul(val, 0, &v) || v >= MMAP_BASE)
		return -EINVAL;
	mmap_min_addr = PAGE_ALIGN(v);
	return 0;
}
early_param("mmap_min_addr=", mmap_min_addr_setup);

long get_unmapped_area(struct mm_struct *mm, unsigned long hint,
		       unsigned long len)
{
	unsigned long addr = hint ? PAGE_ALIGN(hint) : mm->mmap_base;
	struct vm_area_struct *v;

	/* A hint below mmap_min_addr is moved up, as on Linux. */
	if (hint && addr < mmap_min_addr)
		addr = PAGE_ALIGN(mmap_min_addr);

	len = PAGE_ALIGN(len);
	if (!len || len > STACK_TOP)
		return -ENOMEM;
	list_for_each_entry(v, &mm->vmas, list) {
		if (v->end <= addr)
			continue;
		if (v->start >= addr + len && addr + len >= addr)
			return addr;
		addr = v->end;
	}
	/* Leave the stack's room to grow free. */
	if (addr + len < addr || addr + len > STACK_TOP - STACK_MAX)
		return hint ? get_unmapped_area(mm, 0, len) : -ENOMEM;
	return addr;
}

struct mm_struct *dup_mm(struct mm_struct *old)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *v, *nv;

	if (!mm)
		return NULL;
	mm->start_brk = old->start_brk;
	mm->brk = old->brk;
	mm->start_stack = old->start_stack;
	mm->arg_start = old->arg_start;
	mm->arg_end = old->arg_end;
	mm->mmap_base = old->mmap_base;
	list_for_each_entry(v, &old->vmas, list) {
		nv = vma_new(v->start, v->end, v->flags);
		if (!nv)
			goto fail;
		list_add_tail(&nv->list, &mm->vmas);
		if (copy_range(mm, old, v))
			goto fail;
	}
	/* Complete: a hypervisor may now take its page tables over. */
	paravirt_dup_mmap(old, mm);
	/* The parent's writable pages just became read-only. */
	flush_tlb_all();
	return mm;
fail:
	flush_tlb_all();
	mmput(mm);
	return NULL;
}

static unsigned long prot_to_vm(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE | VM_READ : 0) |
	       (prot & PROT_EXEC ? VM_EXEC | VM_READ : 0);
}

long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long old = PAGE_ALIGN(mm->brk), new = PAGE_ALIGN(brk);
	struct vm_area_struct *v;

	if (brk < mm->start_brk)
		return mm->brk;
	if (new > old) {
		v = find_vma(mm, old);
		if ((v && v->start < new) || new > STACK_TOP - STACK_MAX)
			return mm->brk;		/* would overlap: refuse */
		if (mmap_region(mm, old, new - old, VM_READ | VM_WRITE))
			return mm->brk;
	} else if (new < old) {
		do_munmap(mm, new, old - new);
	}
	mm->brk = brk;
	return brk;
}

long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm = prot_to_vm(prot);
	long start;
	int err;

	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len || (addr & ~PAGE_MASK))
		return -EINVAL;
	if ((flags & MAP_TYPE) != MAP_PRIVATE && (flags & MAP_TYPE) != MAP_SHARED)
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return mmap_file(addr, len, prot, flags, fd, pgoff);
	if (flags & MAP_SHARED)
		vm |= VM_SHARED;
	if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
		if (addr + len > STACK_TOP || addr + len < addr)
			return -ENOMEM;
		err = mmap_addr_check(addr);
		if (err)
			return err;
		if ((flags & MAP_FIXED_NOREPLACE) && find_vma(mm, addr) &&
		    find_vma(mm, addr)->start < addr + len)
			return -EEXIST;
		start = addr;
	} else {
		start = get_unmapped_area(mm, addr, len);
		if (start < 0)
			return start;
	}
	err = mmap_region(mm, start, len, vm);
	if (err)
		return err;
	/*
	 * Shared anonymous memory has no object behind it here: its pages
	 * are made now, so that a child forked before they are touched
	 * shares them rather than making its own.
	 */
	if (vm & VM_SHARED) {
		unsigned long a;

		for (a = start; a < start + len; a += PAGE_SIZE) {
			if (handle_mm_fault(mm, a, 1)) {
				do_munmap(mm, start, len);
				return -ENOMEM;
			}
		}
	}
	return start;
}

long sys_munmap(unsigned long addr, unsigned long len)
{
	return do_munmap(current->mm, addr, len);
}

long sys_mprotect(unsigned long start, unsigned long len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = start + PAGE_ALIGN(len), a;
	struct vm_area_struct *v;

	if ((start & ~PAGE_MASK) || end < start || end > STACK_TOP ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)))
		return -EINVAL;
	/* Every page of the range must be mapped. */
	for (a = start; a < end; a = v->end) {
		v = find_vma(mm, a);
		if (!v || v->start > a)
			return -ENOMEM;
	}
	for (a = start; a < end; a = v->end) {
		v = find_vma(mm, a);
		if (v->start < a && split_vma(v, a))
			return -ENOMEM;
		v = find_vma(mm, a);
		if (v->end > end && split_vma(v, end))
			return -ENOMEM;
		v->flags = (v->flags & ~VM_ACCESS) | prot_to_vm(prot);
		change_protection(mm, v->start, v->end, v->flags);
	}
	return 0;
}

#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4
#define MADV_FREE	8

/*
 * madvise: the access hints are accepted and change nothing here;
 * MADV_DONTNEED (and MADV_FREE, which may do the same) drops the pages
 * of private anonymous memory, which reads back as zeros.  Memory shared
 * with other processes, or copied from a file at mmap (this kernel does
 * not page files in, so it could not give the file's contents back), is
 * refused with EINVAL and one line.
 */
long sys_madvise(unsigned long start, size_t len, int advice)
{
	struct mm_struct *mm = current->mm;
	unsigned long end, a, lo, hi;
	struct vm_area_struct *v;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end < start || end > STACK_TOP)
		return -EINVAL;
	switch (advice) {
	case MADV_NORMAL:
	case MADV_RANDOM:
	case MADV_SEQUENTIAL:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_FREE:
		break;
	default:
		return -EINVAL;
	}
	for (a = start; a < end; a = v->end) {	/* all of it mapped */
		v = find_vma(mm, a);
		if (!v || v->start > a)
			return -ENOMEM;
		if ((advice == MADV_DONTNEED || advice == MADV_FREE) &&
		    (v->flags & (VM_SHARED | VM_FILECOPY))) {
			pr_info_once("%s[%d]: madvise(DONTNEED) of shared or file memory is not supported\n",
				current->comm, current->pid);
			return -EINVAL;
		}
	}
	if (advice != MADV_DONTNEED && advice != MADV_FREE)
		return 0;
	for (a = start; a < end; a = hi) {
		v = find_vma(mm, a);
		lo = max(a, v->start);
		hi = min(end, v->end);
		zap_range(mm, lo, hi);
	}
	return 0;
}

#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2

/* Is [start, end) of mm free of areas? */
static int range_free(struct mm_struct *mm, unsigned long start,
		      unsigned long end)
{
	struct vm_area_struct *v = find_vma(mm, start);

	return end > start && end <= STACK_TOP - STACK_MAX &&
	       (!v || v->start >= end);
}

/*
 * mremap: shrinks an area in place, grows it in place when the space
 * after it is free, and otherwise (MREMAP_MAYMOVE) moves its pages to
 * a new place, or to new_addr with MREMAP_FIXED.  The old range must lie
 * within one area (EFAULT otherwise, as on Linux).
 */
long sys_mremap(unsigned long addr, unsigned long old_len,
		unsigned long new_len, unsigned long flags,
		unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *v;
	unsigned long vflags;
	long to;
	int err;

	if ((addr & ~PAGE_MASK) || (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED)) ||
	    ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE)))
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!old_len || !new_len || addr + old_len < addr)
		return -EINVAL;
	v = find_vma(mm, addr);
	if (!v || v->start > addr || addr + old_len > v->end)
		return -EFAULT;
	vflags = v->flags;
	if (flags & MREMAP_FIXED) {
		if ((new_addr & ~PAGE_MASK) || new_addr + new_len < new_addr ||
		    new_addr + new_len > STACK_TOP)
			return -EINVAL;
		if (new_addr < addr + old_len && addr < new_addr + new_len)
			return -EINVAL;		/* the ranges overlap */
		err = mmap_addr_check(new_addr);
		if (err)
			return err;
		to = new_addr;
		goto move;
	}
	if (new_len <= old_len) {
		if (new_len < old_len)
			do_munmap(mm, addr + new_len, old_len - new_len);
		return addr;
	}
	if (addr + old_len == v->end &&
	    range_free(mm, v->end, addr + new_len) &&
	    !(vflags & VM_GROWSDOWN)) {
		if (!as_allows(mm, new_len - old_len))
			return -ENOMEM;
		v->end = addr + new_len;
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	to = get_unmapped_area(mm, 0, new_len);
	if (to < 0)
		return to;
move:
	err = mmap_region(mm, to, new_len, vflags & ~VM_GROWSDOWN);
	if (err)
		return err;
	err = move_ptes(mm, addr, to, min(old_len, new_len));
	if (err) {
		do_munmap(mm, to, new_len);
		return err;
	}
	do_munmap(mm, addr, old_len);
	return to;
}
