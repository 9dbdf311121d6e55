// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mm_test.c - tests of the buddy allocator and kmalloc.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

static void buddy_alloc_free_restores_count(struct ktest *t)
{
	unsigned long before = nr_free_pages();
	struct page *p[8];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(p); i++) {
		p[i] = alloc_pages(GFP_KERNEL, i % 4);
		KTEST_ASSERT(t, p[i] != NULL);
	}
	KTEST_EXPECT_EQ(t, nr_free_pages(), before - 2 * (1 + 2 + 4 + 8));
	for (i = 0; i < ARRAY_SIZE(p); i++)
		__free_pages(p[i], i % 4);
	KTEST_EXPECT_EQ(t, nr_free_pages(), before);
}

/* Free blocks of this order or larger: whether an allocation can work. */
static unsigned long blocks_at_least(unsigned int order)
{
	unsigned long n = 0;

	for (; order < MAX_ORDER; order++)
		n += nr_free_blocks(order);
	return n;
}

static void buddy_blocks_are_aligned(struct ktest *t)
{
	unsigned int order;

	/* Small machines (-m 8) have no 4 MiB block: stop where they end. */
	for (order = 0; order < MAX_ORDER && blocks_at_least(order); order++) {
		struct page *p = alloc_pages(GFP_KERNEL, order);

		KTEST_ASSERT(t, p != NULL);
		KTEST_EXPECT_EQ(t, page_to_pfn(p) & ((1UL << order) - 1), 0);
		__free_pages(p, order);
	}
}

/*
 * Two order-0 pages split from one order-1 block merge back on free (once
 * the hot lists, which keep freed blocks as they are, are drained).
 */
static void buddy_merges_buddies(struct ktest *t)
{
	unsigned long blocks0;
	struct page *a, *b;

	drain_hot_pages();
	blocks0 = nr_free_blocks(0);
	a = alloc_pages(GFP_KERNEL, 1);
	KTEST_ASSERT(t, a != NULL);
	__free_pages(a, 1);
	/* Take both halves of an order-1 block one page at a time. */
	a = alloc_pages(GFP_KERNEL, 1);
	KTEST_ASSERT(t, a != NULL);
	b = a + 1;
	__free_pages(a, 0);
	__free_pages(b, 0);
	drain_hot_pages();
	KTEST_EXPECT_EQ(t, nr_free_blocks(0), blocks0);
	a = alloc_pages(GFP_KERNEL, 1);
	KTEST_EXPECT(t, a != NULL);
	if (a)
		__free_pages(a, 1);
}

/* A freed page is the next one handed out, from the hot list. */
static void hot_list_reuses_last_freed(struct ktest *t)
{
	unsigned long before = nr_free_pages();
	struct page *a, *b;

	a = alloc_page(GFP_KERNEL);
	KTEST_ASSERT(t, a != NULL);
	__free_page(a);
	KTEST_EXPECT_EQ(t, nr_free_pages(), before);
	b = alloc_page(GFP_KERNEL);
	KTEST_EXPECT(t, b == a);
	if (b)
		__free_page(b);
	KTEST_EXPECT_EQ(t, nr_free_pages(), before);
}

static void buddy_distinct_and_writable(struct ktest *t)
{
	unsigned char *p[16];
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(p); i++) {
		p[i] = __get_free_pages(GFP_KERNEL, 0);
		KTEST_ASSERT(t, p[i] != NULL);
		memset(p[i], i, PAGE_SIZE);
	}
	for (i = 0; i < ARRAY_SIZE(p); i++) {
		for (j = 0; j < PAGE_SIZE; j += 511)
			KTEST_EXPECT_EQ(t, p[i][j], i);
		for (j = i + 1; j < ARRAY_SIZE(p); j++)
			KTEST_EXPECT(t, p[i] != p[j]);
	}
	for (i = 0; i < ARRAY_SIZE(p); i++)
		free_pages(p[i], 0);
}

static void buddy_zeroed_page(struct ktest *t)
{
	unsigned char *p = __get_free_pages(GFP_KERNEL, 0);
	unsigned int i, nonzero = 0;

	KTEST_ASSERT(t, p != NULL);
	memset(p, 0x5a, PAGE_SIZE);
	free_pages(p, 0);
	p = get_zeroed_page(GFP_KERNEL);
	KTEST_ASSERT(t, p != NULL);
	for (i = 0; i < PAGE_SIZE; i++)
		nonzero += p[i] != 0;
	KTEST_EXPECT_EQ(t, nonzero, 0);
	free_pages(p, 0);
}

static void buddy_too_large_fails(struct ktest *t)
{
	unsigned long before = nr_free_pages();

	KTEST_EXPECT(t, alloc_pages(__GFP_NOWARN, MAX_ORDER) == NULL);
	KTEST_EXPECT_EQ(t, nr_free_pages(), before);
}

static void kmalloc_sizes(struct ktest *t)
{
	static const size_t sizes[] = { 1, 8, 9, 31, 64, 100, 1000, 2048,
					2049, 4096, 10000, 65536 };
	unsigned long before = nr_free_pages();
	void *p[ARRAY_SIZE(sizes)];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		p[i] = kmalloc(sizes[i], GFP_KERNEL);
		KTEST_ASSERT(t, p[i] != NULL);
		KTEST_EXPECT(t, ksize(p[i]) >= sizes[i]);
		KTEST_EXPECT(t, ksize(p[i]) < 2 * sizes[i] + 8);
		memset(p[i], 0xab, sizes[i]);
	}
	for (i = 0; i < ARRAY_SIZE(sizes); i++)
		kfree(p[i]);
	KTEST_EXPECT_EQ(t, nr_free_pages(), before);
}

/* Many small objects: distinct, aligned, and all memory back after. */
static void kmalloc_many_objects(struct ktest *t)
{
	static void *objs[1500];
	unsigned long before = nr_free_pages();
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		objs[i] = kmalloc(24, GFP_KERNEL);
		KTEST_ASSERT(t, objs[i] != NULL);
		KTEST_EXPECT_EQ(t, (unsigned long)objs[i] & 7, 0);
		*(unsigned int *)objs[i] = i;
	}
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		KTEST_EXPECT_EQ(t, *(unsigned int *)objs[i], i);
	KTEST_EXPECT(t, nr_free_pages() < before);
	/* Free in an interleaved order to exercise partial pages. */
	for (i = 0; i < ARRAY_SIZE(objs); i += 2)
		kfree(objs[i]);
	for (i = 1; i < ARRAY_SIZE(objs); i += 2)
		kfree(objs[i]);
	KTEST_EXPECT_EQ(t, nr_free_pages(), before);
}

static void kzalloc_zeroes(struct ktest *t)
{
	unsigned char *p = kmalloc(200, GFP_KERNEL);
	unsigned int i, nonzero = 0;

	KTEST_ASSERT(t, p != NULL);
	memset(p, 0xff, 200);
	kfree(p);
	p = kzalloc(200, GFP_KERNEL);
	KTEST_ASSERT(t, p != NULL);
	for (i = 0; i < 200; i++)
		nonzero += p[i] != 0;
	KTEST_EXPECT_EQ(t, nonzero, 0);
	kfree(p);
}

static void kmem_cache_roundtrip(struct ktest *t)
{
	struct kmem_cache *c = kmem_cache_create("test-48", 48, 16);
	void *a, *b;

	KTEST_ASSERT(t, c != NULL);
	KTEST_EXPECT_EQ(t, c->size, 48);
	a = kmem_cache_alloc(c, GFP_KERNEL);
	b = kmem_cache_alloc(c, GFP_KERNEL);
	KTEST_ASSERT(t, a && b);
	KTEST_EXPECT_EQ(t, (unsigned long)a & 15, 0);
	KTEST_EXPECT_EQ(t, c->nr_active, 2);
	kmem_cache_free(c, a);
	kmem_cache_free(c, b);
	KTEST_EXPECT_EQ(t, c->nr_active, 0);
	KTEST_EXPECT_EQ(t, c->nr_pages, 0);
	kmem_cache_destroy(c);
}

static const struct ktest_case mm_cases[] = {
	KTEST_CASE(buddy_alloc_free_restores_count),
	KTEST_CASE(buddy_blocks_are_aligned),
	KTEST_CASE(buddy_merges_buddies),
	KTEST_CASE(hot_list_reuses_last_freed),
	KTEST_CASE(buddy_distinct_and_writable),
	KTEST_CASE(buddy_zeroed_page),
	KTEST_CASE(buddy_too_large_fails),
	KTEST_CASE(kmalloc_sizes),
	KTEST_CASE(kmalloc_many_objects),
	KTEST_CASE(kzalloc_zeroes),
	KTEST_CASE(kmem_cache_roundtrip),
	{}
};
KTEST_SUITE(mm, mm_cases);
