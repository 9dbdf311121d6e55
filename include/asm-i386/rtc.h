/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_RTC_H
#define _ASM_I386_RTC_H

#include <linux/types.h>

/* A reading of the CMOS clock (UTC): full year, month 1-12, day 1-31. */
struct rtc_date {
	unsigned int year, mon, day;
	unsigned int hour, min, sec;
};

/*
 * Turns raw register values into a date, as register B (reg_b) says
 * they are coded: BCD or binary, 12- or 24-hour.  Exposed for tests.
 */
void rtc_decode(struct rtc_date *d, u8 reg_b);

/* Reads the CMOS clock; 0, or -EIO if it never settles or makes no sense. */
int rtc_read_date(struct rtc_date *d);

struct timespec64;

/* The wall clock from the CMOS clock (printed): 0, or -EIO. */
int rtc_get_wallclock(struct timespec64 *ts);

#endif /* _ASM_I386_RTC_H */
