/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PGALLOC_H
#define _ASM_I386_PGALLOC_H

/*
 * Hooks a hypervisor needs around page tables and address spaces: it
 * pins a page once it becomes a page table (and maps it read-only),
 * unpins it before it is freed (the entries pointing at it are cleared
 * first), learns of new and dying address spaces,
 * and may batch updates between lazy_enter and lazy_leave.  Natively
 * they do nothing; without CONFIG_PARAVIRT they compile to nothing.
 */
#include <linux/types.h>
#include <asm/pgtable.h>

struct mm_struct;

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>

/*
 * Hooks (PVOP_HOOK): natively a NOP, and none of the call.  Each names
 * the address space the table belongs to (&init_mm for the kernel's),
 * so that a backend can tell a table of a live, pinned address space
 * from one still being built.
 */
static inline void paravirt_alloc_pte(struct mm_struct *mm, unsigned long pfn)
{
	PVOP_HOOK(mmu.alloc_pte, mm, pfn);
}
static inline void paravirt_alloc_pmd(struct mm_struct *mm, unsigned long pfn)
{
	PVOP_HOOK(mmu.alloc_pmd, mm, pfn);
}
static inline void paravirt_alloc_pgd(struct mm_struct *mm, unsigned long pfn)
{
	PVOP_HOOK(mmu.alloc_pgd, mm, pfn);
}
static inline void paravirt_alloc_pmd_clone(struct mm_struct *mm,
					    unsigned long pfn,
					    unsigned long clonepfn,
					    unsigned int start,
					    unsigned int count)
{
	PVOP_HOOK(mmu.alloc_pmd_clone, mm, pfn, clonepfn, start, count);
}
static inline void paravirt_release_pte(struct mm_struct *mm,
					unsigned long pfn)
{
	PVOP_HOOK(mmu.release_pte, mm, pfn);
}
static inline void paravirt_release_pmd(struct mm_struct *mm,
					unsigned long pfn)
{
	PVOP_HOOK(mmu.release_pmd, mm, pfn);
}
static inline void paravirt_release_pgd(struct mm_struct *mm,
					unsigned long pfn)
{
	PVOP_HOOK(mmu.release_pgd, mm, pfn);
}
/*
 * alloc_pmd and release_pmd for the first n page directories of an
 * address space: one hook test for them all, so that natively nothing
 * of the loop is left.
 */
static inline void paravirt_alloc_pmds(struct mm_struct *mm,
				       pmd_t *const *pmd, unsigned int n)
{
	unsigned int i;

	if (PVOP_HOOK_ON(mmu.alloc_pmd))
		for (i = 0; i < n; i++)
			pv_ops.mmu.alloc_pmd(mm, virt_to_pfn(pmd[i]));
}
static inline void paravirt_release_pmds(struct mm_struct *mm,
					 pmd_t *const *pmd, unsigned int n)
{
	unsigned int i;

	if (PVOP_HOOK_ON(mmu.release_pmd))
		for (i = 0; i < n; i++)
			pv_ops.mmu.release_pmd(mm, virt_to_pfn(pmd[i]));
}
static inline void paravirt_pagetable_setup_start(void *pgd)
{
	pv_ops.mmu.pagetable_setup_start(pgd);
}
static inline void paravirt_pagetable_setup_done(void *pgd)
{
	pv_ops.mmu.pagetable_setup_done(pgd);
}
static inline void paravirt_dup_mmap(struct mm_struct *old,
				     struct mm_struct *mm)
{
	PVOP_HOOK(mmu.dup_mmap, old, mm);
}
static inline void paravirt_exit_mmap(struct mm_struct *mm)
{
	PVOP_HOOK(mmu.exit_mmap, mm);
}
static inline void paravirt_activate_mm(struct mm_struct *prev,
					struct mm_struct *next)
{
	PVOP_HOOK(mmu.activate_mm, prev, next);
}
/*
 * The lazy-mode brackets sit on hot paths (page-range loops, context
 * switches): callee-save patch sites, NOPs natively, so that the code
 * around them is the code of a kernel without them.
 */
static inline void arch_enter_lazy_mmu_mode(void) { PVOP_VCALL0(mmu.lazy_enter); }
static inline void arch_leave_lazy_mmu_mode(void) { PVOP_VCALL0(mmu.lazy_leave); }
static inline void arch_enter_lazy_cpu_mode(void) { PVOP_VCALL0(cpu.lazy_enter); }
static inline void arch_leave_lazy_cpu_mode(void) { PVOP_VCALL0(cpu.lazy_leave); }
#else
static inline void paravirt_alloc_pte(struct mm_struct *mm,
				      unsigned long pfn) { }
static inline void paravirt_alloc_pmd(struct mm_struct *mm,
				      unsigned long pfn) { }
static inline void paravirt_alloc_pgd(struct mm_struct *mm,
				      unsigned long pfn) { }
static inline void paravirt_alloc_pmd_clone(struct mm_struct *mm,
					    unsigned long pfn,
					    unsigned long clonepfn,
					    unsigned int start,
					    unsigned int count) { }
static inline void paravirt_release_pte(struct mm_struct *mm,
					unsigned long pfn) { }
static inline void paravirt_release_pmd(struct mm_struct *mm,
					unsigned long pfn) { }
static inline void paravirt_release_pgd(struct mm_struct *mm,
					unsigned long pfn) { }
static inline void paravirt_alloc_pmds(struct mm_struct *mm,
				       pmd_t *const *pmd, unsigned int n) { }
static inline void paravirt_release_pmds(struct mm_struct *mm,
					 pmd_t *const *pmd, unsigned int n) { }
static inline void paravirt_pagetable_setup_start(void *pgd) { }
static inline void paravirt_pagetable_setup_done(void *pgd) { }
static inline void paravirt_dup_mmap(struct mm_struct *old,
				     struct mm_struct *mm) { }
static inline void paravirt_exit_mmap(struct mm_struct *mm) { }
static inline void paravirt_activate_mm(struct mm_struct *prev,
					struct mm_struct *next) { }
static inline void arch_enter_lazy_mmu_mode(void) { }
static inline void arch_leave_lazy_mmu_mode(void) { }
static inline void arch_enter_lazy_cpu_mode(void) { }
static inline void arch_leave_lazy_cpu_mode(void) { }
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_PGALLOC_H */
