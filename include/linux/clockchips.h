/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CLOCKCHIPS_H
#define _LINUX_CLOCKCHIPS_H

#include <linux/types.h>
#include <linux/list.h>

/*
 * A device that raises timer interrupts: the PIT and the local APIC timer
 * natively, Xen's VIRQ_TIMER or VMI's alarm under a hypervisor.  The core
 * picks the best registered device and drives it periodically or in
 * one-shot mode; the device calls event_handler from its interrupt.
 */
enum clock_event_state {
	CLOCK_EVT_STATE_DETACHED,
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

	int (*set_state_periodic)(struct clock_event_device *dev);
	int (*set_state_oneshot)(struct clock_event_device *dev);
	int (*set_state_shutdown)(struct clock_event_device *dev);
	int (*set_next_event)(unsigned long ticks, struct clock_event_device *dev);

	void (*event_handler)(struct clock_event_device *dev);
	enum clock_event_state state;
	u64 next_event_ns;	/* absolute monotonic time of a one-shot event */
	unsigned long events;	/* interrupts handled */
	struct list_head list;
	void *priv;
};

/* Fills mult/shift and the delta limits from freq (Hz), then registers. */
void clockevents_config_and_register(struct clock_event_device *dev, u32 freq,
				     unsigned long min_ticks,
				     unsigned long max_ticks);

/* Switches a device's mode; periodic uses dev->period_ns. */
int clockevents_switch_state(struct clock_event_device *dev,
			     enum clock_event_state state);

/* Programs a one-shot event at absolute monotonic time expires (ns). */
int clockevents_program_event(struct clock_event_device *dev, u64 expires);

/* The device the tick runs on (NULL before the first registration). */
struct clock_event_device *clockevents_current(void);

/* Periodic tick rate used by the tick layer. */
#define TICK_HZ		100
#define TICK_NSEC	(1000000000UL / TICK_HZ)

/* Called by the tick layer on every timer event. */
void tick_handle_periodic(struct clock_event_device *dev);

/* Timer events handled since boot, on the tick device. */
unsigned long tick_count(void);

#endif /* _LINUX_CLOCKCHIPS_H */
