// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/pgtable_test.c - tests of the kernel page tables.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/mm_types.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/sched_stack.h>
#include <asm/pgtable.h>
#include <asm/fixmap.h>
#include <asm/setup.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/paravirt_init.h>

extern char _text[], _etext[], init_stack_guard[];

static void pgtable_direct_map(struct ktest *t)
{
	unsigned long pfns[] = { 0, 1, 256, max_low_pfn / 2, max_low_pfn - 1 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(pfns); i++) {
		pte_t *pte = lookup_kernel_pte((unsigned long)pfn_to_virt(pfns[i]));

		KTEST_ASSERT(t, pte != NULL);
		KTEST_EXPECT(t, pte_present(*pte));
		KTEST_EXPECT_EQ(t, pte_pfn(*pte), pfns[i]);
		KTEST_EXPECT(t, pte_val(*pte) & _PAGE_RW);
		KTEST_EXPECT(t, !(pte_val(*pte) & _PAGE_USER));
	}
}

static void pgtable_nothing_above_lowmem(struct ktest *t)
{
	unsigned long end = (unsigned long)pfn_to_virt(max_low_pfn);

	KTEST_EXPECT(t, !kernel_addr_mapped(end));
	KTEST_EXPECT(t, !kernel_addr_mapped(0));	/* no identity map */
	KTEST_EXPECT(t, kernel_addr_mapped((unsigned long)_text));
	KTEST_EXPECT(t, kernel_addr_mapped(end - PAGE_SIZE));
}

static void pgtable_boot_stack_guard(struct ktest *t)
{
	unsigned long g = (unsigned long)init_stack_guard;

	KTEST_EXPECT(t, !kernel_addr_mapped(g));
	KTEST_EXPECT(t, kernel_addr_mapped(g + PAGE_SIZE));
	KTEST_EXPECT(t, kernel_addr_mapped(g - 1));
}

/*
 * The tables a hypervisor maps read-only each cover exactly one page,
 * so no other object can share it.
 */
static void pgtable_tables_own_their_pages(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, (unsigned long)swapper_pg_dir % PAGE_SIZE, 0);
	KTEST_EXPECT_EQ(t, sizeof(swapper_pg_dir), PAGE_SIZE);
	KTEST_EXPECT_EQ(t, (unsigned long)&gdt_page % PAGE_SIZE, 0);
	KTEST_EXPECT_EQ(t, sizeof(gdt_page), PAGE_SIZE);
	KTEST_EXPECT_EQ(t, (unsigned long)gdt_table, (unsigned long)&gdt_page);
}

/*
 * The kernel's part of the top of the address space, from above: what a
 * backend (or reservetop=) reserved, unmapped; the fixmap below it; the
 * stack area below that; lowmem below that.  The top no longer moves.
 */
static void pgtable_top_layout(struct ktest *t)
{
	unsigned long reserved = reserved_top_size();
	unsigned long top = -reserved;

	KTEST_EXPECT_EQ(t, FIXADDR_TOP + PAGE_SIZE, top);
	KTEST_EXPECT(t, FIXADDR_START < FIXADDR_TOP);
	KTEST_EXPECT(t, STACK_AREA_START + STACK_AREA_SIZE <= FIXADDR_START);
	KTEST_EXPECT(t, PAGE_OFFSET + MAXMEM < STACK_AREA_START);
	KTEST_EXPECT(t, (unsigned long)pfn_to_virt(max_low_pfn) <=
			PAGE_OFFSET + MAXMEM);
	/* Natively nothing is there; a hypervisor maps its own things. */
	if (reserved && !paravirt_enabled()) {
		KTEST_EXPECT(t, !kernel_addr_mapped(top));
		KTEST_EXPECT(t, !kernel_addr_mapped(-PAGE_SIZE));
	}
	KTEST_EXPECT_EQ(t, reserve_top_address(0), -EBUSY);
	KTEST_EXPECT_EQ(t, reserved_top_size(), reserved);
}

/*
 * The kernel's page directory in a new address space: swapper_pmd itself
 * when shared (natively), else a copy that follows later kernel page
 * tables: one is made here, in the unused part of the kernel's top area
 * above the stacks.
 */
static void pgtable_kernel_pmd_per_mm(struct ktest *t)
{
	unsigned long v = STACK_AREA_START + STACK_AREA_SIZE + PMD_SIZE;
	struct mm_struct *mm = mm_alloc();
	pmd_t *kpmd;
	void *page;

	KTEST_ASSERT(t, mm != NULL);
	kpmd = mm->context.pmd[USER_PTRS_PER_PGD];
	KTEST_EXPECT_EQ(t, pud_pfn(mm->pgd[USER_PTRS_PER_PGD]),
			virt_to_pfn(kpmd));
	if (shared_kernel_pmd()) {
		KTEST_EXPECT(t, kpmd == swapper_pmd);
		mmput(mm);
		return;
	}
	KTEST_EXPECT(t, kpmd != swapper_pmd);
	KTEST_EXPECT(t, !memcmp(kpmd, swapper_pmd, PAGE_SIZE));
	page = get_zeroed_page(GFP_KERNEL);
	KTEST_ASSERT(t, page != NULL);
	KTEST_EXPECT_EQ(t, map_kernel_page(v, virt_to_pfn(page), PAGE_KERNEL), 0);
	KTEST_EXPECT(t, pmd_present(swapper_pmd[pmd_index(v)]));
	KTEST_EXPECT_EQ(t, kpmd[pmd_index(v)].pmd, swapper_pmd[pmd_index(v)].pmd);
	KTEST_EXPECT(t, !memcmp(kpmd, swapper_pmd, PAGE_SIZE));
	unmap_kernel_page(v);
	free_page(page);
	mmput(mm);
}

/* Map a page at a fixmap slot, see its data there, unmap it again. */
static void pgtable_fixmap_alias(struct ktest *t)
{
	unsigned long v = fix_to_virt(FIX_TEST_SCRATCH);
	u32 *page = get_zeroed_page(GFP_KERNEL);
	volatile u32 *alias = (u32 *)v;

	KTEST_ASSERT(t, page != NULL);
	KTEST_EXPECT(t, !kernel_addr_mapped(v));
	page[7] = 0xfeedface;
	set_fixmap(FIX_TEST_SCRATCH, __pa(page));
	KTEST_EXPECT(t, kernel_addr_mapped(v));
	KTEST_EXPECT_EQ(t, alias[7], 0xfeedface);
	alias[9] = 0x12345678;
	KTEST_EXPECT_EQ(t, page[9], 0x12345678);
	clear_fixmap(FIX_TEST_SCRATCH);
	KTEST_EXPECT(t, !kernel_addr_mapped(v));
	free_page(page);
}

/*
 * The same through the page's machine address, taken raw from its
 * direct-map entry (equal to the physical address natively): an entry
 * made with mfn_pte() maps it as it is.
 */
static void pgtable_fixmap_machine_address(struct ktest *t)
{
	unsigned long v = fix_to_virt(FIX_TEST_SCRATCH);
	u32 *page = get_zeroed_page(GFP_KERNEL);
	volatile u32 *alias = (u32 *)v;
	pte_t *direct, *slot;
	u64 maddr;

	KTEST_ASSERT(t, page != NULL);
	direct = lookup_kernel_pte((unsigned long)page);
	KTEST_ASSERT(t, direct != NULL);
	maddr = direct->pte & PTE_PFN_MASK;
	page[3] = 0xc0ffee;
	set_fixmap_ma(FIX_TEST_SCRATCH, maddr);
	slot = lookup_kernel_pte(v);
	KTEST_ASSERT(t, slot != NULL);
	KTEST_EXPECT_EQ(t, slot->pte & PTE_PFN_MASK, maddr);
	KTEST_EXPECT_EQ(t, mfn_pte(maddr >> PAGE_SHIFT, PAGE_KERNEL).pte,
			maddr | __PAGE_KERNEL);
	KTEST_EXPECT_EQ(t, alias[3], 0xc0ffee);
	clear_fixmap(FIX_TEST_SCRATCH);
	free_page(page);
}

static void pgtable_remap_flushes_tlb(struct ktest *t)
{
	unsigned long v = fix_to_virt(FIX_TEST_SCRATCH);
	u32 *a = get_zeroed_page(GFP_KERNEL), *b = get_zeroed_page(GFP_KERNEL);
	volatile u32 *alias = (u32 *)v;

	KTEST_ASSERT(t, a && b);
	a[0] = 1;
	b[0] = 2;
	set_fixmap(FIX_TEST_SCRATCH, __pa(a));
	KTEST_EXPECT_EQ(t, alias[0], 1);
	set_fixmap(FIX_TEST_SCRATCH, __pa(b));
	KTEST_EXPECT_EQ(t, alias[0], 2);
	clear_fixmap(FIX_TEST_SCRATCH);
	free_page(a);
	free_page(b);
}

static void pgtable_pae_entries(struct ktest *t)
{
	pte_t pte = pfn_pte(0x12345, PAGE_KERNEL);
	pte_t slot = __pte(~0ULL);

	KTEST_EXPECT_EQ(t, pte_pfn(pte), 0x12345);
	KTEST_EXPECT_EQ(t, pte_val(pte) & 0xfff, __PAGE_KERNEL);
	set_pte(&slot, pte);
	KTEST_EXPECT_EQ(t, pte_val(slot), pte_val(pte));
	pte_clear(&slot);
	KTEST_EXPECT_EQ(t, pte_val(slot), 0);
	/* A pfn above 4 GiB keeps its high bits in a PAE entry. */
	pte = pfn_pte(0x123456, PAGE_KERNEL);
	KTEST_EXPECT_EQ(t, pte_val(pte) >> 32, 0x1);
	KTEST_EXPECT(t, read_cr4() & X86_CR4_PAE);
}

static void kernel_stack_has_guard(struct ktest *t)
{
	unsigned long before = nr_free_pages();
	char *s = alloc_kernel_stack(), *s2;

	KTEST_ASSERT(t, s != NULL);
	KTEST_EXPECT(t, !kernel_addr_mapped((unsigned long)s - 1));
	KTEST_EXPECT(t, kernel_addr_mapped((unsigned long)s));
	KTEST_EXPECT(t, kernel_addr_mapped((unsigned long)s + THREAD_SIZE - 1));
	memset(s, 0x11, THREAD_SIZE);
	s2 = alloc_kernel_stack();
	KTEST_ASSERT(t, s2 != NULL);
	KTEST_EXPECT(t, s2 >= s + THREAD_SIZE + PAGE_SIZE ||
		     s2 + THREAD_SIZE + PAGE_SIZE <= s);
	free_kernel_stack(s2);
	free_kernel_stack(s);
	KTEST_EXPECT(t, !kernel_addr_mapped((unsigned long)s));
	/* Page-table pages may stay; the stack pages themselves come back. */
	KTEST_EXPECT(t, nr_free_pages() + 1 >= before);
}

static const struct ktest_case pgtable_cases[] = {
	KTEST_CASE(pgtable_direct_map),
	KTEST_CASE(pgtable_nothing_above_lowmem),
	KTEST_CASE(pgtable_boot_stack_guard),
	KTEST_CASE(pgtable_tables_own_their_pages),
	KTEST_CASE(pgtable_top_layout),
	KTEST_CASE(pgtable_kernel_pmd_per_mm),
	KTEST_CASE(pgtable_fixmap_alias),
	KTEST_CASE(pgtable_fixmap_machine_address),
	KTEST_CASE(pgtable_remap_flushes_tlb),
	KTEST_CASE(pgtable_pae_entries),
	KTEST_CASE(kernel_stack_has_guard),
	{}
};
KTEST_SUITE(pgtable, pgtable_cases);
