// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/irqdesc.c - interrupt descriptors and their handlers.
 *
 * Holds one descriptor per IRQ number and the vector -> IRQ table the
 * architecture fills, and implements request_irq()/free_irq() and the
 * nesting disable_irq()/enable_irq().
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <asm/irqflags.h>

static struct irq_desc irq_descs[CONFIG_NR_IRQS];
static s16 vector_irq[256];

struct irq_desc *irq_to_desc(unsigned int irq)
{
	return irq < CONFIG_NR_IRQS ? &irq_descs[irq] : NULL;
}

void __init early_irq_init(void)
{
	unsigned int i;

	for (i = 0; i < CONFIG_NR_IRQS; i++) {
		irq_descs[i].irq = i;
		irq_descs[i].hwirq = i;
		irq_descs[i].depth = 1;		/* masked until requested */
		irq_descs[i].status = IRQS_MASKED;
	}
	for (i = 0; i < 256; i++)
		vector_irq[i] = -1;
}

void irq_bind_vector(unsigned int vector, unsigned int irq)
{
	if (vector < 256 && irq < CONFIG_NR_IRQS)
		vector_irq[vector] = irq;
}

void irq_unbind_vector(unsigned int vector)
{
	if (vector < 256)
		vector_irq[vector] = -1;
}

int vector_to_irq(unsigned int vector)
{
	return vector < 256 ? vector_irq[vector] : -1;
}

void irq_set_chip_and_handler(unsigned int irq, const struct irq_chip *chip,
			      irq_flow_handler_t handle)
{
	struct irq_desc *d = irq_to_desc(irq);

	if (!d)
		return;
	d->chip = chip;
	d->handle_irq = handle;
}

void irq_set_chip_data(unsigned int irq, void *data)
{
	struct irq_desc *d = irq_to_desc(irq);

	if (d)
		d->chip_data = data;
}

int generic_handle_irq(unsigned int irq)
{
	struct irq_desc *d = irq_to_desc(irq);

	if (!d || !d->handle_irq)
		return -EINVAL;
	d->handle_irq(d);
	return 0;
}

static void irq_startup(struct irq_desc *d)
{
	d->status &= ~IRQS_MASKED;
	if (d->chip->irq_startup)
		d->chip->irq_startup(d);
	else if (d->chip->irq_unmask)
		d->chip->irq_unmask(d);
}

static void irq_shutdown(struct irq_desc *d)
{
	d->status |= IRQS_MASKED;
	if (d->chip->irq_shutdown)
		d->chip->irq_shutdown(d);
	else if (d->chip->irq_mask)
		d->chip->irq_mask(d);
}

int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
		const char *name, void *dev_id)
{
	struct irq_desc *d = irq_to_desc(irq);
	struct irqaction *a, **pp;
	unsigned long f;

	if (!d || !handler)
		return -EINVAL;
	if (!d->chip)
		return -ENXIO;
	a = kzalloc(sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->handler = handler;
	a->dev_id = dev_id;
	a->name = name;
	a->flags = flags;

	local_irq_save(f);
	if (d->action && !((d->action->flags & flags) & IRQF_SHARED)) {
		local_irq_restore(f);
		kfree(a);
		return -EBUSY;
	}
	for (pp = &d->action; *pp; pp = &(*pp)->next)
		;
	*pp = a;
	if (!d->name)
		d->name = name;
	if (pp == &d->action) {
		d->depth = 0;
		irq_startup(d);
	}
	local_irq_restore(f);
	return 0;
}

void free_irq(unsigned int irq, void *dev_id)
{
	struct irq_desc *d = irq_to_desc(irq);
	struct irqaction *a = NULL, **pp;
	unsigned long f;

	if (!d)
		return;
	local_irq_save(f);
	for (pp = &d->action; *pp; pp = &(*pp)->next) {
		if ((*pp)->dev_id == dev_id) {
			a = *pp;
			*pp = a->next;
			break;
		}
	}
	if (a && !d->action) {
		irq_shutdown(d);
		d->depth = 1;
		d->name = NULL;
	}
	local_irq_restore(f);
	if (!a)
		pr_warn("free_irq: IRQ %u has no handler for %p\n", irq, dev_id);
	kfree(a);
}

void disable_irq(unsigned int irq)
{
	struct irq_desc *d = irq_to_desc(irq);
	unsigned long f;

	if (!d || !d->chip)
		return;
	local_irq_save(f);
	if (!d->depth++) {
		d->status |= IRQS_MASKED;
		if (d->chip->irq_mask)
			d->chip->irq_mask(d);
	}
	local_irq_restore(f);
}

void enable_irq(unsigned int irq)
{
	struct irq_desc *d = irq_to_desc(irq);
	unsigned long f;

	if (!d || !d->chip)
		return;
	local_irq_save(f);
	if (!d->depth)
		pr_warn("enable_irq: unbalanced enable of IRQ %u\n", irq);
	else if (!--d->depth && d->action) {
		d->status &= ~IRQS_MASKED;
		if (d->chip->irq_unmask)
			d->chip->irq_unmask(d);
	}
	local_irq_restore(f);
}
