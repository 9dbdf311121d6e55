// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/console.c - dom0's console: Xen's own, through the
 * console_io hypercall.  Output is written straight through; input
 * arrives with VIRQ_CONSOLE and is read with CONSOLEIO_read into a small
 * ring that the console tty drains.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/interrupt.h>
#include <asm/irqflags.h>
#include "xen-ops.h"

#define RX_RING	256

static char rx[RX_RING];
static unsigned int rx_head, rx_tail;
static void (*rx_notify)(void);

void xen_raw_console_write(const char *s)
{
	HYPERVISOR_console_io(CONSOLEIO_write, strlen(s), (char *)s);
}

/* Xen's console takes "\n" as a line end: no "\r" to add. */
static void xen_console_write(struct console *con, const char *s, size_t n)
{
	while (n) {
		size_t chunk = n > 512 ? 512 : n;

		HYPERVISOR_console_io(CONSOLEIO_write, chunk, (char *)s);
		s += chunk;
		n -= chunk;
	}
}

/* Moves what Xen has into the ring; interrupts off. */
static void xen_console_fill(void)
{
	char buf[32];
	long n, i;

	while (rx_head - rx_tail < RX_RING - sizeof(buf)) {
		n = HYPERVISOR_console_io(CONSOLEIO_read, sizeof(buf), buf);
		if (n <= 0)
			break;
		for (i = 0; i < n; i++)
			rx[rx_head++ % RX_RING] = buf[i];
	}
}

static int xen_console_read(struct console *con)
{
	unsigned long flags;
	int c = -1;

	local_irq_save(flags);
	if (rx_head == rx_tail)
		xen_console_fill();
	if (rx_head != rx_tail)
		c = (unsigned char)rx[rx_tail++ % RX_RING];
	local_irq_restore(flags);
	return c;
}

static irqreturn_t xen_console_interrupt(int irq, void *dev_id)
{
	xen_console_fill();
	if (rx_head != rx_tail && rx_notify)
		rx_notify();
	return IRQ_HANDLED;
}

static int xen_console_start_input(struct console *con, void (*notify)(void))
{
	int irq = xen_bind_virq(VIRQ_CONSOLE, "xen-console");
	unsigned long flags;
	int err;

	if (irq < 0)
		return irq;
	rx_notify = notify;
	err = request_irq(irq, xen_console_interrupt, 0, "xen-console", NULL);
	if (err)
		return err;
	/* What arrived before the binding raised no event: look now. */
	local_irq_save(flags);
	xen_console_fill();
	local_irq_restore(flags);
	if (rx_head != rx_tail)
		notify();
	return 0;
}

static struct console xen_console = {
	.name = "hvc",
	.write = xen_console_write,
	.read_char = xen_console_read,
	.start_input = xen_console_start_input,
};

void __init xen_console_init(void)
{
	register_console(&xen_console);
}
