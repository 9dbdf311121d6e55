// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/apic.c - the local APIC of the boot CPU.
 *
 * The local APIC is found through CPUID, located through the APIC base
 * MSR and mapped through the fixmap.  It is software-enabled in virtual
 * wire mode: the 8259 still delivers IRQs 0-15 through LINT0, while the
 * APIC adds its own interrupts (timer, error, spurious) on high vectors
 * bound to IRQs 16 and up.  The "APIC" irq_chip acknowledges them with
 * an EOI write; the spurious vector gets none, as the SDM requires.
 *
 * The APIC timer, divided by 16, is a clock event device rated above the
 * PIT, with its rate measured on PIT channel 2.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/interrupt.h>
#include <linux/errno.h>
#include <linux/clockchips.h>
#include <asm/i8253.h>
#include <asm/apic.h>
#include <asm/irq_vectors.h>
#include <asm/fixmap.h>
#include <asm/msr.h>
#include <asm/processor.h>

static bool lapic_enabled;
static unsigned long apic_errors;

static void lapic_eoi(struct irq_desc *d)
{
	apic_write(APIC_EOI, 0);
}

static const struct irq_chip lapic_chip = {
	.name		= "APIC",
	.irq_eoi	= lapic_eoi,
};

/* A spurious interrupt is not in service: count it, no EOI. */
static void handle_apic_spurious(struct irq_desc *d)
{
	d->count++;
}

static irqreturn_t apic_error_interrupt(int irq, void *dev_id)
{
	u32 esr;

	apic_write(APIC_ESR, 0);	/* a write latches the errors */
	esr = apic_read(APIC_ESR);
	if (apic_errors++ < 10)
		pr_warn("apic: error interrupt, ESR %#x\n", esr);
	return IRQ_HANDLED;
}

/* The APIC's physical base from the MSR, enabling it there if needed. */
static bool __init apic_probe(phys_addr_t *base)
{
	u64 msr;

	if (!cpu_has(X86_FEATURE_APIC) || !cpu_has(X86_FEATURE_MSR)) {
		pr_info("apic: no local APIC (CPUID), 8259 PIC only\n");
		return false;
	}
	if (rdmsrl_safe(MSR_IA32_APICBASE, &msr)) {
		pr_warn("apic: APIC base MSR unreadable, 8259 PIC only\n");
		return false;
	}
	if (!(msr & MSR_IA32_APICBASE_ENABLE)) {
		msr |= MSR_IA32_APICBASE_ENABLE;
		wrmsrl(MSR_IA32_APICBASE, msr);
	}
	*base = msr & MSR_IA32_APICBASE_BASE;
	return true;
}

/*
 * Virtual wire mode: LINT0 passes the 8259's INTR on as ExtINT, LINT1
 * is NMI.  Set explicitly rather than trusting the BIOS to have done it.
 */
static void __init apic_setup(void)
{
	apic_write(APIC_TASKPRI, 0);
	apic_write(APIC_SPIV, APIC_SPIV_APIC_ENABLED | SPURIOUS_APIC_VECTOR);
	apic_write(APIC_LVT0, APIC_DM_EXTINT);
	apic_write(APIC_LVT1, APIC_DM_NMI);
	apic_write(APIC_LVTT, APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	apic_write(APIC_LVTERR, ERROR_APIC_VECTOR);
	apic_write(APIC_ESR, 0);
	apic_write(APIC_ESR, 0);
}

static void __init apic_bind(unsigned int vector, unsigned int irq,
			     irq_flow_handler_t handle)
{
	irq_set_chip_and_handler(irq, &lapic_chip, handle);
	irq_bind_vector(vector, irq);
}

int __init apic_init(void)
{
	phys_addr_t base;

	BUILD_BUG_ON(APIC_SPURIOUS_IRQ >= CONFIG_NR_IRQS);
	if (!apic_probe(&base))
		return -ENODEV;
	set_fixmap_nocache(FIX_APIC_BASE, base);
	apic_bind(LOCAL_TIMER_VECTOR, APIC_TIMER_IRQ, handle_percpu_irq);
	apic_bind(ERROR_APIC_VECTOR, APIC_ERROR_IRQ, handle_percpu_irq);
	apic_bind(SPURIOUS_APIC_VECTOR, APIC_SPURIOUS_IRQ,
		  handle_apic_spurious);
	apic_setup();
	if (request_irq(APIC_ERROR_IRQ, apic_error_interrupt, 0, "apic-error",
			NULL))
		pr_warn("apic: no handler for the error interrupt\n");
	lapic_enabled = true;
	pr_info("apic: local APIC id %u version %#x at %#x\n",
		apic_read(APIC_ID) >> 24, apic_read(APIC_LVR) & 0xff, base);
	return 0;
}

bool apic_enabled(void)
{
	return lapic_enabled;
}

static int lapic_timer_shutdown(struct clock_event_device *dev)
{
	apic_write(APIC_LVTT, APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	apic_write(APIC_TMICT, 0);
	return 0;
}

static int lapic_timer_periodic(struct clock_event_device *dev)
{
	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	apic_write(APIC_LVTT, APIC_LVT_TIMER_PERIODIC | LOCAL_TIMER_VECTOR);
	apic_write(APIC_TMICT, clockevents_period_ticks(dev));
	return 0;
}

/* One-shot mode with a zero count: idle until set_next_event(). */
static int lapic_timer_oneshot(struct clock_event_device *dev)
{
	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	apic_write(APIC_TMICT, 0);
	apic_write(APIC_LVTT, LOCAL_TIMER_VECTOR);
	return 0;
}

static int lapic_next_event(unsigned long ticks, struct clock_event_device *dev)
{
	apic_write(APIC_TMICT, ticks);
	return 0;
}

static struct clock_event_device lapic_ce = {
	.name			= "lapic",
	.features		= CLOCK_EVT_FEAT_PERIODIC | CLOCK_EVT_FEAT_ONESHOT,
	.rating			= 150,
	.irq			= APIC_TIMER_IRQ,
	.set_state_periodic	= lapic_timer_periodic,
	.set_state_oneshot	= lapic_timer_oneshot,
	.set_state_shutdown	= lapic_timer_shutdown,
	.set_next_event		= lapic_next_event,
};

static irqreturn_t lapic_timer_interrupt(int irq, void *dev_id)
{
	clockevents_handle_event(dev_id);
	return IRQ_HANDLED;
}

/* The timer's count, turned to count up for pit_calibrate(). */
static u64 __init lapic_timer_elapsed(void)
{
	return ~apic_read(APIC_TMCCT);
}

/* Lets the masked timer count down from 2^32 - 1 across PIT windows. */
static u32 __init lapic_timer_calibrate(void)
{
	u64 hz;

	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	apic_write(APIC_LVTT, APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	apic_write(APIC_TMICT, ~0u);
	hz = pit_calibrate(lapic_timer_elapsed);
	apic_write(APIC_TMICT, 0);
	return hz;
}

void __init apic_timer_init(void)
{
	u32 hz;

	if (!lapic_enabled)
		return;
	hz = lapic_timer_calibrate();
	if (hz < 100000) {		/* no PIT, or no sensible APIC bus */
		pr_warn("apic: timer calibration failed (%u Hz), keeping the PIT\n",
			hz);
		return;
	}
	if (request_irq(APIC_TIMER_IRQ, lapic_timer_interrupt, 0, "lapic-timer",
			&lapic_ce)) {
		pr_warn("apic: no handler for the timer interrupt\n");
		return;
	}
	clockevents_config_and_register(&lapic_ce, hz, 0xf, 0x7fffffff);
}
