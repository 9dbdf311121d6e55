/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#include <linux/compiler.h>
#include <asm/page.h>

/*
 * Whole pages of data: page aligned, in a section of such pages.  A table
 * a hypervisor maps read-only (the GDT, the kernel's PDPT) must also be
 * exactly a page long, so that nothing else shares its page.
 */
#define __page_aligned_data	__section(".data..page_aligned") \
				__aligned(PAGE_SIZE)
#define __page_aligned_bss	__section(".bss..page_aligned") \
				__aligned(PAGE_SIZE)

#endif /* _LINUX_LINKAGE_H */
