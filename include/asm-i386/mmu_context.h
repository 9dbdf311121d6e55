/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MMU_CONTEXT_H
#define _ASM_I386_MMU_CONTEXT_H

#include <linux/mm_types.h>
#include <asm/pgtable.h>
#include <asm/processor.h>

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

#endif /* _ASM_I386_MMU_CONTEXT_H */
