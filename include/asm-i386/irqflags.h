/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_IRQFLAGS_H
#define _ASM_I386_IRQFLAGS_H

/*
 * Interrupt-flag primitives.  The native_* functions are the only place
 * cli/sti/pushf/popf/hlt appear in C; everything else uses the arch_* and
 * local_irq_* names, which paravirt_ops will reroute.
 */
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_IOPL	0x00003000

#ifndef __ASSEMBLY__
#include <linux/compiler.h>

static inline unsigned long native_save_fl(void)
{
	unsigned long f;

	__asm__ __volatile__("pushfl; popl %0" : "=rm"(f) : : "memory");
	return f;
}

static inline void native_restore_fl(unsigned long f)
{
	__asm__ __volatile__("pushl %0; popfl" : : "g"(f) : "memory", "cc");
}

static inline void native_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

static inline void native_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

/* sti's one-instruction shadow makes "sti; hlt" race-free. */
static inline void native_safe_halt(void)
{
	__asm__ __volatile__("sti; hlt" : : : "memory");
}

static inline void native_halt(void)
{
	__asm__ __volatile__("hlt" : : : "memory");
}

static inline unsigned long arch_local_save_flags(void) { return native_save_fl(); }
static inline void arch_local_irq_restore(unsigned long f) { native_restore_fl(f); }
static inline void arch_local_irq_disable(void) { native_irq_disable(); }
static inline void arch_local_irq_enable(void) { native_irq_enable(); }
static inline void arch_safe_halt(void) { native_safe_halt(); }
static inline void halt(void) { native_halt(); }

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long f = arch_local_save_flags();

	arch_local_irq_disable();
	return f;
}

static inline int arch_irqs_disabled_flags(unsigned long f)
{
	return !(f & X86_EFLAGS_IF);
}

#define local_irq_save(f)	((f) = arch_local_irq_save())
#define local_irq_restore(f)	arch_local_irq_restore(f)
#define local_irq_disable()	arch_local_irq_disable()
#define local_irq_enable()	arch_local_irq_enable()
#define local_save_flags(f)	((f) = arch_local_save_flags())
#define irqs_disabled()		arch_irqs_disabled_flags(arch_local_save_flags())
#define safe_halt()		arch_safe_halt()

#else /* __ASSEMBLY__ */

/* Assembly forms; paravirt_ops will turn these into patchable sites. */
#define INTERRUPT_RETURN	iret
#define DISABLE_INTERRUPTS	cli
#define ENABLE_INTERRUPTS	sti

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_IRQFLAGS_H */
