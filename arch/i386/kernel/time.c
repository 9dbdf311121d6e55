// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/time.c - timer hardware at boot.
 *
 * The backend sets up the timers.  Natively the PIT is always there: it
 * starts the tick and is the yardstick the other timers are calibrated
 * against; the wall clock comes from the CMOS clock.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/clockchips.h>
#include <linux/clocksource.h>
#include <asm/i8253.h>
#include <asm/tsc.h>
#include <asm/apic.h>
#include <asm/rtc.h>
#include <asm/paravirt_types.h>

#ifdef CONFIG_PARAVIRT
#define backend_time_init()		pv_ops.time.time_init()
#define backend_get_wallclock(ts)	pv_ops.time.get_wallclock(ts)
#define backend_sched_clock()		pv_ops.time.sched_clock()
#else
#define backend_time_init()		native_time_init()
#define backend_get_wallclock(ts)	rtc_get_wallclock(ts)
#define backend_sched_clock()		native_sched_clock()
#endif /* CONFIG_PARAVIRT */

/* The backend's timers, then the wall clock from the backend's. */
void __init time_init(void)
{
	struct timespec64 ts;

	backend_time_init();
	if (backend_get_wallclock(&ts))
		pr_warn("time: no valid wall clock, starting at 1970\n");
	else
		timekeeping_set_wallclock(ts.tv_sec);
}

void __init native_time_init(void)
{
	pit_clockevent_init();		/* PIT channel 0: the first tick */
	tsc_init();			/* the TSC: clocksource */
	apic_timer_init();		/* the APIC timer takes the tick */
	if (!clocksource_current())	/* no TSC: PIT channel 2 counts time */
		pit_clocksource_init();
}

u64 sched_clock(void)
{
	return backend_sched_clock();
}

u64 native_sched_clock(void)
{
	return ktime_get_ns();
}
