// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/clockevents.c - registered clock event devices.
 *
 * Devices register with their frequency and the range of ticks they can
 * be programmed with.  The core converts nanoseconds to device ticks,
 * switches devices between modes, picks the best-rated device for the
 * tick, and filters the events devices report: a handler only runs for
 * an event that is due.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/clocksource.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/irqflags.h>
#include <asm/div64.h>
#include "tick-internal.h"

static LIST_HEAD(clockevent_devices);
static struct clock_event_device *curr_device;

static void clockevents_handle_noop(struct clock_event_device *dev)
{
}

/* Device ticks to nanoseconds: ticks < 2^32 and 1e9 < 2^30, no overflow. */
static u64 ticks_to_ns(unsigned long ticks, u32 freq, bool round_up)
{
	u64 ns = (u64)ticks * NSEC_PER_SEC;

	if (round_up)
		ns += freq - 1;
	return div_u64(ns, freq);
}

static unsigned long clamp_ticks(struct clock_event_device *dev, u64 ticks)
{
	if (ticks < dev->min_delta_ticks)
		return dev->min_delta_ticks;
	if (ticks > dev->max_delta_ticks)
		return dev->max_delta_ticks;
	return ticks;
}

/*
 * Nanoseconds to device ticks within the device's range.  One tick is
 * added so that the truncation never makes an event early.
 */
static unsigned long ns_to_ticks(struct clock_event_device *dev, u64 ns)
{
	return clamp_ticks(dev, mul_u64_u32_shr(ns, dev->mult, dev->shift) + 1);
}

unsigned long clockevents_period_ticks(struct clock_event_device *dev)
{
	/* Twice the period, truncated, then halved rounding up. */
	u64 twice = mul_u64_u32_shr(dev->period_ns * 2, dev->mult, dev->shift);

	return clamp_ticks(dev, (twice + 1) >> 1);
}

static int set_state(struct clock_event_device *dev,
		     enum clock_event_state state)
{
	switch (state) {
	case CLOCK_EVT_STATE_DETACHED:
	case CLOCK_EVT_STATE_SHUTDOWN:
		if (!dev->set_state_shutdown)
			return 0;
		return dev->set_state_shutdown(dev);
	case CLOCK_EVT_STATE_PERIODIC:
		if (!(dev->features & CLOCK_EVT_FEAT_PERIODIC) ||
		    !dev->period_ns || !dev->set_state_periodic)
			return -EINVAL;
		return dev->set_state_periodic(dev);
	case CLOCK_EVT_STATE_ONESHOT:
		if (!(dev->features & CLOCK_EVT_FEAT_ONESHOT) ||
		    !dev->set_next_event)
			return -EINVAL;
		if (!dev->set_state_oneshot)
			return 0;
		return dev->set_state_oneshot(dev);
	}
	return -EINVAL;
}

int clockevents_switch_state(struct clock_event_device *dev,
			     enum clock_event_state state)
{
	unsigned long flags;
	int ret = 0;

	local_irq_save(flags);
	if (dev->state != state) {
		ret = set_state(dev, state);
		if (!ret) {
			dev->state = state;
			dev->next_event_ns = KTIME_MAX;
		}
	}
	local_irq_restore(flags);
	return ret;
}

int clockevents_program_event(struct clock_event_device *dev, u64 expires)
{
	unsigned long flags;
	unsigned long ticks;
	u64 now;
	int ret;

	local_irq_save(flags);
	if (dev->state != CLOCK_EVT_STATE_ONESHOT) {
		ret = -EINVAL;
	} else if (expires == KTIME_MAX) {
		dev->next_event_ns = KTIME_MAX;
		ret = 0;
	} else {
		now = ktime_get_ns();
		if (expires <= now) {
			ret = -ETIME;
		} else {
			dev->next_event_ns = expires;
			ticks = ns_to_ticks(dev, expires - now);
			ret = dev->set_next_event(ticks, dev);
		}
	}
	local_irq_restore(flags);
	return ret;
}

/*
 * Whether a one-shot event must be dropped: nothing was armed (a stale
 * interrupt), or it came before its expiry as the clocksource sees it
 * (a clamped delta, or device and clocksource calibrated apart) and has
 * been re-armed for the rest.
 */
static bool oneshot_not_due(struct clock_event_device *dev)
{
	if (dev->next_event_ns == KTIME_MAX)
		return true;
	return clockevents_program_event(dev, dev->next_event_ns) == 0;
}

void clockevents_handle_event(struct clock_event_device *dev)
{
	dev->events++;
	switch (dev->state) {
	case CLOCK_EVT_STATE_PERIODIC:
		break;
	case CLOCK_EVT_STATE_ONESHOT:
		if (oneshot_not_due(dev))
			return;
		dev->next_event_ns = KTIME_MAX;
		break;
	default:
		return;		/* shut down: a last event in flight */
	}
	dev->event_handler(dev);
}

struct clock_event_device *clockevents_current(void)
{
	return curr_device;
}

struct clock_event_device *clockevents_find(const char *name)
{
	struct clock_event_device *dev;

	list_for_each_entry(dev, &clockevent_devices, list)
		if (!strcmp(dev->name, name))
			return dev;
	return NULL;
}

/* A device that can tick, rated above the current one. */
static bool is_better(struct clock_event_device *dev)
{
	if (!(dev->features & (CLOCK_EVT_FEAT_PERIODIC |
			       CLOCK_EVT_FEAT_ONESHOT)))
		return false;
	return !curr_device || dev->rating > curr_device->rating;
}

/* Moves the tick from the current device (if any) to dev. */
static void clockevents_exchange(struct clock_event_device *dev)
{
	struct clock_event_device *old = curr_device;

	if (old) {
		clockevents_switch_state(old, CLOCK_EVT_STATE_SHUTDOWN);
		old->event_handler = clockevents_handle_noop;
	}
	curr_device = dev;
	tick_setup_device(dev);
	pr_info("clockevents: tick on %s (%s, %u Hz)%s%s\n", dev->name,
		dev->state == CLOCK_EVT_STATE_ONESHOT ? "one-shot" : "periodic",
		TICK_HZ, old ? ", shut down " : "", old ? old->name : "");
}

/* Adds dev to the list; the tick moves to it if it is the best. */
static void clockevents_register_device(struct clock_event_device *dev)
{
	unsigned long flags;

	if (!dev->event_handler)
		dev->event_handler = clockevents_handle_noop;
	dev->state = CLOCK_EVT_STATE_DETACHED;
	dev->next_event_ns = KTIME_MAX;

	local_irq_save(flags);
	list_add_tail(&dev->list, &clockevent_devices);
	if (is_better(dev))
		clockevents_exchange(dev);
	local_irq_restore(flags);
}

void clockevents_config_and_register(struct clock_event_device *dev, u32 freq,
				     unsigned long min_ticks,
				     unsigned long max_ticks)
{
	u32 sec = max_ticks / freq;

	/* mult/shift precise for the longest delta the device takes. */
	clocks_calc_mult_shift(&dev->mult, &dev->shift, NSEC_PER_SEC, freq,
			       clamp(sec, 1u, 600u));
	dev->min_delta_ticks = min_ticks;
	dev->max_delta_ticks = max_ticks;
	dev->min_delta_ns = ticks_to_ns(min_ticks, freq, true);
	dev->max_delta_ns = ticks_to_ns(max_ticks, freq, false);
	pr_info("clockevents: %s: %u.%03u MHz, %llu ns - %llu us, rating %d\n",
		dev->name, freq / 1000000, (freq / 1000) % 1000,
		dev->min_delta_ns, div_u64(dev->max_delta_ns, NSEC_PER_USEC),
		dev->rating);
	clockevents_register_device(dev);
}
