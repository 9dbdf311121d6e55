// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page_alloc.c - the buddy page allocator.
 *
 * Free memory is kept in blocks of 2^order pages, one free list per
 * order.  A block's buddy is the block whose pfn differs only in bit
 * "order"; freeing merges a block with its free buddy as far as it can,
 * allocating splits the smallest large-enough block.  Free pages are
 * counted so tests can check that memory comes back.
 *
 * In front of the buddy lists, blocks of the small orders (pages, kernel
 * stacks) are kept on a hot list per order: a freed block goes there and
 * the next allocation of its order takes it back.  The buddy lists see
 * only batches of 16 pages' worth: an empty hot list is refilled with
 * one, a list holding more than PCP_HIGH pages' worth gives one back.
 * Fork and exit take and give back the same few pages every time; with
 * the hot lists their cost no longer depends on how the free memory
 * happens to be split, which differs with the kernel's size.  Blocks on
 * a hot list count as free.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/memblock.h>
#include <linux/string.h>
#include <linux/init.h>
#include <asm/irqflags.h>

#define PAGE_POISON	0xaa

struct free_area {
	struct list_head list;
	unsigned long nr;
};

struct page *mem_map;
unsigned long max_pfn;
static struct free_area free_area[MAX_ORDER];
static unsigned long free_pages_count, managed_pages;

#define PCP_ORDERS	4	/* orders 0-3 have a hot list */
#define PCP_HIGH	64	/* pages a hot list may hold */
#define PCP_BATCH_SHIFT	4	/* refill and give back 16 pages' worth */

struct pcp_list {
	struct list_head list;
	unsigned int count;	/* blocks */
};

static struct pcp_list pcp[PCP_ORDERS];
static int page_alloc_ready;

int mm_ready(void)
{
	return page_alloc_ready;
}

static void add_free_block(struct page *p, unsigned int order)
{
	p->flags |= PG_buddy;
	p->order = order;
	list_add(&p->lru, &free_area[order].list);
	free_area[order].nr++;
}

static void del_free_block(struct page *p, unsigned int order)
{
	list_del(&p->lru);
	p->flags &= ~PG_buddy;
	free_area[order].nr--;
}

/* Merges the block at pfn with free buddies and puts it on a list. */
static void free_block(unsigned long pfn, unsigned int order)
{
	while (order < MAX_ORDER - 1) {
		unsigned long buddy = pfn ^ (1UL << order);
		struct page *b = pfn_to_page(buddy);

		if (buddy >= max_pfn || !(b->flags & PG_buddy) ||
		    b->order != order)
			break;
		del_free_block(b, order);
		pfn &= ~(1UL << order);
		order++;
	}
	add_free_block(pfn_to_page(pfn), order);
}

/* Takes a block of order off the buddy lists, splitting a larger one. */
static struct page *rmqueue(unsigned int order)
{
	struct page *p;
	unsigned int o;

	for (o = order; o < MAX_ORDER; o++) {
		if (list_empty(&free_area[o].list))
			continue;
		p = list_first_entry(&free_area[o].list, struct page, lru);
		del_free_block(p, o);
		/* Give back the upper halves until the block fits. */
		while (o > order) {
			o--;
			add_free_block(p + (1UL << o), o);
		}
		return p;
	}
	return NULL;
}

static void pcp_add(struct pcp_list *l, struct page *p)
{
	p->flags |= PG_hot;
	list_add(&p->lru, &l->list);
	l->count++;
}

/* Gives up to n of the least recently freed blocks back to the buddy. */
static void pcp_drain(unsigned int order, unsigned int n)
{
	struct pcp_list *l = &pcp[order];
	struct page *p;

	while (n-- && l->count) {
		p = list_entry(l->list.prev, struct page, lru);
		list_del(&p->lru);
		p->flags &= ~PG_hot;
		l->count--;
		free_block(page_to_pfn(p), order);
	}
}

/* Refills an empty hot list: one block split in a batch if there is one. */
static void pcp_refill(unsigned int order)
{
	unsigned int shift = PCP_BATCH_SHIFT - order, i;
	struct page *p = rmqueue(order + shift);

	if (p) {
		for (i = 1U << shift; i--; )
			pcp_add(&pcp[order], p + (i << order));
		return;
	}
	for (i = 1U << shift; i-- && (p = rmqueue(order)); )
		pcp_add(&pcp[order], p);
}

static struct page *pcp_alloc(unsigned int order)
{
	struct pcp_list *l = &pcp[order];
	struct page *p;

	if (!l->count) {
		pcp_refill(order);
		if (!l->count)
			return NULL;
	}
	p = list_first_entry(&l->list, struct page, lru);
	list_del(&p->lru);
	p->flags &= ~PG_hot;
	l->count--;
	return p;
}

static void pcp_free(struct page *p, unsigned int order)
{
	pcp_add(&pcp[order], p);
	if (pcp[order].count > PCP_HIGH >> order)
		pcp_drain(order, 1U << (PCP_BATCH_SHIFT - order));
}

/* Empties every hot list into the buddy lists; irqs off. */
static void pcp_drain_all(void)
{
	unsigned int o;

	for (o = 0; o < PCP_ORDERS; o++)
		pcp_drain(o, pcp[o].count);
}

void drain_hot_pages(void)
{
	unsigned long flags;

	local_irq_save(flags);
	pcp_drain_all();
	local_irq_restore(flags);
}

struct page *alloc_pages(gfp_t gfp, unsigned int order)
{
	unsigned long flags;
	struct page *p;

	if (order >= MAX_ORDER)
		return NULL;
	local_irq_save(flags);
	p = order < PCP_ORDERS ? pcp_alloc(order) : rmqueue(order);
	if (!p) {
		/* What the hot lists hold may merge into a block that fits. */
		pcp_drain_all();
		p = rmqueue(order);
	}
	if (p) {
		p->order = order;
		p->refcount = 1;
		free_pages_count -= 1UL << order;
	}
	local_irq_restore(flags);
	if (!p) {
		if (!(gfp & __GFP_NOWARN))
			pr_warn("page allocation failure: order %u, %lu pages free\n",
				order, free_pages_count);
		return NULL;
	}
	if (gfp & __GFP_ZERO)
		memset(page_address(p), 0, PAGE_SIZE << order);
	return p;
}

void __free_pages(struct page *p, unsigned int order)
{
	unsigned long flags, pfn = page_to_pfn(p);

	if (pfn >= max_pfn || (p->flags & (PG_buddy | PG_hot | PG_reserved)) ||
	    (pfn & ((1UL << order) - 1)))
		panic("__free_pages: bad page %lu (flags %#lx, order %u)",
		      pfn, p->flags, order);
	if (IS_ENABLED(CONFIG_DEBUG_PAGEALLOC_POISON))
		memset(page_address(p), PAGE_POISON, PAGE_SIZE << order);
	p->refcount = 0;
	local_irq_save(flags);
	if (order < PCP_ORDERS)
		pcp_free(p, order);
	else
		free_block(pfn, order);
	free_pages_count += 1UL << order;
	local_irq_restore(flags);
}

void put_page(struct page *p)
{
	if (p->refcount <= 0)
		panic("put_page: page %lu has refcount %d", page_to_pfn(p),
		      p->refcount);
	if (!--p->refcount)
		__free_pages(p, 0);
}

void *__get_free_pages(gfp_t gfp, unsigned int order)
{
	struct page *p = alloc_pages(gfp, order);

	return p ? page_address(p) : NULL;
}

void free_pages(void *addr, unsigned int order)
{
	if (addr)
		__free_pages(virt_to_page(addr), order);
}

unsigned long nr_free_pages(void)
{
	return free_pages_count;
}

unsigned long totalram_pages(void)
{
	return managed_pages;
}

/* Blocks on the buddy lists only: drain_hot_pages() first to see all. */
unsigned long nr_free_blocks(unsigned int order)
{
	return order < MAX_ORDER ? free_area[order].nr : 0;
}

/* Frees [start, end) in the largest aligned blocks that fit. */
static void __init free_range(phys_addr_t start, phys_addr_t end, void *arg)
{
	unsigned long pfn = PFN_DOWN(start), last = PFN_DOWN(end);
	unsigned int order;

	while (pfn < last) {
		for (order = MAX_ORDER - 1; order; order--)
			if (!(pfn & ((1UL << order) - 1)) &&
			    pfn + (1UL << order) <= last)
				break;
		for (unsigned long i = 0; i < (1UL << order); i++)
			pfn_to_page(pfn + i)->flags &= ~PG_reserved;
		free_block(pfn, order);
		free_pages_count += 1UL << order;
		managed_pages += 1UL << order;
		pfn += 1UL << order;
	}
}

void __init mm_init(void)
{
	phys_addr_t size, pa;
	unsigned long pfn;
	unsigned int o;

	max_pfn = PFN_DOWN(memblock_end_of_ram());
	size = PAGE_ALIGN(max_pfn * sizeof(struct page));
	pa = memblock_alloc(size, PAGE_SIZE);
	if (!pa)
		panic("mm_init: no memory for the page array (%lu KiB)",
		      (unsigned long)size >> 10);
	mem_map = __va(pa);
	for (pfn = 0; pfn < max_pfn; pfn++) {
		memset(&mem_map[pfn], 0, sizeof(struct page));
		mem_map[pfn].flags = PG_reserved;
	}
	for (o = 0; o < MAX_ORDER; o++)
		INIT_LIST_HEAD(&free_area[o].list);
	for (o = 0; o < PCP_ORDERS; o++)
		INIT_LIST_HEAD(&pcp[o].list);

	memblock_for_each_free(free_range, NULL);
	page_alloc_ready = 1;
	pr_info("Memory: %luK/%luK available (%luK kernel and boot data)\n",
		free_pages_count << 2, max_pfn << 2,
		(max_pfn - free_pages_count) << 2);
}
