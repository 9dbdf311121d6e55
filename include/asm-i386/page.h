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
 * The kernel's own area at the top of what the address space leaves it
 * (everything below FIXADDR_TOP, which a backend may move down with
 * reserve_top_address()): 128 MiB for the kernel stacks and the fixmap.
 * Lowmem, the direct map, ends where it begins: at 896 MiB above
 * PAGE_OFFSET natively.
 */
#define KERNEL_TOP_AREA		_AC(0x08000000, UL)
#define STACK_AREA_GAP		_AC(0x00800000, UL)
#define STACK_AREA_SIZE		_AC(0x01000000, UL)

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* Known at run time only: see <asm/fixmap.h>. */
extern unsigned long __FIXADDR_TOP;

/* Most lowmem the direct map may cover. */
#define MAXMEM		(__FIXADDR_TOP + PAGE_SIZE - KERNEL_TOP_AREA - PAGE_OFFSET)

/* Kernel stacks (arch/i386/mm/stackarea.c), between lowmem and fixmap. */
#define STACK_AREA_START	(PAGE_OFFSET + MAXMEM + STACK_AREA_GAP)

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
