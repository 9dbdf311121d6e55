/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/list.h>
#include <asm/pgtable.h>
#include <asm/mmu.h>

/* A mapped range of a user address space, [start, end), page aligned. */
struct vm_area_struct {
	unsigned long start, end;
	unsigned long flags;		/* VM_* */
	struct list_head list;		/* in the mm, sorted by address */
};

#define VM_READ		0x01
#define VM_WRITE	0x02
#define VM_EXEC		0x04
#define VM_SHARED	0x08		/* fork shares the pages, no COW */
#define VM_GROWSDOWN	0x10		/* the stack */
#define VM_FILECOPY	0x20		/* a file's contents, copied at mmap */
#define VM_ACCESS	(VM_READ | VM_WRITE | VM_EXEC)

/*
 * A user address space: its page tables (a PAE PDPT whose three user
 * page directories are allocated with it, and whose fourth is the
 * kernel's, shared) and its areas.
 */
struct mm_struct {
	pud_t *pgd;
	mm_context_t context;
	int users;			/* tasks using it (threads, vfork) */
	struct list_head vmas;
	unsigned long start_brk, brk;
	unsigned long start_stack;
	unsigned long arg_start, arg_end;	/* argv's strings, in order */
	unsigned long mmap_base;	/* where mmap() starts looking */
	unsigned long nr_pages;		/* pages mapped (resident) */
};

/* The kernel's page tables, as an address space (mm/init_mm.c). */
extern struct mm_struct init_mm;

#endif /* _LINUX_MM_TYPES_H */
