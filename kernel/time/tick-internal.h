/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _KERNEL_TIME_TICK_INTERNAL_H
#define _KERNEL_TIME_TICK_INTERNAL_H

#include <linux/clockchips.h>

/* Runs the tick on dev (the clockevents core's best device). */
void tick_setup_device(struct clock_event_device *dev);

#endif /* _KERNEL_TIME_TICK_INTERNAL_H */
