// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/irq_test.c - tests of the generic IRQ layer.
 *
 * A recording chip on an unused IRQ number checks what the flow handlers
 * do and in which order; a software interrupt ("int $vector") bound to
 * that IRQ checks the whole path from the IDT to the action.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/irq.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/irqflags.h>
#include <asm/platform.h>

#define TEST_IRQ	(CONFIG_NR_IRQS - 1)
#define TEST_VECTOR	0x3f

static char trace[64];
static unsigned int trace_len;
static int handled_a, handled_b;

static void note(char c)
{
	if (trace_len < sizeof(trace) - 1)
		trace[trace_len++] = c;
	trace[trace_len] = '\0';
}

static void rec_mask(struct irq_desc *d) { note('m'); }
static void rec_unmask(struct irq_desc *d) { note('u'); }
static void rec_ack(struct irq_desc *d) { note('a'); }
static void rec_eoi(struct irq_desc *d) { note('e'); }

static const struct irq_chip rec_chip = {
	.name = "test",
	.irq_mask = rec_mask,
	.irq_unmask = rec_unmask,
	.irq_ack = rec_ack,
	.irq_eoi = rec_eoi,
};

static irqreturn_t handler_a(int irq, void *dev)
{
	note('A');
	handled_a++;
	return IRQ_HANDLED;
}

static irqreturn_t handler_b(int irq, void *dev)
{
	note('B');
	handled_b++;
	return IRQ_NONE;
}

static int irq_test_init(void)
{
	trace_len = 0;
	trace[0] = '\0';
	handled_a = handled_b = 0;
	irq_set_chip_and_handler(TEST_IRQ, &rec_chip, handle_level_irq);
	return 0;
}

static void irq_test_exit(void)
{
	struct irq_desc *d = irq_to_desc(TEST_IRQ);

	while (d->action)
		free_irq(TEST_IRQ, d->action->dev_id);
	irq_set_chip_and_handler(TEST_IRQ, NULL, NULL);
	irq_unbind_vector(TEST_VECTOR);
	d->count = d->unhandled = 0;
}

static void irq_request_unmasks(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, request_irq(TEST_IRQ, handler_a, 0, "a", &handled_a), 0);
	KTEST_EXPECT_STREQ(t, trace, "u");
	free_irq(TEST_IRQ, &handled_a);
	KTEST_EXPECT_STREQ(t, trace, "um");
}

static void irq_level_flow_order(struct ktest *t)
{
	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_a, 0, "a", &handled_a));
	trace_len = 0;
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_STREQ(t, trace, "maAu");
	KTEST_EXPECT_EQ(t, irq_to_desc(TEST_IRQ)->count, 1);
}

static void irq_edge_and_fasteoi_flows(struct ktest *t)
{
	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_a, 0, "a", &handled_a));
	irq_set_chip_and_handler(TEST_IRQ, &rec_chip, handle_edge_irq);
	trace_len = 0;
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_STREQ(t, trace, "aA");
	irq_set_chip_and_handler(TEST_IRQ, &rec_chip, handle_fasteoi_irq);
	trace_len = 0;
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_STREQ(t, trace, "Ae");
}

static void irq_shared_handlers(struct ktest *t)
{
	struct irq_desc *d = irq_to_desc(TEST_IRQ);

	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_a, IRQF_SHARED, "a",
				     &handled_a));
	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_b, IRQF_SHARED, "b",
				     &handled_b));
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_EQ(t, handled_a, 1);
	KTEST_EXPECT_EQ(t, handled_b, 1);
	KTEST_EXPECT_EQ(t, d->unhandled, 0);
	free_irq(TEST_IRQ, &handled_a);
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_EQ(t, handled_a, 1);
	KTEST_EXPECT_EQ(t, handled_b, 2);
	KTEST_EXPECT_EQ(t, d->unhandled, 1);	/* b returned IRQ_NONE */
}

static void irq_busy_without_shared(struct ktest *t)
{
	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_a, 0, "a", &handled_a));
	KTEST_EXPECT_EQ(t, request_irq(TEST_IRQ, handler_b, IRQF_SHARED, "b",
				       &handled_b), -EBUSY);
	KTEST_EXPECT_EQ(t, request_irq(CONFIG_NR_IRQS, handler_b, 0, "b",
				       &handled_b), -EINVAL);
}

static void irq_disable_nests(struct ktest *t)
{
	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_a, 0, "a", &handled_a));
	trace_len = 0;
	disable_irq(TEST_IRQ);
	disable_irq(TEST_IRQ);
	KTEST_EXPECT_STREQ(t, trace, "m");
	enable_irq(TEST_IRQ);
	KTEST_EXPECT_STREQ(t, trace, "m");
	/* While disabled, an interrupt is acknowledged but not handled. */
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_EQ(t, handled_a, 0);
	enable_irq(TEST_IRQ);
	KTEST_EXPECT_EQ(t, trace[trace_len - 1], 'u');
	generic_handle_irq(TEST_IRQ);
	KTEST_EXPECT_EQ(t, handled_a, 1);
}

/* "int $0x3f" goes through the IDT stub, entry.S and do_entry(). */
static void irq_through_idt(struct ktest *t)
{
	unsigned long flags;

	if (!pc_platform())
		KTEST_SKIP(t, "interrupts do not come through IDT vectors here");
	KTEST_ASSERT(t, !request_irq(TEST_IRQ, handler_a, 0, "a", &handled_a));
	irq_bind_vector(TEST_VECTOR, TEST_IRQ);
	KTEST_EXPECT_EQ(t, vector_to_irq(TEST_VECTOR), TEST_IRQ);
	local_irq_save(flags);
	__asm__ __volatile__("int %0" : : "i"(TEST_VECTOR) : "memory");
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, handled_a, 1);
	/* The interrupt flag came back as it was. */
	KTEST_EXPECT_EQ(t, arch_local_save_flags() & X86_EFLAGS_IF,
			flags & X86_EFLAGS_IF);
}

static void irq_legacy_lines_on_pic(struct ktest *t)
{
	struct irq_desc *d = irq_to_desc(4);

	if (!pc_platform())
		KTEST_SKIP(t, "no 8259 PIC on this platform");
	KTEST_ASSERT(t, d && d->chip);
	KTEST_EXPECT_STREQ(t, d->chip->name, "XT-PIC");
	KTEST_EXPECT_EQ(t, vector_to_irq(0x20), 0);
	KTEST_EXPECT_EQ(t, vector_to_irq(0x2f), 15);
	KTEST_EXPECT_EQ(t, vector_to_irq(0x30) < 0 || vector_to_irq(0x30) >= 16, 1);
}

static const struct ktest_case irq_cases[] = {
	KTEST_CASE(irq_request_unmasks),
	KTEST_CASE(irq_level_flow_order),
	KTEST_CASE(irq_edge_and_fasteoi_flows),
	KTEST_CASE(irq_shared_handlers),
	KTEST_CASE(irq_busy_without_shared),
	KTEST_CASE(irq_disable_nests),
	KTEST_CASE(irq_through_idt),
	KTEST_CASE(irq_legacy_lines_on_pic),
	{}
};

KTEST_SUITE_EXT(irq, irq_cases, irq_test_init, irq_test_exit);
