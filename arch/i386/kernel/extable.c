// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/extable.c - exception fixups.
 *
 * Code that may fault on purpose (probing memory, later user copies)
 * records {faulting instruction, resume address} pairs in __ex_table;
 * the trap handler resumes at the fixup instead of oopsing.
 */
#include <linux/kernel.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

int fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++) {
		if (e->insn == regs->ip) {
			regs->ip = e->fixup;
			return 1;
		}
	}
	return 0;
}
