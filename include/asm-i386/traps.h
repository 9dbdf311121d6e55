/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_TRAPS_H
#define _ASM_I386_TRAPS_H

#include <linux/compiler.h>

enum {
	X86_TRAP_DE = 0, X86_TRAP_DB, X86_TRAP_NMI, X86_TRAP_BP, X86_TRAP_OF,
	X86_TRAP_BR, X86_TRAP_UD, X86_TRAP_NM, X86_TRAP_DF, X86_TRAP_OLD_MF,
	X86_TRAP_TS, X86_TRAP_NP, X86_TRAP_SS, X86_TRAP_GP, X86_TRAP_PF,
	X86_TRAP_SPURIOUS, X86_TRAP_MF, X86_TRAP_AC, X86_TRAP_MC, X86_TRAP_XF,
};

#define FIRST_EXTERNAL_VECTOR	0x20
#define SYSCALL_VECTOR		0x80

struct pt_regs;
struct tss_struct;

void trap_init(void);
/* Called by entry.S for every vector with the saved registers. */
void do_entry(struct pt_regs *regs);
void do_page_fault(struct pt_regs *regs);
void cpu_init(void);
void set_tss_desc(int entry, struct tss_struct *tss);
const char *trap_name(unsigned int vector);
void show_regs(const struct pt_regs *regs);
void __noreturn die(const char *what, struct pt_regs *regs, long err);

/*
 * Without a double-fault task a stack overflow cannot be reported once
 * it has happened.  An entry that interrupts the kernel then checks the
 * stack it runs on and dies with a report while some is left.
 */
extern int kernel_stack_checked;
void __kernel_stack_check(struct pt_regs *regs);
static inline void kernel_stack_check(struct pt_regs *regs)
{
	if (unlikely(kernel_stack_checked))
		__kernel_stack_check(regs);
}

/*
 * Exception fixups: an instruction allowed to fault (a user-memory copy,
 * a probe) lists itself with the address to resume at.  Returns 1 and
 * moves regs->ip if the faulting instruction has a fixup.
 */
struct exception_table_entry {
	unsigned long insn, fixup;
};
const struct exception_table_entry *search_exception_table(unsigned long addr);
int fixup_exception(struct pt_regs *regs);

#endif /* _ASM_I386_TRAPS_H */
