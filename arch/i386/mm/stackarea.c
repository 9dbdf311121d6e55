// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/mm/stackarea.c - kernel stacks with guard pages.
 *
 * Stacks are mapped in a dedicated area above lowmem, each in a slot of
 * one unmapped guard page followed by THREAD_SIZE of stack.  Running off
 * the bottom of a stack touches the guard page and faults (a double
 * fault, handled on its own task and stack) instead of silently
 * overwriting whatever lies below.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched_stack.h>
#include <asm/pgtable.h>
#include <asm/irqflags.h>

#define SLOT_SIZE	(THREAD_SIZE + PAGE_SIZE)
#define NR_SLOTS	(STACK_AREA_SIZE / SLOT_SIZE)
#define STACK_ORDER	(CONFIG_KERNEL_STACK_PAGES > 4 ? 3 : \
			 CONFIG_KERNEL_STACK_PAGES > 2 ? 2 : \
			 CONFIG_KERNEL_STACK_PAGES > 1 ? 1 : 0)

static unsigned char slot_used[NR_SLOTS];

static unsigned long slot_base(unsigned int i)
{
	return STACK_AREA_START + i * SLOT_SIZE + PAGE_SIZE;
}

void *alloc_kernel_stack(void)
{
	unsigned long flags, base, i, p;
	struct page *pg;

	local_irq_save(flags);
	for (i = 0; i < NR_SLOTS && slot_used[i]; i++)
		;
	if (i < NR_SLOTS)
		slot_used[i] = 1;
	local_irq_restore(flags);
	if (i == NR_SLOTS)
		return NULL;

	pg = alloc_pages(GFP_KERNEL, STACK_ORDER);
	if (!pg)
		goto fail;
	base = slot_base(i);
	for (p = 0; p < CONFIG_KERNEL_STACK_PAGES; p++) {
		if (map_kernel_page(base + p * PAGE_SIZE, page_to_pfn(pg) + p,
				    PAGE_KERNEL))
			goto fail_unmap;
	}
	return (void *)base;

fail_unmap:
	while (p--)
		unmap_kernel_page(base + p * PAGE_SIZE);
	__free_pages(pg, STACK_ORDER);
fail:
	slot_used[i] = 0;
	return NULL;
}

void free_kernel_stack(void *stack)
{
	unsigned long base = (unsigned long)stack, pfn = 0, p;
	unsigned int i = (base - STACK_AREA_START) / SLOT_SIZE;
	pte_t *pte;

	if (base < STACK_AREA_START || i >= NR_SLOTS || base != slot_base(i) ||
	    !slot_used[i])
		panic("free_kernel_stack: %p is not a kernel stack", stack);
	for (p = 0; p < CONFIG_KERNEL_STACK_PAGES; p++) {
		pte = lookup_kernel_pte(base + p * PAGE_SIZE);
		if (!p)
			pfn = pte_pfn(*pte);
		unmap_kernel_page(base + p * PAGE_SIZE);
	}
	__free_pages(pfn_to_page(pfn), STACK_ORDER);
	slot_used[i] = 0;
}
