/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/types.h>

typedef enum irqreturn {
	IRQ_NONE = 0,
	IRQ_HANDLED = 1,
} irqreturn_t;

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

struct irqaction {
	irq_handler_t handler;
	void *dev_id;
	const char *name;
	unsigned long flags;
	struct irqaction *next;
};

#define IRQF_SHARED	0x01

/* Adds a handler to irq and unmasks it; -EBUSY if not shareable. */
int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
		const char *name, void *dev_id);
/* Removes the handler registered with dev_id; masks the line if last. */
void free_irq(unsigned int irq, void *dev_id);

/* Nesting mask/unmask of a line. */
void disable_irq(unsigned int irq);
void enable_irq(unsigned int irq);

/* Nonzero while an interrupt handler runs. */
int in_interrupt(void);
/* In an interrupt that interrupted user mode (for CPU time accounting). */
int irq_interrupted_user(void);

#endif /* _LINUX_INTERRUPT_H */
