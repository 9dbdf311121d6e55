// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/tick.c - the periodic tick.
 *
 * TICK_HZ times a second the tick device interrupts and the tick folds
 * the clocksource's cycles into timekeeping.  The device runs in its
 * periodic mode if it has one; otherwise each event arms the next one a
 * period later.  The clockevents core chooses the device and moves the
 * tick when a better one registers.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include "timekeeping.h"
#include "tick-internal.h"

static unsigned long tick_events;
static u64 tick_next_ns;	/* one-shot mode: when the next tick is due */

unsigned long tick_count(void)
{
	return READ_ONCE(tick_events);
}

/* Arms the tick one period after the last; skips ticks already missed. */
static void tick_program_next(struct clock_event_device *dev)
{
	do {
		tick_next_ns += TICK_NSEC;
	} while (clockevents_program_event(dev, tick_next_ns) == -ETIME);
}

void tick_handle_periodic(struct clock_event_device *dev)
{
	tick_events++;
	timekeeping_update();
	scheduler_tick();
	if (dev->state == CLOCK_EVT_STATE_ONESHOT)
		tick_program_next(dev);
}

void tick_setup_device(struct clock_event_device *dev)
{
	dev->event_handler = tick_handle_periodic;
	dev->period_ns = TICK_NSEC;
	if (!clockevents_switch_state(dev, CLOCK_EVT_STATE_PERIODIC))
		return;
	if (!clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT)) {
		tick_next_ns = ktime_get_ns();
		tick_program_next(dev);
		return;
	}
	pr_err("tick: %s is neither periodic nor one-shot\n", dev->name);
}

void tick_suspend(void)
{
	struct clock_event_device *dev = clockevents_current();

	if (dev)
		clockevents_switch_state(dev, CLOCK_EVT_STATE_SHUTDOWN);
}

void tick_resume(void)
{
	struct clock_event_device *dev = clockevents_current();

	if (dev)
		tick_setup_device(dev);
}
