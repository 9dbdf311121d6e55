// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/fault.c - page faults.
 *
 * A fault below TASK_SIZE in a task with an address space goes to the
 * generic handler (demand paging, copy-on-write, stack growth).  What it
 * cannot resolve becomes a signal for user mode, a fixup for the kernel's
 * user-memory copies, or an oops.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mman.h>
#include <linux/signal.h>
#include <asm/processor.h>
#include <asm/ptrace.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <linux/process.h>

#define PF_PROT		0x1	/* the page was present */
#define PF_WRITE	0x2
#define PF_USER		0x4

void do_page_fault(struct pt_regs *regs)
{
	unsigned long addr = read_cr2(), err = regs->orig_ax;
	struct mm_struct *mm = current->mm;
	int sig = SIGSEGV;

	struct vm_area_struct *vma;
	int code = SEGV_MAPERR;

	if (addr < TASK_SIZE && mm) {
		sig = handle_mm_fault(mm, addr, err & PF_WRITE);
		if (!sig)
			return;
		vma = find_vma(mm, addr);
		if (vma && vma->start <= addr)
			code = SEGV_ACCERR;	/* mapped, but not like this */
	}
	if (sig == SIGKILL) {		/* out of memory */
		pr_err("Out of memory: killed process %d (%s) at %08lx\n",
		       current->pid, current->comm, addr);
		if (user_mode(regs) || !fixup_exception(regs))
			do_group_exit(SIGKILL);
		return;
	}
	if (user_mode(regs)) {
		force_sig_fault(sig, sig == SIGBUS ? BUS_ADRERR : code, regs,
				addr);
		return;
	}
	kernel_stack_check(regs);
	if (fixup_exception(regs))
		return;
	die("page fault", regs, err);
}
