// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/time_test.c - tests of the PC timer hardware set-up:
 * which devices registered for the tick, the local APIC's vectors, the
 * TSC's calibration and the CMOS clock.
 *
 * What is expected follows from CPUID, not from what the drivers
 * decided, so a driver that wrongly gives up is caught.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/irq.h>
#include <linux/clocksource.h>
#include <linux/clockchips.h>
#include <asm/processor.h>
#include <asm/msr.h>
#include <asm/div64.h>
#include <asm/apic.h>
#include <asm/irq_vectors.h>
#include <asm/tsc.h>
#include <asm/i8253.h>
#include <asm/rtc.h>
#include <asm/platform.h>
#include <asm/paravirt_init.h>

#define WAIT_LIMIT_NS	(10000 * NSEC_PER_MSEC)

static bool have_lapic(void)
{
	return IS_ENABLED(CONFIG_X86_LOCAL_APIC) && cpu_has(X86_FEATURE_APIC);
}

static void spin_ns(u64 ns)
{
	u64 end = ktime_get_ns() + ns;

	while (ktime_get_ns() < end)
		cpu_relax();
}

/* With a local APIC its timer ticks and the PIT is shut down and quiet. */
static void test_tick_device_choice(struct ktest *t)
{
	struct clock_event_device *pit = clockevents_find("pit");
	struct clock_event_device *lapic = clockevents_find("lapic");
	u64 deadline = ktime_get_ns() + WAIT_LIMIT_NS;
	unsigned long pit_events, lapic_events;

	if (!pc_platform() || !paravirt_native_time())
		KTEST_SKIP(t, "the backend runs its own timers");
	KTEST_ASSERT(t, pit);
	if (!have_lapic()) {
		KTEST_EXPECT(t, !lapic);
		KTEST_EXPECT(t, clockevents_current() == pit);
		return;
	}
	KTEST_ASSERT(t, lapic);
	KTEST_EXPECT(t, clockevents_current() == lapic);
	KTEST_EXPECT(t, lapic->rating > pit->rating);
	KTEST_EXPECT_EQ(t, pit->state, CLOCK_EVT_STATE_SHUTDOWN);
	pit_events = pit->events;
	lapic_events = lapic->events;
	spin_ns(5 * TICK_NSEC);
	while (lapic->events < lapic_events + 3 && ktime_get_ns() < deadline)
		cpu_relax();
	KTEST_EXPECT_EQ(t, pit->events, pit_events);
	KTEST_EXPECT(t, lapic->events >= lapic_events + 3);
}

static void test_apic_vectors(struct ktest *t)
{
	struct irq_desc *desc = irq_to_desc(APIC_TIMER_IRQ);
	u32 spiv;

	if (!pc_platform())
		KTEST_SKIP(t, "PC timer hardware");
	if (!have_lapic()) {
		KTEST_EXPECT_EQ(t, vector_to_irq(LOCAL_TIMER_VECTOR), -1);
		return;
	}
	KTEST_EXPECT_EQ(t, vector_to_irq(LOCAL_TIMER_VECTOR), APIC_TIMER_IRQ);
	KTEST_EXPECT_EQ(t, vector_to_irq(ERROR_APIC_VECTOR), APIC_ERROR_IRQ);
	KTEST_EXPECT_EQ(t, vector_to_irq(SPURIOUS_APIC_VECTOR),
			APIC_SPURIOUS_IRQ);
	KTEST_ASSERT(t, desc && desc->chip);
	KTEST_EXPECT_STREQ(t, desc->chip->name, "APIC");
	KTEST_EXPECT(t, desc->count > 0);
	spiv = apic_read(APIC_SPIV);
	KTEST_EXPECT(t, spiv & APIC_SPIV_APIC_ENABLED);
	KTEST_EXPECT_EQ(t, spiv & APIC_VECTOR_MASK, SPURIOUS_APIC_VECTOR);
	KTEST_EXPECT_EQ(t, apic_read(APIC_LVTERR), ERROR_APIC_VECTOR);
	KTEST_EXPECT_EQ(t, apic_read(APIC_LVT0), APIC_DM_EXTINT);
	KTEST_EXPECT_EQ(t, apic_read(APIC_LVTT) & APIC_VECTOR_MASK,
			LOCAL_TIMER_VECTOR);
}

static u64 tsc_read_raw(void)
{
	return rdtsc();
}

/*
 * The TSC is the clocksource when CPUID has one, and measuring it on the
 * PIT again gives the rate it was registered with, within 0.5%: a
 * calibration thrown off by an SMI or by the host preempting QEMU would
 * not repeat.  Without a TSC, PIT channel 2 is the clocksource.
 */
static void test_tsc_matches_pit(struct ktest *t)
{
	u64 khz;

	if (!pc_platform() || !paravirt_native_time())
		KTEST_SKIP(t, "the backend runs its own timers");
	KTEST_ASSERT(t, clocksource_current());
	if (!cpu_has(X86_FEATURE_TSC)) {
		KTEST_EXPECT_EQ(t, tsc_khz, 0);
		KTEST_EXPECT_STREQ(t, clocksource_current()->name, "pit");
		return;
	}
	KTEST_EXPECT_STREQ(t, clocksource_current()->name, "tsc");
	KTEST_ASSERT(t, tsc_khz >= 1000);
	khz = div_u64(pit_calibrate(tsc_read_raw), 1000);
	KTEST_EXPECT(t, khz > tsc_khz - tsc_khz / 200);
	KTEST_EXPECT(t, khz < tsc_khz + tsc_khz / 200);
}

static void test_rtc_decode(struct ktest *t)
{
	struct rtc_date bcd24 = { 0x99, 0x12, 0x31, 0x23, 0x14, 0x59 };
	struct rtc_date bin12pm = { 38, 1, 19, 0x80 | 3, 14, 8 };
	struct rtc_date bcd12am = { 0x00, 0x02, 0x29, 0x12, 0x00, 0x00 };
	struct rtc_date bcd12pm = { 0x70, 0x01, 0x01, 0x80 | 0x12, 0x30, 0x00 };

	rtc_decode(&bcd24, 0x02);
	KTEST_EXPECT_EQ(t, mktime64(bcd24.year, bcd24.mon, bcd24.day,
				    bcd24.hour, bcd24.min, bcd24.sec),
			mktime64(1999, 12, 31, 23, 14, 59));
	rtc_decode(&bin12pm, 0x04);
	KTEST_EXPECT_EQ(t, bin12pm.year, 2038);
	KTEST_EXPECT_EQ(t, bin12pm.hour, 15);
	rtc_decode(&bcd12am, 0x00);
	KTEST_EXPECT_EQ(t, bcd12am.year, 2000);
	KTEST_EXPECT_EQ(t, bcd12am.day, 29);
	KTEST_EXPECT_EQ(t, bcd12am.hour, 0);
	rtc_decode(&bcd12pm, 0x00);
	KTEST_EXPECT_EQ(t, bcd12pm.year, 1970);
	KTEST_EXPECT_EQ(t, bcd12pm.hour, 12);
	KTEST_EXPECT_EQ(t, bcd12pm.min, 30);
}

/*
 * A fresh CMOS reading agrees with the wall clock set from the boot
 * reading.  Loosely: under -icount guest time and the host-driven RTC
 * drift apart.
 */
static void test_rtc_matches_wallclock(struct ktest *t)
{
	struct timespec64 ts;
	struct rtc_date d;
	s64 rtc, diff;

	if (!pc_platform())
		KTEST_SKIP(t, "PC timer hardware");
	KTEST_ASSERT(t, !rtc_read_date(&d));
	ktime_get_real_ts64(&ts);
	rtc = mktime64(d.year, d.mon, d.day, d.hour, d.min, d.sec);
	diff = rtc - ts.tv_sec;
	KTEST_EXPECT(t, rtc >= mktime64(2020, 1, 1, 0, 0, 0));
	KTEST_EXPECT(t, diff > -300 && diff < 300);
}

static const struct ktest_case x86_time_cases[] = {
	KTEST_CASE(test_tick_device_choice),
	KTEST_CASE(test_apic_vectors),
	KTEST_CASE(test_tsc_matches_pit),
	KTEST_CASE(test_rtc_decode),
	KTEST_CASE(test_rtc_matches_wallclock),
	{}
};
KTEST_SUITE(x86_time, x86_time_cases);
