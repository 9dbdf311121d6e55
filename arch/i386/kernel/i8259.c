// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/i8259.c - the two cascaded 8259A interrupt controllers.
 *
 * IRQs 0-7 on the master, 8-15 on the slave (cascaded on master line 2),
 * remapped to vectors 0x20-0x2f.  Lines are masked through the interrupt
 * mask registers; acknowledging sends a specific EOI (slave and master
 * for a slave line).  A spurious IRQ 7 or 15 (in-service bit clear) is
 * counted and not acknowledged, as the 8259A requires.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <asm/io.h>
#include <asm/irqflags.h>
#include <asm/i8259.h>

#define PIC_MASTER_CMD	0x20
#define PIC_MASTER_IMR	0x21
#define PIC_SLAVE_CMD	0xa0
#define PIC_SLAVE_IMR	0xa1
#define PIC_CASCADE_IR	2

#define ICW1_INIT	0x11	/* edge triggered, cascade, ICW4 needed */
#define ICW4_8086	0x01
#define OCW3_READ_ISR	0x0b
#define OCW2_SEOI	0x60	/* specific EOI, | line */

static unsigned int cached_mask = 0xffff;
unsigned long i8259_spurious;

static void write_masks(void)
{
	outb(cached_mask & 0xff, PIC_MASTER_IMR);
	outb(cached_mask >> 8, PIC_SLAVE_IMR);
}

static void i8259_mask(struct irq_desc *d)
{
	cached_mask |= 1u << d->hwirq;
	write_masks();
}

static void i8259_unmask(struct irq_desc *d)
{
	cached_mask &= ~(1u << d->hwirq);
	if (d->hwirq >= 8)
		cached_mask &= ~(1u << PIC_CASCADE_IR);
	write_masks();
}

static int in_service(unsigned int line)
{
	u16 port = line < 8 ? PIC_MASTER_CMD : PIC_SLAVE_CMD;

	outb(OCW3_READ_ISR, port);
	return inb(port) & (1u << (line & 7));
}

static void i8259_ack(struct irq_desc *d)
{
	unsigned int line = d->hwirq;

	if (line >= 8) {
		outb(OCW2_SEOI | (line & 7), PIC_SLAVE_CMD);
		outb(OCW2_SEOI | PIC_CASCADE_IR, PIC_MASTER_CMD);
	} else {
		outb(OCW2_SEOI | line, PIC_MASTER_CMD);
	}
}

static const struct irq_chip i8259_chip = {
	.name = "XT-PIC",
	.irq_mask = i8259_mask,
	.irq_unmask = i8259_unmask,
	.irq_ack = i8259_ack,
};

/* IRQ 7 and 15 fire spuriously when a request goes away before INTA. */
static void i8259_handle(struct irq_desc *d)
{
	unsigned int line = d->hwirq;

	if ((line == 7 || line == 15) && !in_service(line)) {
		i8259_spurious++;
		if (line == 15)		/* the master did see the cascade */
			outb(OCW2_SEOI | PIC_CASCADE_IR, PIC_MASTER_CMD);
		return;
	}
	handle_level_irq(d);
}

void __init init_8259A(void)
{
	unsigned long flags;
	unsigned int irq;

	local_irq_save(flags);
	outb(0xff, PIC_MASTER_IMR);
	outb(0xff, PIC_SLAVE_IMR);

	outb_p(ICW1_INIT, PIC_MASTER_CMD);
	outb_p(PIC_VECTOR_BASE, PIC_MASTER_IMR);	/* ICW2: vector base */
	outb_p(1u << PIC_CASCADE_IR, PIC_MASTER_IMR);	/* ICW3: slave on IR2 */
	outb_p(ICW4_8086, PIC_MASTER_IMR);

	outb_p(ICW1_INIT, PIC_SLAVE_CMD);
	outb_p(PIC_VECTOR_BASE + 8, PIC_SLAVE_IMR);
	outb_p(PIC_CASCADE_IR, PIC_SLAVE_IMR);		/* ICW3: cascade id */
	outb_p(ICW4_8086, PIC_SLAVE_IMR);

	cached_mask = 0xffff;
	write_masks();
	for (irq = 0; irq < NR_LEGACY_IRQS; irq++) {
		irq_set_chip_and_handler(irq, &i8259_chip, i8259_handle);
		irq_bind_vector(PIC_VECTOR_BASE + irq, irq);
	}
	local_irq_restore(flags);
}

/* The mask register contents (for tests and diagnostics). */
unsigned int i8259_get_mask(void)
{
	return cached_mask;
}
