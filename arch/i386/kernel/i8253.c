// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/i8253.c - the 8253/8254 programmable interval timer.
 *
 * Channel 0 drives IRQ 0 and is a clock event device: mode 2 (rate
 * generator) for periodic events, mode 0 (interrupt on terminal count)
 * for one-shot events.  Channel 2, gated through port 0x61, measures
 * the rate of the TSC and of the local APIC timer; on a CPU without a
 * TSC it then runs freely as the clocksource.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/clockchips.h>
#include <linux/clocksource.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <asm/io.h>
#include <asm/div64.h>
#include <asm/irqflags.h>
#include <asm/i8253.h>

#define PIT_CH0		0x40
#define PIT_CH2		0x42
#define PIT_MODE	0x43
#define PIT_PORTB	0x61	/* bit 0 gates channel 2, bit 1 speaker */
#define PORTB_GATE2	0x01
#define PORTB_SPEAKER	0x02

/* Control word: channel, low then high byte, mode, binary. */
#define PIT_SEL_CH0	0x00
#define PIT_SEL_CH2	0x80
#define PIT_LOHI	0x30
#define PIT_MODE0	0x00	/* interrupt on terminal count */
#define PIT_MODE2	0x04	/* rate generator */
#define PIT_LATCH	0x00	/* with a channel: latch its count */

#define PIT_TIMER_IRQ	0

static void pit_write_count(u16 port, u16 count)
{
	outb(count & 0xff, port);
	outb(count >> 8, port);
}

static int pit_set_periodic(struct clock_event_device *dev)
{
	outb(PIT_SEL_CH0 | PIT_LOHI | PIT_MODE2, PIT_MODE);
	pit_write_count(PIT_CH0, clockevents_period_ticks(dev));
	return 0;
}

/*
 * In mode 0 a counter does not count until its count is written, so the
 * control word alone both stops the timer and prepares one-shot mode.
 */
static int pit_stop(struct clock_event_device *dev)
{
	outb(PIT_SEL_CH0 | PIT_LOHI | PIT_MODE0, PIT_MODE);
	return 0;
}

static int pit_next_event(unsigned long ticks, struct clock_event_device *dev)
{
	pit_write_count(PIT_CH0, ticks);
	return 0;
}

static struct clock_event_device pit_ce = {
	.name			= "pit",
	.features		= CLOCK_EVT_FEAT_PERIODIC | CLOCK_EVT_FEAT_ONESHOT,
	.rating			= 110,
	.irq			= PIT_TIMER_IRQ,
	.set_state_periodic	= pit_set_periodic,
	.set_state_oneshot	= pit_stop,
	.set_state_shutdown	= pit_stop,
	.set_next_event		= pit_next_event,
};

static irqreturn_t pit_interrupt(int irq, void *dev_id)
{
	clockevents_handle_event(dev_id);
	return IRQ_HANDLED;
}

void __init pit_clockevent_init(void)
{
	int err;

	pit_stop(&pit_ce);
	err = request_irq(PIT_TIMER_IRQ, pit_interrupt, 0, "timer", &pit_ce);
	if (err) {
		pr_err("pit: cannot get IRQ %d (%d)\n", PIT_TIMER_IRQ, err);
		return;
	}
	/* A count of 0 means 65536; keep clear of it and of tiny counts. */
	clockevents_config_and_register(&pit_ce, PIT_TICK_RATE, 0xf, 0xffff);
}

#define PIT_CAL_WINDOW		(PIT_TICK_RATE / 50)	/* 20 ms */
#define PIT_CAL_RUNNING		0xff00	/* below this the count surely runs */
#define PIT_CAL_SAMPLES		8
#define PIT_CAL_RUNS		3
#define PIT_CAL_POLLS		(1UL << 21)

static bool pit_cs_running;

static u16 pit_read_ch2(void)
{
	u16 v;

	outb(PIT_SEL_CH2 | PIT_LATCH, PIT_MODE);
	v = inb(PIT_CH2);
	return v | inb(PIT_CH2) << 8;
}

/* The caller's counter read right before and right after channel 2. */
struct pit_sample {
	u64 count;		/* halfway between the two reads */
	u64 width;		/* between the two reads */
	u16 pit;
};

/*
 * The narrowest of a few samples: one that an SMI, or the host
 * preempting an emulated CPU, split in two is wide and loses.
 */
static void pit_best_sample(u64 (*read)(void), struct pit_sample *best)
{
	struct pit_sample s;
	u64 before;
	int i;

	best->width = ~0ULL;
	for (i = 0; i < PIT_CAL_SAMPLES; i++) {
		before = read();
		s.pit = pit_read_ch2();
		s.width = read() - before;
		s.count = before + (s.width >> 1);
		if (s.width < best->width)
			*best = s;
	}
}

/*
 * Polls at leisure, the samples are taken afterwards: under QEMU every
 * port read (and every pause) leaves the translated code, so a loop of
 * them is slow, under -icount very slow.  An empty loop in between is
 * cheap everywhere.  Bounded, so that a missing PIT cannot hang the boot.
 */
static bool pit_wait_below(unsigned int count)
{
	unsigned long n;
	int i;

	for (n = 0; n < PIT_CAL_POLLS; n++) {
		if (pit_read_ch2() < count)
			return true;
		for (i = 0; i < 256; i++)
			barrier();
	}
	return false;
}

/*
 * How fast read() counts, from clean samples at the start and the end of
 * 20 ms of a mode-0 countdown on channel 2.  -ENODEV if the PIT does not
 * count, -EAGAIN if the samples are too wide to give 0.1%.
 */
static int pit_window_hz(u64 (*read)(void), u64 *hz)
{
	struct pit_sample s0, s1;
	u64 elapsed;

	outb((inb(PIT_PORTB) & ~PORTB_SPEAKER) | PORTB_GATE2, PIT_PORTB);
	outb(PIT_SEL_CH2 | PIT_LOHI | PIT_MODE0, PIT_MODE);
	pit_write_count(PIT_CH2, 0xffff);
	if (!pit_wait_below(PIT_CAL_RUNNING))
		return -ENODEV;
	pit_best_sample(read, &s0);
	if (!pit_wait_below(s0.pit - PIT_CAL_WINDOW))
		return -ENODEV;
	pit_best_sample(read, &s1);
	elapsed = s1.count - s0.count;
	if ((s0.width + s1.width) * 1000 > elapsed)
		return -EAGAIN;
	*hz = div_u64(elapsed * PIT_TICK_RATE, s0.pit - s1.pit);
	return 0;
}

static u64 median(u64 *v, int n)
{
	u64 t;
	int i, j;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && v[j - 1] > v[j]; j--) {
			t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	}
	return v[n / 2];
}

/* The median of three clean windows, a few unclean ones allowed. */
u64 pit_calibrate(u64 (*read)(void))
{
	u64 hz[PIT_CAL_RUNS];
	unsigned long flags;
	int n = 0, tries, err = 0;

	if (WARN_ON(pit_cs_running))
		return 0;
	local_irq_save(flags);
	for (tries = 0; tries < 3 * PIT_CAL_RUNS && n < PIT_CAL_RUNS; tries++) {
		err = pit_window_hz(read, &hz[n]);
		if (err == -ENODEV)
			break;
		if (!err)
			n++;
	}
	local_irq_restore(flags);
	return n ? median(hz, n) : 0;
}

/*
 * Channel 2 counting down from 65536 in mode 2 and the wrap-arounds
 * added up in software: a 64-bit count for CPUs without a TSC.  Every
 * read accumulates, so it must be read at least once per wrap (54.9 ms);
 * the tick reads it a hundred times a second.
 */
static u64 pit_cycles;
static u16 pit_last;

static u64 pit_cs_read(struct clocksource *cs)
{
	unsigned long flags;
	u16 now;
	u64 ret;

	local_irq_save(flags);
	now = pit_read_ch2();
	pit_cycles += (u16)(pit_last - now);
	pit_last = now;
	ret = pit_cycles;
	local_irq_restore(flags);
	return ret;
}

static struct clocksource pit_cs = {
	.name	= "pit",
	.read	= pit_cs_read,
	.mask	= CLOCKSOURCE_MASK(64),
	.rating	= 110,
};

void __init pit_clocksource_init(void)
{
	outb((inb(PIT_PORTB) & ~PORTB_SPEAKER) | PORTB_GATE2, PIT_PORTB);
	outb(PIT_SEL_CH2 | PIT_LOHI | PIT_MODE2, PIT_MODE);
	pit_write_count(PIT_CH2, 0);		/* 0 is 65536 */
	pit_cs_running = true;
	clocksource_register_hz(&pit_cs, PIT_TICK_RATE);
}
