/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PROBE_H
#define _ASM_I386_PROBE_H

#include <linux/types.h>
#include <linux/errno.h>
#include <asm/asm.h>

/*
 * Reads or writes a 32-bit word at an address that may not be mapped.
 * Returns 0, or -EFAULT when the access faulted (the exception fixup
 * resumes after it instead of oopsing).
 */
static inline int probe_read_u32(const void *addr, u32 *val)
{
	int err = 0;
	u32 v = 0;

	__asm__ __volatile__("1:	movl (%2), %1\n"
			     "2:\n"
			     " .pushsection .fixup, \"ax\"\n"
			     "3:	movl %3, %0\n"
			     "	jmp 2b\n"
			     " .popsection\n"
			     _ASM_EXTABLE(1b, 3b)
			     : "+r"(err), "+r"(v)
			     : "r"(addr), "i"(-EFAULT)
			     : "memory");
	*val = v;
	return err;
}

static inline int probe_write_u32(void *addr, u32 val)
{
	int err = 0;

	__asm__ __volatile__("1:	movl %1, (%2)\n"
			     "2:\n"
			     " .pushsection .fixup, \"ax\"\n"
			     "3:	movl %3, %0\n"
			     "	jmp 2b\n"
			     " .popsection\n"
			     _ASM_EXTABLE(1b, 3b)
			     : "+r"(err)
			     : "r"(val), "r"(addr), "i"(-EFAULT)
			     : "memory");
	return err;
}

#endif /* _ASM_I386_PROBE_H */
