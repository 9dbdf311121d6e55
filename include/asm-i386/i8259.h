/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_I8259_H
#define _ASM_I386_I8259_H

#define PIC_VECTOR_BASE	0x20
#define NR_LEGACY_IRQS	16

extern unsigned long i8259_spurious;

void init_8259A(void);
/* Current interrupt mask register contents, slave in the high byte. */
unsigned int i8259_get_mask(void);

/* Sets up the IRQ descriptors and the PICs. */
void init_IRQ(void);

#endif /* _ASM_I386_I8259_H */
