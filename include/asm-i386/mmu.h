/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MMU_H
#define _ASM_I386_MMU_H

#include <asm/pgtable.h>

/*
 * The architecture's part of an address space: the user page
 * directories of its PDPT, by virtual address.  They are allocated with
 * the PDPT and never change (arch/i386/mm/pgtable.c), so walks start
 * here instead of translating a PDPT entry.
 */
typedef struct {
	pmd_t *pmd[USER_PTRS_PER_PGD];
} mm_context_t;

#endif /* _ASM_I386_MMU_H */
