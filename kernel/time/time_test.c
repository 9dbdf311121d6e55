// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/time_test.c - tests of the time core: mult/shift factors,
 * mktime64(), monotonic time, the tick, one-shot events, clocksource
 * switching and the wall clock.
 *
 * Waits spin on ktime_get_ns() with interrupts on and give up after a
 * generous bound, so a dead timer fails a test instead of hanging it.
 * Bounds on elapsed time are loose: under QEMU, with or without -icount,
 * these are sanity checks, not measurements.  A test that borrows the
 * tick device or registers a clocksource puts things back before it ends.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/clocksource.h>
#include <linux/clockchips.h>
#include <asm/irqflags.h>
#include <asm/processor.h>
#include <asm/div64.h>
#include <asm/platform.h>
#include <asm/paravirt_init.h>

#define WAIT_LIMIT_NS	(10000 * NSEC_PER_MSEC)

/* Spins for ns of monotonic time with interrupts on. */
static void spin_ns(u64 ns)
{
	u64 end = ktime_get_ns() + ns;

	while (ktime_get_ns() < end)
		cpu_relax();
}

/* Spins until *counter passes target or WAIT_LIMIT_NS; true if it did. */
static bool wait_count(const unsigned long *counter, unsigned long target)
{
	u64 end = ktime_get_ns() + WAIT_LIMIT_NS;

	while (READ_ONCE(*counter) < target)
		if (ktime_get_ns() >= end)
			return false;
	return true;
}

/* |x - want| <= want / 1e6 */
static bool within_ppm(u64 x, u64 want)
{
	u64 diff = x > want ? x - want : want - x;

	return diff <= div_u64(want, 1000000);
}

/* One second of a counter converted with clocks_calc_mult_shift(). */
static u64 one_second(u32 freq, u32 to, u32 maxsec)
{
	u32 mult, shift;

	clocks_calc_mult_shift(&mult, &shift, freq, to, maxsec);
	return mul_u64_u32_shr(freq, mult, shift);
}

static void test_mult_shift_pit(struct ktest *t)
{
	u32 mult, shift;

	KTEST_EXPECT(t, within_ppm(one_second(1193182, NSEC_PER_SEC, 600),
				   NSEC_PER_SEC));
	/* 600 s of cycles times mult must not overflow 64 bits. */
	clocks_calc_mult_shift(&mult, &shift, 1193182, NSEC_PER_SEC, 600);
	KTEST_EXPECT(t, (u64)600 * 1193182 <= div64_u64(~0ULL, mult));
}

static void test_mult_shift_1ghz(struct ktest *t)
{
	KTEST_EXPECT(t, within_ppm(one_second(1000000000, NSEC_PER_SEC, 600),
				   NSEC_PER_SEC));
	/* The other direction, as clock events use it: ns to 62.5 MHz. */
	KTEST_EXPECT(t, within_ppm(one_second(NSEC_PER_SEC, 62500000, 34),
				   62500000));
}

static void test_mktime64_known_dates(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, mktime64(1970, 1, 1, 0, 0, 0), 0);
	KTEST_EXPECT_EQ(t, mktime64(1999, 12, 31, 23, 59, 59), 946684799);
	KTEST_EXPECT_EQ(t, mktime64(2000, 2, 29, 0, 0, 0), 951782400);
	KTEST_EXPECT_EQ(t, mktime64(2000, 3, 1, 0, 0, 0), 951868800);
	KTEST_EXPECT_EQ(t, mktime64(2038, 1, 19, 3, 14, 8), 1LL << 31);
	KTEST_EXPECT_EQ(t, mktime64(2100, 3, 1, 0, 0, 0), 4107542400LL);
	KTEST_EXPECT_EQ(t, mktime64(1969, 12, 31, 23, 59, 59), -1);
}

/* Reads across a few ticks, so that timekeeping folds in between. */
static void test_monotonic_never_backwards(struct ktest *t)
{
	unsigned long end_tick = tick_count() + 3, backwards = 0, reads = 0;
	u64 deadline = ktime_get_ns() + WAIT_LIMIT_NS;
	u64 prev = ktime_get_ns(), now;

	KTEST_ASSERT(t, clocksource_current());
	do {
		now = ktime_get_ns();
		if (now < prev)
			backwards++;
		prev = now;
		reads++;
	} while ((tick_count() < end_tick || reads < 1000) && now < deadline);
	KTEST_EXPECT_EQ(t, backwards, 0);
	KTEST_EXPECT(t, tick_count() >= end_tick);
}

static void test_udelay_advances_ktime(struct ktest *t)
{
	u64 t0, dt;

	t0 = ktime_get_ns();
	udelay(10000);
	dt = ktime_get_ns() - t0;
	KTEST_EXPECT(t, dt >= 5 * NSEC_PER_MSEC && dt <= WAIT_LIMIT_NS);

	t0 = ktime_get_ns();
	mdelay(3);
	dt = ktime_get_ns() - t0;
	KTEST_EXPECT(t, dt >= 2 * NSEC_PER_MSEC && dt <= WAIT_LIMIT_NS);
}

/*
 * Ten ticks arrive, not faster than about TICK_HZ.  No upper bound but
 * the wait limit: under QEMU on a busy host ticks can be lost.
 */
static void test_tick_fires(struct ktest *t)
{
	unsigned long start, ticks;
	u64 t0, dt;

	KTEST_ASSERT(t, clockevents_current());
	KTEST_ASSERT(t, !irqs_disabled());
	start = tick_count();
	t0 = ktime_get_ns();
	while (tick_count() < start + 10 && ktime_get_ns() - t0 < WAIT_LIMIT_NS)
		cpu_relax();
	dt = ktime_get_ns() - t0;
	ticks = tick_count() - start;
	KTEST_EXPECT(t, ticks >= 10);
	KTEST_EXPECT(t, dt >= 5 * TICK_NSEC);
}

/* What a borrowed device's events did. */
static struct {
	unsigned long hits;
	u64 first;		/* ktime at the first event */
} probe;

static void probe_handler(struct clock_event_device *dev)
{
	if (!probe.hits)
		probe.first = ktime_get_ns();
	probe.hits++;
}

/*
 * Takes dev for a test: the tick is stopped if it runs on dev, and the
 * probe handler counts the events.  give_back() restores the tick, or
 * shuts an idle device down again with its old handler.
 */
static void (*saved_handler)(struct clock_event_device *dev);

static void borrow(struct clock_event_device *dev)
{
	if (dev == clockevents_current())
		tick_suspend();
	saved_handler = dev->event_handler;
	memset(&probe, 0, sizeof(probe));
	dev->event_handler = probe_handler;
}

static void give_back(struct clock_event_device *dev)
{
	if (dev == clockevents_current()) {
		tick_resume();
		return;
	}
	clockevents_switch_state(dev, CLOCK_EVT_STATE_SHUTDOWN);
	dev->event_handler = saved_handler;
}

static void test_oneshot_fires_once(struct ktest *t)
{
	struct clock_event_device *dev = clockevents_current();
	unsigned long events;
	u64 expires;
	int ret;

	KTEST_ASSERT(t, dev && (dev->features & CLOCK_EVT_FEAT_ONESHOT));
	borrow(dev);
	ret = clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT);
	events = dev->events;
	expires = ktime_get_ns() + 2 * NSEC_PER_MSEC;
	if (!ret)
		ret = clockevents_program_event(dev, expires);
	if (!ret) {
		wait_count(&probe.hits, 1);
		spin_ns(20 * NSEC_PER_MSEC);	/* room for a second event */
	}
	events = dev->events - events;
	give_back(dev);
	KTEST_EXPECT_EQ(t, ret, 0);
	KTEST_EXPECT_EQ(t, probe.hits, 1);
	KTEST_EXPECT(t, probe.first >= expires);
	KTEST_EXPECT(t, probe.first < expires + 500 * NSEC_PER_MSEC);
	/*
	 * A stale tick, an early arrival (device and clocksource calibrated
	 * apart) and the due event; a bad ns-to-ticks conversion would
	 * re-arm again and again.
	 */
	KTEST_EXPECT(t, events >= 1 && events <= 4);
}

static void test_program_past_is_etime(struct ktest *t)
{
	struct clock_event_device *dev = clockevents_current();
	int shut, past, now, armed;

	KTEST_ASSERT(t, dev && (dev->features & CLOCK_EVT_FEAT_ONESHOT));
	borrow(dev);
	shut = clockevents_program_event(dev, ktime_get_ns() + NSEC_PER_MSEC);
	clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT);
	past = clockevents_program_event(dev, ktime_get_ns() - 1);
	now = clockevents_program_event(dev, ktime_get_ns());
	spin_ns(10 * NSEC_PER_MSEC);
	armed = dev->next_event_ns != KTIME_MAX;
	give_back(dev);
	KTEST_EXPECT_EQ(t, shut, -EINVAL);	/* not in one-shot mode */
	KTEST_EXPECT_EQ(t, past, -ETIME);
	KTEST_EXPECT_EQ(t, now, -ETIME);
	KTEST_EXPECT_EQ(t, probe.hits, 0);
	KTEST_EXPECT(t, !armed);
}

/*
 * An expiry three times beyond max_delta_ns: the device fires early
 * (clamped) and is re-armed by the core until the handler's one event
 * is due - normally three interrupts, two if one came very late.  The
 * PIT's 55 ms limit makes this quick to see.
 */
static void test_long_delta_rearmed(struct ktest *t)
{
	struct clock_event_device *dev = clockevents_find("pit");
	unsigned long events;
	u64 expires;
	int ret;

	if (!pc_platform() || !paravirt_native_time())
		KTEST_SKIP(t, "the backend runs its own timers");
	KTEST_ASSERT(t, dev);
	/* 0xffff ticks of 1.193182 MHz are 54.925 ms. */
	KTEST_EXPECT(t, dev->max_delta_ns > 54900 * NSEC_PER_USEC &&
		     dev->max_delta_ns < 54950 * NSEC_PER_USEC);
	borrow(dev);
	ret = clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT);
	events = dev->events;
	expires = ktime_get_ns() + 3 * dev->max_delta_ns;
	if (!ret)
		ret = clockevents_program_event(dev, expires);
	if (!ret)
		wait_count(&probe.hits, 1);
	events = dev->events - events;
	give_back(dev);
	KTEST_EXPECT_EQ(t, ret, 0);
	KTEST_EXPECT_EQ(t, probe.hits, 1);
	KTEST_EXPECT(t, probe.first >= expires);
	KTEST_EXPECT(t, events >= 2);
}

static void test_shutdown_stops_events(struct ktest *t)
{
	struct clock_event_device *dev = clockevents_current();
	unsigned long events, ticks;
	bool resumed;

	KTEST_ASSERT(t, dev);
	KTEST_ASSERT(t, wait_count(&dev->events,
				   dev->events + 2));
	KTEST_EXPECT_EQ(t, clockevents_switch_state(dev,
					CLOCK_EVT_STATE_SHUTDOWN), 0);
	spin_ns(3 * TICK_NSEC);		/* an event already in flight */
	events = dev->events;
	ticks = tick_count();
	spin_ns(5 * TICK_NSEC);
	events = dev->events - events;
	ticks = tick_count() - ticks;
	tick_resume();
	resumed = wait_count(&dev->events, dev->events + 2);
	KTEST_EXPECT_EQ(t, events, 0);
	KTEST_EXPECT_EQ(t, ticks, 0);
	KTEST_EXPECT(t, resumed);
}

/* A 1 GHz clocksource that follows the real one and counts its reads. */
static struct clocksource *fake_base;
static u64 fake_start;
static unsigned long fake_reads;

static u64 fake_read(struct clocksource *cs)
{
	struct clocksource *real = fake_base;
	u64 cycles = (real->read(real) - fake_start) & real->mask;

	fake_reads++;
	return mul_u64_u32_shr(cycles, real->mult, real->shift);
}

static struct clocksource fake_cs = {
	.name	= "test-fake",
	.read	= fake_read,
	.mask	= CLOCKSOURCE_MASK(64),
	.rating	= 1000,
};

static void test_clocksource_switch(struct ktest *t)
{
	struct clocksource *real = clocksource_current();
	unsigned long reads;
	u64 t0, t1, t2, t3;

	KTEST_ASSERT(t, real);
	fake_base = real;
	fake_start = real->read(real);
	t0 = ktime_get_ns();
	KTEST_ASSERT(t, !clocksource_register_hz(&fake_cs, NSEC_PER_SEC));
	KTEST_EXPECT(t, clocksource_current() == &fake_cs);
	reads = fake_reads;
	t1 = ktime_get_ns();
	KTEST_EXPECT(t, fake_reads > reads);
	spin_ns(2 * NSEC_PER_MSEC);
	t2 = ktime_get_ns();
	clocksource_unregister(&fake_cs);
	KTEST_EXPECT(t, clocksource_current() == real);
	reads = fake_reads;
	t3 = ktime_get_ns();
	KTEST_EXPECT_EQ(t, fake_reads, reads);
	KTEST_EXPECT(t, t0 <= t1 && t1 < t2 && t2 <= t3);
	KTEST_EXPECT(t, t3 - t0 < 500 * NSEC_PER_MSEC);
}

static void test_wallclock_after_2020(struct ktest *t)
{
	struct timespec64 ts;

	ktime_get_real_ts64(&ts);
	KTEST_EXPECT(t, ts.tv_sec >= mktime64(2020, 1, 1, 0, 0, 0));
	KTEST_EXPECT(t, ts.tv_sec < mktime64(2100, 1, 1, 0, 0, 0));
	KTEST_EXPECT(t, ts.tv_nsec >= 0 && ts.tv_nsec < (long)NSEC_PER_SEC);
}

static const struct ktest_case time_cases[] = {
	KTEST_CASE(test_mult_shift_pit),
	KTEST_CASE(test_mult_shift_1ghz),
	KTEST_CASE(test_mktime64_known_dates),
	KTEST_CASE(test_monotonic_never_backwards),
	KTEST_CASE(test_udelay_advances_ktime),
	KTEST_CASE(test_tick_fires),
	KTEST_CASE(test_oneshot_fires_once),
	KTEST_CASE(test_program_past_is_etime),
	KTEST_CASE(test_long_delta_rearmed),
	KTEST_CASE(test_shutdown_stops_events),
	KTEST_CASE(test_clocksource_switch),
	KTEST_CASE(test_wallclock_after_2020),
	{}
};
KTEST_SUITE(time, time_cases);
