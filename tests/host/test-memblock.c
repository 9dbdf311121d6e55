// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-memblock.c - mm/memblock.c: adding and merging ranges,
 * reservations, aligned lowest-fit allocation below a limit and above
 * 1 MiB, capping, and the walk over free pages.
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/errno.h>
#include "harness.h"

#define MiB	0x100000U

static void expect_region(const struct memblock_type *t, unsigned int i,
			  phys_addr_t base, phys_addr_t size, int line)
{
	if (i >= t->cnt)
		ht_fail(__FILE__, line, "no region %u (only %u)", i, t->cnt);
	else if (t->r[i].base != base || t->r[i].size != size)
		ht_fail(__FILE__, line, "region %u is %#x+%#x, want %#x+%#x",
			i, t->r[i].base, t->r[i].size, base, size);
}

#define EXPECT_MEM(i, base, size) \
	expect_region(&memblock.memory, i, base, size, __LINE__)
#define EXPECT_RESERVED(i, base, size) \
	expect_region(&memblock.reserved, i, base, size, __LINE__)

static void add_keeps_order(void)
{
	memblock_reset();
	HT_EXPECT_EQ(memblock_add(3 * MiB, MiB), 0);
	HT_EXPECT_EQ(memblock_add(MiB, MiB / 2), 0);
	HT_EXPECT_EQ(memblock_add(8 * MiB, MiB), 0);
	HT_EXPECT_EQ(memblock.memory.cnt, 3);
	EXPECT_MEM(0, MiB, MiB / 2);
	EXPECT_MEM(1, 3 * MiB, MiB);
	EXPECT_MEM(2, 8 * MiB, MiB);
}

static void add_merges_touching_and_overlapping(void)
{
	memblock_reset();
	memblock_add(MiB, MiB);
	memblock_add(3 * MiB, MiB);
	memblock_add(2 * MiB, MiB);		/* fills the gap exactly */
	HT_EXPECT_EQ(memblock.memory.cnt, 1);
	EXPECT_MEM(0, MiB, 3 * MiB);
	memblock_add(MiB + 0x8000, 0x1000);	/* inside */
	memblock_add(3 * MiB + 0x80000, 2 * MiB);	/* over the end */
	memblock_add(0x80000, 0x80000);		/* touching the start */
	HT_EXPECT_EQ(memblock.memory.cnt, 1);
	EXPECT_MEM(0, 0x80000, 5 * MiB);
}

static void add_swallows_many(void)
{
	unsigned int i;

	memblock_reset();
	for (i = 0; i < 10; i++)
		memblock_add(i * 2 * MiB, MiB);
	HT_EXPECT_EQ(memblock.memory.cnt, 10);
	memblock_add(MiB / 2, 15 * MiB);
	HT_EXPECT_EQ(memblock.memory.cnt, 3);
	EXPECT_MEM(0, 0, MiB / 2 + 15 * MiB);
	EXPECT_MEM(1, 16 * MiB, MiB);
	EXPECT_MEM(2, 18 * MiB, MiB);
	HT_EXPECT_EQ(memblock_ram_size(), MiB / 2 + 17 * MiB);
}

static void add_edge_sizes(void)
{
	memblock_reset();
	HT_EXPECT_EQ(memblock_add(MiB, 0), 0);
	HT_EXPECT_EQ(memblock.memory.cnt, 0);
	/* A range running past 4 GiB ends at the top of the address space. */
	HT_EXPECT_EQ(memblock_add(0xfff00000, 0x200000), 0);
	EXPECT_MEM(0, 0xfff00000, 0xfffff);
}

static void too_many_regions(void)
{
	unsigned int i;

	memblock_reset();
	for (i = 0; i < MEMBLOCK_MAX_REGIONS; i++)
		HT_EXPECT_EQ(memblock_add(i * 2 * MiB, MiB), 0);
	HT_EXPECT_EQ(memblock_add(200 * MiB, MiB), -ENOSPC);
	HT_EXPECT_EQ(memblock.memory.cnt, MEMBLOCK_MAX_REGIONS);
	/* Growing an existing region needs no new slot. */
	HT_EXPECT_EQ(memblock_add(MiB, MiB / 2), 0);
	EXPECT_MEM(0, 0, MiB + MiB / 2);
}

static void reserve_marks_bytes(void)
{
	memblock_reset();
	memblock_add(0, 16 * MiB);
	HT_EXPECT_EQ(memblock_reserve(2 * MiB, 0x1000), 0);
	HT_EXPECT(memblock_is_reserved(2 * MiB));
	HT_EXPECT(memblock_is_reserved(2 * MiB + 0xfff));
	HT_EXPECT(!memblock_is_reserved(2 * MiB + 0x1000));
	HT_EXPECT(!memblock_is_reserved(2 * MiB - 1));
	HT_EXPECT_EQ(memblock.memory.cnt, 1);
}

static void alloc_aligned_lowest_fit(void)
{
	memblock_reset();
	memblock_add(0, 16 * MiB);
	memblock_reserve(MiB, 0x1234);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), MiB + 0x2000);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 2 * MiB), 2 * MiB);
	/* The hole left below the first allocation is the lowest fit. */
	HT_EXPECT_EQ(memblock_alloc(0x10, 0), MiB + 0x1234);
	HT_EXPECT(memblock_is_reserved(MiB + 0x1234));
	HT_EXPECT_EQ(memblock_alloc(0x10, 8), MiB + 0x1248);
}

static void alloc_skips_small_holes(void)
{
	memblock_reset();
	memblock_add(MiB, MiB);
	memblock_reserve(MiB + 0x1000, 0x1000);
	HT_EXPECT_EQ(memblock_alloc(0x2000, 0x1000), MiB + 0x2000);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), MiB);
	HT_EXPECT_EQ(memblock.reserved.cnt, 1);
	EXPECT_RESERVED(0, MiB, 0x4000);
}

static void alloc_stays_above_1mib(void)
{
	memblock_reset();
	memblock_add(0, 2 * MiB);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), MiB);
	memblock_reset();
	memblock_add(0, 0x9f000);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), 0);
}

static void alloc_below_limit(void)
{
	memblock_reset();
	memblock_add(MiB, 15 * MiB);
	memblock_set_alloc_limit(2 * MiB);
	HT_EXPECT_EQ(memblock_alloc(MiB, MiB), MiB);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), 0);
	memblock_set_alloc_limit(3 * MiB);
	HT_EXPECT_EQ(memblock_alloc(MiB, 0x1000), 2 * MiB);
	HT_EXPECT_EQ(memblock_alloc(1, 1), 0);
}

static void alloc_failure_reserves_nothing(void)
{
	memblock_reset();
	memblock_add(MiB, 0x1000);
	HT_EXPECT_EQ(memblock_alloc(0x2000, 0x1000), 0);
	HT_EXPECT_EQ(memblock.reserved.cnt, 0);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), MiB);
	HT_EXPECT_EQ(memblock_alloc(0x1000, 0x1000), 0);
}

/* Random allocations: aligned, inside RAM, apart, and all reserved. */
static void random_allocations_are_sound(void)
{
	phys_addr_t base[200], size[200];
	unsigned int i, j, n = 0;

	memblock_reset();
	memblock_add(0, 0x9f000);
	memblock_add(MiB, 3 * MiB);
	memblock_add(5 * MiB, 3 * MiB);
	memblock_reserve(2 * MiB, 0x12345);
	for (i = 0; i < 200; i++) {
		phys_addr_t sz = 1 + ht_random32() % 0x20000;
		phys_addr_t align = 1U << (ht_random32() % 17);
		phys_addr_t p = memblock_alloc(sz, align);

		if (!p)
			continue;
		HT_EXPECT_EQ(p % align, 0);
		HT_EXPECT((p >= MiB && p + sz <= 4 * MiB) ||
			  (p >= 5 * MiB && p + sz <= 8 * MiB));
		HT_EXPECT(p >= 2 * MiB + 0x12345 || p + sz <= 2 * MiB);
		HT_EXPECT(memblock_is_reserved(p) &&
			  memblock_is_reserved(p + sz - 1));
		base[n] = p;
		size[n++] = sz;
	}
	HT_EXPECT(n > 20);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (base[i] < base[j] + size[j] &&
			    base[j] < base[i] + size[i])
				ht_fail(__FILE__, __LINE__,
					"%#x+%#x overlaps %#x+%#x", base[i],
					size[i], base[j], size[j]);
}

static void cap_trims_and_drops(void)
{
	memblock_reset();
	memblock_add(0, 0x9f000);
	memblock_add(MiB, 7 * MiB);
	memblock_add(16 * MiB, 16 * MiB);
	HT_EXPECT_EQ(memblock_end_of_ram(), 32 * MiB);
	memblock_cap(5 * MiB);
	HT_EXPECT_EQ(memblock.memory.cnt, 2);
	EXPECT_MEM(1, MiB, 4 * MiB);
	HT_EXPECT_EQ(memblock_end_of_ram(), 5 * MiB);
	HT_EXPECT_EQ(memblock_ram_size(), 0x9f000 + 4 * MiB);
	memblock_cap(MiB);
	HT_EXPECT_EQ(memblock.memory.cnt, 1);
	memblock_reset();
	HT_EXPECT_EQ(memblock_end_of_ram(), 0);
}

struct ranges {
	unsigned int n;
	phys_addr_t start[8], end[8];
};

static void record_range(phys_addr_t start, phys_addr_t end, void *arg)
{
	struct ranges *r = arg;

	if (r->n < 8) {
		r->start[r->n] = start;
		r->end[r->n] = end;
	}
	r->n++;
}

/* Free ranges: memory minus reserved, shrunk to whole pages. */
static void free_ranges_are_whole_pages(void)
{
	struct ranges r = { 0 };

	memblock_reset();
	memblock_add(0, 0x9fc00);
	memblock_add(MiB, 7 * MiB);
	memblock_reserve(0, 0x1000);
	memblock_reserve(MiB + 0x800, MiB + 1 - 0x800);
	memblock_reserve(4 * MiB, MiB);
	memblock_for_each_free(record_range, &r);
	HT_ASSERT(r.n == 3);
	HT_EXPECT_EQ(r.start[0], 0x1000);
	HT_EXPECT_EQ(r.end[0], 0x9f000);
	HT_EXPECT_EQ(r.start[1], 2 * MiB + 0x1000);
	HT_EXPECT_EQ(r.end[1], 4 * MiB);
	HT_EXPECT_EQ(r.start[2], 5 * MiB);
	HT_EXPECT_EQ(r.end[2], 8 * MiB);
}

static const struct ht_case cases[] = {
	HT_CASE(add_keeps_order),
	HT_CASE(add_merges_touching_and_overlapping),
	HT_CASE(add_swallows_many),
	HT_CASE(add_edge_sizes),
	HT_CASE(too_many_regions),
	HT_CASE(reserve_marks_bytes),
	HT_CASE(alloc_aligned_lowest_fit),
	HT_CASE(alloc_skips_small_holes),
	HT_CASE(alloc_stays_above_1mib),
	HT_CASE(alloc_below_limit),
	HT_CASE(alloc_failure_reserves_nothing),
	HT_CASE(random_allocations_are_sound),
	HT_CASE(cap_trims_and_drops),
	HT_CASE(free_ranges_are_whole_pages),
	{}
};
HT_SUITE(memblock, cases);
