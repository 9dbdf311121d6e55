/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#include <linux/errno.h>
#include <linux/mm_types.h>

/* mmap()/mprotect() flags of the Linux i386 ABI. */
#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_TYPE	0x0f
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_GROWSDOWN	0x0100
#define MAP_DENYWRITE	0x0800
#define MAP_EXECUTABLE	0x1000
#define MAP_NORESERVE	0x4000
#define MAP_POPULATE	0x8000
#define MAP_STACK	0x20000
#define MAP_FIXED_NOREPLACE 0x100000

/* The user address space layout. */
#define STACK_TOP	0xc0000000UL
#define STACK_MAX	(8UL << 20)		/* the stack may grow this far */
#define MMAP_BASE	0x40000000UL

/*
 * Nothing is mapped below this (mmap_min_addr=, default 64 KiB), so that
 * a kernel NULL dereference cannot read or run what a program put there.
 * mmap_addr_check(): 0, or -EPERM for a fixed address below it.
 */
extern unsigned long mmap_min_addr;
static inline int mmap_addr_check(unsigned long addr)
{
	return addr < mmap_min_addr ? -EPERM : 0;
}

struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
/* fork: a copy of old sharing its pages copy-on-write. */
struct mm_struct *dup_mm(struct mm_struct *old);

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
/* Maps [start, start+len) anonymous with flags; replaces what was there. */
int mmap_region(struct mm_struct *mm, unsigned long start, unsigned long len,
		unsigned long vm_flags);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
/* A free range of len bytes at or above hint, or -ENOMEM. */
long get_unmapped_area(struct mm_struct *mm, unsigned long hint,
		       unsigned long len);

/* Resolves a fault at addr: 0, the signal to send (SIGSEGV, SIGBUS), or
 * SIGKILL when there is no memory left for the page. */
int handle_mm_fault(struct mm_struct *mm, unsigned long addr, int write);

long sys_brk(unsigned long brk);
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff);
long mmap_file(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff);
long sys_munmap(unsigned long addr, unsigned long len);
long sys_mprotect(unsigned long start, unsigned long len, unsigned long prot);

/* Page tables of a user address space (arch/i386/mm/pgtable.c). */
int pgd_alloc(struct mm_struct *mm);
void pgd_free(struct mm_struct *mm);
/* The pte for a user address, allocating its page table if alloc. */
pte_t *user_pte(struct mm_struct *mm, unsigned long addr, int alloc);
/* Frees the page tables (not the pages) of a user address space. */
void free_user_page_tables(struct mm_struct *mm);
/* 1 if address spaces share the kernel's page directory, swapper_pmd. */
int shared_kernel_pmd(void);
/* A new entry of swapper_pmd, for the address spaces' own copies. */
void sync_kernel_pmd(unsigned int idx, pmd_t entry);

#endif /* _LINUX_MMAN_H */
