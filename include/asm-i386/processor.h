/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PROCESSOR_H
#define _ASM_I386_PROCESSOR_H

#define X86_CR0_PE	0x00000001
#define X86_CR0_WP	0x00010000
#define X86_CR0_PG	0x80000000
#define X86_CR4_PSE	0x00000010
#define X86_CR4_PAE	0x00000020
#define X86_CR4_PGE	0x00000080
#define X86_CR4_OSFXSR	0x00000200
#define X86_CR4_OSXMMEXCPT 0x00000400
#define X86_CR0_MP	0x00000002
#define X86_CR0_EM	0x00000004
#define X86_CR0_TS	0x00000008
#define X86_CR0_NE	0x00000020

/* CPUID.1:EDX feature bits we look at. */
#define X86_FEATURE_FPU		(1 << 0)
#define X86_FEATURE_TSC		(1 << 4)
#define X86_FEATURE_MSR		(1 << 5)
#define X86_FEATURE_PAE		(1 << 6)
#define X86_FEATURE_APIC	(1 << 9)
#define X86_FEATURE_PGE		(1 << 13)
#define X86_FEATURE_FXSR	(1 << 24)
#define X86_FEATURE_SSE		(1 << 25)

#ifndef __ASSEMBLY__
#include <linux/types.h>

static inline void native_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(*eax), "2"(*ecx));
}

#define DEFINE_READ_CR(n)						\
static inline unsigned long native_read_cr##n(void)			\
{									\
	unsigned long v;						\
	__asm__ __volatile__("mov %%cr" #n ", %0" : "=a"(v) : : "memory"); \
	return v;							\
}
#define DEFINE_WRITE_CR(n)						\
static inline void native_write_cr##n(unsigned long v)			\
{									\
	__asm__ __volatile__("mov %0, %%cr" #n : : "a"(v) : "memory");	\
}
DEFINE_READ_CR(0)
DEFINE_READ_CR(2)
DEFINE_READ_CR(3)
DEFINE_READ_CR(4)
DEFINE_WRITE_CR(0)
DEFINE_WRITE_CR(3)
DEFINE_WRITE_CR(4)
#undef DEFINE_READ_CR
#undef DEFINE_WRITE_CR

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>

/* %cr2/%cr3 are hot (faults, switches): patch sites. */
static inline unsigned long read_cr2(void) { return PVOP_CALL0_EAX(cpu.read_cr2); }
static inline unsigned long read_cr3(void) { return PVOP_CALL0_EAX(cpu.read_cr3); }
static inline void write_cr3(unsigned long v) { PVOP_VCALL1_EAX(cpu.write_cr3, v); }
static inline unsigned long read_cr0(void) { return pv_ops.cpu.read_cr0(); }
static inline void write_cr0(unsigned long v) { pv_ops.cpu.write_cr0(v); }
static inline unsigned long read_cr4(void) { return pv_ops.cpu.read_cr4(); }
static inline void write_cr4(unsigned long v) { pv_ops.cpu.write_cr4(v); }
#define __cpuid(a, b, c, d)	pv_ops.cpu.cpuid(a, b, c, d)
#else
#define read_cr0()	native_read_cr0()
#define read_cr2()	native_read_cr2()
#define read_cr3()	native_read_cr3()
#define read_cr4()	native_read_cr4()
#define write_cr0(v)	native_write_cr0(v)
#define write_cr3(v)	native_write_cr3(v)
#define write_cr4(v)	native_write_cr4(v)
#define __cpuid(a, b, c, d)	native_cpuid(a, b, c, d)
#endif /* CONFIG_PARAVIRT */

static inline void cpuid(u32 op, u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	*eax = op;
	*ecx = 0;
	__cpuid(eax, ebx, ecx, edx);
}

static inline void cpu_relax(void)
{
	__asm__ __volatile__("pause" : : : "memory");
}

/*
 * Per-task CPU state not kept on the kernel stack: the stack pointer
 * saved at a switch, the stack top the CPU loads on entry from user
 * mode, the task's TLS descriptors and its FPU/SSE registers.
 */
struct desc_struct;
struct thread_struct {
	unsigned long sp;
	unsigned long sp0;
	u32 tls_array[3][2];
	unsigned long fs, gs;		/* user selectors, kept across switches */
	void *fpu;			/* 512-byte FXSAVE area (or FSAVE) */
};

/* What boot_cpu_init() learned about the CPU. */
struct cpuinfo_x86 {
	char vendor[13];
	u32 cpuid_level;
	u32 features_edx;
	u32 features_ecx;
	u32 family, model, stepping;
};
extern struct cpuinfo_x86 boot_cpu_data;

static inline int cpu_has(u32 edx_bit)
{
	return (boot_cpu_data.features_edx & edx_bit) != 0;
}

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PROCESSOR_H */
