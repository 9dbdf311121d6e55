/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MMU_H
#define _ASM_I386_MMU_H

#include <asm/pgtable.h>

#define USER_PTRS_PER_PMDS	(USER_PTRS_PER_PGD * PTRS_PER_PMD)
#define MM_TABLE_WORD_BITS	(8 * sizeof(long))
#define MM_TABLE_WORDS		(USER_PTRS_PER_PMDS / MM_TABLE_WORD_BITS)

/*
 * The architecture's part of an address space: the user page
 * directories of its PDPT, by virtual address.  They are allocated with
 * the PDPT and never change (arch/i386/mm/pgtable.c), so walks start
 * here instead of translating a PDPT entry.  tables has a bit for each
 * of their entries that holds a page table, so that freeing them does
 * not read all 1536 entries.
 */
typedef struct {
	pmd_t *pmd[USER_PTRS_PER_PGD];
	unsigned long tables[MM_TABLE_WORDS];
} mm_context_t;

#endif /* _ASM_I386_MMU_H */
