// SPDX-License-Identifier: GPL-2.0
/*
 * mm/slab.c - object caches and kmalloc().
 *
 * A cache carves single pages into equal objects and threads the free
 * ones through their first word.  Pages with free objects sit on the
 * partial list, full pages on the full list; a page whose last object is
 * freed goes back to the page allocator, so memory is not hoarded and
 * leak checks can compare free-page counts.  kmalloc() picks the
 * smallest power-of-two cache that fits, or whole pages above 2 KiB.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/init.h>
#include <asm/irqflags.h>

#define SLAB_POISON	0x6b
#define NR_KMALLOC	9		/* 8 .. 2048 bytes */

static struct kmem_cache cache_cache;	/* where caches come from */
static struct kmem_cache kmalloc_caches[NR_KMALLOC];
static const char *const kmalloc_names[NR_KMALLOC] = {
	"kmalloc-8", "kmalloc-16", "kmalloc-32", "kmalloc-64", "kmalloc-128",
	"kmalloc-256", "kmalloc-512", "kmalloc-1024", "kmalloc-2048",
};
static LIST_HEAD(cache_list);

static void cache_setup(struct kmem_cache *c, const char *name,
			unsigned int size, unsigned int align)
{
	if (align < sizeof(void *))
		align = sizeof(void *);
	c->name = name;
	c->size = ALIGN(size < sizeof(void *) ? sizeof(void *) : size, align);
	c->per_page = PAGE_SIZE / c->size;
	INIT_LIST_HEAD(&c->partial);
	INIT_LIST_HEAD(&c->full);
	list_add_tail(&c->list, &cache_list);
}

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align)
{
	struct kmem_cache *c;

	if (!size || size > PAGE_SIZE)
		return NULL;
	c = kmem_cache_alloc(&cache_cache, __GFP_ZERO);
	if (c)
		cache_setup(c, name, size, align);
	return c;
}

/* Frees a cache made by kmem_cache_create(); it must be empty. */
void kmem_cache_destroy(struct kmem_cache *c)
{
	if (!c)
		return;
	if (c->nr_active)
		panic("kmem_cache_destroy: %s still has %lu objects", c->name,
		      c->nr_active);
	list_del(&c->list);
	kmem_cache_free(&cache_cache, c);
}

/* A fresh page with every object on its free list. */
static struct page *cache_grow(struct kmem_cache *c)
{
	struct page *pg = alloc_page(__GFP_NOWARN);
	char *base;
	unsigned int i;

	if (!pg)
		return NULL;
	base = page_address(pg);
	pg->flags |= PG_slab;
	pg->slab_cache = c;
	pg->inuse = 0;
	pg->freelist = NULL;
	for (i = c->per_page; i--; ) {
		*(void **)(base + i * c->size) = pg->freelist;
		pg->freelist = base + i * c->size;
	}
	list_add(&pg->lru, &c->partial);
	c->nr_pages++;
	return pg;
}

void *kmem_cache_alloc(struct kmem_cache *c, gfp_t gfp)
{
	unsigned long flags;
	struct page *pg;
	void *obj = NULL;

	local_irq_save(flags);
	if (list_empty(&c->partial) && !cache_grow(c))
		goto out;
	pg = list_first_entry(&c->partial, struct page, lru);
	obj = pg->freelist;
	pg->freelist = *(void **)obj;
	pg->inuse++;
	c->nr_active++;
	if (!pg->freelist) {
		list_del(&pg->lru);
		list_add(&pg->lru, &c->full);
	}
out:
	local_irq_restore(flags);
	if (obj && (gfp & __GFP_ZERO))
		memset(obj, 0, c->size);
	return obj;
}

void kmem_cache_free(struct kmem_cache *c, void *obj)
{
	struct page *pg = virt_to_page(obj);
	unsigned long flags, off;

	off = (unsigned long)obj - (unsigned long)page_address(pg);
	if (!(pg->flags & PG_slab) || pg->slab_cache != c || off % c->size)
		panic("kmem_cache_free: %p is not an object of %s", obj,
		      c->name);
	if (IS_ENABLED(CONFIG_DEBUG_PAGEALLOC_POISON))
		memset(obj, SLAB_POISON, c->size);
	local_irq_save(flags);
	if (!pg->freelist) {		/* was full */
		list_del(&pg->lru);
		list_add(&pg->lru, &c->partial);
	}
	*(void **)obj = pg->freelist;
	pg->freelist = obj;
	pg->inuse--;
	c->nr_active--;
	if (!pg->inuse) {
		list_del(&pg->lru);
		pg->flags &= ~PG_slab;
		pg->slab_cache = NULL;
		c->nr_pages--;
		local_irq_restore(flags);
		__free_page(pg);
		return;
	}
	local_irq_restore(flags);
}

static int kmalloc_index(size_t size)
{
	int i = 0;
	size_t s = KMALLOC_MIN_SIZE;

	while (s < size) {
		s <<= 1;
		i++;
	}
	return i;
}

void *kmalloc(size_t size, gfp_t gfp)
{
	unsigned int order = 0;
	struct page *pg;

	if (!size)
		return NULL;
	if (size <= KMALLOC_MAX_CACHE_SIZE)
		return kmem_cache_alloc(&kmalloc_caches[kmalloc_index(size)],
					gfp);
	while ((PAGE_SIZE << order) < size)
		order++;
	pg = alloc_pages(gfp, order);
	if (!pg)
		return NULL;
	pg->flags |= PG_large;
	pg->order = order;
	return page_address(pg);
}

void kfree(const void *p)
{
	struct page *pg;

	if (!p)
		return;
	pg = virt_to_page(p);
	if (pg->flags & PG_slab) {
		kmem_cache_free(pg->slab_cache, (void *)p);
		return;
	}
	if (!(pg->flags & PG_large) || ((unsigned long)p & ~PAGE_MASK))
		panic("kfree: %p was not allocated by kmalloc", p);
	pg->flags &= ~PG_large;
	__free_pages(pg, pg->order);
}

size_t ksize(const void *p)
{
	struct page *pg = virt_to_page(p);

	if (pg->flags & PG_slab)
		return ((struct kmem_cache *)pg->slab_cache)->size;
	return PAGE_SIZE << pg->order;
}

void __init kmem_cache_init(void)
{
	unsigned int i;

	cache_setup(&cache_cache, "kmem_cache", sizeof(struct kmem_cache), 0);
	for (i = 0; i < NR_KMALLOC; i++)
		cache_setup(&kmalloc_caches[i], kmalloc_names[i],
			    KMALLOC_MIN_SIZE << i, 0);
}
