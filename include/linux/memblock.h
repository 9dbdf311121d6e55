/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MEMBLOCK_H
#define _LINUX_MEMBLOCK_H

#include <linux/types.h>

/*
 * The boot-time memory allocator: a list of RAM ranges and a list of
 * reserved ranges (kernel image, modules, page tables...).  It serves
 * page tables and the page array before the buddy allocator exists, then
 * hands every free page to it with memblock_free_all().
 */
#define MEMBLOCK_MAX_REGIONS	64

struct memblock_region {
	phys_addr_t base;
	phys_addr_t size;
};

struct memblock_type {
	unsigned int cnt;
	struct memblock_region r[MEMBLOCK_MAX_REGIONS];
};

struct memblock {
	struct memblock_type memory;
	struct memblock_type reserved;
	phys_addr_t alloc_limit;	/* allocations stay below this */
};

extern struct memblock memblock;

void memblock_reset(void);
int memblock_add(phys_addr_t base, phys_addr_t size);
int memblock_reserve(phys_addr_t base, phys_addr_t size);
/* Drops memory at and above limit (mem=, the lowmem ceiling). */
void memblock_cap(phys_addr_t limit);
void memblock_set_alloc_limit(phys_addr_t limit);

/*
 * Returns the lowest free, aligned range of size bytes at or above 1 MiB
 * and below the allocation limit, now reserved; 0 when there is none.
 */
phys_addr_t memblock_alloc(phys_addr_t size, phys_addr_t align);

phys_addr_t memblock_end_of_ram(void);
phys_addr_t memblock_ram_size(void);
int memblock_is_reserved(phys_addr_t addr);

/* Calls fn for each free range [start, end) of whole pages. */
void memblock_for_each_free(void (*fn)(phys_addr_t start, phys_addr_t end,
				       void *arg), void *arg);

#endif /* _LINUX_MEMBLOCK_H */
