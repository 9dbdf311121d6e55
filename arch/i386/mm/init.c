// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/init.c - the kernel page tables.
 *
 * paging_init() replaces head.S's 2 MiB boot mappings with swapper_pg_dir:
 * lowmem mapped at PAGE_OFFSET with 4 KiB pages (a paravirtualised guest
 * may not use large pages), every entry written through set_pte/set_pmd/
 * set_pud.  The page under the boot stack is left unmapped as its guard.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/linkage.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/mm_types.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/processor.h>
#include <asm/fixmap.h>
#include <asm/pgalloc.h>
#include <asm/setup.h>

/*
 * The kernel's PDPT: its first PTRS_PER_PGD entries, in a page of its
 * own that a hypervisor can map read-only.
 */
pud_t swapper_pg_dir[PAGE_SIZE / sizeof(pud_t)] __page_aligned_bss;
/*
 * The kernel's 1 GiB: one page directory, shared by every address space
 * or copied into each (arch/i386/mm/pgtable.c).
 */
pmd_t swapper_pmd[PTRS_PER_PMD] __page_aligned_bss;

extern char init_stack_guard[];

/* A zeroed page for a page table: memblock at boot, buddy afterwards. */
static void *alloc_pgtable_page(void)
{
	phys_addr_t pa;
	void *p;

	if (mm_ready()) {
		p = get_zeroed_page(GFP_KERNEL);
		return p;
	}
	pa = memblock_alloc(PAGE_SIZE, PAGE_SIZE);
	if (!pa)
		return NULL;
	p = __va(pa);
	memset(p, 0, PAGE_SIZE);
	return p;
}

/*
 * The kernel's pmd entry for vaddr: swapper_pg_dir has one page
 * directory, swapper_pmd, for the top gigabyte, so there is no PDPT
 * entry to read (or translate) on the way.
 */
static pmd_t *kernel_pmd(unsigned long vaddr)
{
	if (pgd_index(vaddr) != pgd_index(PAGE_OFFSET))
		return NULL;
	return swapper_pmd + pmd_index(vaddr);
}

pte_t *lookup_kernel_pte(unsigned long vaddr)
{
	pmd_t *pmd = kernel_pmd(vaddr);

	if (!pmd || !pmd_present(*pmd) || pmd_large(*pmd))
		return NULL;
	return pte_page_vaddr(*pmd) + pte_index(vaddr);
}

/* Returns the pte slot for vaddr, allocating its page table if needed. */
static pte_t *kernel_pte_alloc(unsigned long vaddr)
{
	pmd_t *pmd = kernel_pmd(vaddr);
	void *table;

	if (!pmd)
		return NULL;
	if (!pmd_present(*pmd)) {
		table = alloc_pgtable_page();
		if (!table)
			return NULL;
		paravirt_alloc_pte(&init_mm, virt_to_pfn(table));
		set_pmd(pmd, __pmd(__pa(table) | _KERNPG_TABLE));
		if (!shared_kernel_pmd())
			sync_kernel_pmd(pmd - swapper_pmd, *pmd);
	}
	return pte_page_vaddr(*pmd) + pte_index(vaddr);
}

/* Sets a kernel pte without a TLB flush: the entry was not present. */
static int __map_kernel_pte(unsigned long vaddr, pte_t entry)
{
	pte_t *pte = kernel_pte_alloc(vaddr);

	if (!pte)
		return -1;
	set_pte(pte, entry);
	return 0;
}

int map_kernel_pte(unsigned long vaddr, pte_t entry)
{
	if (__map_kernel_pte(vaddr, entry))
		return -1;
	flush_tlb_kernel_page(vaddr);
	return 0;
}

int map_kernel_page(unsigned long vaddr, unsigned long pfn, pgprot_t prot)
{
	return map_kernel_pte(vaddr, pfn_pte(pfn, prot));
}

void unmap_kernel_page(unsigned long vaddr)
{
	pte_t *pte = lookup_kernel_pte(vaddr);

	if (pte) {
		pte_clear(pte);
		flush_tlb_kernel_page(vaddr);
	}
}

/* Walks whatever tables %cr3 points at, including head.S's large pages. */
int kernel_addr_mapped(unsigned long vaddr)
{
	pud_t *pgd = __va(read_cr3() & ~0x1fUL);
	pmd_t pmd;
	pte_t pte;

	if (!pud_present(pgd[pgd_index(vaddr)]))
		return 0;
	pmd = pmd_page_vaddr(pgd[pgd_index(vaddr)])[pmd_index(vaddr)];
	if (!pmd_present(pmd))
		return 0;
	if (pmd_large(pmd))
		return 1;
	pte = pte_page_vaddr(pmd)[pte_index(vaddr)];
	return pte_present(pte);
}

/*
 * Builds swapper_pg_dir mapping pfns [0, max_low_pfn) at PAGE_OFFSET and
 * switches to it.  Page tables come from memblock below early_mapped,
 * the RAM the door left mapped, which is all that can be written before
 * the switch.
 */
void __init paging_init(unsigned long max_low_pfn, phys_addr_t early_mapped)
{
	unsigned long pfn, vaddr, guard = (unsigned long)init_stack_guard;

	memblock_set_alloc_limit(early_mapped);
	paravirt_pagetable_setup_start(swapper_pg_dir);
	set_pud(&swapper_pg_dir[pgd_index(PAGE_OFFSET)],
		__pud(__pa(swapper_pmd) | _PDPT_ENTRY));

	for (pfn = 0; pfn < max_low_pfn; pfn++) {
		vaddr = PAGE_OFFSET + (pfn << PAGE_SHIFT);
		if (vaddr == guard)
			continue;
		if (__map_kernel_pte(vaddr, pfn_pte(pfn, PAGE_KERNEL)))
			panic("paging_init: out of memory for page tables at pfn %lu",
			      pfn);
	}
	/* The fixmap's page table exists from the start: no allocation later. */
	if (!kernel_pte_alloc(FIXADDR_START))
		panic("paging_init: no page table for the fixmap");

	fixmap_freeze();

	paravirt_pagetable_setup_done(swapper_pg_dir);
	write_cr3(__pa(swapper_pg_dir));
	memblock_set_alloc_limit(PFN_PHYS(max_low_pfn));
	pr_info("paging: %lu MiB lowmem mapped with 4 KiB pages, boot stack guard at %08lx\n",
		max_low_pfn >> (20 - PAGE_SHIFT), guard);
	if (!shared_kernel_pmd())
		pr_info("paging: every address space gets its own copy of the kernel page directory\n");
	if (reserved_top_size())
		pr_info("paging: %08lx-ffffffff reserved; fixmap at %08lx, kernel stacks at %08lx, lowmem up to %lu MiB\n",
			-reserved_top_size(), FIXADDR_START,
			STACK_AREA_START, MAXMEM >> 20);
}
