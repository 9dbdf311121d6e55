/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/kernel/paravirt_debug_asm.S - the entry every call site
 * jumps into under CONFIG_DEBUG_PARAVIRT.
 *
 * Saves the general registers as a struct pv_debug_regs on the stack
 * (the site's return address above them says which site called), lets
 * paravirt_debug_call() run the operation and check it, and returns to
 * the site with the registers that function left in the frame.  The
 * flags are not restored: irq_disable and restore_fl must change them.
 */
	.text
	.globl paravirt_debug_entry
	.type paravirt_debug_entry, @function
paravirt_debug_entry:
	pushl %eax
	pushl %ecx
	pushl %edx
	pushl %ebx
	pushl %esi
	pushl %edi
	pushl %ebp
	movl %esp, %eax
	call paravirt_debug_call
	popl %ebp
	popl %edi
	popl %esi
	popl %ebx
	popl %edx
	popl %ecx
	popl %eax
	ret
	.size paravirt_debug_entry, . - paravirt_debug_entry
