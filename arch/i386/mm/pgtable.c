// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/pgtable.c - page tables of user address spaces.
 *
 * A PAE CPU reads the four PDPT entries when %cr3 is loaded, not on each
 * access, so an entry added later would go unseen.  The three user page
 * directories are therefore allocated with the PDPT and never change;
 * the fourth entry is the kernel's page directory, shared by all.  Every
 * entry is written with set_pud/set_pmd/set_pte.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

#define USER_PGDS	3

pud_t *pgd_alloc(void)
{
	pud_t *pgd = get_zeroed_page(GFP_KERNEL);
	unsigned int i;

	if (!pgd)
		return NULL;
	for (i = 0; i < USER_PGDS; i++) {
		void *pmd = get_zeroed_page(GFP_KERNEL);

		if (!pmd) {
			while (i--)
				free_page(pmd_page_vaddr(pgd[i]));
			free_page(pgd);
			return NULL;
		}
		paravirt_alloc_pmd(virt_to_pfn(pmd));
		set_pud(&pgd[i], __pud(__pa(pmd) | _PDPT_ENTRY));
	}
	set_pud(&pgd[USER_PGDS], swapper_pg_dir[USER_PGDS]);
	paravirt_alloc_pgd(virt_to_pfn(pgd));
	return pgd;
}

void pgd_free(pud_t *pgd)
{
	unsigned int i;

	paravirt_release_pgd(virt_to_pfn(pgd));
	for (i = 0; i < USER_PGDS; i++) {
		paravirt_release_pmd(pud_pfn(pgd[i]));
		free_page(pmd_page_vaddr(pgd[i]));
	}
	free_page(pgd);
}

/* A zeroed page table for the empty pmd entry; out of line: it is rare. */
static noinline pte_t *user_pte_alloc(pmd_t *pmd)
{
	void *table = get_zeroed_page(GFP_KERNEL);

	if (!table)
		return NULL;
	paravirt_alloc_pte(virt_to_pfn(table));
	set_pmd(pmd, __pmd(__pa(table) | _PAGE_TABLE));
	return table;
}

pte_t *user_pte(struct mm_struct *mm, unsigned long addr, int alloc)
{
	pmd_t *pmd;
	pte_t *table;

	if (addr >= STACK_TOP)
		return NULL;
	pmd = pmd_page_vaddr(mm->pgd[pgd_index(addr)]) + pmd_index(addr);
	if (pmd_present(*pmd))
		return pte_page_vaddr(*pmd) + pte_index(addr);
	table = alloc ? user_pte_alloc(pmd) : NULL;
	return table ? table + pte_index(addr) : NULL;
}

void free_user_page_tables(struct mm_struct *mm)
{
	unsigned long pfn;
	unsigned int i, j;

	for (i = 0; i < USER_PGDS; i++) {
		pmd_t *pmd = pmd_page_vaddr(mm->pgd[i]);

		for (j = 0; j < PTRS_PER_PMD; j++) {
			if (!pmd_present(pmd[j]))
				continue;
			pfn = pmd_pfn(pmd[j]);
			paravirt_release_pte(pfn);
			free_page(pfn_to_virt(pfn));
			pmd_clear(&pmd[j]);
		}
	}
}
