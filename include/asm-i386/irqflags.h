/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_IRQFLAGS_H
#define _ASM_I386_IRQFLAGS_H

/*
 * Interrupt-flag primitives.  The native_* functions are the only place
 * cli/sti/pushf/popf/hlt appear in C; everything else uses the arch_* and
 * local_irq_* names, which go through paravirt_ops with CONFIG_PARAVIRT.
 * The flags live in %eax in both forms, so that a patched site and the
 * native instruction compile to the same code around them.
 */
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_IOPL	0x00003000

#ifndef __ASSEMBLY__
#include <linux/compiler.h>

static inline unsigned long native_save_fl(void)
{
	unsigned long f;

	__asm__ __volatile__("pushfl; popl %0" : "=a"(f) : : "memory");
	return f;
}

static inline void native_restore_fl(unsigned long f)
{
	__asm__ __volatile__("pushl %0; popfl" : : "a"(f) : "memory", "cc");
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

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>

static inline unsigned long arch_local_save_flags(void)
{
	return PVOP_CALL0_EAX(irq.save_fl);
}

static inline void arch_local_irq_restore(unsigned long f)
{
	PVOP_VCALL1_EAX(irq.restore_fl, f);
}

static inline void arch_local_irq_disable(void) { PVOP_VCALL0(irq.irq_disable); }
static inline void arch_local_irq_enable(void) { PVOP_VCALL0(irq.irq_enable); }
static inline void arch_safe_halt(void) { PVOP_VCALL0(irq.safe_halt); }
static inline void halt(void) { PVOP_VCALL0(irq.halt); }
#else
static inline unsigned long arch_local_save_flags(void) { return native_save_fl(); }
static inline void arch_local_irq_restore(unsigned long f) { native_restore_fl(f); }
static inline void arch_local_irq_disable(void) { native_irq_disable(); }
static inline void arch_local_irq_enable(void) { native_irq_enable(); }
static inline void arch_safe_halt(void) { native_safe_halt(); }
static inline void halt(void) { native_halt(); }
#endif /* CONFIG_PARAVIRT */

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

/* Assembly forms: patchable sites with CONFIG_PARAVIRT. */
#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>
#else
#define INTERRUPT_RETURN	iret
#define DISABLE_INTERRUPTS	cli
#define ENABLE_INTERRUPTS	sti
#endif

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_IRQFLAGS_H */
