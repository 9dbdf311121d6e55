/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PARAVIRT_H
#define _ASM_I386_PARAVIRT_H

/*
 * The machinery of paravirt_ops call sites.  With CONFIG_PARAVIRT the
 * privileged-operation wrappers of include/asm-i386 (irqflags.h,
 * processor.h, pgtable.h, ...) go through pv_ops.  Hot ones are patch
 * sites:
 *
 *	771:	call *pv_ops+SLOT	(6 bytes)
 *	772:	+ a .parainstructions record
 *		  {771b, SLOT, 772b-771b, clobbers, results}
 *
 * whose asm constraints are those of the native_* instruction in the
 * same header, so the compiler produces the same code around both; at
 * boot apply_paravirt() replaces the call with the bare instruction, a
 * direct call, or NOPs.  Only include/asm-i386 uses the PVOP macros.
 */
#include <asm/paravirt_types.h>

#ifndef __ASSEMBLY__
#include <linux/stringify.h>

#define PV_SLOT_ADDR(op)	(&pv_ops.op)

#define PARAVIRT_SITE(clobber, results)					\
	"771:\n\t"							\
	"call *%c[pv_slot]\n"						\
	"772:\n"							\
	" .pushsection .parainstructions, \"a\"\n"			\
	" .balign 4\n"							\
	" .long 771b\n"							\
	" .byte %c[pv_type]\n"						\
	" .byte 772b-771b\n"						\
	" .byte " __stringify(clobber) "\n"				\
	" .byte " __stringify(results) "\n"				\
	" .popsection\n"

#define PV_OPS(op)	[pv_slot] "i"(PV_SLOT_ADDR(op)),		\
			[pv_type] "i"(PARAVIRT_PATCH(op))

/* No arguments, no result, nothing clobbered. */
#define PVOP_VCALL0(op)							\
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)			\
			     : : PV_OPS(op) : "memory", "cc")

/* Result in %eax. */
#define PVOP_CALL0_EAX(op) ({						\
	unsigned long __r;						\
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_EAX, CLBR_EAX)			\
			     : "=a"(__r) : PV_OPS(op) : "memory", "cc");\
	__r;								\
})

/* One argument in %eax. */
#define PVOP_VCALL1_EAX(op, a)						\
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)			\
			     : : "a"(a), PV_OPS(op) : "memory", "cc")

/* A 64-bit entry written at p: p in %eax, low word %edx, high %ecx. */
#define PVOP_VCALL_ENTRY(op, p, v)					\
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)			\
			     : : "a"(p), "d"((u32)(v)),			\
			       "c"((u32)((u64)(v) >> 32)), PV_OPS(op)	\
			     : "memory")

/* 64-bit value in and out in %edx:%eax. */
#define PVOP_CALL_U64(op, v) ({						\
	u64 __r;							\
	__asm__(PARAVIRT_SITE(CLBR_EAX | CLBR_EDX, CLBR_EAX | CLBR_EDX)			\
		: "=A"(__r) : "A"((u64)(v)), PV_OPS(op));		\
	__r;								\
})

/*
 * The C convention (-mregparm=3): arguments in %eax and %edx, and %eax,
 * %ecx, %edx clobbered, so the target may be any C function.  For the
 * hooks a hypervisor backend writes in C and bare hardware does without
 * (page-table pages, address spaces): natively they patch to nothing.
 * The dead call through the typed slot type-checks the arguments.
 */
#define PVOP_VCALL_C1(op, a) do {					\
	unsigned long __eax = (unsigned long)(a), __ecx, __edx;		\
	if (0)								\
		pv_ops.op(a);						\
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_ANY, CLBR_NONE)		\
			     : "+a"(__eax), "=c"(__ecx), "=d"(__edx)	\
			     : PV_OPS(op) : "memory", "cc");		\
} while (0)

#define PVOP_VCALL_C2(op, a, b) do {					\
	unsigned long __eax = (unsigned long)(a), __ecx,		\
		      __edx = (unsigned long)(b);			\
	if (0)								\
		pv_ops.op(a, b);					\
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_ANY, CLBR_NONE)		\
			     : "+a"(__eax), "=c"(__ecx), "+d"(__edx)	\
			     : PV_OPS(op) : "memory", "cc");		\
} while (0)

#else /* __ASSEMBLY__ */
#include <generated/asm-offsets.h>

/*
 * Assembly sites.  INTERRUPT_RETURN jumps through the iret slot (it does
 * not come back); the irq ones call, with nothing clobbered.
 */
#define PARA_SITE(slot, insn)						\
	771: insn;							\
	772:								\
	.pushsection .parainstructions, "a";				\
	.balign 4;							\
	.long 771b;							\
	.byte slot;							\
	.byte 772b-771b;						\
	.byte CLBR_NONE;						\
	.byte CLBR_NONE;						\
	.popsection

#define INTERRUPT_RETURN						\
	PARA_SITE(PV_SLOT_iret, jmp *pv_ops+PV_OFF_iret)
#define DISABLE_INTERRUPTS						\
	PARA_SITE(PV_SLOT_irq_disable, call *pv_ops+PV_OFF_irq_disable)
#define ENABLE_INTERRUPTS						\
	PARA_SITE(PV_SLOT_irq_enable, call *pv_ops+PV_OFF_irq_enable)

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PARAVIRT_H */
