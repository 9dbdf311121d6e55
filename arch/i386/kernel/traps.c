// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/traps.c - the IDT, exception handling and oopses.
 *
 * Every vector enters through the generated stubs and entry.S, which call
 * do_entry() with the saved registers.  Vectors 0-31 are CPU exceptions,
 * the rest are interrupts handed to the generic IRQ layer.  An exception
 * in kernel mode that no fixup claims prints an oops and panics.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/irq.h>
#include <linux/kallsyms.h>
#include <linux/sched_stack.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <asm/ptrace.h>
#include <asm/processor.h>
#include <asm/pgtable.h>
#include <asm/traps.h>
#include <asm/tss.h>
#include <asm/paravirt_types.h>
#include <asm/debugreg.h>
#include <asm/irqflags.h>
#include <asm/syscall.h>
#include <linux/signal.h>

struct desc_struct idt_table[256] __aligned(8);
extern const unsigned long vector_entries[256];

static const char *const exception_names[32] = {
	[X86_TRAP_DE] = "divide error",
	[X86_TRAP_DB] = "debug",
	[X86_TRAP_NMI] = "NMI",
	[X86_TRAP_BP] = "int3",
	[X86_TRAP_OF] = "overflow",
	[X86_TRAP_BR] = "bounds",
	[X86_TRAP_UD] = "invalid opcode",
	[X86_TRAP_NM] = "device not available",
	[X86_TRAP_DF] = "double fault",
	[X86_TRAP_OLD_MF] = "coprocessor segment overrun",
	[X86_TRAP_TS] = "invalid TSS",
	[X86_TRAP_NP] = "segment not present",
	[X86_TRAP_SS] = "stack segment",
	[X86_TRAP_GP] = "general protection fault",
	[X86_TRAP_PF] = "page fault",
	[X86_TRAP_MF] = "coprocessor error",
	[X86_TRAP_AC] = "alignment check",
	[X86_TRAP_MC] = "machine check",
	[X86_TRAP_XF] = "SIMD exception",
};

static int oops_count;
static int irq_nesting;
static int irq_from_user;	/* the outermost interrupt came from user mode */

int in_interrupt(void)
{
	return irq_nesting != 0;
}

int irq_interrupted_user(void)
{
	return irq_nesting && irq_from_user;
}

const char *trap_name(unsigned int vector)
{
	if (vector < 32 && exception_names[vector])
		return exception_names[vector];
	return "reserved exception";
}

/* The stack pointer at the time of the trap (not saved by the CPU if the
 * trap came from kernel mode: then it is just above the frame). */
static unsigned long trap_sp(const struct pt_regs *regs)
{
	if (user_mode(regs))
		return regs->sp;
	return (unsigned long)&regs->sp;
}

void show_regs(const struct pt_regs *regs)
{
	printk(KERN_EMERG "EIP: %04lx:[<%08lx>] EFLAGS: %08lx  %pS\n",
	       regs->cs & 0xffff, regs->ip, regs->flags, (void *)regs->ip);
	printk(KERN_EMERG "EAX: %08lx EBX: %08lx ECX: %08lx EDX: %08lx\n",
	       regs->ax, regs->bx, regs->cx, regs->dx);
	printk(KERN_EMERG "ESI: %08lx EDI: %08lx EBP: %08lx ESP: %08lx\n",
	       regs->si, regs->di, regs->bp, trap_sp(regs));
	printk(KERN_EMERG " DS: %04lx ES: %04lx FS: %04lx GS: %04lx\n",
	       regs->ds & 0xffff, regs->es & 0xffff, regs->fs & 0xffff,
	       regs->gs & 0xffff);
	printk(KERN_EMERG "CR0: %08lx CR2: %08lx CR3: %08lx CR4: %08lx\n",
	       read_cr0(), read_cr2(), read_cr3(), read_cr4());
}

/* Prints an oops for an unrecoverable kernel exception and panics. */
void __noreturn die(const char *what, struct pt_regs *regs, long err)
{
	local_irq_disable();
	if (regs->vector == X86_TRAP_PF)
		printk(KERN_EMERG "BUG: unable to handle page fault for address %08lx\n",
		       read_cr2());
	printk(KERN_EMERG "Oops: %s, error %04lx [#%d]\n", what,
	       (unsigned long)err & 0xffff, ++oops_count);
	show_regs(regs);
	printk(KERN_EMERG "Call Trace:\n");
	show_trace(regs->bp, regs->ip);
	panic("Fatal exception: %s", what);
}

/* The signal a CPU exception in user mode turns into. */
static int trap_signal(unsigned int v)
{
	switch (v) {
	case X86_TRAP_DE:
	case X86_TRAP_MF:
	case X86_TRAP_XF:
		return SIGFPE;
	case X86_TRAP_DB:
	case X86_TRAP_BP:
		return SIGTRAP;
	case X86_TRAP_UD:
		return SIGILL;
	case X86_TRAP_AC:
		return SIGBUS;
	default:
		return SIGSEGV;
	}
}

/* Its si_code: #GP and the like are SI_KERNEL, as in Linux. */
static int trap_code(unsigned int v)
{
	switch (v) {
	case X86_TRAP_DE:
		return FPE_INTDIV;
	case X86_TRAP_UD:
		return ILL_ILLOPN;
	case X86_TRAP_BP:
	case X86_TRAP_DB:
		return TRAP_BRKPT;
	case X86_TRAP_AC:
		return BUS_ADRERR;
	default:
		return SI_KERNEL;
	}
}

/*
 * #DB: DR6 says whether a single step (the trap flag) or a breakpoint
 * caused it.  The CPU never clears DR6, so it is cleared here for the
 * next one.  Returns 1 if it was user mode's (a signal).  Out of line:
 * the backend calls would otherwise crowd do_entry(), which every
 * system call runs.
 */
static noinline int do_debug(struct pt_regs *regs)
{
	unsigned long dr6 = get_debugreg(6);
	int code;

	set_debugreg(6, 0);
	if (dr6 & DR6_BS)
		code = TRAP_TRACE;
	else
		code = dr6 & DR6_BREAKPOINTS ? TRAP_HWBKPT : TRAP_BRKPT;
	if (!user_mode(regs))
		return 0;
	force_sig_fault(SIGTRAP, code, regs, regs->ip);
	return 1;
}

static void do_exception(struct pt_regs *regs)
{
	unsigned int v = regs->vector;

	if (v == X86_TRAP_PF) {
		do_page_fault(regs);
		return;
	}
	if (v == X86_TRAP_DB && do_debug(regs))
		return;
	if (user_mode(regs)) {
		force_sig_fault(trap_signal(v), trap_code(v), regs, regs->ip);
		return;
	}
	kernel_stack_check(regs);
	if (fixup_exception(regs))
		return;
	die(trap_name(v), regs, regs->orig_ax);
}

/* Called from entry.S for every vector. */
void do_entry(struct pt_regs *regs)
{
	unsigned int v = regs->vector;
	int irq;

	if (v == SYSCALL_VECTOR) {
		do_syscall(regs);
	} else if (v < FIRST_EXTERNAL_VECTOR) {
		do_exception(regs);
	} else {
		if (!user_mode(regs))
			kernel_stack_check(regs);
		if (!irq_nesting)
			irq_from_user = user_mode(regs);
		irq_nesting++;
		irq = vector_to_irq(v);
		if (irq < 0 || generic_handle_irq(irq) < 0)
			ack_bad_irq(v);
		irq_nesting--;
	}
	if (user_mode(regs))
		exit_to_user_mode(regs);
}

/*
 * A stack overflow runs into the guard page below the stack, and the
 * page fault cannot be delivered on the stack it overflowed: a double
 * fault.  Natively it runs as its own hardware task, on its own TSS and
 * stack, reached through a task gate.  A backend without task gates
 * (pv_info.task_gates 0, Xen's trap table has none) or notaskgate gets
 * an ordinary gate for #DF instead, and kernel_stack_check() on every
 * entry that interrupts the kernel, which reports an overflow while
 * there is still stack to report it on.
 */
#define STACK_WARN	1024

int kernel_stack_checked;
static int notaskgate;

static int __init notaskgate_setup(char *val)
{
	notaskgate = 1;
	return 0;
}
early_param("notaskgate", notaskgate_setup);

static int use_task_gate(void)
{
#ifdef CONFIG_PARAVIRT
	if (!pv_info.task_gates)
		return 0;
#endif
	return !notaskgate;
}

/* The report runs here: the overflowing stack has too little left. */
static unsigned long overflow_stack[1024];

static void __noreturn __used stack_overflow_report(struct pt_regs *regs)
{
	die("kernel stack overflow", regs, 0);
}

void __kernel_stack_check(struct pt_regs *regs)
{
	extern char init_stack[];
	unsigned long base = current->stack ? (unsigned long)current->stack :
					      (unsigned long)init_stack;
	unsigned long sp = (unsigned long)regs;

	if (sp >= base + STACK_WARN || sp < base)
		return;
	kernel_stack_checked = 0;	/* once: die() takes entries too */
	printk(KERN_EMERG "kernel stack overflow in %s[%d]: %lu bytes left below esp %08lx\n",
	       current->comm, current->pid, sp - base, sp);
	__asm__ __volatile__("movl %[top], %%esp\n\t"
			     "call stack_overflow_report"
			     : : [top] "r"(overflow_stack + ARRAY_SIZE(overflow_stack)),
			       "a"(regs) : "memory");
	__builtin_unreachable();
}

/* The double-fault task: a separate TSS, stack and hardware task switch. */
static struct tss_struct doublefault_tss __aligned(128);
static unsigned long doublefault_stack[1024];

static void __noreturn doublefault_fn(void)
{
	struct tss_struct *t = &init_tss;

	/* The interrupted state was saved in the previous task's TSS. */
	printk(KERN_EMERG "PANIC: double fault, eip %08x esp %08x (kernel stack overflow?)\n",
	       t->ip, t->sp);
	printk(KERN_EMERG "faulting function: %pS\n", (void *)t->ip);
	panic("double fault");
}

static void __init doublefault_init(void)
{
	struct tss_struct *t = &doublefault_tss;

	t->sp0 = t->sp = (u32)&doublefault_stack[ARRAY_SIZE(doublefault_stack)];
	t->ss0 = t->ss = t->ds = t->es = __KERNEL_DS;
	t->cs = __KERNEL_CS;
	t->ip = (u32)doublefault_fn;
	t->flags = 0x2;			/* interrupts off */
	t->cr3 = read_cr3();
	t->io_bitmap_base = sizeof(*t);
	set_tss_desc(GDT_ENTRY_DOUBLEFAULT_TSS, t);
	write_idt_entry(idt_table, X86_TRAP_DF,
			make_gate_desc(0, __DOUBLEFAULT_TSS_SEL, GATE_TASK, 0));
}

/* Fills and loads the IDT; vectors 3, 4 and 0x80 are open to user mode. */
void __init trap_init(void)
{
	struct desc_ptr idtp = { sizeof(idt_table) - 1, (u32)idt_table };
	unsigned int v, dpl;

	for (v = 0; v < 256; v++) {
		dpl = (v == X86_TRAP_BP || v == X86_TRAP_OF ||
		       v == SYSCALL_VECTOR) ? 3 : get_kernel_rpl();
		write_idt_entry(idt_table, v,
				make_gate_desc(vector_entries[v], __KERNEL_CS,
					       GATE_INTERRUPT, dpl));
	}
	if (use_task_gate()) {
		doublefault_init();
	} else {
		kernel_stack_checked = 1;
		pr_info("traps: no double-fault task; kernel stacks are checked on entry\n");
	}
	load_idt(&idtp);
}
