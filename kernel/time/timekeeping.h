/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _KERNEL_TIME_TIMEKEEPING_H
#define _KERNEL_TIME_TIMEKEEPING_H

#include <linux/clocksource.h>

#define NSEC_PER_SEC_U32	1000000000u

/* Folds time so far into the base and continues on cs. */
void timekeeping_change_clocksource(struct clocksource *cs);

/* Accumulates elapsed cycles into the base; called from the tick. */
void timekeeping_update(void);

#endif /* _KERNEL_TIME_TIMEKEEPING_H */
