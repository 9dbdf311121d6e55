/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/kernel/entry.S - common interrupt and exception entry.
 *
 * The vector stubs (vectors.S, generated) have pushed an error code (or
 * zero) and the vector number.  Here the rest of struct pt_regs is saved,
 * the kernel data segments are loaded and do_entry(regs) is called; on
 * return the frame is restored and the interrupted context resumed.
 *
 * The kernel data selector is taken from %ss, which the CPU has loaded
 * from the TSS (from user mode) or which already holds it (from kernel
 * mode): no ring number is assumed.
 */
#include <asm/ptrace.h>
#include <asm/irqflags.h>

	.text
	.globl common_entry
common_entry:
	pushl %gs
	pushl %fs
	pushl %es
	pushl %ds
	pushl %eax
	pushl %ebp
	pushl %edi
	pushl %esi
	pushl %edx
	pushl %ecx
	pushl %ebx
	cld
	movl %ss, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %esp, %eax			/* regparm: do_entry(struct pt_regs *) */
	call do_entry

	.globl ret_from_entry
ret_from_entry:
	popl %ebx
	popl %ecx
	popl %edx
	popl %esi
	popl %edi
	popl %ebp
	popl %eax
	popl %ds
	popl %es
	popl %fs
	popl %gs
	addl $8, %esp			/* vector and error code */
	INTERRUPT_RETURN
