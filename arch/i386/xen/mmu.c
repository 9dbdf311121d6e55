// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/mmu.c - page tables under Xen.
 *
 * A PV guest's page tables hold machine frames, are mapped read-only
 * wherever they are mapped, and are validated by Xen: once an address
 * space is pinned (MMUEXT_PIN_L3_TABLE), each of its table pages is
 * typed and every write to it is a hypercall (mmu_update).  So:
 *
 *  - entries are translated pfn -> mfn on the way in (make_pte) and
 *    back through Xen's machine-to-phys table on the way out (pte_val);
 *  - an address space is pinned when it is first used (fork's dup_mmap,
 *    exec's activate_mm) and unpinned when it dies (exit_mmap), so that
 *    building and tearing it down are plain writes;
 *  - a table page of a pinned address space is read-only from the
 *    moment it is allocated (alloc_pte) to its release;
 *  - writes to pinned tables are mmu_update requests, batched in lazy
 *    MMU mode (the range walks: fork, exit, mprotect, munmap);
 *  - at boot the kernel's tables, built by paging_init() on Xen's, are
 *    made read-only and pinned (pagetable_setup_done), and Xen's own
 *    bootstrap tables are unpinned once the kernel runs on its own.
 *
 * Which pages are tables of a pinned address space is one bit per pfn.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/sched.h>
#include <asm/probe.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/irqflags.h>
#include <asm/paravirt.h>
#include <asm/desc.h>
#include "xen-ops.h"

unsigned long *xen_p2m;
unsigned long xen_max_p2m_pfn;
static unsigned long xen_cr3;

/* One bit per pfn: a table page of a pinned address space. */
#define MAX_TABLE_PFN	(1UL << 18)	/* 1 GiB */
#define WORD_BITS	(8 * sizeof(long))
static unsigned long pinned[MAX_TABLE_PFN / WORD_BITS];

static int page_pinned(unsigned long pfn)
{
	return pfn < MAX_TABLE_PFN &&
	       (pinned[pfn / WORD_BITS] >> (pfn % WORD_BITS)) & 1;
}

static void set_pinned(unsigned long pfn, int on)
{
	if (pfn >= MAX_TABLE_PFN)
		panic("xen: page-table page %lu above 1 GiB", pfn);
	if (on)
		pinned[pfn / WORD_BITS] |= 1UL << (pfn % WORD_BITS);
	else
		pinned[pfn / WORD_BITS] &= ~(1UL << (pfn % WORD_BITS));
}

/* Xen's machine-to-physical table, in the hole at the top. */
#define M2P	((const unsigned long *)__MACH2PHYS_VIRT_START_PAE)
unsigned long xen_m2p_entries;

/*
 * A frame that is not one of ours (beyond the table, in a hole Xen
 * left unmapped, or owned by another domain) is its own number: dom0
 * maps I/O memory that way.
 */
unsigned long mfn_to_pfn(unsigned long mfn)
{
	u32 pfn;

	if (mfn >= xen_m2p_entries || probe_read_u32(&M2P[mfn], &pfn))
		return mfn;
	return pfn < xen_max_p2m_pfn && xen_p2m[pfn] == mfn ? pfn : mfn;
}

/* --- entry values: pseudo-physical <-> machine frames --------------- */

#define ENTRY_MAPS_FRAME(v)	((v) & (_PAGE_PRESENT | _PAGE_PROTNONE))

static u64 __used xen_make_entry(u64 v)
{
	unsigned long pfn;

	if (!ENTRY_MAPS_FRAME(v))
		return v;
	pfn = (v & PTE_PFN_MASK) >> PAGE_SHIFT;
	if (pfn >= xen_max_p2m_pfn)
		return v;	/* not RAM: I/O memory, as it is */
	return (v & ~PTE_PFN_MASK) | ((u64)xen_p2m[pfn] << PAGE_SHIFT);
}
PV_CALLEE_SAVE_RET64(xen_make_entry);

static u64 __used xen_entry_val(u64 v)
{
	unsigned long mfn;

	if (!ENTRY_MAPS_FRAME(v))
		return v;
	mfn = (v & PTE_PFN_MASK) >> PAGE_SHIFT;
	return (v & ~PTE_PFN_MASK) | ((u64)mfn_to_pfn(mfn) << PAGE_SHIFT);
}
PV_CALLEE_SAVE_RET64(xen_entry_val);

/* --- writing entries ------------------------------------------------- */

/*
 * An entry of a pinned table: a request to Xen, queued in lazy MMU mode
 * (multicalls.c), made at once otherwise.
 */
static void queue_update(void *p, u64 v)
{
	struct mmu_update u;
	unsigned long flags;
	long err;

	u.ptr = virt_to_machine(p) | MMU_NORMAL_PT_UPDATE;
	u.val = v;
	local_irq_save(flags);
	if (xen_lazy_mode & XEN_LAZY_MMU) {
		xen_mc_mmu_update(u.ptr, u.val);
	} else {
#ifdef CONFIG_PARAVIRT_STATS
		xen_mmu_requests++;
		xen_mmu_hypercalls++;
#endif
		err = HYPERVISOR_mmu_update(&u, 1, NULL, DOMID_SELF);
		if (err)
			panic("xen: mmu_update(ptr %#llx, val %#llx) failed: %ld",
			      u.ptr, u.val, err);
	}
	local_irq_restore(flags);
}

static void __used xen_set_entry(u32 lo, u32 hi, void *p)
{
	if (page_pinned(virt_to_pfn(p)))
		queue_update(p, ((u64)hi << 32) | lo);
	else
		native_write_entry_hi_first(p, ((u64)hi << 32) | lo);
}
PV_CALLEE_SAVE_VOID(xen_set_entry);

static void __used xen_clear_entry(u32 lo, u32 hi, void *p)
{
	if (page_pinned(virt_to_pfn(p)))
		queue_update(p, 0);
	else
		native_write_entry_lo_first(p, 0);
}
PV_CALLEE_SAVE_VOID(xen_clear_entry);

/*
 * A user entry with its address: outside a batch, for the running
 * address space, one update_va_mapping does it.
 */
void xen_set_pte_at(struct mm_struct *mm, unsigned long addr,
			   void *p, u64 v)
{
	long err;

	if (!page_pinned(virt_to_pfn(p))) {
		native_write_entry_hi_first(p, v);
		return;
	}
	if ((xen_lazy_mode & XEN_LAZY_MMU) || mm != current->mm) {
		queue_update(p, v);
		return;
	}
	err = HYPERVISOR_update_va_mapping(addr, v, UVMF_NONE);
	if (err)
		panic("xen: update_va_mapping(%#lx, %#llx) failed: %ld", addr,
		      v, err);
}

static void lazy_enter(unsigned int mode)
{
	xen_lazy_mode |= mode;
}

static void lazy_leave(unsigned int mode)
{
	unsigned long flags;

	local_irq_save(flags);
	xen_mc_flush();
	xen_lazy_mode &= ~mode;
	local_irq_restore(flags);
}

static void __used xen_lazy_mmu_enter(void)
{
	lazy_enter(XEN_LAZY_MMU);
}
PV_CALLEE_SAVE_VOID(xen_lazy_mmu_enter);

static void __used xen_lazy_mmu_leave(void)
{
	lazy_leave(XEN_LAZY_MMU);
}
PV_CALLEE_SAVE_VOID(xen_lazy_mmu_leave);

/* The context switch: its hypercalls go out as one multicall. */
static void __used xen_lazy_cpu_enter(void)
{
	lazy_enter(XEN_LAZY_CPU);
}
PV_CALLEE_SAVE_VOID(xen_lazy_cpu_enter);

static void __used xen_lazy_cpu_leave(void)
{
	lazy_leave(XEN_LAZY_CPU);
}
PV_CALLEE_SAVE_VOID(xen_lazy_cpu_leave);

/* --- TLB and base pointer ----------------------------------------- */

static void mmuext(unsigned int cmd, unsigned long arg, const char *what)
{
	struct mmuext_op op = { .cmd = cmd, .arg1.mfn = arg };
	long err;

	xen_mc_flush();
	err = HYPERVISOR_mmuext_op(&op, 1, NULL, DOMID_SELF);
	if (err)
		panic("xen: mmuext_op %s(%#lx) failed: %ld", what, arg, err);
}

static void __used xen_flush_tlb(void)
{
	mmuext(MMUEXT_TLB_FLUSH_LOCAL, 0, "TLB_FLUSH_LOCAL");
}
PV_CALLEE_SAVE_VOID(xen_flush_tlb);

static void __used xen_flush_tlb_single(unsigned long addr)
{
	mmuext(MMUEXT_INVLPG_LOCAL, addr & PAGE_MASK, "INVLPG_LOCAL");
}
PV_CALLEE_SAVE_VOID(xen_flush_tlb_single);

static unsigned long __used xen_read_cr3(void)
{
	return xen_cr3;
}
PV_CALLEE_SAVE_RET32(xen_read_cr3);

/*
 * Never batched, even in the context switch: on a new base pointer a
 * 32-bit guest's Xen defers releasing the previous PDPT and finishes it
 * by re-entering the hypercall (a continuation), which inside a
 * multicall restarts the whole multicall.  What the switch queued
 * before goes first, then this on its own (pipe_pingpong: 9,254
 * instructions a round trip this way, 10,561 with cr3 in the batch).
 */
static void __used xen_write_cr3(unsigned long pgd_pa)
{
	unsigned long mfn = pfn_to_mfn(PFN_DOWN(pgd_pa)), flags;

	xen_cr3 = pgd_pa;
	local_irq_save(flags);
	mmuext(MMUEXT_NEW_BASEPTR, mfn, "NEW_BASEPTR");
	local_irq_restore(flags);
}
PV_CALLEE_SAVE_VOID(xen_write_cr3);

/* --- read-only pages, pinning --------------------------------------- */

/*
 * Maps the page at v (in the direct map) read-only, or writable again,
 * in the page tables in use (Xen's at boot, the kernel's after).
 */
static u64 direct_map_entry(void *v, int ro)
{
	u64 val = mfn_pte(pfn_to_mfn(virt_to_pfn(v)), PAGE_KERNEL).pte;

	return ro ? val & ~(u64)_PAGE_RW : val;
}

void xen_set_page_readonly(void *v, int ro)
{
	u64 val = direct_map_entry(v, ro);
	long err;

	xen_mc_flush();
	err = HYPERVISOR_update_va_mapping((unsigned long)v, val, UVMF_INVLPG);
	if (err)
		panic("xen: update_va_mapping(%p, %#llx) failed: %ld", v, val,
		      err);
}

static int mm_pinned(struct mm_struct *mm)
{
	return page_pinned(virt_to_pfn(mm->pgd));
}

/* Calls fn on every table page of mm: PDPT, page directories, tables. */
static void for_each_table_page(struct mm_struct *mm,
				void (*fn)(void *page, int on), int on)
{
	unsigned long word;
	unsigned int w, i;
	pmd_t *pmd;

	fn(mm->pgd, on);
	for (i = 0; i < PTRS_PER_PGD; i++)
		if (mm->context.pmd[i] != swapper_pmd)
			fn(mm->context.pmd[i], on);
	for (w = 0; w < MM_TABLE_WORDS; w++) {
		for (word = mm->context.tables[w]; word; word &= word - 1) {
			i = w * MM_TABLE_WORD_BITS + __builtin_ctzl(word);
			pmd = mm->context.pmd[i / PTRS_PER_PMD] + i % PTRS_PER_PMD;
			fn(pfn_to_virt(pmd_pfn(*pmd)), on);
		}
	}
}

static void pin_page(void *page, int on)
{
	xen_set_page_readonly(page, on);
	set_pinned(virt_to_pfn(page), on);
}

/* The same, queued: pinning and unpinning are one multicall each. */
static void queue_pin_page(void *page, int on)
{
	xen_mc_update_va_mapping((unsigned long)page,
				 direct_map_entry(page, on), UVMF_INVLPG);
	set_pinned(virt_to_pfn(page), on);
}

static void xen_pgd_pin(struct mm_struct *mm)
{
	unsigned long flags;

	if (mm_pinned(mm))
		return;
	local_irq_save(flags);
	xen_mc_flush();
	for_each_table_page(mm, queue_pin_page, 1);
	xen_mc_mmuext(MMUEXT_PIN_L3_TABLE, pfn_to_mfn(virt_to_pfn(mm->pgd)));
	xen_mc_flush();
	local_irq_restore(flags);
}

static void xen_pgd_unpin(struct mm_struct *mm)
{
	unsigned long flags;

	if (!mm_pinned(mm))
		return;
	local_irq_save(flags);
	xen_mc_flush();
	xen_mc_mmuext(MMUEXT_UNPIN_TABLE, pfn_to_mfn(virt_to_pfn(mm->pgd)));
	for_each_table_page(mm, queue_pin_page, 0);
	xen_mc_flush();
	local_irq_restore(flags);
}

void xen_activate_mm(struct mm_struct *prev, struct mm_struct *next)
{
	xen_pgd_pin(next);
}

void xen_dup_mmap(struct mm_struct *old, struct mm_struct *mm)
{
	xen_pgd_pin(mm);
}

void xen_exit_mmap(struct mm_struct *mm)
{
	xen_pgd_unpin(mm);
}

/*
 * A new table page of a pinned address space is read-only before
 * anything points at it; a released one writable again.
 */
void xen_alloc_table(struct mm_struct *mm, unsigned long pfn)
{
	if (mm == &init_mm ? page_pinned(virt_to_pfn(swapper_pg_dir)) :
			     mm_pinned(mm))
		pin_page(pfn_to_virt(pfn), 1);
	else if (mm == &init_mm)
		xen_mark_pagetable(pfn);
}

void xen_release_table(struct mm_struct *mm, unsigned long pfn)
{
	if (page_pinned(pfn))
		pin_page(pfn_to_virt(pfn), 0);
}

/* --- boot: from Xen's tables to the kernel's ------------------------ */

/* The kernel's table pages made before they could be pinned. */
#define MAX_BOOT_TABLES	512
static unsigned long boot_tables[MAX_BOOT_TABLES];
static unsigned int nr_boot_tables;

void xen_mark_pagetable(unsigned long pfn)
{
	if (nr_boot_tables == MAX_BOOT_TABLES)
		panic("xen: more than %d page-table pages at boot",
		      MAX_BOOT_TABLES);
	boot_tables[nr_boot_tables++] = pfn;
}

/* Clears RW in the new tables' entry for the page at v (not pinned yet). */
static void __init readonly_in_new_tables(const void *v)
{
	pte_t *pte = lookup_kernel_pte((unsigned long)v);

	if (pte)
		native_write_entry_hi_first(pte, pte->pte & ~(u64)_PAGE_RW);
}

void __init xen_pagetable_setup_start(void *pgd)
{
	xen_mark_pagetable(virt_to_pfn(swapper_pg_dir));
	xen_mark_pagetable(virt_to_pfn(swapper_pmd));
	xen_cr3 = __pa(xen_start_info->pt_base);
}

/*
 * paging_init() built the kernel's tables with plain writes.  Every
 * page that is or will be typed by Xen is read-only in them: their own
 * pages, Xen's bootstrap tables (still pinned), the GDT.  Then the
 * kernel's pages lose their writable mapping in Xen's tables too, and
 * the whole is pinned; paging_init() loads it next.
 */
void __init xen_pagetable_setup_done(void *pgd)
{
	unsigned long pt = xen_start_info->pt_base;
	unsigned int i;

	for (i = 0; i < nr_boot_tables; i++)
		readonly_in_new_tables(pfn_to_virt(boot_tables[i]));
	for (i = 0; i < xen_start_info->nr_pt_frames; i++)
		readonly_in_new_tables((void *)(pt + i * PAGE_SIZE));
	readonly_in_new_tables(&gdt_page);
	for (i = 0; i < nr_boot_tables; i++) {
		xen_set_page_readonly(pfn_to_virt(boot_tables[i]), 1);
		set_pinned(boot_tables[i], 1);
	}
	mmuext(MMUEXT_PIN_L3_TABLE, pfn_to_mfn(virt_to_pfn(swapper_pg_dir)),
	       "PIN_L3_TABLE");
}

/* Once the kernel runs on its own tables: Xen's bootstrap ones go. */
void __init xen_mmu_init(void)
{
	mmuext(MMUEXT_UNPIN_TABLE,
	       pfn_to_mfn(virt_to_pfn((void *)xen_start_info->pt_base)),
	       "UNPIN_TABLE");
}

