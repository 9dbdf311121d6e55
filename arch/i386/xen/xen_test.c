// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/xen_test.c - the Xen backend's own cases; skipped when
 * another backend runs the kernel.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/time.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/fixmap.h>
#include <asm/irqflags.h>
#include <asm/segment.h>
#include "xen-ops.h"

extern const u8 xen_iret_start_crit[];

static int under_xen(struct ktest *t)
{
	if (paravirt_backend == &xen_backend)
		return 1;
	t->skipped = "not running under Xen";
	return 0;
}

/* Frames of RAM go to machine frames and back; others are left alone. */
static void xen_p2m_round_trip(struct ktest *t)
{
	unsigned long pfns[] = { 0, 1, xen_max_p2m_pfn / 2,
				 xen_max_p2m_pfn - 1 };
	unsigned int i;

	if (!under_xen(t))
		return;
	for (i = 0; i < ARRAY_SIZE(pfns); i++)
		KTEST_EXPECT_EQ(t, mfn_to_pfn(pfn_to_mfn(pfns[i])), pfns[i]);
	KTEST_EXPECT_EQ(t, mfn_to_pfn(0xfffff), 0xfffff);
}

/* An entry holds the machine frame, and reads back as the pfn. */
static void xen_entry_holds_machine_frame(struct ktest *t)
{
	unsigned long pfn = virt_to_pfn(&xen_vcpu_info);
	pte_t pte;

	if (!under_xen(t))
		return;
	pte = pfn_pte(pfn, PAGE_KERNEL);
	KTEST_EXPECT_EQ(t, (unsigned long)(pte.pte >> PAGE_SHIFT),
			pfn_to_mfn(pfn));
	KTEST_EXPECT_EQ(t, pte_pfn(pte), pfn);
}

/* The kernel's page directory is pinned: read-only where it is mapped. */
static void xen_tables_read_only(struct ktest *t)
{
	pte_t *pte;

	if (!under_xen(t))
		return;
	pte = lookup_kernel_pte((unsigned long)swapper_pg_dir);
	KTEST_ASSERT(t, pte != NULL);
	KTEST_EXPECT(t, pte_present(*pte));
	KTEST_EXPECT(t, !(pte_val(*pte) & _PAGE_RW));
}

/*
 * In lazy MMU mode a write to a pinned table waits in the multicall
 * buffer; leaving the mode makes it.
 */
static void xen_lazy_mmu_defers(struct ktest *t)
{
	unsigned long v = fix_to_virt(FIX_TEST_SCRATCH);
	u32 *page;
	pte_t *pte;

	if (!under_xen(t))
		return;
	page = get_zeroed_page(GFP_KERNEL);
	KTEST_ASSERT(t, page != NULL);
	pte = lookup_kernel_pte(v);
	KTEST_ASSERT(t, pte != NULL && !pte_present(*pte));
	arch_enter_lazy_mmu_mode();
	set_pte(pte, pfn_pte(virt_to_pfn(page), PAGE_KERNEL));
	KTEST_EXPECT(t, !pte_present(*pte));
	arch_leave_lazy_mmu_mode();
	KTEST_EXPECT(t, pte_present(*pte));
	KTEST_EXPECT_EQ(t, pte_pfn(*pte), virt_to_pfn(page));
	clear_fixmap(FIX_TEST_SCRATCH);
	KTEST_EXPECT(t, !pte_present(*pte));
	free_page(page);
}

/*
 * Xen delivers events through the vcpu_info the kernel registered (its
 * mask is the one the kernel sets): the timer's arrive while we wait.
 */
static void xen_events_arrive(struct ktest *t)
{
	unsigned long before;

	if (!under_xen(t))
		return;
	KTEST_ASSERT(t, !irqs_disabled());
	before = READ_ONCE(xen_upcalls);
	mdelay(30);
	KTEST_EXPECT(t, READ_ONCE(xen_upcalls) > before);
}

/*
 * Returns through xen_iret to the next line, with events enabled, while
 * one is pending: the return takes the event first.  Returns how deep
 * below the frame the upcall ran (the stack as it was is checked).
 */
static unsigned long iret_with_pending_event(struct ktest *t)
{
	unsigned long sp0, sp1;

	xen_vcpu_info.evtchn_upcall_pending = 1;
	__asm__ __volatile__("movl %%esp, %0\n\t"
			     "pushfl\n\t"
			     "orl %2, (%%esp)\n\t"
			     "pushl %%cs\n\t"
			     "pushl $1f\n\t"
			     "jmp xen_iret\n"
			     "1:\tmovl %%esp, %1\n\t"
			     : "=&r"(sp0), "=r"(sp1)
			     : "i"(X86_EFLAGS_IF)
			     : "memory", "cc");
	KTEST_EXPECT_EQ(t, sp1, sp0);
	return sp0 - xen_upcall_sp;
}

/*
 * The same event as if Xen had delivered it inside xen_iret's critical
 * region: on top of the frame being returned to.
 */
static unsigned long event_in_critical_region(struct ktest *t)
{
	unsigned long sp0, sp1;

	xen_vcpu_info.evtchn_upcall_pending = 1;
	__asm__ __volatile__("movl %%esp, %0\n\t"
			     "pushfl\n\t"		/* the frame returned to */
			     "orl %2, (%%esp)\n\t"
			     "pushl %%cs\n\t"
			     "pushl $1f\n\t"
			     "pushfl\n\t"		/* Xen's, in the region */
			     "pushl %%cs\n\t"
			     "pushl %3\n\t"
			     "jmp xen_hypervisor_callback\n"
			     "1:\tmovl %%esp, %1\n\t"
			     : "=&r"(sp0), "=r"(sp1)
			     : "i"(X86_EFLAGS_IF), "i"(xen_iret_start_crit)
			     : "memory", "cc");
	KTEST_EXPECT_EQ(t, sp1, sp0);
	return sp0 - xen_upcall_sp;
}

/* One more upcall, then back here, events enabled and none pending. */
static void xen_iret_takes_pending_event(struct ktest *t)
{
	unsigned long before, flags;

	if (!under_xen(t))
		return;
	local_irq_save(flags);
	before = xen_upcalls;
	iret_with_pending_event(t);
	KTEST_EXPECT_EQ(t, xen_upcalls, before + 1);
	KTEST_EXPECT_EQ(t, xen_vcpu_info.evtchn_upcall_pending, 0);
	KTEST_EXPECT_EQ(t, xen_vcpu_info.evtchn_upcall_mask, 0);
	local_irq_restore(flags);
}

/*
 * An event in the critical region is taken for the context being
 * returned to, at the depth of any event at that return: Xen's frame is
 * dropped, so the stack cannot grow with each event that comes there.
 */
static void xen_callback_fixes_critical_region(struct ktest *t)
{
	unsigned long before, depth, flags;

	if (!under_xen(t))
		return;
	local_irq_save(flags);
	depth = iret_with_pending_event(t);
	local_irq_disable();
	before = xen_upcalls;
	KTEST_EXPECT_EQ(t, event_in_critical_region(t), depth);
	KTEST_EXPECT_EQ(t, xen_upcalls, before + 1);
	KTEST_EXPECT_EQ(t, xen_vcpu_info.evtchn_upcall_pending, 0);
	local_irq_restore(flags);
}

static struct ktest_case xen_cases[] = {
	KTEST_CASE(xen_p2m_round_trip),
	KTEST_CASE(xen_entry_holds_machine_frame),
	KTEST_CASE(xen_tables_read_only),
	KTEST_CASE(xen_lazy_mmu_defers),
	KTEST_CASE(xen_events_arrive),
	KTEST_CASE(xen_iret_takes_pending_event),
	KTEST_CASE(xen_callback_fixes_critical_region),
	{}
};
KTEST_SUITE(xen, xen_cases);
