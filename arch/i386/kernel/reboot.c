// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/reboot.c - stopping the machine, however the platform
 * (asm/platform.h) does it: power off, restart, halt, or the end of a
 * test run with a status.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/platform.h>
#include <asm/irqflags.h>

void machine_halt(void)
{
	local_irq_disable();
	x86_platform.halt();
	for (;;)
		halt();
}

void machine_power_off(void)
{
	local_irq_disable();
	x86_platform.power_off();
	machine_halt();
}

void machine_restart(void)
{
	local_irq_disable();
	x86_platform.restart();
	machine_halt();
}

void machine_exit(int status)
{
	local_irq_disable();
	printk(KERN_EMERG DEBUG_EXIT_MESSAGE " %#x\n", status);
	x86_platform.exit(status);
	/* No way to give a status here: power off instead. */
	machine_power_off();
}

void boot_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintk(fmt, ap);
	va_end(ap);
	machine_exit(DEBUG_EXIT_FAIL);
}
