// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/irq.c - interrupt controllers at boot.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <asm/platform.h>

static unsigned long bad_vectors;

void ack_bad_irq(unsigned int vector)
{
	if (!bad_vectors++)
		pr_warn("irq: unexpected interrupt on vector %#x\n", vector);
}

/* IRQ descriptors, then the platform's interrupt controllers. */
void __init init_IRQ(void)
{
	early_irq_init();
	x86_platform.init_irq();
}
