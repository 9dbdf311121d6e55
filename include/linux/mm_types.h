/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <asm/pgtable.h>

/* An address space: its page tables (the 4-entry PAE PDPT). */
struct mm_struct {
	pud_t *pgd;
	int users;
};

#endif /* _LINUX_MM_TYPES_H */
