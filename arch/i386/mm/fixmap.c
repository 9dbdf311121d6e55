// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/fixmap.c - the top of the address space: what a backend
 * reserves there, and setting the fixmap slots below it.  The page table
 * behind the slots is allocated by paging_init().
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <asm/fixmap.h>

/* The highest fixmap page: one page below the reserved top. */
unsigned long __FIXADDR_TOP = 0xfffff000UL;
static int fixmap_frozen;

int __init reserve_top_address(unsigned long size)
{
	if (fixmap_frozen) {
		pr_err("fixmap: reserving %#lx bytes at the top too late: paging is set up\n",
		       size);
		return -EBUSY;
	}
	if ((size & ~PAGE_MASK) || size > MAX_RESERVE_TOP)
		return -EINVAL;
	__FIXADDR_TOP = -size - PAGE_SIZE;
	return 0;
}

unsigned long reserved_top_size(void)
{
	return -(__FIXADDR_TOP + PAGE_SIZE);
}

void __init fixmap_freeze(void)
{
	fixmap_frozen = 1;
}

/* reservetop=SIZE: keep the top SIZE bytes free, as a hypervisor would. */
static int __init reservetop_setup(char *val)
{
	char *end;
	unsigned long long size = memparse(val, &end);

	if (*end || size > MAX_RESERVE_TOP)
		return -EINVAL;
	return reserve_top_address(PAGE_ALIGN((unsigned long)size));
}
early_param("reservetop=", reservetop_setup);

static void fixmap_set(enum fixed_addresses idx, pte_t pte)
{
	if (idx >= __end_of_fixed_addresses)
		panic("fixmap: bad slot %d", idx);
	if (map_kernel_pte(fix_to_virt(idx), pte))
		panic("fixmap: no page table for slot %d", idx);
}

void set_fixmap_nocache(enum fixed_addresses idx, phys_addr_t phys)
{
	fixmap_set(idx, pfn_pte(phys >> PAGE_SHIFT, PAGE_KERNEL_NOCACHE));
}

void set_fixmap(enum fixed_addresses idx, phys_addr_t phys)
{
	fixmap_set(idx, pfn_pte(phys >> PAGE_SHIFT, PAGE_KERNEL));
}

void set_fixmap_ma(enum fixed_addresses idx, u64 maddr)
{
	fixmap_set(idx, mfn_pte(maddr >> PAGE_SHIFT, PAGE_KERNEL));
}

void clear_fixmap(enum fixed_addresses idx)
{
	unmap_kernel_page(fix_to_virt(idx));
}
