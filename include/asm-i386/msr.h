/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MSR_H
#define _ASM_I386_MSR_H

#include <linux/types.h>
#include <linux/errno.h>
#include <asm/asm.h>

#define MSR_IA32_APICBASE	0x0000001b
#define MSR_IA32_APICBASE_ENABLE (1 << 11)
#define MSR_IA32_APICBASE_BASE	0xfffff000

/*
 * Reads an MSR; a CPU without it raises #GP, which the exception fixup
 * turns into *err = -EIO and a value of 0.  *err is 0 otherwise.
 */
static inline u64 native_read_msr(u32 msr, int *err)
{
	u32 lo, hi;
	int e;

	__asm__ __volatile__("1:	rdmsr\n"
			     "2:\n"
			     " .pushsection .fixup, \"ax\"\n"
			     "3:	movl %[eio], %[e]\n"
			     "	xorl %%eax, %%eax\n"
			     "	xorl %%edx, %%edx\n"
			     "	jmp 2b\n"
			     " .popsection\n"
			     _ASM_EXTABLE(1b, 3b)
			     : [e] "=r"(e), "=a"(lo), "=d"(hi)
			     : "c"(msr), "0"(0), [eio] "i"(-EIO));
	*err = e;
	return ((u64)hi << 32) | lo;
}

static inline void native_write_msr(u32 msr, u64 v)
{
	__asm__ __volatile__("wrmsr"
			     : : "c"(msr), "a"((u32)v), "d"((u32)(v >> 32))
			     : "memory");
}

/* The result in %edx:%eax, as the patch site has it. */
static inline u64 native_read_tsc(void)
{
	u64 v;

	__asm__ __volatile__("rdtsc" : "=A"(v));
	return v;
}

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>

/* The TSC is read on hot paths (benchmarks): a patch site. */
static inline u64 rdtsc(void)
{
	u64 r;

	asm_inline __volatile__(PARAVIRT_SITE(CLBR_RET64, CLBR_RET64)
				: "=A"(r) : PV_OPS(cpu.read_tsc));
	return r;
}
static inline u64 read_msr(u32 msr, int *err)
{
	return pv_ops.cpu.read_msr(msr, err);
}
static inline void wrmsrl(u32 msr, u64 v) { pv_ops.cpu.write_msr(msr, v); }
#else
#define read_msr(msr, err)	native_read_msr(msr, err)
#define wrmsrl(msr, v)		native_write_msr(msr, v)
#define rdtsc()			native_read_tsc()
#endif /* CONFIG_PARAVIRT */

/* An MSR into *v: 0, or -EIO when the CPU (or hypervisor) has none. */
static inline int rdmsrl_safe(u32 msr, u64 *v)
{
	int err;

	*v = read_msr(msr, &err);
	return err;
}

#endif /* _ASM_I386_MSR_H */
