// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/platform.c - the native platform (a PC as QEMU
 * emulates it) and installing a backend's platform table over it.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/serial.h>
#include <asm/platform.h>
#include <asm/i8259.h>
#include <asm/apic.h>
#include <asm/io.h>
#include <asm/irqflags.h>
#include <asm/debug-exit.h>

/* PIIX4 power management: SLP_EN with sleep type 0 (S5 in QEMU's DSDT). */
#define PIIX4_PM1A_CNT	0x604
#define PM1_SLP_EN_S5	0x2000
#define KBC_COMMAND	0x64
#define KBC_PULSE_RESET	0xfe

/* The 8259 pair owns IRQs 0-15; the local APIC adds its own vectors. */
static void __init native_init_irq(void)
{
	init_8259A();
	apic_init();
}

static void native_power_off(void)
{
	outw(PM1_SLP_EN_S5, PIIX4_PM1A_CNT);
}

/* Pulses the reset line through the keyboard controller. */
static void native_restart(void)
{
	outb(KBC_PULSE_RESET, KBC_COMMAND);
}

static void native_halt_forever(void)
{
	for (;;)
		halt();
}

/* QEMU's isa-debug-exit; without the device nothing happens. */
static void native_exit(int status)
{
	outb(status, DEBUG_EXIT_PORT);
}

#define NATIVE_PLATFORM {				\
	.name = "PC",					\
	.init_irq = native_init_irq,			\
	.console_init = serial8250_console_init,	\
	.power_off = native_power_off,			\
	.restart = native_restart,			\
	.halt = native_halt_forever,			\
	.exit = native_exit,				\
}

const struct x86_platform_ops native_platform = NATIVE_PLATFORM;
struct x86_platform_ops x86_platform = NATIVE_PLATFORM;

void x86_platform_fill(struct x86_platform_ops *dst,
		       const struct x86_platform_ops *p)
{
	void **d = (void **)dst;
	void *const *src = (void *const *)p;
	void *const *native = (void *const *)&native_platform;
	unsigned int i;

	for (i = 0; i < sizeof(*dst) / sizeof(void *); i++)
		d[i] = p && src[i] ? src[i] : native[i];
}

void x86_platform_install(const struct x86_platform_ops *p)
{
	x86_platform_fill(&x86_platform, p);
}
