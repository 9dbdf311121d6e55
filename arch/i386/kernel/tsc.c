// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/tsc.c - the time-stamp counter.
 *
 * The backend says the rate the TSC counts at (natively nothing does, so
 * it is measured against PIT channel 2), and the TSC then becomes the
 * clocksource (rating 300,
 * above anything the PIT offers).  udelay() and mdelay() spin on it.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/clocksource.h>
#include <linux/errno.h>
#include <asm/io.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/div64.h>
#include <asm/i8253.h>
#include <asm/tsc.h>
#include <asm/paravirt_types.h>

u32 tsc_khz;

static u64 tsc_read(struct clocksource *cs)
{
	return rdtsc();
}

static struct clocksource tsc_cs = {
	.name	= "tsc",
	.read	= tsc_read,
	.mask	= CLOCKSOURCE_MASK(64),
	.rating	= 300,
};

static u64 __init tsc_read_raw(void)
{
	return rdtsc();
}

/* Natively nothing tells the TSC's rate: it is measured on the PIT. */
unsigned long __init native_calibrate_tsc(void)
{
	return div_u64(pit_calibrate(tsc_read_raw), 1000);
}

#ifdef CONFIG_PARAVIRT
#define calculate_cpu_khz()	pv_ops.time.get_cpu_khz()
#else
#define calculate_cpu_khz()	native_calibrate_tsc()
#endif /* CONFIG_PARAVIRT */

int __init tsc_init(void)
{
	u32 khz;

	if (!cpu_has(X86_FEATURE_TSC)) {
		pr_info("tsc: no TSC (CPUID), clocksource falls back\n");
		return -ENODEV;
	}
	khz = calculate_cpu_khz();
	if (!khz) {
		pr_warn("tsc: calibration against the PIT failed\n");
		return -EIO;
	}
	pr_info("tsc: Detected %u.%03u MHz processor\n", khz / 1000, khz % 1000);
	tsc_khz = khz;
	return clocksource_register_khz(&tsc_cs, khz);
}

static void tsc_delay(u64 cycles)
{
	u64 start = rdtsc();

	while (rdtsc() - start < cycles)
		cpu_relax();
}

/* Without a TSC: the clocksource, or ~1 us port writes before one exists. */
static void fallback_delay(unsigned long us)
{
	u64 end;

	if (!clocksource_current()) {
		while (us--)
			io_delay();
		return;
	}
	end = ktime_get_ns() + (u64)us * NSEC_PER_USEC;
	while (ktime_get_ns() < end)
		cpu_relax();
}

void udelay(unsigned long us)
{
	if (tsc_khz)
		tsc_delay(div_u64((u64)us * tsc_khz + 999, 1000));
	else
		fallback_delay(us);
}

void mdelay(unsigned long ms)
{
	while (ms--)
		udelay(1000);
}
