// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/idle.c - the idle loop.
 *
 * Halts with interrupts enabled ("sti; hlt" has no window for a lost
 * wake-up) and, between interrupts, answers console keys with the uptime
 * and prints the heartbeat= line, so a person at the console can see the
 * timer running.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/idle.h>
#include <linux/time.h>
#include <linux/serial.h>
#include <linux/clockchips.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <asm/irqflags.h>
#include <asm/div64.h>

static unsigned int heartbeat_sec = CONFIG_HEARTBEAT_SECONDS;
static volatile int key_pending;

static int __init heartbeat_setup(char *val)
{
	unsigned long v;

	if (kstrtoul(val, 10, &v) || v > 3600)
		return -EINVAL;
	heartbeat_sec = v;
	return 0;
}
__setup("heartbeat=", heartbeat_setup);

static void print_uptime(const char *why)
{
	u64 ns = ktime_get_ns();
	u32 rem = __div64_32(&ns, NSEC_PER_SEC);

	pr_info("%s: up %llu.%03u s, %lu timer events\n", why, ns,
		rem / 1000000, tick_count());
}

static void key_notify(void)
{
	key_pending = 1;
}

void __init console_input_init(void)
{
	if (serial8250_init_irq(key_notify))
		pr_info("console: no interrupt-driven input\n");
	else
		pr_info("console: press a key for the uptime (Ctrl-A X quits QEMU)\n");
}

void cpu_idle(void)
{
	u64 next_beat = (u64)heartbeat_sec * NSEC_PER_SEC;
	int c;

	for (;;) {
		if (key_pending) {
			key_pending = 0;
			while ((c = serial8250_getc()) >= 0)
				;
			print_uptime("key");
		}
		if (heartbeat_sec && ktime_get_ns() >= next_beat) {
			print_uptime("heartbeat");
			next_beat += (u64)heartbeat_sec * NSEC_PER_SEC;
		}
		if (current->need_resched) {
			schedule();
			continue;
		}
		local_irq_disable();
		if (!key_pending && !current->need_resched)
			safe_halt();
		else
			local_irq_enable();
	}
}
