// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/panic.c - the end of the line.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/sched_stack.h>
#include <asm/irqflags.h>

static int in_panic;

/*
 * Prints the message and a backtrace, then ends the run with the PANIC
 * status so a test harness tells a crash from a failed test.
 */
void panic(const char *fmt, ...)
{
	static char buf[256];
	va_list ap;

	local_irq_disable();
	if (in_panic++)
		machine_exit(DEBUG_EXIT_PANIC);
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	dump_stack();
	printk(KERN_EMERG "---[ end Kernel panic - not syncing: %s ]---\n", buf);
	machine_exit(DEBUG_EXIT_PANIC);
}
