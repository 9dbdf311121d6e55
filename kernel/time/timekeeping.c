// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/timekeeping.c - monotonic and wall-clock time.
 *
 * Monotonic time is base_ns plus the nanoseconds the current clocksource
 * counted since base_cycles.  The tick folds elapsed cycles into base_ns
 * well before the conversion could overflow; a clocksource change folds
 * too, so time never jumps.  Wall-clock time is the RTC's reading at
 * boot plus monotonic time.
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <linux/clocksource.h>
#include <asm/irqflags.h>
#include <asm/div64.h>
#include "timekeeping.h"

static struct clocksource *tk_clock;
static u64 base_cycles;
static u64 base_ns;
static s64 boot_wall_sec;	/* UTC seconds at monotonic 0 */

static u64 delta_ns(struct clocksource *cs, u64 now)
{
	u64 delta = (now - base_cycles) & cs->mask;

	return mul_u64_u32_shr(delta, cs->mult, cs->shift);
}

u64 ktime_get_ns(void)
{
	struct clocksource *cs = READ_ONCE(tk_clock);
	unsigned long flags;
	u64 ns;

	if (!cs)
		return 0;
	local_irq_save(flags);
	ns = base_ns + delta_ns(cs, cs->read(cs));
	local_irq_restore(flags);
	return ns;
}

void timekeeping_update(void)
{
	unsigned long flags;
	u64 now;

	if (!tk_clock)
		return;
	local_irq_save(flags);
	now = tk_clock->read(tk_clock);
	base_ns += delta_ns(tk_clock, now);
	base_cycles = now;
	local_irq_restore(flags);
}

void timekeeping_change_clocksource(struct clocksource *cs)
{
	unsigned long flags;

	local_irq_save(flags);
	if (tk_clock)
		base_ns += delta_ns(tk_clock, tk_clock->read(tk_clock));
	tk_clock = cs;
	base_cycles = cs->read(cs);
	local_irq_restore(flags);
}

void timekeeping_set_wallclock(s64 sec)
{
	boot_wall_sec = sec - (s64)div_u64(ktime_get_ns(), NSEC_PER_SEC_U32);
}

void ktime_get_real_ts64(struct timespec64 *ts)
{
	u64 ns = ktime_get_ns();
	u32 rem = __div64_32(&ns, NSEC_PER_SEC_U32);

	ts->tv_sec = boot_wall_sec + (s64)ns;
	ts->tv_nsec = rem;
}
