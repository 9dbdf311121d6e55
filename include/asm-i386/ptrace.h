/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PTRACE_H
#define _ASM_I386_PTRACE_H

/*
 * Register frame built by the entry code, lowest address first: the
 * registers entry.S pushes, the vector number and error code (or system
 * call number) the vector stub pushes, then what the CPU pushed.
 */
#define PT_EBX		0
#define PT_ECX		4
#define PT_EDX		8
#define PT_ESI		12
#define PT_EDI		16
#define PT_EBP		20
#define PT_EAX		24
#define PT_DS		28
#define PT_ES		32
#define PT_FS		36
#define PT_GS		40
#define PT_VECTOR	44
#define PT_ORIG_EAX	48
#define PT_EIP		52
#define PT_CS		56
#define PT_EFLAGS	60
#define PT_OLDESP	64
#define PT_OLDSS	68
#define PT_SIZE		72

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/segment.h>

struct pt_regs {
	unsigned long bx, cx, dx, si, di, bp, ax;
	unsigned long ds, es, fs, gs;
	unsigned long vector;
	unsigned long orig_ax;	/* error code, or system call number */
	unsigned long ip, cs, flags;
	unsigned long sp, ss;	/* only pushed on a privilege change */
};

/*
 * From user mode iff the saved code selector has RPL 3: user code runs
 * in ring 3 whatever ring the kernel runs in (get_kernel_rpl(), never 3).
 */
static inline int user_mode(const struct pt_regs *r)
{
	return (r->cs & SEGMENT_RPL_MASK) == USER_RPL;
}

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PTRACE_H */
