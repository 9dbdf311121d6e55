// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memblock.c - boot-time memory ranges and allocation.
 *
 * Both lists are kept sorted and merged, so "is this free?" is a walk of
 * two short arrays.  Everything here is pure bookkeeping: nothing touches
 * the memory it describes.
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/errno.h>
#include <linux/string.h>

#define LOW_LIMIT	0x100000	/* keep the first MiB (BIOS, ISA) */

struct memblock memblock;

void memblock_reset(void)
{
	memset(&memblock, 0, sizeof(memblock));
	memblock.alloc_limit = ~(phys_addr_t)0;
}

/* Inserts [base, base+size) keeping the list sorted; merges neighbours. */
static int type_add(struct memblock_type *t, phys_addr_t base,
		    phys_addr_t size)
{
	phys_addr_t end = base + size;
	unsigned int i, j;

	if (!size)
		return 0;
	if (end < base)
		end = ~(phys_addr_t)0;
	for (i = 0; i < t->cnt && t->r[i].base + t->r[i].size < base; i++)
		;
	/* Absorb every region that overlaps or touches the new one. */
	for (j = i; j < t->cnt && t->r[j].base <= end; j++) {
		phys_addr_t e = t->r[j].base + t->r[j].size;

		if (t->r[j].base < base)
			base = t->r[j].base;
		if (e > end)
			end = e;
	}
	if (i == j) {
		if (t->cnt == MEMBLOCK_MAX_REGIONS)
			return -ENOSPC;
		memmove(&t->r[i + 1], &t->r[i], (t->cnt - i) * sizeof(t->r[0]));
		t->cnt++;
	} else if (j - i > 1) {
		memmove(&t->r[i + 1], &t->r[j], (t->cnt - j) * sizeof(t->r[0]));
		t->cnt -= j - i - 1;
	}
	t->r[i].base = base;
	t->r[i].size = end - base;
	return 0;
}

int memblock_add(phys_addr_t base, phys_addr_t size)
{
	return type_add(&memblock.memory, base, size);
}

int memblock_reserve(phys_addr_t base, phys_addr_t size)
{
	return type_add(&memblock.reserved, base, size);
}

void memblock_cap(phys_addr_t limit)
{
	struct memblock_type *t = &memblock.memory;
	unsigned int i;

	for (i = 0; i < t->cnt; i++) {
		if (t->r[i].base >= limit) {
			t->cnt = i;
			break;
		}
		if (t->r[i].base + t->r[i].size > limit)
			t->r[i].size = limit - t->r[i].base;
	}
}

void memblock_set_alloc_limit(phys_addr_t limit)
{
	memblock.alloc_limit = limit;
}

/*
 * Walks the free ranges: memory minus reserved, in address order.  fn
 * returns nonzero to stop the walk.
 */
static void walk_free(int (*fn)(phys_addr_t s, phys_addr_t e, void *arg),
		      void *arg)
{
	const struct memblock_type *m = &memblock.memory, *r = &memblock.reserved;
	unsigned int i, j = 0;

	for (i = 0; i < m->cnt; i++) {
		phys_addr_t s = m->r[i].base, e = s + m->r[i].size;

		while (s < e) {
			phys_addr_t rs, re;

			while (j < r->cnt && r->r[j].base + r->r[j].size <= s)
				j++;
			if (j == r->cnt || r->r[j].base >= e) {
				if (fn(s, e, arg))
					return;
				break;
			}
			rs = r->r[j].base;
			re = rs + r->r[j].size;
			if (rs > s && fn(s, rs, arg))
				return;
			s = re;
		}
	}
}

struct alloc_req {
	phys_addr_t size, align, found;
};

static int try_alloc(phys_addr_t s, phys_addr_t e, void *arg)
{
	struct alloc_req *a = arg;
	phys_addr_t base;

	if (s < LOW_LIMIT)
		s = LOW_LIMIT;
	if (e > memblock.alloc_limit)
		e = memblock.alloc_limit;
	base = ALIGN(s, a->align);
	if (base < s || base >= e || e - base < a->size)
		return 0;
	a->found = base;
	return 1;
}

phys_addr_t memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	struct alloc_req a = { size, align ? align : 1, 0 };

	walk_free(try_alloc, &a);
	if (a.found && memblock_reserve(a.found, size))
		return 0;
	return a.found;
}

phys_addr_t memblock_end_of_ram(void)
{
	const struct memblock_type *m = &memblock.memory;

	return m->cnt ? m->r[m->cnt - 1].base + m->r[m->cnt - 1].size : 0;
}

phys_addr_t memblock_ram_size(void)
{
	phys_addr_t sum = 0;
	unsigned int i;

	for (i = 0; i < memblock.memory.cnt; i++)
		sum += memblock.memory.r[i].size;
	return sum;
}

int memblock_is_reserved(phys_addr_t addr)
{
	const struct memblock_type *r = &memblock.reserved;
	unsigned int i;

	for (i = 0; i < r->cnt; i++)
		if (addr >= r->r[i].base && addr - r->r[i].base < r->r[i].size)
			return 1;
	return 0;
}

struct free_walk {
	void (*fn)(phys_addr_t start, phys_addr_t end, void *arg);
	void *arg;
};

static int call_free(phys_addr_t s, phys_addr_t e, void *arg)
{
	struct free_walk *w = arg;

	s = ALIGN(s, 4096);
	e = ALIGN_DOWN(e, 4096);
	if (s < e)
		w->fn(s, e, w->arg);
	return 0;
}

void memblock_for_each_free(void (*fn)(phys_addr_t start, phys_addr_t end,
				       void *arg), void *arg)
{
	struct free_walk w = { fn, arg };

	walk_free(call_free, &w);
}
