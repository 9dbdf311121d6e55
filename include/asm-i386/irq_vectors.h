/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_IRQ_VECTORS_H
#define _ASM_I386_IRQ_VECTORS_H

/*
 * CPU vectors above the 8259's 0x20-0x2f and the IRQ numbers they are
 * bound to.  The local APIC's own interrupts sit at the top of the
 * vector space (highest priority) and take the IRQ numbers after the 16
 * legacy ones.
 */
#define LOCAL_TIMER_VECTOR	0xef
#define ERROR_APIC_VECTOR	0xfe
#define SPURIOUS_APIC_VECTOR	0xff	/* low 4 bits all set, as P6 needs */

#define APIC_TIMER_IRQ		16
#define APIC_ERROR_IRQ		17
#define APIC_SPURIOUS_IRQ	18

#endif /* _ASM_I386_IRQ_VECTORS_H */
