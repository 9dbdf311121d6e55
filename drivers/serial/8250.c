// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/serial/8250.c - 8250/16550 UART console (COM1..COM4).
 *
 * Output is polled: printk must work with interrupts off and before the
 * IRQ layer exists.  Input is interrupt driven once serial8250_init_irq()
 * has run: received bytes go to a small ring that console readers drain
 * and the line discipline of a later tty layer can hook.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/interrupt.h>
#include <linux/serial.h>
#include <asm/io.h>
#include <asm/irqflags.h>

#define UART_RBR	0	/* receive buffer (read) */
#define UART_THR	0	/* transmit holding (write) */
#define UART_DLL	0	/* divisor latch low (DLAB=1) */
#define UART_IER	1	/* interrupt enable */
#define UART_DLM	1	/* divisor latch high (DLAB=1) */
#define UART_FCR	2	/* FIFO control (write) */
#define UART_IIR	2	/* interrupt identification (read) */
#define UART_IIR_FIFOS	0xc0	/* the FIFOs are on */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */

#define UART_LCR_8N1	0x03
#define UART_LCR_DLAB	0x80
#define UART_LSR_DR	0x01	/* data ready */
#define UART_LSR_THRE	0x20	/* transmit holding register empty */
#define UART_IER_RDI	0x01	/* receive data interrupt */
#define UART_MCR_DTR_RTS_OUT2 0x0b

#define UART_CLOCK	115200
#define RX_RING		256

struct uart_port {
	u16 base;
	int irq;
	int present;
	unsigned int rx_head, rx_tail;
	unsigned long rx_dropped;
	char rx[RX_RING];
	void (*rx_notify)(void);
};

static struct uart_port ports[4] = {
	{ .base = 0x3f8, .irq = 4 }, { .base = 0x2f8, .irq = 3 },
	{ .base = 0x3e8, .irq = 4 }, { .base = 0x2e8, .irq = 3 },
};

static void uart_putc(struct uart_port *p, char c)
{
	unsigned int spins = 100000;

	while (!(inb(p->base + UART_LSR) & UART_LSR_THRE) && --spins)
		;
	outb(c, p->base + UART_THR);
}

static void serial_console_write(struct console *con, const char *s, size_t n)
{
	struct uart_port *p = con->data;

	while (n--) {
		if (*s == '\n')
			uart_putc(p, '\r');
		uart_putc(p, *s++);
	}
}

/* Moves bytes from the UART into the ring; called with interrupts off. */
static void uart_drain_rx(struct uart_port *p)
{
	while (inb(p->base + UART_LSR) & UART_LSR_DR) {
		char c = inb(p->base + UART_RBR);

		if (p->rx_head - p->rx_tail < RX_RING)
			p->rx[p->rx_head++ % RX_RING] = c;
		else
			p->rx_dropped++;
	}
}

/* The ring is shared with the interrupt handler: take it with IRQs off. */
static int serial_console_read(struct console *con)
{
	struct uart_port *p = con->data;
	unsigned long flags;
	int c = -1;

	local_irq_save(flags);
	if (p->rx_head == p->rx_tail)
		uart_drain_rx(p);
	if (p->rx_head != p->rx_tail)
		c = (unsigned char)p->rx[p->rx_tail++ % RX_RING];
	local_irq_restore(flags);
	return c;
}

/* The scratch-register test tells a UART from an empty port. */
static int uart_probe(struct uart_port *p)
{
	outb(0x5a, p->base + 7);
	if (inb(p->base + 7) != 0x5a)
		return 0;
	outb(0xa5, p->base + 7);
	return inb(p->base + 7) == 0xa5;
}

static void uart_setup(struct uart_port *p, unsigned int baud)
{
	unsigned int div = UART_CLOCK / baud;

	outb(0, p->base + UART_IER);
	outb(UART_LCR_DLAB, p->base + UART_LCR);
	outb(div & 0xff, p->base + UART_DLL);
	outb(div >> 8, p->base + UART_DLM);
	outb(UART_LCR_8N1, p->base + UART_LCR);
	/*
	 * Keep input typed during boot.  Turning the FIFOs on or off resets
	 * them (on QEMU's UART too), so leave their mode as the firmware
	 * set it: a byte that arrived between a drain and the switch would
	 * be lost.  If they are on, only the transmit FIFO is cleared.
	 */
	uart_drain_rx(p);
	if (inb(p->base + UART_IIR) & UART_IIR_FIFOS)
		outb(0xc5, p->base + UART_FCR);
	outb(UART_MCR_DTR_RTS_OUT2, p->base + UART_MCR);
}

static int serial_console_start_input(struct console *con,
				      void (*notify)(void));

static struct console serial_console = {
	.name = "ttyS",
	.write = serial_console_write,
	.read_char = serial_console_read,
	.start_input = serial_console_start_input,
};

/* Which port console= names (ttyS0..ttyS3), -1 for anything else. */
static int console_port(const char *pref)
{
	if (!pref)
		return 0;
	if (!strncmp(pref, "ttyS", 4) && pref[4] >= '0' && pref[4] <= '3' &&
	    (!pref[5] || pref[5] == ','))
		return pref[4] - '0';
	return -1;
}

/*
 * Registers the console; runs right after the early command-line pass.
 * A console= this driver cannot serve - no such port name, or no UART
 * at the port - falls back to ttyS0 with a warning, rather than leaving
 * the machine without output.
 */
void __init serial8250_console_init(void)
{
	const char *pref = console_preferred();
	int idx = console_port(pref), asked = idx;
	struct uart_port *p;

	if (idx < 0)
		idx = 0;
	p = &ports[idx];
	if (!uart_probe(p)) {
		if (idx == 0)
			return;
		idx = 0;
		p = &ports[0];
		if (!uart_probe(p))
			return;
	}
	p->present = 1;
	uart_setup(p, CONFIG_SERIAL_8250_BAUD);
	serial_console.index = idx;
	serial_console.data = p;
	register_console(&serial_console);
	if (asked < 0)
		pr_warn("console=%s: no such serial port (ttyS0..ttyS3); the console is ttyS0\n",
			pref);
	else if (asked != idx)
		pr_warn("console=ttyS%d: no UART at %#x; the console is ttyS0\n",
			asked, ports[asked].base);
}

static irqreturn_t serial8250_interrupt(int irq, void *dev_id)
{
	struct uart_port *p = dev_id;

	if (!(inb(p->base + UART_LSR) & UART_LSR_DR))
		return IRQ_NONE;
	/* The ISA line is edge-triggered: leave only with the UART empty. */
	do {
		uart_drain_rx(p);
		if (p->rx_notify)
			p->rx_notify();
	} while (inb(p->base + UART_LSR) & UART_LSR_DR);
	return IRQ_HANDLED;
}

/* Switches console input to interrupts; notify runs on each arrival. */
static int serial_console_start_input(struct console *con,
				      void (*notify)(void))
{
	struct uart_port *p = con->data;
	int err;

	p->rx_notify = notify;
	err = request_irq(p->irq, serial8250_interrupt, IRQF_SHARED,
			  "serial", p);
	if (err)
		return err;
	outb(UART_IER_RDI, p->base + UART_IER);
	/* Input kept from before the interrupt was on. */
	if (p->rx_head != p->rx_tail)
		notify();
	return 0;
}
