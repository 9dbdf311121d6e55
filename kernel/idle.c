// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/idle.c - the idle loop.
 *
 * Halts with interrupts enabled ("sti; hlt" has no window for a lost
 * wake-up) and, between interrupts, prints the heartbeat= line, so a
 * person at the console can see the timer running.  (Console keys go to
 * the console tty, drivers/tty/tty_io.c.)
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/idle.h>
#include <linux/time.h>
#include <linux/clockchips.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <asm/irqflags.h>
#include <asm/div64.h>

static unsigned int heartbeat_sec = CONFIG_HEARTBEAT_SECONDS;

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

void cpu_idle(void)
{
	u64 next_beat = (u64)heartbeat_sec * NSEC_PER_SEC;

	for (;;) {
		if (heartbeat_sec && ktime_get_ns() >= next_beat) {
			print_uptime("heartbeat");
			next_beat += (u64)heartbeat_sec * NSEC_PER_SEC;
		}
		if (current->need_resched) {
			schedule();
			continue;
		}
		local_irq_disable();
		if (!current->need_resched)
			safe_halt();
		else
			local_irq_enable();
	}
}
