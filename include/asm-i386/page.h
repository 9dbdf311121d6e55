/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PAGE_H
#define _ASM_I386_PAGE_H

#include <linux/const.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(_AC(1, UL) << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

/* The kernel is linked at PAGE_OFFSET and maps lowmem there one to one. */
#define __PAGE_OFFSET	0xC0000000
#define PAGE_OFFSET	_AC(__PAGE_OFFSET, UL)

/*
 * Most lowmem the direct map may cover (896 MiB), leaving the top 128 MiB
 * of the address space for the stack area and the fixmap.
 */
#define MAXMEM		_AC(0x38000000, UL)

/* Kernel stacks (arch/i386/mm/stackarea.c), between lowmem and fixmap. */
#define STACK_AREA_START	(__PAGE_OFFSET + MAXMEM + _AC(0x00800000, UL))
#define STACK_AREA_SIZE		_AC(0x01000000, UL)

#ifndef __ASSEMBLY__
#include <linux/types.h>

#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((phys_addr_t)(x) << PAGE_SHIFT)
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)
#define virt_to_pfn(v)	(__pa(v) >> PAGE_SHIFT)
#define pfn_to_virt(p)	__va(PFN_PHYS(p))

#else
#define __pa_sym(x)	((x) - __PAGE_OFFSET)
#endif /* __ASSEMBLY__ */

#endif /* _ASM_I386_PAGE_H */
