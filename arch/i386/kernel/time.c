// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/time.c - timer hardware at boot.
 *
 * The PIT is always there: it starts the tick and is the yardstick the
 * other timers are calibrated against.
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

/* The backend sets up its timers; natively native_time_init() below. */
void __init time_init(void)
{
	if (IS_ENABLED(CONFIG_PARAVIRT))
		pv_ops.time.time_init();
	else
		native_time_init();
}

void __init native_time_init(void)
{
	pit_clockevent_init();		/* PIT channel 0: the first tick */
	tsc_init();			/* the TSC: clocksource */
	apic_timer_init();		/* the APIC timer takes the tick */
	if (!clocksource_current())	/* no TSC: PIT channel 2 counts time */
		pit_clocksource_init();
	rtc_init();			/* wall clock from the CMOS clock */
}
