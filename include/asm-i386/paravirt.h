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
#include <linux/compiler.h>
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
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)	\
				: : PV_OPS(op) : "memory", "cc")

/* Result in %eax. */
#define PVOP_CALL0_EAX(op) ({						\
	unsigned long __r;						\
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_EAX, CLBR_EAX)	\
				: "=a"(__r) : PV_OPS(op)		\
				: "memory", "cc");			\
	__r;								\
})

/* One argument in %eax. */
#define PVOP_VCALL1_EAX(op, a)						\
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)	\
				: : "a"(a), PV_OPS(op) : "memory", "cc")

/*
 * A descriptor of two words written at p: p in %eax, low word %edx,
 * high %ecx.
 */
#define PVOP_VCALL_WORDS(op, p, lo, hi)					\
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)	\
				: : "a"(p), "d"((u32)(lo)),		\
				  "c"((u32)(hi)), PV_OPS(op)		\
				: "memory")
/*
 * A page-table entry written at p: the value in %edx:%eax, as a u64
 * lives, and p in %ecx.  It is the order VMI's SetPxELong takes, so a
 * VMI backend calls the ROM without moving the arguments around.
 */
#define PVOP_VCALL_ENTRY(op, p, v)					\
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)	\
				: : "A"((u64)(v)), "c"(p), PV_OPS(op)	\
				: "memory")

/* A page-table entry value in and out in %edx:%eax; no side effects. */
#define PVOP_CALL_ENTRY_VAL(op, v) ({					\
	u64 __r;							\
	asm_inline(PARAVIRT_SITE(CLBR_RET64, CLBR_RET64)		\
		   : "=A"(__r) : "A"((u64)(v)), PV_OPS(op));		\
	__r;								\
})

/*
 * A callee-save slot implemented in C.  The kernel is built with
 * -mregparm=3, so a site's arguments (%eax, %edx, %ecx; a 64-bit value in
 * %edx:%eax) are already where a C function takes them; what C does not
 * do is keep %eax, %ecx and %edx.  The thunk keeps them around the call,
 * except those carrying the slot's result:
 *
 *	static void __used xen_irq_disable(void) { ... }
 *	PV_CALLEE_SAVE_VOID(xen_irq_disable);
 *	...
 *	.irq.irq_disable = PV_CALLEE_SAVE(xen_irq_disable),
 *
 * _VOID for a slot without result, _RET32 for one in %eax, _RET64 for
 * one in %edx:%eax.  A static function needs __used: only the thunk's
 * asm calls it.  The thunk is global, so that a table in another file
 * can name it after DECLARE_PV_CALLEE_SAVE(func).
 */
#define DECLARE_PV_CALLEE_SAVE(func)	extern const u8 func##_pv_thunk[]
#define __PV_CALLEE_SAVE(func, push, pop)				\
	DECLARE_PV_CALLEE_SAVE(func);					\
	__asm__(".pushsection .text, \"ax\"\n"			\
		".balign 4\n"						\
		".globl " #func "_pv_thunk\n"				\
		".type " #func "_pv_thunk, @function\n"		\
		#func "_pv_thunk:\n\t"				\
		push							\
		"call " #func "\n\t"					\
		pop							\
		"ret\n"						\
		".size " #func "_pv_thunk, . - " #func "_pv_thunk\n"	\
		".popsection")
#define PV_CALLEE_SAVE_VOID(func)					\
	__PV_CALLEE_SAVE(func, "pushl %eax\n\tpushl %ecx\n\tpushl %edx\n\t", \
			 "popl %edx\n\tpopl %ecx\n\tpopl %eax\n\t")
#define PV_CALLEE_SAVE_RET32(func)					\
	__PV_CALLEE_SAVE(func, "pushl %ecx\n\tpushl %edx\n\t",		\
			 "popl %edx\n\tpopl %ecx\n\t")
#define PV_CALLEE_SAVE_RET64(func)					\
	__PV_CALLEE_SAVE(func, "pushl %ecx\n\t", "popl %ecx\n\t")
#define PV_CALLEE_SAVE(func)	((void *)func##_pv_thunk)

/*
 * Hooks: operations bare hardware does without (page-table pages coming
 * and going, address spaces) that a hypervisor backend writes in C.  A
 * hook is a 5-byte jump, recorded in .parahooks, to an out-of-line call
 * of the slot with the C convention:
 *
 *	PVOP_HOOK(mmu.alloc_pte, pfn);	which is
 *	if (PVOP_HOOK_ON(mmu.alloc_pte))
 *		pv_ops.mmu.alloc_pte(pfn);
 *
 * The patcher turns the jump into a NOP when the backend leaves the slot
 * to paravirt_nop, so the arguments are not even computed natively.
 */
static __always_inline bool __pvop_hook_on(unsigned int type)
{
	asm_inline goto("771:\n\t"
			".byte 0xe9\n\t"
			".long %l[on] - 772f\n"
			"772:\n"
			" .pushsection .parahooks, \"a\"\n"
			" .balign 4\n"
			" .long 771b, %l[on], %c0\n"
			" .popsection\n"
			: : "i"(type) : : on);
	return false;
on:
	return true;
}
#define PVOP_HOOK_ON(op)	unlikely(__pvop_hook_on(PARAVIRT_PATCH(op)))
#define PVOP_HOOK(op, ...)	do {					\
	if (PVOP_HOOK_ON(op))						\
		pv_ops.op(__VA_ARGS__);					\
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
