/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MMU_H
#define _ASM_I386_MMU_H

#include <linux/list.h>
#include <asm/pgtable.h>

#define USER_PTRS_PER_PMDS	(USER_PTRS_PER_PGD * PTRS_PER_PMD)
#define MM_TABLE_WORD_BITS	(8 * sizeof(long))
#define MM_TABLE_WORDS		(USER_PTRS_PER_PMDS / MM_TABLE_WORD_BITS)

/*
 * The architecture's part of an address space: the page directories of
 * its PDPT, by virtual address.  They are allocated with the PDPT and
 * never change (arch/i386/mm/pgtable.c), so walks start here instead of
 * translating a PDPT entry.  The fourth is the kernel's: swapper's, or
 * the address space's own copy, on pgd_list, when kernel page
 * directories are not shared.  tables has a bit for each user entry
 * that holds a page table, so that freeing them does not read all 1536
 * entries.
 */
typedef struct {
	pmd_t *pmd[PTRS_PER_PGD];
	unsigned long tables[MM_TABLE_WORDS];
	struct list_head pgd_list;
} mm_context_t;

#endif /* _ASM_I386_MMU_H */
