// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/mktime.c - calendar date to seconds since the epoch.
 */
#include <linux/time.h>

/*
 * Days from 1970-01-01 to year-mon-day in the proleptic Gregorian
 * calendar.  The year is taken to start on March 1st, so that the leap
 * day is the last day of its year and the month lengths from March on
 * follow the repeating 31,30,31,30,31 pattern that (153 * m + 2) / 5
 * sums up.  Valid from year 1 on; all the arithmetic is unsigned 32-bit.
 */
static u32 days_since_epoch(u32 year, u32 mon, u32 day)
{
	u32 yday, days;

	if (mon <= 2)
		year--;
	mon = mon > 2 ? mon - 3 : mon + 9;	/* 0 is March, 11 February */
	yday = (153 * mon + 2) / 5 + day - 1;
	days = year * 365 + year / 4 - year / 100 + year / 400 + yday;
	/* 719468 days lie between 0000-03-01 and 1970-01-01. */
	return days - 719468;
}

s64 mktime64(unsigned int year, unsigned int mon, unsigned int day,
	     unsigned int hour, unsigned int min, unsigned int sec)
{
	s64 days = (s32)days_since_epoch(year, mon, day);

	return ((days * 24 + hour) * 60 + min) * 60 + sec;
}
