// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/vmi/vmi_time.c - time through the VMI ROM.
 *
 * The clocksource is the ROM's real-time cycle counter at the frequency
 * the ROM reports; the tick is the ROM's alarm, wired to the local APIC
 * timer's vector (VMI_ALARM_WIRED_LVTT), one-shot or periodic, counted
 * in the same cycles; the wall clock is the ROM's.  Without a local APIC
 * or a frequency the native timers are used.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/interrupt.h>
#include <linux/clocksource.h>
#include <linux/clockchips.h>
#include <asm/apic.h>
#include <asm/irq_vectors.h>
#include <asm/div64.h>
#include <asm/i8253.h>
#include "vmi.h"

static u64 (*cycle_frequency)(void);
static u64 (*cycle_counter)(u32 which);
static void (*set_alarm)(u32 flags, u64 expiry, u64 period);
static u32 (*cancel_alarm)(u32 flags);
static u64 (*wallclock_time)(void);
static u64 cycle_hz;

#define ALARM_FLAGS	(VMI_ALARM_WIRED_LVTT | VMI_CYCLES_REAL)

static u64 vmi_cs_read(struct clocksource *cs)
{
	return cycle_counter(VMI_CYCLES_REAL);
}

static struct clocksource vmi_clocksource = {
	.name = "vmi-cycles",
	.read = vmi_cs_read,
	.mask = CLOCKSOURCE_MASK(64),
	.rating = 400,
};

/* The LVT timer entry holds the vector the ROM's alarm fires on. */
static void alarm_vector(void)
{
	apic_write(APIC_LVTT, APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
}

static int vmi_alarm_shutdown(struct clock_event_device *dev)
{
	cancel_alarm(ALARM_FLAGS);
	return 0;
}

static int vmi_alarm_periodic(struct clock_event_device *dev)
{
	u64 period = clockevents_period_ticks(dev);

	alarm_vector();
	set_alarm(ALARM_FLAGS | VMI_ALARM_IS_PERIODIC,
		  cycle_counter(VMI_CYCLES_REAL) + period, period);
	return 0;
}

static int vmi_alarm_oneshot(struct clock_event_device *dev)
{
	cancel_alarm(ALARM_FLAGS);
	alarm_vector();
	return 0;
}

static int vmi_alarm_next(unsigned long cycles, struct clock_event_device *dev)
{
	set_alarm(ALARM_FLAGS | VMI_ALARM_IS_ONESHOT,
		  cycle_counter(VMI_CYCLES_REAL) + cycles, 0);
	return 0;
}

static struct clock_event_device vmi_alarm = {
	.name			= "vmi-alarm",
	.features		= CLOCK_EVT_FEAT_PERIODIC | CLOCK_EVT_FEAT_ONESHOT,
	.rating			= 400,
	.irq			= APIC_TIMER_IRQ,
	.set_state_periodic	= vmi_alarm_periodic,
	.set_state_oneshot	= vmi_alarm_oneshot,
	.set_state_shutdown	= vmi_alarm_shutdown,
	.set_next_event		= vmi_alarm_next,
};

static irqreturn_t vmi_alarm_interrupt(int irq, void *dev_id)
{
	clockevents_handle_event(dev_id);
	return IRQ_HANDLED;
}

static void __init vmi_time_init(void)
{
	cycle_hz = cycle_frequency();
	if (!cycle_hz || cycle_hz > 0xffffffffULL) {
		pr_warn("vmi: the ROM reports %llu cycles per second; native timers\n",
			cycle_hz);
		native_time_init();
		return;
	}
	pr_info("vmi: cycle counter at %u kHz\n", (u32)cycle_hz / 1000);
	clocksource_register_hz(&vmi_clocksource, cycle_hz);
	if (!apic_enabled()) {
		pr_warn("vmi: no local APIC for the ROM's alarm; the PIT ticks\n");
		pit_clockevent_init();
		return;
	}
	if (request_irq(APIC_TIMER_IRQ, vmi_alarm_interrupt, 0, "vmi-alarm",
			&vmi_alarm)) {
		pr_warn("vmi: no handler for the alarm; the PIT ticks\n");
		pit_clockevent_init();
		return;
	}
	clockevents_config_and_register(&vmi_alarm, cycle_hz, 100, 0x7fffffff);
}

static int vmi_get_wallclock(struct timespec64 *ts)
{
	u64 ns = wallclock_time();

	if (!ns)
		return -ENODEV;
	ts->tv_nsec = do_div(ns, NSEC_PER_SEC);
	ts->tv_sec = ns;
	return 0;
}

static unsigned long vmi_cpu_khz(void)
{
	u64 hz = cycle_hz ? cycle_hz : cycle_frequency();

	do_div(hz, 1000);
	return hz;
}

void __init vmi_time_setup(struct pv_time_ops *t)
{
	u8 type;

	cycle_frequency = vmi_reloc(VMI_CALL_GetCycleFrequency, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		return;
	cycle_counter = vmi_reloc(VMI_CALL_GetCycleCounter, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		return;
	set_alarm = vmi_reloc(VMI_CALL_SetAlarm, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		return;
	cancel_alarm = vmi_reloc(VMI_CALL_CancelAlarm, &type);
	if (type != VMI_RELOCATION_CALL_REL)
		return;
	t->time_init = vmi_time_init;
	t->get_cpu_khz = vmi_cpu_khz;
	wallclock_time = vmi_reloc(VMI_CALL_GetWallclockTime, &type);
	if (type == VMI_RELOCATION_CALL_REL)
		t->get_wallclock = vmi_get_wallclock;
}
