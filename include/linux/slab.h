/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/list.h>

/*
 * Object caches on single pages.  kmalloc() serves requests up to
 * KMALLOC_MAX_CACHE_SIZE from power-of-two caches and larger ones
 * straight from the page allocator.
 */
struct kmem_cache {
	const char *name;
	unsigned int size;		/* object size, aligned */
	unsigned int per_page;
	struct list_head partial;	/* pages with free objects */
	struct list_head full;
	unsigned long nr_pages;
	unsigned long nr_active;	/* objects handed out */
	struct list_head list;
};

#define KMALLOC_MIN_SIZE	8
#define KMALLOC_MAX_CACHE_SIZE	2048

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align);
void kmem_cache_destroy(struct kmem_cache *c);
void *kmem_cache_alloc(struct kmem_cache *c, gfp_t gfp);
void kmem_cache_free(struct kmem_cache *c, void *obj);

void *kmalloc(size_t size, gfp_t gfp);
void kfree(const void *p);
/* The usable size of a kmalloc()ed object. */
size_t ksize(const void *p);

static inline void *kzalloc(size_t size, gfp_t gfp)
{
	return kmalloc(size, gfp | __GFP_ZERO);
}

void kmem_cache_init(void);

#endif /* _LINUX_SLAB_H */
