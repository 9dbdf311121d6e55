// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/fixmap.c - setting fixmap slots.
 * The page table behind them is allocated by paging_init().
 */
#include <linux/kernel.h>
#include <asm/fixmap.h>

static void fixmap_set(enum fixed_addresses idx, phys_addr_t phys,
		       pgprot_t prot)
{
	if (idx >= __end_of_fixed_addresses)
		panic("fixmap: bad slot %d", idx);
	if (map_kernel_page(fix_to_virt(idx), phys >> PAGE_SHIFT, prot))
		panic("fixmap: no page table for slot %d", idx);
}

void set_fixmap_nocache(enum fixed_addresses idx, phys_addr_t phys)
{
	fixmap_set(idx, phys, PAGE_KERNEL_NOCACHE);
}

void set_fixmap(enum fixed_addresses idx, phys_addr_t phys)
{
	fixmap_set(idx, phys, PAGE_KERNEL);
}

void clear_fixmap(enum fixed_addresses idx)
{
	unmap_kernel_page(fix_to_virt(idx));
}
