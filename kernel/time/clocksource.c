// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/clocksource.c - registered clocksources and the choice of
 * the best one.
 */
#include <linux/kernel.h>
#include <linux/clocksource.h>
#include <linux/errno.h>
#include <asm/div64.h>
#include "timekeeping.h"

static LIST_HEAD(clocksource_list);
static struct clocksource *curr_clocksource;

/*
 * Finds mult and shift with (x * mult) >> shift == x * to / from, as
 * precise as possible while x up to maxsec seconds' worth of "from"
 * units times mult still fits in 64 bits.
 */
void clocks_calc_mult_shift(u32 *mult, u32 *shift, u32 from, u32 to,
			    u32 maxsec)
{
	u64 tmp;
	u32 sft, sftacc = 32;

	/* How many bits the largest input needs above 32. */
	tmp = ((u64)maxsec * from) >> 32;
	while (tmp) {
		tmp >>= 1;
		sftacc--;
	}
	/* The largest shift whose mult still fits the remaining bits. */
	for (sft = 32; sft > 0; sft--) {
		tmp = (u64)to << sft;
		tmp += from / 2;
		tmp = div_u64(tmp, from);
		if ((tmp >> sftacc) == 0)
			break;
	}
	*mult = (u32)tmp;
	*shift = sft;
}

struct clocksource *clocksource_current(void)
{
	return curr_clocksource;
}

static void clocksource_select(void)
{
	struct clocksource *cs, *best = NULL;

	list_for_each_entry(cs, &clocksource_list, list)
		if (!best || cs->rating > best->rating)
			best = cs;
	if (best && best != curr_clocksource) {
		pr_info("clocksource: switched to %s\n", best->name);
		curr_clocksource = best;
		timekeeping_change_clocksource(best);
	}
}

/*
 * Registers cs counting freq units of 1/scale seconds (scale 1: Hz,
 * 1000: kHz).  Counting in kHz lets counters faster than 4.29 GHz, a
 * modern host's TSC seen through QEMU, pass their rate in 32 bits.
 */
static int clocksource_register_scale(struct clocksource *cs, u32 scale,
				      u32 freq)
{
	u32 khz = scale == 1 ? freq / 1000 : freq;
	u64 max_cycles;

	if (!cs->read || !freq)
		return -EINVAL;
	/* Precision for 10 minutes between updates; the tick updates far
	 * more often than that. */
	clocks_calc_mult_shift(&cs->mult, &cs->shift, freq,
			       NSEC_PER_SEC_U32 / scale, 600 * scale);
	max_cycles = div64_u64(~0ULL, cs->mult);
	if (max_cycles > cs->mask)
		max_cycles = cs->mask;
	cs->max_idle_ns = clocksource_cyc2ns(max_cycles, cs->mult, cs->shift);
	list_add_tail(&cs->list, &clocksource_list);
	pr_info("clocksource: %s: mask %#llx mult %u shift %u, %u.%03u MHz\n",
		cs->name, cs->mask, cs->mult, cs->shift, khz / 1000,
		khz % 1000);
	clocksource_select();
	return 0;
}

int clocksource_register_hz(struct clocksource *cs, u32 hz)
{
	return clocksource_register_scale(cs, 1, hz);
}

int clocksource_register_khz(struct clocksource *cs, u32 khz)
{
	return clocksource_register_scale(cs, 1000, khz);
}

void clocksource_unregister(struct clocksource *cs)
{
	list_del(&cs->list);
	if (cs == curr_clocksource) {
		curr_clocksource = NULL;
		clocksource_select();
	}
}
