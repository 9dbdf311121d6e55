/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_FIXMAP_H
#define _ASM_I386_FIXMAP_H

/*
 * Fixed virtual addresses at the top of the address space for things
 * that have a physical address but no direct-map address: the local
 * APIC registers, a page a hypervisor shares with the kernel, and a
 * scratch slot the page-table tests use.  Slot 0 is the highest page.
 *
 * The top is the top of what is left to the kernel: a hypervisor may
 * own the highest part of every address space (Xen's hole starts at
 * 0xF5800000 for a 32-bit guest, a VMI ROM names its virtual_top).  A
 * backend claims it with reserve_top_address() before paging is set
 * up, and the fixmap, the kernel-stack area and the end of lowmem
 * (MAXMEM) all move down with FIXADDR_TOP.
 */
#include <asm/page.h>
#include <asm/pgtable.h>

#define FIXADDR_TOP	((unsigned long)__FIXADDR_TOP)
/* The most a backend may reserve: lowmem keeps at least 384 MiB. */
#define MAX_RESERVE_TOP	_AC(0x20000000, UL)

/*
 * Leaves the top size bytes of the address space (a multiple of
 * PAGE_SIZE) to whoever reserves them.  Returns -EINVAL for a bad size,
 * -EBUSY once paging_init() has placed the fixmap.
 */
int reserve_top_address(unsigned long size);
/* The bytes reserved at the top (0 natively). */
unsigned long reserved_top_size(void);
/* paging_init(): from here on the top stays where it is. */
void fixmap_freeze(void);

enum fixed_addresses {
	FIX_HOLE,
	FIX_APIC_BASE,
	FIX_HYPERVISOR_SHARED,	/* a page a hypervisor shares (Xen's shared_info) */
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
/* Maps a machine address as it is (see mfn_pte()). */
void set_fixmap_ma(enum fixed_addresses idx, u64 maddr);
void clear_fixmap(enum fixed_addresses idx);

#endif /* _ASM_I386_FIXMAP_H */
