// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/vmi/rom/timer.c - the ROM's time calls on PC hardware.
 *
 * The cycle counter is the TSC.  Its frequency, and the local APIC
 * timer's rate against it, are measured once against the PIT (channel 2
 * gated for 10 ms) and kept in the ROM's state page.  An alarm is the
 * APIC timer, one-shot or periodic, on the vector the kernel put in the
 * LVT timer register.  The wall clock is read from the CMOS clock.
 *
 * No data of its own, no tables, no library calls: the code must run
 * from wherever the BIOS copied the ROM (built with -fno-jump-tables,
 * checked by linking at two addresses).
 */
#include "rom.h"

#define state	((volatile struct vmi_rom_state *)ROM_STATE)
#define apic(reg)	(*(volatile u32 *)(ROM_APIC + (reg)))

#define PIT_HZ		1193182
#define CAL_LATCH	11932		/* 10 ms of the PIT */
#define CAL_SPINS	100000000	/* no PIT: give up */

static inline u8 inb(u16 port)
{
	u8 v;

	asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outb(u8 v, u16 port)
{
	asm volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline u64 rdtsc(void)
{
	u64 v;

	asm volatile("rdtsc" : "=A"(v));
	return v;
}

/* n / d without libgcc: two 32-bit divisions. */
static u64 div64(u64 n, u32 d)
{
	u32 hi = n >> 32, lo = n, qhi, qlo, r;

	qhi = hi / d;
	r = hi % d;
	asm("divl %4" : "=a"(qlo), "=d"(r) : "a"(lo), "d"(r), "rm"(d));
	return ((u64)qhi << 32) | qlo;
}

static void calibrate(void)
{
	u32 lvtt = apic(APIC_LVTT), a0, a1, spins = 0;
	u64 t0, t1;
	u8 ctl = inb(0x61);

	apic(APIC_TDCR) = APIC_TDR_DIV_1;
	apic(APIC_LVTT) = lvtt | APIC_LVT_MASKED;
	apic(APIC_TMICT) = 0xffffffff;

	outb((ctl & ~0x02) | 0x01, 0x61);	/* gate on, speaker off */
	outb(0xb0, 0x43);			/* channel 2, mode 0 */
	outb(CAL_LATCH & 0xff, 0x42);
	outb(CAL_LATCH >> 8, 0x42);
	t0 = rdtsc();
	a0 = apic(APIC_TMCCT);
	while (!(inb(0x61) & 0x20) && ++spins < CAL_SPINS)
		;
	t1 = rdtsc();
	a1 = apic(APIC_TMCCT);
	outb(ctl, 0x61);
	apic(APIC_TMICT) = 0;
	apic(APIC_LVTT) = lvtt;

	if (spins >= CAL_SPINS || t1 <= t0 || (u32)(t1 - t0) == 0)
		return;
	state->cycle_hz = div64((t1 - t0) * PIT_HZ, CAL_LATCH);
	/* APIC ticks per cycle, 16.16 fixed point. */
	state->apic_per_cycle = div64((u64)(a0 - a1) << 16, (u32)(t1 - t0));
}

/* GetCycleFrequency: cycles per second, 0 if the PIT did not answer. */
u64 rom_cycle_frequency(void)
{
	if (!state->cycle_hz)
		calibrate();
	return state->cycle_hz;
}

static u32 cycles_to_ticks(u64 cycles)
{
	u64 t;

	if (cycles > 0x7fffffff)
		cycles = 0x7fffffff;
	t = ((u64)(u32)cycles * state->apic_per_cycle) >> 16;
	if (t > 0xffffffff)
		t = 0xffffffff;
	return t ? t : 1;
}

/*
 * SetAlarm(flags, expiry, period): the APIC timer fires at expiry (a
 * cycle count), then every period for a periodic alarm.  The vector is
 * the one the kernel wrote into the LVT timer register.
 */
void rom_set_alarm(u32 flags, u64 expiry, u64 period)
{
	u64 now;
	u32 lvtt, ticks;

	if (!state->cycle_hz)
		calibrate();
	state->alarms++;
	lvtt = apic(APIC_LVTT) & ~(APIC_LVT_MODE_MASK | APIC_LVT_MASKED);
	if (flags & VMI_ALARM_IS_PERIODIC) {
		lvtt |= APIC_LVT_PERIODIC;
		ticks = cycles_to_ticks(period);
	} else {
		now = rdtsc();
		ticks = cycles_to_ticks(expiry > now ? expiry - now : 1);
	}
	apic(APIC_TDCR) = APIC_TDR_DIV_1;
	apic(APIC_LVTT) = lvtt;
	apic(APIC_TMICT) = ticks;
}

/* CancelAlarm: 1 if an alarm was still to fire. */
u32 rom_cancel_alarm(u32 flags)
{
	u32 pending = apic(APIC_TMCCT) != 0;

	apic(APIC_LVTT) = apic(APIC_LVTT) | APIC_LVT_MASKED;
	apic(APIC_TMICT) = 0;
	return pending;
}

static u8 cmos(u8 reg)
{
	outb(reg, 0x70);
	return inb(0x71);
}

static u32 bcd(u32 v)
{
	return (v & 15) + (v >> 4) * 10;
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), by arithmetic. */
static u32 days_since_epoch(u32 y, u32 m, u32 d)
{
	u32 era, yoe, doy, doe;

	if (m <= 2)
		y--;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct rtc_time {
	u32 sec, min, hour, day, mon, year, century;
};

static void rtc_read(struct rtc_time *t)
{
	u32 spins = 0;

	while ((cmos(0x0a) & 0x80) && ++spins < 1000000)
		;			/* an update is under way */
	t->sec = cmos(0x00);
	t->min = cmos(0x02);
	t->hour = cmos(0x04);
	t->day = cmos(0x07);
	t->mon = cmos(0x08);
	t->year = cmos(0x09);
	t->century = cmos(0x32);
}

/* GetWallclockTime: nanoseconds since 1970 by the CMOS clock. */
u64 rom_wallclock_time(void)
{
	struct rtc_time a, b;
	u32 status, pm, year, secs;

	do {			/* twice alike: not torn by an update */
		rtc_read(&a);
		rtc_read(&b);
	} while (a.sec != b.sec || a.min != b.min || a.hour != b.hour ||
		 a.day != b.day || a.mon != b.mon || a.year != b.year);
	status = cmos(0x0b);
	pm = a.hour & 0x80;
	a.hour &= 0x7f;
	if (!(status & 0x04)) {
		a.sec = bcd(a.sec);
		a.min = bcd(a.min);
		a.hour = bcd(a.hour);
		a.day = bcd(a.day);
		a.mon = bcd(a.mon);
		a.year = bcd(a.year);
		a.century = bcd(a.century);
	}
	if (!(status & 0x02))	/* 12-hour clock */
		a.hour = a.hour % 12 + (pm ? 12 : 0);
	year = (a.century >= 19 && a.century <= 21 ? a.century : 20) * 100 +
	       a.year;
	secs = days_since_epoch(year, a.mon, a.day) * 86400 +
	       a.hour * 3600 + a.min * 60 + a.sec;
	return (u64)secs * 1000000000;
}
