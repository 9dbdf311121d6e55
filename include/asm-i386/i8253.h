/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_I8253_H
#define _ASM_I386_I8253_H

#include <linux/types.h>

/* The 8254's input clock, Hz. */
#define PIT_TICK_RATE	1193182u

/* Registers channel 0 (IRQ 0) as clock event device. */
void pit_clockevent_init(void);

/*
 * Registers channel 2, running freely, as clocksource (no TSC).
 * pit_calibrate() is unavailable from then on.
 */
void pit_clocksource_init(void);

/*
 * The rate of a counter that read() returns, in Hz, measured against
 * channel 2 with interrupts off (about 60 ms); 0 if the PIT does not
 * count.
 */
u64 pit_calibrate(u64 (*read)(void));

#endif /* _ASM_I386_I8253_H */
