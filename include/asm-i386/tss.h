/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_TSS_H
#define _ASM_I386_TSS_H

#include <linux/types.h>
#include <linux/compiler.h>

/* The 32-bit task-state segment (Intel SDM vol. 3, 7.2.1). */
struct tss_struct {
	u16 back_link, __blh;
	u32 sp0;
	u16 ss0, __ss0h;
	u32 sp1;
	u16 ss1, __ss1h;
	u32 sp2;
	u16 ss2, __ss2h;
	u32 cr3;
	u32 ip, flags;
	u32 ax, cx, dx, bx, sp, bp, si, di;
	u16 es, __esh;
	u16 cs, __csh;
	u16 ss, __ssh;
	u16 ds, __dsh;
	u16 fs, __fsh;
	u16 gs, __gsh;
	u16 ldt, __ldth;
	u16 trace, io_bitmap_base;
} __packed;

_Static_assert(__builtin_offsetof(struct tss_struct, sp0) == 4,
	       "load_sp0 writes the TSS at offset 4");

extern struct tss_struct init_tss;

/*
 * The stack the CPU switches to on entry from user mode: tss in %eax,
 * sp0 in %edx, as in the patch site.
 */
static inline void native_load_sp0(struct tss_struct *tss, unsigned long sp0)
{
	__asm__ __volatile__("movl %%edx, 4(%%eax)"
			     : : "a"(tss), "d"(sp0) : "memory");
}

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>
static inline void load_sp0(struct tss_struct *tss, unsigned long sp0)
{
	asm_inline __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)
				: : "a"(tss), "d"(sp0), PV_OPS(cpu.load_sp0)
				: "memory");
}
#else
#define load_sp0(tss, sp0)	native_load_sp0(tss, sp0)
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_TSS_H */
