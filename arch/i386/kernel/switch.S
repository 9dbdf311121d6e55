/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/kernel/switch.S - switching kernel stacks.
 *
 * __switch_stacks(prev_sp, next_sp, prev) saves the callee-saved
 * registers on the current stack, stores the stack pointer in *prev_sp,
 * loads next_sp and pops the next task's registers.  It returns prev in
 * %eax, in the context of the next task.  A new task's stack is built by
 * copy_thread_*() to "return" into ret_from_fork.
 */
#include <asm/irqflags.h>

	.text
	.globl __switch_stacks
__switch_stacks:			/* regparm: eax, edx, ecx */
	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi
	movl %esp, (%eax)
	movl %edx, %esp
	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	movl %ecx, %eax
	ret

/*
 * First code of a new task, with %eax = the task switched away from,
 * %ebx = the function to run (kernel thread) or 0 (user task: return to
 * user mode through the pt_regs at the top of the stack), %esi = arg.
 * A kernel thread whose function made it a user process (init, through
 * exec) returns to user mode the same way.
 */
	.globl ret_from_fork
ret_from_fork:
	call schedule_tail
	testl %ebx, %ebx
	jz 1f
	ENABLE_INTERRUPTS		/* a new task did not come from schedule() */
	movl %esi, %eax
	call *%ebx
	call kthread_return		/* returns only if exec made a process */
1:	movl %esp, %eax			/* %esp is at the task's pt_regs */
	call ret_to_user_first
	jmp ret_from_entry
