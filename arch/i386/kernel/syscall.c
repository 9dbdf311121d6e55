// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/syscall.c - system call dispatch and the return to
 * user mode.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/signal.h>
#include <asm/syscall.h>
#include <asm/ptrace.h>
#include <asm/irqflags.h>
#include <asm/traps.h>

/*
 * One line per unimplemented number, the first time it is used; numbers
 * beyond the table, the first ten times (a fuzzer tries them all).
 */
static u8 enosys_logged[NR_syscalls];
static unsigned int unknown_logged;

static long ni_syscall(struct pt_regs *regs)
{
	unsigned long nr = regs->orig_ax;

	if (nr >= NR_syscalls) {
		if (unknown_logged < 10) {
			unknown_logged++;
			pr_warn("%s[%d]: unknown system call %lu%s\n",
				current->comm, current->pid, nr,
				unknown_logged == 10 ? " (no more of these)" : "");
		}
	} else if (!enosys_logged[nr]) {
		enosys_logged[nr] = 1;
		pr_info("%s[%d]: system call %lu (%s) not implemented\n",
			current->comm, current->pid, nr,
			sys_call_table[nr].name ? sys_call_table[nr].name : "?");
	}
	return -ENOSYS;
}

struct pt_regs *task_pt_regs(struct task_struct *t)
{
	return (struct pt_regs *)(t->thread.sp0) - 1;
}

/* Called for int $0x80 with interrupts off; runs the call with them on. */
void do_syscall(struct pt_regs *regs)
{
	unsigned long nr = regs->ax;
	syscall_fn_t fn = NULL;

	regs->orig_ax = nr;
	if (nr < NR_syscalls)
		fn = sys_call_table[nr].fn;
	local_irq_enable();
	if (fn)
		regs->ax = fn(regs->bx, regs->cx, regs->dx, regs->si,
			      regs->di, regs->bp);
	else
		regs->ax = ni_syscall(regs);
	local_irq_disable();
}

void exit_to_user_mode(struct pt_regs *regs)
{
	for (;;) {
		if (current->need_resched) {
			local_irq_enable();
			schedule();
			local_irq_disable();
			continue;
		}
		if (signal_pending_current()) {
			local_irq_enable();
			do_signal(regs);
			local_irq_disable();
			continue;
		}
		break;
	}
	/* Interrupted with nothing to deliver after all: just restart. */
	if (regs->vector == SYSCALL_VECTOR && (long)regs->ax == -ERESTARTSYS)
		do_signal(regs);
}
