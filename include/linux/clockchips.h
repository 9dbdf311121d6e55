/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CLOCKCHIPS_H
#define _LINUX_CLOCKCHIPS_H

#include <linux/types.h>
#include <linux/list.h>

/*
 * A device that raises timer interrupts: the PIT and the local APIC timer
 * natively, Xen's VIRQ_TIMER or VMI's alarm under a hypervisor.  The core
 * picks the best registered device and drives it periodically or in
 * one-shot mode; the device's interrupt handler calls
 * clockevents_handle_event(), which calls event_handler for events that
 * are due.
 */
enum clock_event_state {
	CLOCK_EVT_STATE_DETACHED,	/* registered, never set up */
	CLOCK_EVT_STATE_SHUTDOWN,
	CLOCK_EVT_STATE_PERIODIC,
	CLOCK_EVT_STATE_ONESHOT,
};

#define CLOCK_EVT_FEAT_PERIODIC	0x01
#define CLOCK_EVT_FEAT_ONESHOT	0x02

struct clock_event_device {
	const char *name;
	unsigned int features;
	int rating;
	int irq;
	/* ns -> device ticks: (ns * mult) >> shift */
	u32 mult;
	u32 shift;
	u64 min_delta_ns, max_delta_ns;
	unsigned long min_delta_ticks, max_delta_ticks;
	u64 period_ns;		/* set before set_state_periodic() is called */

	/* Called with interrupts off; return 0 or a negative errno. */
	int (*set_state_periodic)(struct clock_event_device *dev);
	int (*set_state_oneshot)(struct clock_event_device *dev);
	int (*set_state_shutdown)(struct clock_event_device *dev);
	int (*set_next_event)(unsigned long ticks, struct clock_event_device *dev);

	void (*event_handler)(struct clock_event_device *dev);
	enum clock_event_state state;
	u64 next_event_ns;	/* one-shot expiry, KTIME_MAX if none armed */
	unsigned long events;	/* interrupts the device raised */
	struct list_head list;
	void *priv;
};

/*
 * Fills mult/shift and the delta limits from freq (Hz) and the range of
 * ticks the device accepts, then registers it.  A device rated higher
 * than the current tick device takes the tick over.
 */
void clockevents_config_and_register(struct clock_event_device *dev, u32 freq,
				     unsigned long min_ticks,
				     unsigned long max_ticks);

/*
 * Switches a device's mode: periodic uses dev->period_ns, one-shot waits
 * for clockevents_program_event(), shutdown stops the interrupts.
 * Returns -EINVAL for a mode the device does not have.
 */
int clockevents_switch_state(struct clock_event_device *dev,
			     enum clock_event_state state);

/*
 * Programs a one-shot event at absolute monotonic time expires (ns).
 * Returns -ETIME, and programs nothing, if expires is not in the future:
 * the caller runs its handler itself or picks a later time.  A delta
 * below min_delta_ns fires late; one above max_delta_ns fires early, and
 * clockevents_handle_event() re-arms it for the rest.  KTIME_MAX disarms.
 * -EINVAL unless the device is in one-shot mode.
 */
int clockevents_program_event(struct clock_event_device *dev, u64 expires);

/* dev->period_ns in device ticks, rounded, within the device's range. */
unsigned long clockevents_period_ticks(struct clock_event_device *dev);

/*
 * Called by a device's interrupt handler.  Runs dev->event_handler for a
 * periodic event or a one-shot event that is due; drops events of a
 * device that is shut down and one-shot events nobody armed, and re-arms
 * one that arrived before its expiry, so a handler never runs early.
 */
void clockevents_handle_event(struct clock_event_device *dev);

/* The device the tick runs on (NULL before the first registration). */
struct clock_event_device *clockevents_current(void);

/* A registered device by name, or NULL. */
struct clock_event_device *clockevents_find(const char *name);

/* Periodic tick rate used by the tick layer. */
#define TICK_HZ		100
#define TICK_NSEC	(1000000000UL / TICK_HZ)

/* Called by the tick layer on every timer event. */
void tick_handle_periodic(struct clock_event_device *dev);

/* Timer events handled since boot, on the tick device. */
unsigned long tick_count(void);

/*
 * Shut the tick device down and set it up again: whoever borrows the
 * device in between (a test) may change its mode and handler.
 */
void tick_suspend(void);
void tick_resume(void);

#endif /* _LINUX_CLOCKCHIPS_H */
