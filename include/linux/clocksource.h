/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CLOCKSOURCE_H
#define _LINUX_CLOCKSOURCE_H

#include <linux/types.h>
#include <linux/list.h>

/*
 * A free-running counter the timekeeping core reads: the TSC natively,
 * Xen's pvclock or VMI's cycle counter under a hypervisor.  Cycles are
 * turned into nanoseconds as (cycles * mult) >> shift.
 */
struct clocksource {
	const char *name;
	u64 (*read)(struct clocksource *cs);
	u64 mask;		/* counter width: CLOCKSOURCE_MASK(bits) */
	u32 mult;
	u32 shift;
	int rating;		/* higher is better; the best one is used */
	u64 max_idle_ns;	/* longest interval converted without overflow */
	struct list_head list;
};

#define CLOCKSOURCE_MASK(bits)	((bits) >= 64 ? ~0ULL : (1ULL << (bits)) - 1)

/* Computes mult/shift for freq (Hz) and registers cs; may switch to it. */
int clocksource_register_hz(struct clocksource *cs, u32 hz);
/* The same for a rate given in kHz (counters faster than 4.29 GHz). */
int clocksource_register_khz(struct clocksource *cs, u32 khz);
void clocksource_unregister(struct clocksource *cs);

/* The clocksource timekeeping uses now (NULL before the first). */
struct clocksource *clocksource_current(void);

/* mult and shift converting from to to (Hz or ns/s), good for maxsec. */
void clocks_calc_mult_shift(u32 *mult, u32 *shift, u32 from, u32 to,
			    u32 maxsec);

static inline u64 clocksource_cyc2ns(u64 cycles, u32 mult, u32 shift)
{
	return (cycles * mult) >> shift;
}

#endif /* _LINUX_CLOCKSOURCE_H */
