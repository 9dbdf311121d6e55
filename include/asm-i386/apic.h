/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_APIC_H
#define _ASM_I386_APIC_H

#include <linux/types.h>
#include <linux/errno.h>
#include <asm/io.h>
#include <asm/fixmap.h>

/* Local APIC registers: offsets from its base, and their fields. */
#define APIC_ID		0x020
#define APIC_LVR	0x030		/* version in bits 0-7 */
#define APIC_TASKPRI	0x080
#define APIC_EOI	0x0b0
#define APIC_SPIV	0x0f0		/* spurious vector, enable bit */
#define   APIC_SPIV_APIC_ENABLED	0x00100
#define APIC_ESR	0x280
#define APIC_LVTT	0x320		/* local vector table: timer */
#define APIC_LVT0	0x350		/* ... LINT0 pin */
#define APIC_LVT1	0x360		/* ... LINT1 pin */
#define APIC_LVTERR	0x370		/* ... internal errors */
#define   APIC_VECTOR_MASK		0x000ff
#define   APIC_DM_NMI			0x00400
#define   APIC_DM_EXTINT		0x00700
#define   APIC_LVT_MASKED		0x10000
#define   APIC_LVT_TIMER_PERIODIC	0x20000
#define APIC_TMICT	0x380		/* timer initial count */
#define APIC_TMCCT	0x390		/* timer current count */
#define APIC_TDCR	0x3e0		/* timer divide configuration */
#define   APIC_TDR_DIV_16		0x3

/*
 * The registers are memory mapped, at FIX_APIC_BASE once apic_init() ran.
 * The register offset is in %eax and a value in %edx (a read's result in
 * %eax), in the native form as in the patch site: the end-of-interrupt
 * write is on every interrupt.  Where the fixmap lies is known only at
 * run time (reserve_top_address()): the slot's offset below FIXADDR_TOP
 * is the constant part.  Patched sites carry the whole address instead.
 */
#define APIC_FIX_OFFSET	(-((long)FIX_APIC_BASE << PAGE_SHIFT))
#define APIC_VBASE	(FIXADDR_TOP + APIC_FIX_OFFSET)

static inline u32 native_apic_mem_read(u32 reg)
{
	__asm__ __volatile__("addl %1, %0\n\t"
			     "movl %c2(%0), %0"
			     : "+a"(reg) : "m"(__FIXADDR_TOP),
			       "i"(APIC_FIX_OFFSET) : "memory", "cc");
	return reg;
}

static inline void native_apic_mem_write(u32 reg, u32 v)
{
	__asm__ __volatile__("addl %2, %0\n\t"
			     "movl %1, %c3(%0)"
			     : "+a"(reg) : "d"(v), "m"(__FIXADDR_TOP),
			       "i"(APIC_FIX_OFFSET) : "memory", "cc");
}

/* Every local APIC access goes through these two. */
#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>
static inline u32 apic_read(u32 reg)
{
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_EAX, CLBR_EAX)
				: "+a"(reg) : PV_OPS(apic.apic_read)
				: "memory");
	return reg;
}

static inline void apic_write(u32 reg, u32 v)
{
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)
				: : "a"(reg), "d"(v), PV_OPS(apic.apic_write)
				: "memory");
}
#else
#define apic_read(reg)		native_apic_mem_read(reg)
#define apic_write(reg, v)	native_apic_mem_write(reg, v)
#endif /* CONFIG_PARAVIRT */

#ifdef CONFIG_X86_LOCAL_APIC
/*
 * Maps and enables the local APIC if CPUID reports one and binds its
 * vectors; -ENODEV if there is none.  The 8259 keeps working through
 * LINT0 either way.
 */
int apic_init(void);
/* Measures the APIC timer on the PIT and registers it for the tick. */
void apic_timer_init(void);
/* apic_init() found and enabled the local APIC. */
bool apic_enabled(void);
#else
static inline int apic_init(void)
{
	return -ENODEV;
}

static inline void apic_timer_init(void)
{
}

static inline bool apic_enabled(void)
{
	return false;
}
#endif /* CONFIG_X86_LOCAL_APIC */

#endif /* _ASM_I386_APIC_H */
