// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/time.c - time under Xen.
 *
 * Xen keeps, per vcpu, the system time in nanoseconds at a TSC stamp
 * and the TSC's scale (vcpu_time_info in shared_info): the clocksource
 * reads the TSC and scales the difference, retrying while Xen updates
 * the record (odd version).  The tick is a one-shot timer,
 * VCPUOP_set_singleshot_timer, that fires VIRQ_TIMER; Xen's default
 * periodic timer is stopped.  The wall clock is shared_info's, plus the
 * system time.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/interrupt.h>
#include <linux/clocksource.h>
#include <linux/clockchips.h>
#include <asm/msr.h>
#include <asm/div64.h>
#include "xen-ops.h"

/* delta TSC ticks -> ns: ((delta << shift) * mul) >> 32, 96-bit product. */
static u64 scale_delta(u64 delta, u32 mul, int shift)
{
	u32 lo, hi;

	if (shift < 0)
		delta >>= -shift;
	else
		delta <<= shift;
	lo = (u32)delta;
	hi = (u32)(delta >> 32);
	return (((u64)lo * mul) >> 32) + (u64)hi * mul;
}

/* Nanoseconds since Xen booted: the vcpu's system time, now. */
static u64 xen_system_time(void)
{
	const volatile struct vcpu_time_info *t = &xen_vcpu->time;
	u32 version;
	u64 ns;

	do {
		version = t->version;
		barrier();
		ns = t->system_time +
		     scale_delta(rdtsc() - t->tsc_timestamp,
				 t->tsc_to_system_mul, t->tsc_shift);
		barrier();
	} while ((version & 1) || version != t->version);
	return ns;
}

static u64 xen_cs_read(struct clocksource *cs)
{
	return xen_system_time();
}

static struct clocksource xen_clocksource = {
	.name = "xen",
	.read = xen_cs_read,
	.mask = CLOCKSOURCE_MASK(64),
	.rating = 400,
};

/* Before shared_info is mapped there is no time: 0, as natively. */
u64 xen_sched_clock(void)
{
	return xen_shared_info ? ktime_get_ns() : 0;
}

/* The TSC's rate: 10^9 * 2^32 / mul, then the shift undone. */
unsigned long xen_cpu_khz(void)
{
	const struct vcpu_time_info *t = &xen_vcpu->time;
	u64 khz = div_u64(1000000ULL << 32, t->tsc_to_system_mul);

	return t->tsc_shift < 0 ? khz << -t->tsc_shift :
				  khz >> t->tsc_shift;
}

int xen_get_wallclock(struct timespec64 *ts)
{
	const volatile struct shared_info *s = xen_shared_info;
	u64 boot_ns, now;
	u32 version;

	do {
		version = s->wc_version;
		barrier();
		boot_ns = (u64)s->wc_sec * NSEC_PER_SEC + s->wc_nsec;
		barrier();
	} while ((version & 1) || version != s->wc_version);
	now = boot_ns + xen_system_time();
	ts->tv_sec = div_u64(now, NSEC_PER_SEC);
	ts->tv_nsec = now - (u64)ts->tv_sec * NSEC_PER_SEC;
	return 0;
}

static int xen_timer_next(unsigned long delta, struct clock_event_device *dev)
{
	struct vcpu_set_singleshot_timer t = {
		.timeout_abs_ns = xen_system_time() + delta,
	};
	long err = HYPERVISOR_vcpu_op(VCPUOP_set_singleshot_timer, 0, &t);

	if (err)
		xen_hypercall_failed("VCPUOP_set_singleshot_timer", delta, err);
	return err;
}

static int xen_timer_shutdown(struct clock_event_device *dev)
{
	HYPERVISOR_vcpu_op(VCPUOP_stop_singleshot_timer, 0, NULL);
	return 0;
}

static int xen_timer_oneshot(struct clock_event_device *dev)
{
	return 0;
}

static struct clock_event_device xen_clockevent = {
	.name = "xen",
	.features = CLOCK_EVT_FEAT_ONESHOT,
	.rating = 400,
	.set_state_oneshot = xen_timer_oneshot,
	.set_state_shutdown = xen_timer_shutdown,
	.set_next_event = xen_timer_next,
};

static irqreturn_t xen_timer_interrupt(int irq, void *dev_id)
{
	clockevents_handle_event(&xen_clockevent);
	return IRQ_HANDLED;
}

void __init xen_time_init(void)
{
	int irq;
	long err;

	err = HYPERVISOR_vcpu_op(VCPUOP_stop_periodic_timer, 0, NULL);
	if (err)
		xen_hypercall_failed("VCPUOP_stop_periodic_timer", 0, err);
	clocksource_register_hz(&xen_clocksource, NSEC_PER_SEC);
	irq = xen_bind_virq(VIRQ_TIMER, "xen-timer");
	if (irq < 0 || request_irq(irq, xen_timer_interrupt, 0, "xen-timer",
				   NULL)) {
		pr_err("xen: no timer interrupt: no tick\n");
		return;
	}
	xen_clockevent.irq = irq;
	/* Ticks are nanoseconds; from 1 us to about 4 s ahead. */
	clockevents_config_and_register(&xen_clockevent, NSEC_PER_SEC, 1000,
					0xffffffffUL);
}
