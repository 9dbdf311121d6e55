// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/reboot.c - powering off and leaving QEMU.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/io.h>
#include <asm/irqflags.h>

/* PIIX4 power management: SLP_EN with sleep type 0 (S5 in QEMU's DSDT). */
#define PIIX4_PM1A_CNT	0x604
#define PM1_SLP_EN_S5	0x2000

static void __noreturn halt_forever(void)
{
	local_irq_disable();
	for (;;)
		halt();
}

void machine_power_off(void)
{
	local_irq_disable();
	outw(PM1_SLP_EN_S5, PIIX4_PM1A_CNT);
	halt_forever();
}

/* Pulses the reset line through the keyboard controller. */
void machine_restart(void)
{
	local_irq_disable();
	outb(0xfe, 0x64);
	halt_forever();
}

void machine_exit(int status)
{
	local_irq_disable();
	outb(status, DEBUG_EXIT_PORT);
	/* No isa-debug-exit device: power off instead. */
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
