// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/pgtable.c - page tables of user address spaces.
 *
 * A PAE CPU reads the four PDPT entries when %cr3 is loaded, not on each
 * access, so an entry added later would go unseen.  The four page
 * directories are therefore allocated with the PDPT and never change;
 * walks find them in mm->context.  The fourth, for the kernel's
 * gigabyte, is swapper_pmd itself, shared by every address space, or a
 * copy of it per address space when the backend asks (Xen will not pin
 * a page directory that several PDPTs share) or kernel_pmd=unshared is
 * given.  The copies are on pgd_list so that a page table the kernel
 * adds later reaches all of them.  Every entry is written with
 * set_pud/set_pmd/set_pte.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/errno.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/irqflags.h>

static int kernel_pmd_unshared;
static LIST_HEAD(pgd_list);

/* kernel_pmd=unshared: a copy per address space, as under Xen. */
static int __init kernel_pmd_setup(char *val)
{
	if (!strcmp(val, "unshared"))
		kernel_pmd_unshared = 1;
	else if (!strcmp(val, "shared"))
		kernel_pmd_unshared = 0;
	else
		return -EINVAL;
	return 0;
}
early_param("kernel_pmd=", kernel_pmd_setup);

int shared_kernel_pmd(void)
{
	if (kernel_pmd_unshared)
		return 0;
#ifdef CONFIG_PARAVIRT
	return pv_info.shared_kernel_pmd;
#else
	return 1;
#endif
}

/*
 * Adds mm, whose kernel page directory was just copied from swapper_pmd,
 * to pgd_list.  Nothing may add a kernel page table between the copy and
 * this: no allocation lies in between.
 */
static void pgd_list_add(struct mm_struct *mm)
{
	unsigned long flags;

	local_irq_save(flags);
	memcpy(mm->context.pmd[USER_PTRS_PER_PGD], swapper_pmd, PAGE_SIZE);
	list_add(&mm->context.pgd_list, &pgd_list);
	local_irq_restore(flags);
}

static void pgd_list_del(struct mm_struct *mm)
{
	unsigned long flags;

	local_irq_save(flags);
	list_del(&mm->context.pgd_list);
	local_irq_restore(flags);
}

/* Entry idx of swapper_pmd now holds entry: into every copy too. */
void sync_kernel_pmd(unsigned int idx, pmd_t entry)
{
	struct mm_struct *mm;
	unsigned long flags;

	local_irq_save(flags);
	list_for_each_entry(mm, &pgd_list, context.pgd_list)
		set_pmd(mm->context.pmd[USER_PTRS_PER_PGD] + idx, entry);
	local_irq_restore(flags);
}

/*
 * The PDPT and its page directories, for mm->pgd and mm->context.  All
 * pages are allocated before any becomes a page table, so a failure has
 * nothing to undo but the allocations.
 */
int pgd_alloc(struct mm_struct *mm)
{
	unsigned int own = shared_kernel_pmd() ? USER_PTRS_PER_PGD :
						 PTRS_PER_PGD;
	pud_t *pgd = get_zeroed_page(GFP_KERNEL);
	unsigned int i;

	if (!pgd)
		return -ENOMEM;
	for (i = 0; i < own; i++) {
		mm->context.pmd[i] = get_zeroed_page(GFP_KERNEL);
		if (!mm->context.pmd[i]) {
			while (i--)
				free_page(mm->context.pmd[i]);
			free_page(pgd);
			return -ENOMEM;
		}
	}
	if (own == PTRS_PER_PGD)
		pgd_list_add(mm);	/* copies swapper_pmd, still plain data */
	else
		mm->context.pmd[USER_PTRS_PER_PGD] = swapper_pmd;
	paravirt_alloc_pmds(mm, mm->context.pmd, own);
	if (own == PTRS_PER_PGD)
		paravirt_alloc_pmd_clone(mm,
			virt_to_pfn(mm->context.pmd[USER_PTRS_PER_PGD]),
			virt_to_pfn(swapper_pmd), 0, PTRS_PER_PMD);
	for (i = 0; i < PTRS_PER_PGD; i++)
		set_pud(&pgd[i],
			__pud(__pa(mm->context.pmd[i]) | _PDPT_ENTRY));
	paravirt_alloc_pgd(mm, virt_to_pfn(pgd));
	mm->pgd = pgd;
	return 0;
}

/*
 * Every entry of the PDPT is cleared before its page directories are
 * released, and they are released before they are freed.  One hook
 * test covers them all, so that natively the freeing loop is the one of
 * a kernel without the hook.
 */
void pgd_free(struct mm_struct *mm)
{
	unsigned int own = USER_PTRS_PER_PGD, i;

	if (mm->context.pmd[USER_PTRS_PER_PGD] != swapper_pmd) {
		pgd_list_del(mm);
		own = PTRS_PER_PGD;
	}
	for (i = 0; i < PTRS_PER_PGD; i++)
		set_pud(&mm->pgd[i], __pud(0));
	paravirt_release_pmds(mm, mm->context.pmd, own);
	for (i = 0; i < own; i++)
		free_page(mm->context.pmd[i]);
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
