/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_ASM_H
#define _ASM_I386_ASM_H

/*
 * Records that a fault at label "from" resumes at label "to" (see
 * arch/i386/kernel/extable.c).  For use inside inline assembly strings.
 */
#define _ASM_EXTABLE(from, to)					\
	" .pushsection __ex_table, \"a\"\n"			\
	" .balign 4\n"						\
	" .long " #from ", " #to "\n"				\
	" .popsection\n"

#endif /* _ASM_I386_ASM_H */
