/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_TLBFLUSH_H
#define _ASM_I386_TLBFLUSH_H

#include <asm/processor.h>

/*
 * Reloading %cr3 drops all non-global TLB entries.  It goes through %eax
 * in both forms (the patch site's shape).
 */
static inline void native_flush_tlb(void)
{
	unsigned long tmp;

	__asm__ __volatile__("mov %%cr3, %0; mov %0, %%cr3"
			     : "=a"(tmp) : : "memory");
}

static inline void native_flush_tlb_single(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "a"(addr) : "memory");
}

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>

static inline void __flush_tlb(void)
{
	unsigned long tmp;

	asm_inline __volatile__(PARAVIRT_SITE(CLBR_EAX, CLBR_NONE)
				: "=a"(tmp) : PV_OPS(mmu.flush_tlb_user)
				: "memory");
}

static inline void __flush_tlb_single(unsigned long addr)
{
	PVOP_VCALL1_EAX(mmu.flush_tlb_single, addr);
}
#else
#define __flush_tlb()			native_flush_tlb()
#define __flush_tlb_single(addr)	native_flush_tlb_single(addr)
#endif /* CONFIG_PARAVIRT */

static inline void flush_tlb_all(void)
{
	__flush_tlb();
}

static inline void flush_tlb_kernel_page(unsigned long addr)
{
	__flush_tlb_single(addr);
}

#endif /* _ASM_I386_TLBFLUSH_H */
