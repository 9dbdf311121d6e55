/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/gfp.h>
#include <asm/page.h>

/*
 * One struct page per physical page frame of lowmem, in mem_map[].  Free
 * blocks of the buddy allocator and slab pages use the fields below.
 */
struct page {
	unsigned long flags;
	unsigned int order;		/* buddy block or large kmalloc order */
	unsigned int inuse;		/* slab: objects handed out */
	int refcount;			/* user mappings + 1 while allocated */
	struct list_head lru;		/* buddy free list or slab list */
	void *slab_cache;		/* slab: owning struct kmem_cache */
	void *freelist;			/* slab: first free object */
};

#define PG_reserved	0x01	/* never handed to the allocator */
#define PG_buddy	0x02	/* head of a free buddy block */
#define PG_slab		0x04	/* owned by a kmem_cache */
#define PG_large	0x08	/* head of a large kmalloc block */
#define PG_hot		0x10	/* free, on a hot list of the page allocator */

extern struct page *mem_map;
extern unsigned long max_pfn;		/* one past the last lowmem pfn */

static inline unsigned long page_to_pfn(const struct page *p)
{
	return (unsigned long)(p - mem_map);
}
static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + pfn;
}
static inline void *page_address(const struct page *p)
{
	return pfn_to_virt(page_to_pfn(p));
}
static inline struct page *virt_to_page(const void *v)
{
	return pfn_to_page(virt_to_pfn(v));
}

/* Sets up mem_map and hands every free page from memblock to the buddy
 * allocator. */
void mm_init(void);
/* Nonzero once the page allocator can be used. */
int mm_ready(void);

/* Blocks of 2^order contiguous pages. */
struct page *alloc_pages(gfp_t gfp, unsigned int order);
void __free_pages(struct page *page, unsigned int order);
void *__get_free_pages(gfp_t gfp, unsigned int order);
void free_pages(void *addr, unsigned int order);
#define alloc_page(gfp)		alloc_pages(gfp, 0)
#define __free_page(p)		__free_pages(p, 0)
#define free_page(addr)		free_pages(addr, 0)
static inline void *get_zeroed_page(gfp_t gfp)
{
	return __get_free_pages(gfp | __GFP_ZERO, 0);
}

/* Reference counts of pages shared by address spaces (copy-on-write). */
static inline void get_page(struct page *p)
{
	p->refcount++;
}

static inline int page_count(const struct page *p)
{
	return p->refcount;
}

/* Drops a reference; the last one frees the page. */
void put_page(struct page *p);

unsigned long nr_free_pages(void);
unsigned long totalram_pages(void);
/* Free blocks of each order, for tests and /proc. */
unsigned long nr_free_blocks(unsigned int order);
/* Gives the blocks kept on the allocator's hot lists back to the buddy. */
void drain_hot_pages(void);

#define MAX_ORDER	CONFIG_MAX_ORDER

#endif /* _LINUX_MM_H */
