// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/pgtable.c - page tables of user address spaces.
 *
 * A PAE CPU reads the four PDPT entries when %cr3 is loaded, not on each
 * access, so an entry added later would go unseen.  The three user page
 * directories are therefore allocated with the PDPT and never change;
 * the fourth entry is the kernel's page directory, shared by all; walks
 * find the user ones in mm->context.  Every entry is written with
 * set_pud/set_pmd/set_pte.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/errno.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/* The PDPT and its user page directories, for mm->pgd and mm->context. */
int pgd_alloc(struct mm_struct *mm)
{
	pud_t *pgd = get_zeroed_page(GFP_KERNEL);
	pmd_t *pmd;
	unsigned int i;

	if (!pgd)
		return -ENOMEM;
	for (i = 0; i < USER_PTRS_PER_PGD; i++) {
		pmd = get_zeroed_page(GFP_KERNEL);
		if (!pmd) {
			while (i--)
				free_page(mm->context.pmd[i]);
			free_page(pgd);
			return -ENOMEM;
		}
		mm->context.pmd[i] = pmd;
		paravirt_alloc_pmd(mm, virt_to_pfn(pmd));
		set_pud(&pgd[i], __pud(__pa(pmd) | _PDPT_ENTRY));
	}
	set_pud(&pgd[USER_PTRS_PER_PGD], swapper_pg_dir[USER_PTRS_PER_PGD]);
	paravirt_alloc_pgd(mm, virt_to_pfn(pgd));
	mm->pgd = pgd;
	return 0;
}

/* Each table is unhooked from its parent before it is released and freed. */
void pgd_free(struct mm_struct *mm)
{
	unsigned int i;

	for (i = 0; i < USER_PTRS_PER_PGD; i++) {
		set_pud(&mm->pgd[i], __pud(0));
		paravirt_release_pmd(mm, virt_to_pfn(mm->context.pmd[i]));
		free_page(mm->context.pmd[i]);
	}
	paravirt_release_pgd(mm, virt_to_pfn(mm->pgd));
	free_page(mm->pgd);
}

/* Notes in mm->context that addr's pmd entry now holds a page table. */
static void set_table_bit(struct mm_struct *mm, unsigned long addr)
{
	unsigned int i = pgd_index(addr) * PTRS_PER_PMD + pmd_index(addr);

	mm->context.tables[i / MM_TABLE_WORD_BITS] |=
		1UL << (i % MM_TABLE_WORD_BITS);
}

/*
 * user_pte() for an address whose page table is missing: makes a zeroed
 * one.  Out of line, as it is rare: the walk above it stays short.
 */
static noinline pte_t *user_pte_alloc(struct mm_struct *mm,
				      unsigned long addr)
{
	pmd_t *pmd = mm->context.pmd[pgd_index(addr)] + pmd_index(addr);
	pte_t *table = get_zeroed_page(GFP_KERNEL);

	if (!table)
		return NULL;
	paravirt_alloc_pte(mm, virt_to_pfn(table));
	set_pmd(pmd, __pmd(__pa(table) | _PAGE_TABLE));
	set_table_bit(mm, addr);
	return table + pte_index(addr);
}

pte_t *user_pte(struct mm_struct *mm, unsigned long addr, int alloc)
{
	pmd_t *pmd;

	if (addr >= STACK_TOP)
		return NULL;
	pmd = mm->context.pmd[pgd_index(addr)] + pmd_index(addr);
	if (pmd_present(*pmd))
		return pte_page_vaddr(*pmd) + pte_index(addr);
	return alloc ? user_pte_alloc(mm, addr) : NULL;
}

/*
 * Frees the page tables user_pte() made, found from mm->context.tables:
 * each is unhooked from its page directory, then released, then freed.
 */
void free_user_page_tables(struct mm_struct *mm)
{
	unsigned long word, pfn;
	unsigned int w, i;
	pmd_t *pmd;

	for (w = 0; w < MM_TABLE_WORDS; w++) {
		for (word = mm->context.tables[w]; word; word &= word - 1) {
			i = w * MM_TABLE_WORD_BITS + __builtin_ctzl(word);
			pmd = mm->context.pmd[i / PTRS_PER_PMD] + i % PTRS_PER_PMD;
			pfn = pmd_pfn(*pmd);
			pmd_clear(pmd);
			paravirt_release_pte(mm, pfn);
			free_page(pfn_to_virt(pfn));
		}
		mm->context.tables[w] = 0;
	}
}
