// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/irq.c - interrupt controllers at boot.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <asm/i8259.h>
#include <asm/apic.h>

static unsigned long bad_vectors;

void ack_bad_irq(unsigned int vector)
{
	if (!bad_vectors++)
		pr_warn("irq: unexpected interrupt on vector %#x\n", vector);
}

/* The 8259 pair owns IRQs 0-15; the local APIC adds its own vectors. */
void __init init_IRQ(void)
{
	early_irq_init();
	init_8259A();
	apic_init();
}
