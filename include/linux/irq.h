/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/types.h>
#include <linux/interrupt.h>

/*
 * Generic IRQ layer.  Each interrupt line has a descriptor with a chip
 * (who masks and acknowledges it: 8259 PIC, local APIC, Xen event
 * channels) and a flow handler (how: level, edge, per-cpu), which calls
 * the actions drivers registered with request_irq().
 */
struct irq_desc;

struct irq_chip {
	const char *name;
	void (*irq_mask)(struct irq_desc *desc);
	void (*irq_unmask)(struct irq_desc *desc);
	void (*irq_ack)(struct irq_desc *desc);	/* before handling */
	void (*irq_eoi)(struct irq_desc *desc);	/* after handling */
	void (*irq_startup)(struct irq_desc *desc);
	void (*irq_shutdown)(struct irq_desc *desc);
};

typedef void (*irq_flow_handler_t)(struct irq_desc *desc);

struct irq_desc {
	unsigned int irq;
	unsigned int hwirq;		/* number on the chip (PIC line, ...) */
	const struct irq_chip *chip;
	void *chip_data;
	irq_flow_handler_t handle_irq;
	struct irqaction *action;
	unsigned int depth;		/* nested disable_irq() count */
	unsigned int status;
	unsigned long count;		/* interrupts seen */
	unsigned long unhandled;	/* ... that no action claimed */
	const char *name;
};

#define IRQS_MASKED	0x01
#define IRQS_INPROGRESS	0x02

struct irq_desc *irq_to_desc(unsigned int irq);

void irq_set_chip_and_handler(unsigned int irq, const struct irq_chip *chip,
			      irq_flow_handler_t handle);
void irq_set_chip_data(unsigned int irq, void *data);

/* Flow handlers. */
void handle_level_irq(struct irq_desc *desc);
void handle_edge_irq(struct irq_desc *desc);
void handle_fasteoi_irq(struct irq_desc *desc);
void handle_percpu_irq(struct irq_desc *desc);

/* Runs the flow handler of irq; called by the arch entry code. */
int generic_handle_irq(unsigned int irq);

/* Architecture: which IRQ a CPU vector delivers (-1 for none). */
void irq_bind_vector(unsigned int vector, unsigned int irq);
void irq_unbind_vector(unsigned int vector);
int vector_to_irq(unsigned int vector);

/* Called for a vector with no IRQ bound. */
void ack_bad_irq(unsigned int vector);

void early_irq_init(void);

#endif /* _LINUX_IRQ_H */
