/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_DEBUGREG_H
#define _ASM_I386_DEBUGREG_H

/*
 * The debug registers.  DR6 says why a debug exception (#DB) came: a
 * single step (BS) or one of the breakpoints B0-B3.  The CPU never clears
 * it, so the handler does.
 */
#define DR6_BREAKPOINTS	0x0000000f
#define DR6_BS		0x00004000

#ifndef __ASSEMBLY__
static inline unsigned long native_get_debugreg(int reg)
{
	unsigned long v = 0;

	switch (reg) {
	case 0: __asm__ __volatile__("mov %%db0, %0" : "=r"(v)); break;
	case 1: __asm__ __volatile__("mov %%db1, %0" : "=r"(v)); break;
	case 2: __asm__ __volatile__("mov %%db2, %0" : "=r"(v)); break;
	case 3: __asm__ __volatile__("mov %%db3, %0" : "=r"(v)); break;
	case 6: __asm__ __volatile__("mov %%db6, %0" : "=r"(v)); break;
	case 7: __asm__ __volatile__("mov %%db7, %0" : "=r"(v)); break;
	}
	return v;
}

static inline void native_set_debugreg(int reg, unsigned long v)
{
	switch (reg) {
	case 0: __asm__ __volatile__("mov %0, %%db0" : : "r"(v)); break;
	case 1: __asm__ __volatile__("mov %0, %%db1" : : "r"(v)); break;
	case 2: __asm__ __volatile__("mov %0, %%db2" : : "r"(v)); break;
	case 3: __asm__ __volatile__("mov %0, %%db3" : : "r"(v)); break;
	case 6: __asm__ __volatile__("mov %0, %%db6" : : "r"(v)); break;
	case 7: __asm__ __volatile__("mov %0, %%db7" : : "r"(v)); break;
	}
}

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt_types.h>
static inline unsigned long get_debugreg(int reg)
{
	return pv_ops.cpu.get_debugreg(reg);
}
static inline void set_debugreg(int reg, unsigned long v)
{
	pv_ops.cpu.set_debugreg(reg, v);
}
#else
#define get_debugreg(reg)	native_get_debugreg(reg)
#define set_debugreg(reg, v)	native_set_debugreg(reg, v)
#endif /* CONFIG_PARAVIRT */
#endif /* __ASSEMBLY__ */

#endif /* _ASM_I386_DEBUGREG_H */
