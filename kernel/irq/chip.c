// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/chip.c - flow handlers: how a line is acknowledged around
 * its actions.
 *
 *  level:  mask + ack, run actions, unmask (the line stays asserted
 *          until the device is serviced)
 *  edge:   ack, run actions (a new edge may arrive meanwhile)
 *  fasteoi and per-cpu: run actions, then eoi
 */
#include <linux/kernel.h>
#include <linux/irq.h>

/* Calls every action on the line; returns whether any claimed it. */
static irqreturn_t handle_irq_event(struct irq_desc *d)
{
	irqreturn_t ret = IRQ_NONE;
	struct irqaction *a;

	d->status |= IRQS_INPROGRESS;
	for (a = d->action; a; a = a->next)
		ret |= a->handler(d->irq, a->dev_id);
	d->status &= ~IRQS_INPROGRESS;
	d->count++;
	if (ret == IRQ_NONE)
		d->unhandled++;
	return ret;
}

void handle_level_irq(struct irq_desc *d)
{
	if (d->chip->irq_mask)
		d->chip->irq_mask(d);
	if (d->chip->irq_ack)
		d->chip->irq_ack(d);
	if (!d->action || (d->status & IRQS_MASKED)) {
		d->unhandled++;
		return;		/* stays masked */
	}
	handle_irq_event(d);
	if (!(d->status & IRQS_MASKED) && d->chip->irq_unmask)
		d->chip->irq_unmask(d);
}

void handle_edge_irq(struct irq_desc *d)
{
	if (d->chip->irq_ack)
		d->chip->irq_ack(d);
	if (!d->action || (d->status & IRQS_MASKED)) {
		d->unhandled++;
		if (d->chip->irq_mask)
			d->chip->irq_mask(d);
		return;
	}
	handle_irq_event(d);
}

void handle_fasteoi_irq(struct irq_desc *d)
{
	if (d->action && !(d->status & IRQS_MASKED))
		handle_irq_event(d);
	else
		d->unhandled++;
	if (d->chip->irq_eoi)
		d->chip->irq_eoi(d);
}

void handle_percpu_irq(struct irq_desc *d)
{
	if (d->chip->irq_ack)
		d->chip->irq_ack(d);
	if (d->action)
		handle_irq_event(d);
	else
		d->unhandled++;
	if (d->chip->irq_eoi)
		d->chip->irq_eoi(d);
}
