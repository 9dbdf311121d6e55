// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memory.c - user pages: demand-zero faults, copy-on-write, and
 * copying or dropping the pages of a range.
 *
 * A private writable page shared after fork() is mapped read-only in
 * both address spaces; the first write faults and gets a copy, or just
 * write access when no one else holds the page any more.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/pgalloc.h>
#include "internal.h"

/* The pte bits for a page of a vma (write access decided by the caller). */
pgprot_t vma_pgprot(unsigned long vm_flags, int writable)
{
	u64 prot;

	if (!(vm_flags & VM_ACCESS))
		return __pgprot(_PAGE_PROTNONE | _PAGE_USER | _PAGE_ACCESSED);
	prot = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;
	if (writable && (vm_flags & VM_WRITE))
		prot |= _PAGE_RW | _PAGE_DIRTY;
	return __pgprot(prot);
}

static struct page *pte_page(pte_t pte)
{
	return pfn_to_page(pte_pfn(pte));
}

static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma,
			     pte_t *pte, unsigned long addr)
{
	struct page *p = alloc_page(GFP_KERNEL | __GFP_ZERO | __GFP_NOWARN);

	if (!p)
		return -ENOMEM;
	set_pte_at(mm, addr, pte,
		   pfn_pte(page_to_pfn(p), vma_pgprot(vma->flags, 1)));
	mm->nr_pages++;
	return 0;
}

/* A write to a present read-only page of a writable private vma. */
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma,
		      pte_t *pte, unsigned long addr)
{
	struct page *old = pte_page(*pte), *new;

	if (page_count(old) == 1) {	/* no one else has it: just write */
		set_pte_at(mm, addr, pte,
			   pte_modify(*pte, vma_pgprot(vma->flags, 1)));
		__flush_tlb_single(addr);
		return 0;
	}
	new = alloc_page(GFP_KERNEL | __GFP_NOWARN);
	if (!new)
		return -ENOMEM;
	memcpy(page_address(new), page_address(old), PAGE_SIZE);
	set_pte_at(mm, addr, pte,
		   pfn_pte(page_to_pfn(new), vma_pgprot(vma->flags, 1)));
	__flush_tlb_single(addr);
	put_page(old);
	return 0;
}

/* How much a user stack may grow below its area in one fault. */
static int stack_can_grow(struct mm_struct *mm, struct vm_area_struct *vma,
			  unsigned long addr)
{
	u64 lim = rlimit(RLIMIT_STACK);

	if (lim > STACK_MAX)
		lim = STACK_MAX;

	return (vma->flags & VM_GROWSDOWN) && addr < vma->start &&
	       addr >= STACK_TOP - lim;
}

int handle_mm_fault(struct mm_struct *mm, unsigned long addr, int write)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	pte_t *pte;
	int err;

	if (!vma)
		return SIGSEGV;
	if (addr < vma->start) {
		if (!stack_can_grow(mm, vma, addr))
			return SIGSEGV;
		/* The area below must be free: find_vma gave the next one. */
		vma->start = addr & PAGE_MASK;
	}
	if (write ? !(vma->flags & VM_WRITE) : !(vma->flags & VM_ACCESS))
		return SIGSEGV;
	pte = user_pte(mm, addr, 1);
	if (!pte)
		return SIGBUS;
	if (!pte_mapped(*pte))
		err = do_anonymous_page(mm, vma, pte, addr & PAGE_MASK);
	else if (write && !pte_write(*pte))
		err = do_wp_page(mm, vma, pte, addr & PAGE_MASK);
	else
		err = 0;	/* another path mapped it meanwhile */
	return err ? SIGKILL : 0;	/* no memory: the caller kills */
}

/*
 * Runs the statement that follows for each page of mm from a up to end
 * that holds a page (accessible or not), with pte pointing at its entry.
 * The page table is looked up once per 2 MiB and then stepped through;
 * missing page tables are skipped whole.  A macro, not a function with a
 * callback: these loops are the fork and exit paths.
 */
#define for_each_mapped_pte(mm, a, end, pte)				\
	for ((pte) = user_pte(mm, a, 0); (a) < (end);			\
	     (a) += PAGE_SIZE,						\
	     (pte) = ((a) & (PMD_SIZE - 1)) ? (pte) + 1 :		\
		     (a) < (end) ? user_pte(mm, a, 0) : NULL)		\
		if (!(pte))						\
			(a) = ((a) | (PMD_SIZE - 1)) + 1 - PAGE_SIZE;	\
		else if (pte_mapped(*(pte)))

/*
 * Drops the pages of [start, end) of an address space no CPU runs any
 * more (mmput), leaving its entries as they are: free_user_page_tables()
 * frees the tables next, new tables are zeroed when they are made, and
 * the backend hears of each table's end through release_pte.  Clearing
 * every entry would cost a store each natively and a call into the
 * hypervisor each under VMI, for tables nothing will read again.
 */
void release_ptes(struct mm_struct *mm, unsigned long start,
		  unsigned long end)
{
	unsigned long a = start;
	pte_t *pte;

	for_each_mapped_pte(mm, a, end, pte) {
		put_page(pte_page(*pte));
		mm->nr_pages--;
	}
}

/*
 * mremap: moves the entries of [from, from + len) to [to, to + len) of
 * mm, pages and their counts with them; the old entries are cleared.
 * -ENOMEM if a page table cannot be made (what moved so far stays).
 */
int move_ptes(struct mm_struct *mm, unsigned long from, unsigned long to,
	      unsigned long len)
{
	unsigned long a;
	pte_t *src, *dst;

	for (a = 0; a < len; a += PAGE_SIZE) {
		src = user_pte(mm, from + a, 0);
		if (!src || !pte_mapped(*src))
			continue;
		dst = user_pte(mm, to + a, 1);
		if (!dst)
			return -ENOMEM;
		set_pte_at(mm, to + a, dst, *src);
		pte_clear(src);
	}
	flush_tlb_all();
	return 0;
}

/* Drops the pages of [start, end) of mm, which may be running. */
void zap_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long a = start;
	pte_t *pte;

	arch_enter_lazy_mmu_mode();
	for_each_mapped_pte(mm, a, end, pte) {
		put_page(pte_page(*pte));
		pte_clear(pte);
		mm->nr_pages--;
	}
	arch_leave_lazy_mmu_mode();
	flush_tlb_all();
}

/*
 * fork: gives dst the pages of [start, end).  Private writable pages
 * become read-only in both (copy-on-write); shared ones stay as they are.
 *
 * The entries of one page table are written in lazy MMU mode, which
 * may defer them; it is left before the next table is looked up, as
 * that reads back the page-directory entry a new table was hooked in by.
 */
int copy_range(struct mm_struct *dst, struct mm_struct *src,
	       struct vm_area_struct *vma)
{
	unsigned long a, dbase = 1;	/* never a 2 MiB boundary */
	pte_t *s, *d, *dtable = NULL, pte;

	a = vma->start;
	for_each_mapped_pte(src, a, vma->end, s) {
		/* dst's page table for this 2 MiB, made on first use. */
		if ((a & ~(PMD_SIZE - 1)) != dbase) {
			if (dtable)
				arch_leave_lazy_mmu_mode();
			dbase = a & ~(PMD_SIZE - 1);
			dtable = user_pte(dst, dbase, 1);
			if (!dtable)
				return -ENOMEM;
			arch_enter_lazy_mmu_mode();
		}
		d = dtable + pte_index(a);
		pte = *s;
		get_page(pte_page(pte));
		if (!(vma->flags & VM_SHARED) && pte_write(pte)) {
			pte = pte_wrprotect(pte);
			set_pte_at(src, a, s, pte);
		}
		set_pte_at(dst, a, d, pte);
		dst->nr_pages++;
	}
	if (dtable)
		arch_leave_lazy_mmu_mode();
	return 0;
}

/* mprotect: rewrites the ptes of [start, end) for vm_flags. */
void change_protection(struct mm_struct *mm, unsigned long start,
		       unsigned long end, unsigned long vm_flags)
{
	unsigned long a;
	pte_t *pte;

	arch_enter_lazy_mmu_mode();
	a = start;
	for_each_mapped_pte(mm, a, end, pte) {
		/* Write access only where no one shares the page. */
		set_pte_at(mm, a, pte,
			   pte_modify(*pte,
				      vma_pgprot(vm_flags,
						 (vm_flags & VM_SHARED) ||
						 page_count(pte_page(*pte)) == 1)));
	}
	arch_leave_lazy_mmu_mode();
	flush_tlb_all();
}
