/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MSR_H
#define _ASM_I386_MSR_H

#include <linux/types.h>

#define MSR_IA32_APICBASE	0x0000001b
#define MSR_IA32_APICBASE_ENABLE (1 << 11)
#define MSR_IA32_APICBASE_BASE	0xfffff000

static inline u64 native_read_msr(u32 msr)
{
	u32 lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
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
static inline u64 rdmsrl(u32 msr) { return pv_ops.cpu.read_msr(msr); }
static inline void wrmsrl(u32 msr, u64 v) { pv_ops.cpu.write_msr(msr, v); }
#else
#define rdmsrl(msr)		native_read_msr(msr)
#define wrmsrl(msr, v)		native_write_msr(msr, v)
#define rdtsc()			native_read_tsc()
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_MSR_H */
