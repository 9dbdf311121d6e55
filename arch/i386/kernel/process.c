// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/process.c - the architecture side of task switching.
 *
 * switch_to() changes what the CPU needs to run another task - the
 * kernel stack in the TSS (load_sp0), the TLS descriptors in the GDT,
 * the FPU/SSE registers and the page tables - then swaps kernel stacks.
 * Every privileged step goes through a wrapper, so a hypervisor backend
 * can take it over.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <asm/tss.h>
#include <asm/ptrace.h>
#include <asm/fpu.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include <asm/irqflags.h>
#include <asm/syscall.h>
#include <asm/uaccess.h>
#include <linux/process.h>
#include <linux/binfmts.h>

struct task_struct *__switch_stacks(unsigned long *prev_sp,
				    unsigned long next_sp,
				    struct task_struct *prev);
void ret_from_fork(void);

/* The registers __switch_stacks() pops, then its return address. */
struct switch_frame {
	unsigned long di, si, bx, bp;
	unsigned long ret;
};

void __init arch_sched_init(struct task_struct *idle)
{
	extern char init_stack_top[];

	idle->thread.sp0 = (unsigned long)init_stack_top;
	idle->thread.fpu = fpu_alloc_state();
}

struct task_struct *switch_to(struct task_struct *prev,
			      struct task_struct *next)
{
	/*
	 * %fs and %gs may hold the previous task's TLS selectors: save
	 * them, and load the next task's only after its TLS descriptors.
	 */
	savesegment(fs, prev->thread.fs);
	savesegment(gs, prev->thread.gs);
	fpu_save(prev->thread.fpu);
	/*
	 * A hypervisor may batch the privileged updates that follow; they
	 * are all done before the segment loads read the TLS descriptors.
	 */
	arch_enter_lazy_cpu_mode();
	load_sp0(&init_tss, next->thread.sp0);
	load_tls(next->thread.tls_array);
	switch_mm(prev->mm, next->mm);
	arch_leave_lazy_cpu_mode();
	loadsegment(fs, next->thread.fs);
	loadsegment(gs, next->thread.gs);
	fpu_restore(next->thread.fpu);
	return __switch_stacks(&prev->thread.sp, next->thread.sp, prev);
}

/*
 * Builds the stack of a new kernel thread: an empty pt_regs at the top
 * (where an entry from user mode would put one) and below it a switch
 * frame that "returns" into ret_from_fork with fn and arg in %ebx/%esi.
 */
void copy_thread_kernel(struct task_struct *t, int (*fn)(void *), void *arg)
{
	unsigned long top = (unsigned long)t->stack + THREAD_SIZE;
	struct pt_regs *regs = (struct pt_regs *)top - 1;
	struct switch_frame *f = (struct switch_frame *)regs - 1;

	memset(regs, 0, sizeof(*regs));
	memset(f, 0, sizeof(*f));
	f->bx = (unsigned long)fn;
	f->si = (unsigned long)arg;
	f->ret = (unsigned long)ret_from_fork;
	t->thread.sp = (unsigned long)f;
	t->thread.sp0 = top;
	fpu_init_state(t->thread.fpu);
}

/* A forked child: the parent's user registers, %eax = 0, maybe a new sp. */
void copy_thread_user(struct task_struct *t, struct pt_regs *regs,
		      unsigned long newsp)
{
	unsigned long top = (unsigned long)t->stack + THREAD_SIZE;
	struct pt_regs *child = (struct pt_regs *)top - 1;
	struct switch_frame *f = (struct switch_frame *)child - 1;

	*child = *regs;
	child->ax = 0;
	savesegment(fs, t->thread.fs);
	savesegment(gs, t->thread.gs);
	if (newsp)
		child->sp = newsp;
	memset(f, 0, sizeof(*f));
	f->ret = (unsigned long)ret_from_fork;
	t->thread.sp = (unsigned long)f;
	t->thread.sp0 = top;
}

/*
 * After a kernel thread's function returns: a thread that became a user
 * process through exec (init) goes to user mode, any other one ends.
 */
void kthread_return(int ret)
{
	if (!current->mm)
		do_exit(ret);
}

/* A new user task's first return to user mode. */
void ret_to_user_first(struct pt_regs *regs)
{
	/* CLONE_CHILD_SETTID: the tid goes into the child's own memory. */
	if (current->set_child_tid)
		put_user(current->pid, current->set_child_tid);
	local_irq_disable();
	exit_to_user_mode(regs);
}

void start_user_thread(struct pt_regs *regs, unsigned long ip,
		       unsigned long sp)
{
	memset(regs, 0, sizeof(*regs));
	regs->ip = ip;
	regs->sp = sp;
	regs->cs = __USER_CS;
	regs->ss = regs->ds = regs->es = __USER_DS;
	regs->flags = X86_EFLAGS_IF | 0x2;
}
