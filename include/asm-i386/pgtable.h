/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PGTABLE_H
#define _ASM_I386_PGTABLE_H

/*
 * PAE three-level page tables: a 4-entry page-directory-pointer table
 * (called pgd here, with pud folded into it), 512-entry page directories
 * (pmd) and 512-entry page tables (pte), all with 64-bit entries.
 */
#include <linux/const.h>

#define PTRS_PER_PGD	4
#define USER_PTRS_PER_PGD	3	/* the fourth is the kernel's */
#define PTRS_PER_PMD	512
#define PTRS_PER_PTE	512
#define PGDIR_SHIFT	30
#define PMD_SHIFT	21
#define PMD_SIZE	(_AC(1, UL) << PMD_SHIFT)
#define PGDIR_SIZE	(_AC(1, UL) << PGDIR_SHIFT)

#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
#define _PAGE_PCD	0x010
#define _PAGE_ACCESSED	0x020
#define _PAGE_DIRTY	0x040
#define _PAGE_PSE	0x080
#define _PAGE_GLOBAL	0x100
/* Software bit: a user page kept but made inaccessible (PROT_NONE). */
#define _PAGE_PROTNONE	0x800

#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define _PAGE_TABLE	(_KERNPG_TABLE | _PAGE_USER)
#define __PAGE_KERNEL	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define __PAGE_KERNEL_NOCACHE (__PAGE_KERNEL | _PAGE_PCD | _PAGE_PWT)
/* A PAE PDPT entry may only carry the present and cache bits. */
#define _PDPT_ENTRY	_PAGE_PRESENT

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/page.h>

typedef struct { u64 pte; } pte_t;
typedef struct { u64 pmd; } pmd_t;
typedef struct { u64 pud; } pud_t;
typedef struct { u64 pgprot; } pgprot_t;

#define __pgprot(x)	((pgprot_t){ (x) })
#define PAGE_KERNEL	__pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_NOCACHE __pgprot(__PAGE_KERNEL_NOCACHE)

#define PTE_PFN_MASK	0x000ffffffffff000ULL

/*
 * Entry values and frame numbers.  Under a hypervisor the frame number
 * in an entry may be a machine frame: pte_val() and __pte() (and the pmd
 * and pud forms) are where the translation goes, identity natively.  The flag
 * bits are the same either way, so the *_present() tests read them
 * directly.
 */
#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>
static inline u64 pte_val(pte_t p) { return PVOP_CALL_ENTRY_VAL(mmu.pte_val, p.pte); }
static inline pte_t __pte(u64 v) { return (pte_t){ PVOP_CALL_ENTRY_VAL(mmu.make_pte, v) }; }
static inline u64 pmd_val(pmd_t p) { return PVOP_CALL_ENTRY_VAL(mmu.pmd_val, p.pmd); }
static inline pmd_t __pmd(u64 v) { return (pmd_t){ PVOP_CALL_ENTRY_VAL(mmu.make_pmd, v) }; }
static inline u64 pud_val(pud_t p) { return PVOP_CALL_ENTRY_VAL(mmu.pud_val, p.pud); }
static inline pud_t __pud(u64 v) { return (pud_t){ PVOP_CALL_ENTRY_VAL(mmu.make_pud, v) }; }
#else
static inline u64 pte_val(pte_t p) { return p.pte; }
static inline pte_t __pte(u64 v) { return (pte_t){ v }; }
static inline u64 pmd_val(pmd_t p) { return p.pmd; }
static inline pmd_t __pmd(u64 v) { return (pmd_t){ v }; }
static inline u64 pud_val(pud_t p) { return p.pud; }
static inline pud_t __pud(u64 v) { return (pud_t){ v }; }
#endif /* CONFIG_PARAVIRT */

static inline pte_t pfn_pte(unsigned long pfn, pgprot_t prot)
{
	return __pte(((u64)pfn << PAGE_SHIFT) | prot.pgprot);
}

/*
 * Changes of rights only: the frame stays as the entry holds it (a
 * machine frame under a hypervisor), so no translation is needed.
 */
static inline pte_t pte_modify(pte_t p, pgprot_t prot)
{
	return (pte_t){ (p.pte & PTE_PFN_MASK) | prot.pgprot };
}

static inline pte_t pte_wrprotect(pte_t p)
{
	return (pte_t){ p.pte & ~(u64)(_PAGE_RW | _PAGE_DIRTY) };
}

static inline int pte_present(pte_t p) { return p.pte & _PAGE_PRESENT; }
/* A user pte that holds a page, accessible or not. */
static inline int pte_mapped(pte_t p)
{
	return (p.pte & (_PAGE_PRESENT | _PAGE_PROTNONE)) != 0;
}
static inline int pte_write(pte_t p) { return (p.pte & _PAGE_RW) != 0; }
static inline int pmd_present(pmd_t p) { return p.pmd & _PAGE_PRESENT; }
/* A 2 MiB page mapped by the pmd itself, not a page table. */
static inline int pmd_large(pmd_t p) { return (p.pmd & _PAGE_PSE) != 0; }
static inline int pud_present(pud_t p) { return p.pud & _PAGE_PRESENT; }
static inline unsigned long pte_pfn(pte_t p)
{
	return (unsigned long)((pte_val(p) & PTE_PFN_MASK) >> PAGE_SHIFT);
}
static inline unsigned long pmd_pfn(pmd_t p)
{
	return (unsigned long)((pmd_val(p) & PTE_PFN_MASK) >> PAGE_SHIFT);
}
static inline unsigned long pud_pfn(pud_t p)
{
	return (unsigned long)((pud_val(p) & PTE_PFN_MASK) >> PAGE_SHIFT);
}

#define pgd_index(a)	(((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pmd_index(a)	(((a) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pte_index(a)	(((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

/*
 * Page-table writes.  A 64-bit entry is written high word first when it
 * becomes present and low word first when it is cleared, so the CPU never
 * sees a present entry with a torn address.  Every kernel page-table
 * update goes through these: a hypervisor maps page tables read-only.
 * The entry's value is in %edx:%eax and its address in %ecx, in the
 * native form as in the patch site (and in VMI's SetPxELong).
 */
static inline void native_write_entry_hi_first(void *p, u64 v)
{
	__asm__ __volatile__("movl %%edx, 4(%%ecx)\n\tmovl %%eax, (%%ecx)"
			     : : "A"(v), "c"(p) : "memory");
}

static inline void native_write_entry_lo_first(void *p, u64 v)
{
	__asm__ __volatile__("movl %%eax, (%%ecx)\n\tmovl %%edx, 4(%%ecx)"
			     : : "A"(v), "c"(p) : "memory");
}

static inline void native_set_pte(pte_t *ptep, pte_t pte)
{
	native_write_entry_hi_first(ptep, pte.pte);
}

static inline void native_pte_clear(pte_t *ptep)
{
	native_write_entry_lo_first(ptep, 0);
}

static inline void native_set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	native_write_entry_hi_first(pmdp, pmd.pmd);
}

static inline void native_pmd_clear(pmd_t *pmdp)
{
	native_write_entry_lo_first(pmdp, 0);
}

static inline void native_set_pud(pud_t *pudp, pud_t pud)
{
	native_write_entry_hi_first(pudp, pud.pud);
}

struct mm_struct;

#ifdef CONFIG_PARAVIRT
static inline void set_pte(pte_t *p, pte_t v) { PVOP_VCALL_ENTRY(mmu.set_pte, p, v.pte); }
static inline void pte_clear(pte_t *p) { PVOP_VCALL_ENTRY(mmu.pte_clear, p, 0ULL); }
static inline void set_pmd(pmd_t *p, pmd_t v) { PVOP_VCALL_ENTRY(mmu.set_pmd, p, v.pmd); }
static inline void pmd_clear(pmd_t *p) { PVOP_VCALL_ENTRY(mmu.pmd_clear, p, 0ULL); }
static inline void set_pud(pud_t *p, pud_t v) { PVOP_VCALL_ENTRY(mmu.set_pud, p, v.pud); }

/*
 * A user entry, written where the address it maps is known: a backend
 * can use it (Xen updates the entry through the address, which costs
 * less than a page-table write).  It is a hook whose native form is
 * set_pte() itself: natively the hook is off and only set_pte() runs.
 */
static inline void set_pte_at(struct mm_struct *mm, unsigned long addr,
			      pte_t *p, pte_t v)
{
	if (PVOP_HOOK_ON(mmu.set_pte_at))
		pv_ops.mmu.set_pte_at(mm, addr, p, v.pte);
	else
		set_pte(p, v);
}
#else
#define set_pte(p, v)	native_set_pte(p, v)
#define pte_clear(p)	native_pte_clear(p)
#define set_pmd(p, v)	native_set_pmd(p, v)
#define pmd_clear(p)	native_pmd_clear(p)
#define set_pud(p, v)	native_set_pud(p, v)
#define set_pte_at(mm, addr, p, v)	native_set_pte(p, v)
#endif /* CONFIG_PARAVIRT */

/*
 * An entry for a machine frame, taken as it is: no pfn-to-machine
 * translation (the same as pfn_pte() natively).  For pages a hypervisor
 * hands over by machine address: Xen's shared_info, its console and
 * store rings.
 */
static inline pte_t mfn_pte(u64 mfn, pgprot_t prot)
{
	return (pte_t){ (mfn << PAGE_SHIFT) | prot.pgprot };
}

/* Page-table page lookups through the direct map. */
static inline pmd_t *pmd_page_vaddr(pud_t pud)
{
	return (pmd_t *)pfn_to_virt(pud_pfn(pud));
}
static inline pte_t *pte_page_vaddr(pmd_t pmd)
{
	return (pte_t *)pfn_to_virt(pmd_pfn(pmd));
}

/* The kernel's page tables; pgd is the 4-entry PDPT, in a page of its own. */
extern pud_t swapper_pg_dir[PAGE_SIZE / sizeof(pud_t)];
/* Its page directory for the kernel's gigabyte. */
extern pmd_t swapper_pmd[PTRS_PER_PMD];

/* Walks the kernel page tables; NULL when a level is missing. */
pte_t *lookup_kernel_pte(unsigned long vaddr);
/* Maps one kernel page, allocating a page table when needed. */
int map_kernel_page(unsigned long vaddr, unsigned long pfn, pgprot_t prot);
/* The same with the entry made by the caller (mfn_pte(), say). */
int map_kernel_pte(unsigned long vaddr, pte_t pte);
void unmap_kernel_page(unsigned long vaddr);

/* True if vaddr is mapped in the page tables in use (any level size). */
int kernel_addr_mapped(unsigned long vaddr);

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PGTABLE_H */
