/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/vmi/vmi-asm.S - callee-save slots whose arguments sit in
 * other registers than the VMI call wants, rearranged here around an
 * indirect call into the ROM.  The ROM keeps every register but its
 * results (asm/vmi.h), so putting the arguments back is all that is left.
 */
#include <asm/segment.h>
#include <asm/vmi.h>

#define THUNK(name)	.globl name; .type name, @function; .balign 4; name:

	.text

/*
 * set_pte(low %eax, high %edx, p %ecx) -> SetPxELong(low, high, p, level):
 * the registers are already the ROM's, only the level goes on the stack.
 * Clearing an entry is the same call with a not-present value.
 */
#define SET_ENTRY(name, level)				\
THUNK(name)						\
	pushl $level;					\
	call *vmi_call_setpxe;				\
	addl $4, %esp;					\
	ret

SET_ENTRY(vmi_set_pte_thunk, VMI_PAGE_PT)
SET_ENTRY(vmi_set_pmd_thunk, VMI_PAGE_PD)
SET_ENTRY(vmi_set_pud_thunk, VMI_PAGE_PDP)

/*
 * write_{gdt,idt}_entry(entry %eax, low %edx, high %ecx) ->
 * Write*Entry(table = entry, index 0, low, high).
 */
#define WRITE_DESC(name, fn)				\
THUNK(name)						\
	pushl %ecx;					\
	pushl %edx;					\
	pushl %ecx;					\
	movl %edx, %ecx;				\
	xorl %edx, %edx;				\
	call *fn;					\
	addl $4, %esp;					\
	popl %edx;					\
	popl %ecx;					\
	ret

WRITE_DESC(vmi_write_gdt_entry_thunk, vmi_call_write_gdt)
WRITE_DESC(vmi_write_idt_entry_thunk, vmi_call_write_idt)

/* load_sp0(tss %eax, sp0 %edx) -> UpdateKernelStack(__KERNEL_DS, sp0) */
THUNK(vmi_load_sp0_thunk)
	pushl %eax
	movl $(GDT_ENTRY_KERNEL_DS * 8), %eax
	call *vmi_call_kernel_stack
	popl %eax
	ret

/* One-argument calls with a constant argument. */
#define CONST_ARG(name, fn, arg)			\
THUNK(name)						\
	pushl %eax;					\
	movl $arg, %eax;				\
	call *fn;					\
	popl %eax;					\
	ret

CONST_ARG(vmi_flush_tlb_thunk, vmi_call_flush_tlb, VMI_FLUSH_TLB)
CONST_ARG(vmi_lazy_cpu_thunk, vmi_call_lazy, VMI_LAZY_CPU)
CONST_ARG(vmi_lazy_mmu_thunk, vmi_call_lazy, VMI_LAZY_MMU)
CONST_ARG(vmi_lazy_none_thunk, vmi_call_lazy, VMI_LAZY_NONE)
