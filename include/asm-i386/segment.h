/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_SEGMENT_H
#define _ASM_I386_SEGMENT_H

/*
 * GDT layout, as in Linux/i386 so user-visible selectors match:
 *   0     null           6-8  TLS (set_thread_area)
 *  12     kernel code   13    kernel data
 *  14     user code     15    user data
 *  16     TSS           31    double-fault TSS
 */
#define GDT_ENTRY_TLS_MIN	6
#define GDT_ENTRY_TLS_ENTRIES	3
#define GDT_ENTRY_KERNEL_CS	12
#define GDT_ENTRY_KERNEL_DS	13
#define GDT_ENTRY_USER_CS	14
#define GDT_ENTRY_USER_DS	15
#define GDT_ENTRY_TSS		16
#define GDT_ENTRY_DOUBLEFAULT_TSS 31
#define GDT_ENTRIES		32

#define SEGMENT_RPL_MASK	3
#define USER_RPL		3

/*
 * The kernel's privilege level is not a constant: 0 on bare hardware,
 * 1 when a hypervisor runs us in ring 1.  It has one home, the installed
 * backend's pv_info.kernel_rpl; kernel selectors carry it as RPL and the
 * kernel's GDT and IDT entries as DPL.
 */
#ifndef __ASSEMBLY__
#ifdef CONFIG_PARAVIRT
#include <asm/paravirt_types.h>
static inline unsigned int get_kernel_rpl(void)
{
	return pv_info.kernel_rpl;
}
#else
static inline unsigned int get_kernel_rpl(void)
{
	return 0;
}
#endif /* CONFIG_PARAVIRT */
#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8 + get_kernel_rpl())
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8 + get_kernel_rpl())
#endif
#ifndef __ASSEMBLY__
#include <asm/asm.h>

#define savesegment(seg, v) \
	__asm__ __volatile__("movl %%" #seg ", %0" : "=r"(v) : : "memory")

/*
 * Loads a segment register from a selector that may have become invalid
 * (a TLS entry since cleared): a fault loads the null selector instead.
 */
#define loadsegment(seg, v)						\
	__asm__ __volatile__("1:	movl %k0, %%" #seg "\n"		\
			     "2:\n"					\
			     " .pushsection .fixup, \"ax\"\n"		\
			     "3:	movl $0, %k0\n"			\
			     "	jmp 1b\n"					\
			     " .popsection\n"				\
			     _ASM_EXTABLE(1b, 3b)			\
			     : "+r"(v) : : "memory")
#endif

#define __BOOT_CS	(GDT_ENTRY_KERNEL_CS * 8)
#define __BOOT_DS	(GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS	(GDT_ENTRY_USER_CS * 8 + USER_RPL)
#define __USER_DS	(GDT_ENTRY_USER_DS * 8 + USER_RPL)
#define __TSS_SEL	(GDT_ENTRY_TSS * 8)
#define __DOUBLEFAULT_TSS_SEL (GDT_ENTRY_DOUBLEFAULT_TSS * 8)

#endif /* _ASM_I386_SEGMENT_H */
