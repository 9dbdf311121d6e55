/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_FIXMAP_H
#define _ASM_I386_FIXMAP_H

/*
 * Fixed virtual addresses at the top of the address space for things
 * that have a physical address but no direct-map address: the local
 * APIC registers, and a scratch slot the page-table tests use.  Slot 0
 * is the highest page.
 */
#include <asm/page.h>
#include <asm/pgtable.h>

#define FIXADDR_TOP	0xfffff000UL

enum fixed_addresses {
	FIX_HOLE,
	FIX_APIC_BASE,
	FIX_TEST_SCRATCH,
	__end_of_fixed_addresses
};

#define FIXADDR_SIZE	(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START	(FIXADDR_TOP - FIXADDR_SIZE + PAGE_SIZE)

static inline unsigned long fix_to_virt(enum fixed_addresses idx)
{
	return FIXADDR_TOP - ((unsigned long)idx << PAGE_SHIFT);
}

/* Maps phys at the slot (uncached: it is for device registers). */
void set_fixmap_nocache(enum fixed_addresses idx, phys_addr_t phys);
void set_fixmap(enum fixed_addresses idx, phys_addr_t phys);
void clear_fixmap(enum fixed_addresses idx);

#endif /* _ASM_I386_FIXMAP_H */
