/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_SETUP_H
#define _ASM_I386_SETUP_H

#include <linux/types.h>

extern unsigned long max_low_pfn;

/* Memory layout and page tables from boot_info (setup.c, mm/init.c). */
void setup_arch(void);
/* early_mapped: RAM from 0 the door left mapped at PAGE_OFFSET. */
void paging_init(unsigned long max_low_pfn, phys_addr_t early_mapped);

#endif /* _ASM_I386_SETUP_H */
