/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MMU_CONTEXT_H
#define _ASM_I386_MMU_CONTEXT_H

#include <linux/mm_types.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/pgalloc.h>

/*
 * Loads next's page tables.  Kernel threads (no mm) run on the kernel's
 * own tables, so an address space can be freed while no one uses it.
 */
static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next)
{
	if (prev == next)
		return;
	write_cr3(__pa(next ? next->pgd : swapper_pg_dir));
}

/*
 * Makes next, an address space no CPU has run yet, the running one:
 * the backend is told first (Xen pins its page tables), then it is
 * loaded.
 */
static inline void activate_mm(struct mm_struct *prev, struct mm_struct *next)
{
	if (next)
		paravirt_activate_mm(prev, next);
	switch_mm(prev, next);
}

#endif /* _ASM_I386_MMU_CONTEXT_H */
