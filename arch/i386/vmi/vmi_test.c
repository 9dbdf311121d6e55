// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/vmi/vmi_test.c - the VMI backend's own cases; skipped when
 * another backend runs the kernel.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/mman.h>
#include <linux/time.h>
#include <linux/clockchips.h>
#include <asm/paravirt.h>
#include <asm/pgtable.h>
#include <asm/irqflags.h>
#include <asm/pgalloc.h>
#include "vmi.h"

#define WAIT_LIMIT_NS	(10000 * NSEC_PER_MSEC)

static int under_vmi(struct ktest *t)
{
	return paravirt_backend == &vmi_backend && vmi_state();
}

static int in_rom(const void *p)
{
	return (unsigned long)p >= (unsigned long)vmi_rom &&
	       (unsigned long)p < (unsigned long)vmi_rom + vmi_rom_size;
}

/* The ROM keeps nothing inside itself: its bytes are as at boot. */
static void vmi_rom_unchanged(struct ktest *t)
{
	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	KTEST_EXPECT_EQ(t, vmi_rom_fingerprint(), vmi_rom_fingerprint_at_boot);
}

/* Each slot follows the ROM's relocation for its call. */
static void vmi_slots_follow_relocations(struct ktest *t)
{
	static const struct {
		unsigned int slot, call;
	} map[] = {
		{ PARAVIRT_PATCH(irq.irq_disable), VMI_CALL_DisableInterrupts },
		{ PARAVIRT_PATCH(irq.irq_enable), VMI_CALL_EnableInterrupts },
		{ PARAVIRT_PATCH(irq.save_fl), VMI_CALL_GetInterruptMask },
		{ PARAVIRT_PATCH(cpu.read_cr2), VMI_CALL_GetCR2 },
		{ PARAVIRT_PATCH(cpu.iret), VMI_CALL_IRET },
		{ PARAVIRT_PATCH(mmu.flush_tlb_single), VMI_CALL_InvalPage },
	};
	void *const *native = (void *const *)native_backend.ops;
	void **slots = (void **)&pv_ops;
	unsigned int i;
	void *eip;
	u8 type;

	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	for (i = 0; i < ARRAY_SIZE(map); i++) {
		eip = vmi_reloc(map[i].call, &type);
		if (type == VMI_RELOCATION_NONE) {
			KTEST_EXPECT(t, slots[map[i].slot] == native[map[i].slot]);
		} else {
			KTEST_EXPECT(t, slots[map[i].slot] == eip);
			KTEST_EXPECT(t, in_rom(eip));
		}
	}
}

/* Interrupts off and on through whatever the sites became. */
static void vmi_irq_ops_work(struct ktest *t)
{
	unsigned long flags;

	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	local_irq_save(flags);
	KTEST_EXPECT(t, !(native_save_fl() & X86_EFLAGS_IF));
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, native_save_fl() & X86_EFLAGS_IF,
			flags & X86_EFLAGS_IF);
}

/*
 * An address space's page-table pages are announced to the ROM when
 * allocated and released when freed: its counts go up and come back.
 */
static void vmi_tables_announced(struct ktest *t)
{
	volatile struct vmi_rom_state *st;
	u32 pdp, pd;
	struct mm_struct *mm;
	u8 type;

	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	vmi_reloc(VMI_CALL_AllocatePage, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		KTEST_SKIP(t, "this ROM takes no page announcements");
	st = vmi_state();
	pdp = st->tables[2];
	pd = st->tables[1];
	mm = mm_alloc();
	KTEST_ASSERT(t, mm);
	KTEST_EXPECT_EQ(t, st->tables[2], pdp + 1);
	KTEST_EXPECT(t, st->tables[1] > pd);
	mmput(mm);
	KTEST_EXPECT_EQ(t, st->tables[2], pdp);
	KTEST_EXPECT_EQ(t, st->tables[1], pd);
}

/* Lazy MMU mode reaches the ROM, and leaving it too. */
static void vmi_lazy_mode_recorded(struct ktest *t)
{
	volatile struct vmi_rom_state *st;
	u32 inside;
	u8 type;

	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	vmi_reloc(VMI_CALL_SetLazyMode, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		KTEST_SKIP(t, "this ROM has no lazy mode");
	st = vmi_state();
	arch_enter_lazy_mmu_mode();
	inside = st->lazy_mode;
	arch_leave_lazy_mmu_mode();
	KTEST_EXPECT_EQ(t, inside, VMI_LAZY_MMU);
	KTEST_EXPECT_EQ(t, st->lazy_mode, VMI_LAZY_NONE);
}

/* The tick runs on the ROM's alarm, and it fires. */
static void vmi_alarm_ticks(struct ktest *t)
{
	struct clock_event_device *dev = clockevents_find("vmi-alarm");
	u64 deadline = ktime_get_ns() + WAIT_LIMIT_NS;
	unsigned long events;
	u8 type;

	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	vmi_reloc(VMI_CALL_SetAlarm, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		KTEST_SKIP(t, "this ROM leaves the timers native");
	KTEST_ASSERT(t, dev);
	KTEST_EXPECT(t, clockevents_current() == dev);
	KTEST_EXPECT(t, vmi_state()->cycle_hz > 1000000);
	events = dev->events;
	while (dev->events < events + 3 && ktime_get_ns() < deadline)
		cpu_relax();
	KTEST_EXPECT(t, dev->events >= events + 3);
}

/* The ROM's wall clock is the kernel's, give or take the boot. */
static void vmi_wallclock_agrees(struct ktest *t)
{
	struct timespec64 rom, now;
	u8 type;

	if (!under_vmi(t))
		KTEST_SKIP(t, "not running on a VMI ROM");
	vmi_reloc(VMI_CALL_GetWallclockTime, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		KTEST_SKIP(t, "this ROM leaves the wall clock native");
	KTEST_ASSERT(t, pv_ops.time.get_wallclock);
	KTEST_ASSERT(t, !pv_ops.time.get_wallclock(&rom));
	ktime_get_real_ts64(&now);
	KTEST_EXPECT(t, rom.tv_sec > 1577836800);	/* after 2020 */
	KTEST_EXPECT(t, rom.tv_sec - now.tv_sec < 5 &&
			now.tv_sec - rom.tv_sec < 5);
}

static struct ktest_case vmi_cases[] = {
	KTEST_CASE(vmi_rom_unchanged),
	KTEST_CASE(vmi_slots_follow_relocations),
	KTEST_CASE(vmi_irq_ops_work),
	KTEST_CASE(vmi_tables_announced),
	KTEST_CASE(vmi_lazy_mode_recorded),
	KTEST_CASE(vmi_alarm_ticks),
	KTEST_CASE(vmi_wallclock_agrees),
	{ }
};

KTEST_SUITE(vmi, vmi_cases);
