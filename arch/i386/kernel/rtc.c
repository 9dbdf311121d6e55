// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/rtc.c - the MC146818 CMOS real-time clock.
 *
 * Read at boot to set the wall clock.  The chip rewrites its time
 * registers once a second, so a reading waits for the update-in-progress
 * flag to clear and is repeated until two in a row agree.  Register B
 * says whether the registers hold BCD or binary and whether the hour is
 * 12- or 24-hour.  The clock is taken to run in UTC.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/io.h>
#include <asm/irqflags.h>
#include <asm/rtc.h>

#define CMOS_INDEX	0x70
#define CMOS_DATA	0x71

#define RTC_SECONDS	0x00
#define RTC_MINUTES	0x02
#define RTC_HOURS	0x04
#define RTC_DAY		0x07
#define RTC_MONTH	0x08
#define RTC_YEAR	0x09
#define RTC_REG_A	0x0a
#define   RTC_UIP		0x80	/* update in progress */
#define RTC_REG_B	0x0b
#define   RTC_24H		0x02
#define   RTC_DM_BINARY		0x04
#define RTC_HOUR_PM	0x80	/* in the hour register, 12-hour mode */

#define RTC_UIP_POLLS	100000	/* an update takes at most ~2 ms */
#define RTC_READ_TRIES	10

static u8 cmos_read(u8 reg)
{
	outb(reg, CMOS_INDEX);
	return inb(CMOS_DATA);
}

static bool cmos_wait_update(void)
{
	int n;

	for (n = 0; n < RTC_UIP_POLLS; n++)
		if (!(cmos_read(RTC_REG_A) & RTC_UIP))
			return true;
	return false;
}

static void cmos_read_regs(struct rtc_date *d)
{
	d->sec = cmos_read(RTC_SECONDS);
	d->min = cmos_read(RTC_MINUTES);
	d->hour = cmos_read(RTC_HOURS);
	d->day = cmos_read(RTC_DAY);
	d->mon = cmos_read(RTC_MONTH);
	d->year = cmos_read(RTC_YEAR);
}

/* Two identical readings with no update in progress before either. */
static int cmos_read_stable(struct rtc_date *d)
{
	struct rtc_date again;
	int n;

	for (n = 0; n < RTC_READ_TRIES; n++) {
		if (!cmos_wait_update())
			return -EIO;
		cmos_read_regs(d);
		if (!cmos_wait_update())
			return -EIO;
		cmos_read_regs(&again);
		if (!memcmp(d, &again, sizeof(again)))
			return 0;
	}
	return -EIO;
}

static unsigned int bcd2bin(unsigned int v)
{
	return (v & 0x0f) + (v >> 4) * 10;
}

/*
 * Register values to a calendar date.  The PM flag shares the hour
 * register in 12-hour mode, where 12 AM is midnight.  The two-digit year
 * is placed in 1970-2069; the century register is not at the same place
 * on every machine and is not used.
 */
void rtc_decode(struct rtc_date *d, u8 reg_b)
{
	bool pm = !(reg_b & RTC_24H) && (d->hour & RTC_HOUR_PM);

	d->hour &= ~RTC_HOUR_PM;
	if (!(reg_b & RTC_DM_BINARY)) {
		d->sec = bcd2bin(d->sec);
		d->min = bcd2bin(d->min);
		d->hour = bcd2bin(d->hour);
		d->day = bcd2bin(d->day);
		d->mon = bcd2bin(d->mon);
		d->year = bcd2bin(d->year);
	}
	if (!(reg_b & RTC_24H))
		d->hour = d->hour % 12 + (pm ? 12 : 0);
	d->year += d->year < 70 ? 2000 : 1900;
}

static bool rtc_valid(const struct rtc_date *d)
{
	return d->mon >= 1 && d->mon <= 12 && d->day >= 1 && d->day <= 31 &&
	       d->hour < 24 && d->min < 60 && d->sec < 60;
}

int rtc_read_date(struct rtc_date *d)
{
	unsigned long flags;
	u8 reg_b;
	int err;

	local_irq_save(flags);		/* index and data port go together */
	err = cmos_read_stable(d);
	reg_b = cmos_read(RTC_REG_B);
	local_irq_restore(flags);
	if (err)
		return err;
	rtc_decode(d, reg_b);
	return rtc_valid(d) ? 0 : -EIO;
}

int rtc_get_wallclock(struct timespec64 *ts)
{
	struct rtc_date d;

	if (rtc_read_date(&d)) {
		pr_warn("rtc: no valid time in the CMOS clock\n");
		return -EIO;
	}
	pr_info("rtc: %04u-%02u-%02u %02u:%02u:%02u UTC\n", d.year, d.mon,
		d.day, d.hour, d.min, d.sec);
	ts->tv_sec = mktime64(d.year, d.mon, d.day, d.hour, d.min, d.sec);
	ts->tv_nsec = 0;
	return 0;
}
