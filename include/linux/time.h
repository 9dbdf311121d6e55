/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>

#define NSEC_PER_USEC	1000UL
#define NSEC_PER_MSEC	1000000UL
#define NSEC_PER_SEC	1000000000UL
#define USEC_PER_SEC	1000000UL
#define MSEC_PER_SEC	1000UL

/* A monotonic time that is never reached: "no expiry". */
#define KTIME_MAX	(~0ULL)

struct timespec64 {
	s64 tv_sec;
	long tv_nsec;
};

/* The user-space layouts of the i386 ABI: 32-bit and 64-bit time_t. */
struct timespec32 { s32 tv_sec, tv_nsec; };
struct timeval32 { s32 tv_sec, tv_usec; };
struct timespec64u { s64 tv_sec, tv_nsec; };

/*
 * Monotonic time since boot in nanoseconds, read from the current
 * clocksource.  Zero until timekeeping_init() has a clocksource.
 */
u64 ktime_get_ns(void);

/* Wall-clock (UTC) time: the RTC reading at boot plus monotonic time. */
void ktime_get_real_ts64(struct timespec64 *ts);

/*
 * Sets the wall clock so that it reads sec (UTC seconds) now; called
 * with the boot-time reading of the RTC or of a hypervisor's clock.
 */
void timekeeping_set_wallclock(s64 sec);

/*
 * Seconds since 1970-01-01 00:00:00 UTC for a calendar date: the full
 * year (not since 1900), mon 1-12, day 1-31.  A pure function, valid for
 * every year from 1 on (earlier dates give negative values).
 */
s64 mktime64(unsigned int year, unsigned int mon, unsigned int day,
	     unsigned int hour, unsigned int min, unsigned int sec);

/*
 * Sets up the backend's timers and the tick, then the wall clock from
 * the backend's (arch/i386/kernel/time.c).
 */
void time_init(void);
void native_time_init(void);

/*
 * Nanoseconds since boot for time stamps, from the backend's clock
 * (natively the clocksource's monotonic time; 0 before it runs).
 */
u64 sched_clock(void);
u64 native_sched_clock(void);

/*
 * Busy-wait at least us microseconds (ms milliseconds) on the TSC, or on
 * the clocksource when there is no TSC.
 */
void udelay(unsigned long us);
void mdelay(unsigned long ms);

#endif /* _LINUX_TIME_H */
