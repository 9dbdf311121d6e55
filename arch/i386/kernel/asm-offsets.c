// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/asm-offsets.c - structure offsets for assembly.
 *
 * Compiled to assembly only: each DEFINE leaves a "->NAME value" line
 * that the Makefile turns into include/generated/asm-offsets.h.
 */
#include <stddef.h>
#include <asm/paravirt_types.h>
#include <asm/apic.h>

#define DEFINE(sym, val) \
	__asm__ __volatile__("\n->" #sym " %0" : : "i"(val))

void asm_offsets(void);

void asm_offsets(void)
{
	DEFINE(PV_OFF_iret, offsetof(struct paravirt_patch_template, cpu.iret));
	DEFINE(PV_SLOT_iret, PARAVIRT_PATCH(cpu.iret));
	DEFINE(PV_OFF_irq_disable,
	       offsetof(struct paravirt_patch_template, irq.irq_disable));
	DEFINE(PV_SLOT_irq_disable, PARAVIRT_PATCH(irq.irq_disable));
	DEFINE(PV_OFF_irq_enable,
	       offsetof(struct paravirt_patch_template, irq.irq_enable));
	DEFINE(PV_SLOT_irq_enable, PARAVIRT_PATCH(irq.irq_enable));
	DEFINE(PV_NR_SLOTS, PARAVIRT_NR_SLOTS);
	DEFINE(APIC_FIX_OFFSET, APIC_FIX_OFFSET);
}
