// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/events.c - event channels as interrupts.
 *
 * Xen signals a guest on event channels: a pending bit per port in
 * shared_info, a selector word per 32 ports in the vcpu_info, and one
 * upcall (xen_hypervisor_callback, xen-asm.S).  The upcall arrives as a
 * pseudo-vector bound to one IRQ whose flow handler finds the pending,
 * unmasked ports and runs the IRQ bound to each.  The event-channel
 * irq_chip masks a port with its mask bit and acknowledges it by
 * clearing its pending bit.  Virtual interrupts (the timer, the
 * console) are bound with xen_bind_virq().
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <asm/segment.h>
#include <asm/irqflags.h>
#include "xen-ops.h"

#define XEN_UPCALL_VECTOR	0x20	/* as in xen-asm.S */
#define UPCALL_IRQ		0
#define NR_PORTS		1024	/* ports bound here stay below */

extern const u8 xen_hypervisor_callback[], xen_failsafe_callback[];

static const struct irq_chip xen_upcall_chip = { .name = "xen-upcall" };
static int port_to_irq[NR_PORTS];
static unsigned int next_irq = UPCALL_IRQ + 1;

static void set_bit_locked(unsigned int nr, unsigned long *words)
{
	__sync_fetch_and_or(&words[nr / (8 * sizeof(long))],
			    1UL << (nr % (8 * sizeof(long))));
}

static void clear_bit_locked(unsigned int nr, unsigned long *words)
{
	__sync_fetch_and_and(&words[nr / (8 * sizeof(long))],
			     ~(1UL << (nr % (8 * sizeof(long)))));
}

static void evtchn_mask(struct irq_desc *d)
{
	set_bit_locked(d->hwirq, xen_shared_info->evtchn_mask);
}

/* Unmasking a port that became pending while masked needs Xen. */
void xen_evtchn_unmask(unsigned int port)
{
	struct evtchn_unmask u = { .port = port };

	clear_bit_locked(port, xen_shared_info->evtchn_mask);
	if ((xen_shared_info->evtchn_pending[port / 32] >> (port % 32)) & 1)
		HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &u);
}

static void evtchn_unmask(struct irq_desc *d)
{
	xen_evtchn_unmask(d->hwirq);
}

static void evtchn_ack(struct irq_desc *d)
{
	clear_bit_locked(d->hwirq, xen_shared_info->evtchn_pending);
}

static const struct irq_chip xen_evtchn_chip = {
	.name = "xen-evtchn",
	.irq_mask = evtchn_mask,
	.irq_unmask = evtchn_unmask,
	.irq_ack = evtchn_ack,
};

/*
 * The upcall: every pending, unmasked port, until no new event came.
 * The vcpu's pending flag is cleared before looking, so an event that
 * arrives while we look leaves it set and brings us round again.
 */
void xen_evtchn_do_upcall(void)
{
	struct vcpu_info *v = xen_vcpu;
	struct shared_info *s = xen_shared_info;
	unsigned long sel, pending;
	unsigned int word, bit, port;

	do {
		v->evtchn_upcall_pending = 0;
		sel = __sync_lock_test_and_set(&v->evtchn_pending_sel, 0);
		while (sel) {
			word = __builtin_ctzl(sel);
			sel &= sel - 1;
			pending = s->evtchn_pending[word] & ~s->evtchn_mask[word];
			while (pending) {
				bit = __builtin_ctzl(pending);
				pending &= pending - 1;
				port = word * 32 + bit;
				if (port < NR_PORTS && port_to_irq[port] > 0)
					generic_handle_irq(port_to_irq[port]);
				else
					clear_bit_locked(port, s->evtchn_pending);
			}
		}
	} while (v->evtchn_upcall_pending);
}

/* Upcalls taken, and the stack pointer of the last (xen_test.c). */
unsigned long xen_upcalls, xen_upcall_sp;

static void handle_upcall(struct irq_desc *d)
{
	d->count++;
	xen_upcalls++;
	__asm__ __volatile__("movl %%esp, %0" : "=r"(xen_upcall_sp));
	xen_evtchn_do_upcall();
}

/* A virtual interrupt on its own port and IRQ; the IRQ, or -errno. */
int xen_bind_virq(unsigned int virq, const char *name)
{
	struct evtchn_bind_virq b = { .virq = virq, .vcpu = 0 };
	long err = HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &b);
	unsigned int irq;

	if (err) {
		pr_err("xen: EVTCHNOP_bind_virq(%u) for %s failed: %ld\n",
		       virq, name, err);
		return err;
	}
	if (b.port >= NR_PORTS || next_irq >= CONFIG_NR_IRQS) {
		pr_err("xen: no IRQ for port %u (%s)\n", b.port, name);
		return -ENOSPC;
	}
	irq = next_irq++;
	port_to_irq[b.port] = irq;
	irq_set_chip_and_handler(irq, &xen_evtchn_chip, handle_edge_irq);
	irq_to_desc(irq)->hwirq = b.port;
	return irq;
}

static void register_callback(unsigned int type, const void *entry,
			      const char *what)
{
	struct callback_register cb = {
		.type = type,
		.address = { .cs = __KERNEL_CS, .eip = (unsigned long)entry },
	};
	long err = HYPERVISOR_callback_op(CALLBACKOP_register, &cb);

	if (err)
		panic("xen: registering the %s callback failed: %ld", what,
		      err);
}

/* The platform's init_irq: no PIC, no APIC; events and their upcall. */
void __init xen_init_IRQ(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(xen_shared_info->evtchn_mask); i++)
		xen_shared_info->evtchn_mask[i] = ~0UL;
	irq_set_chip_and_handler(UPCALL_IRQ, &xen_upcall_chip, handle_upcall);
	irq_bind_vector(XEN_UPCALL_VECTOR, UPCALL_IRQ);
	register_callback(CALLBACKTYPE_event, xen_hypervisor_callback,
			  "event");
	register_callback(CALLBACKTYPE_failsafe, xen_failsafe_callback,
			  "failsafe");
}
