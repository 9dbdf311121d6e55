/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_SETUP_H
#define _ASM_I386_SETUP_H

#include <linux/types.h>

extern unsigned long max_low_pfn;

/* Memory layout and page tables from boot_info (setup.c, mm/init.c). */
void setup_arch(void);
/* early_mapped: RAM from 0 the door left mapped at PAGE_OFFSET. */
void paging_init(unsigned long max_low_pfn, phys_addr_t early_mapped);

/*
 * The backend's own setup once the memory map and the kernel page tables
 * exist (a hypervisor backend maps its shared pages here).
 */
#ifdef CONFIG_PARAVIRT
#include <asm/paravirt_types.h>
static inline void paravirt_arch_setup(void)
{
	pv_ops.init.arch_setup();
}
#else
static inline void paravirt_arch_setup(void) { }
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_SETUP_H */
