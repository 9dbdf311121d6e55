/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_SYSCALL_H
#define _ASM_I386_SYSCALL_H

/*
 * The i386 system call ABI: int $0x80 with the number in %eax and up to
 * six arguments in %ebx, %ecx, %edx, %esi, %edi, %ebp; the result (or
 * -errno) comes back in %eax.
 */
#define NR_syscalls	451

#ifndef __ASSEMBLY__
struct pt_regs;
struct task_struct;

typedef long (*syscall_fn_t)(long, long, long, long, long, long);

struct syscall_entry {
	const char *name;
	syscall_fn_t fn;	/* NULL: not implemented */
};

extern const struct syscall_entry sys_call_table[NR_syscalls];

void do_syscall(struct pt_regs *regs);
/* Signals and rescheduling on the way back to user mode. */
void exit_to_user_mode(struct pt_regs *regs);
/* The registers a task will return to user mode with. */
struct pt_regs *task_pt_regs(struct task_struct *t);
#endif /* __ASSEMBLY__ */

#endif /* _ASM_I386_SYSCALL_H */
