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

/* The entry for a faulting instruction at addr, or NULL. */
const struct exception_table_entry *search_exception_table(unsigned long addr)
{
	const struct exception_table_entry *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++)
		if (e->insn == addr)
			return e;
	return NULL;
}

int fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e = search_exception_table(regs->ip);

	if (!e)
		return 0;
	regs->ip = e->fixup;
	return 1;
}
