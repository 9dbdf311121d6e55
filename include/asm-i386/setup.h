/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_SETUP_H
#define _ASM_I386_SETUP_H

extern unsigned long max_low_pfn;

/* Memory layout and page tables from boot_info (setup.c, mm/init.c). */
void setup_arch(void);
void paging_init(unsigned long max_low_pfn);

#endif /* _ASM_I386_SETUP_H */
