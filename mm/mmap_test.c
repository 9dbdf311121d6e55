// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmap_test.c - tests of user address spaces without a user program:
 * the test borrows an address space, touches it through the user-copy
 * functions (so the page-fault handler does the work) and checks what
 * happened.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/string.h>
#include <asm/uaccess.h>
#include <asm/mmu_context.h>

#define BASE	0x10000000UL

static unsigned long free_before;

/* Makes mm the current address space (NULL: back to none). */
static void use_mm(struct mm_struct *mm)
{
	struct mm_struct *old = current->mm;

	current->mm = mm;
	activate_mm(old, mm);
}

static int mmap_test_init(void)
{
	free_before = nr_free_pages();
	return 0;
}

static void mm_demand_zero_and_readback(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();
	char buf[32], out[32];

	KTEST_ASSERT(t, mm != NULL);
	KTEST_ASSERT(t, !mmap_region(mm, BASE, 4 * PAGE_SIZE, VM_READ | VM_WRITE));
	use_mm(mm);
	KTEST_EXPECT_EQ(t, mm->nr_pages, 0);
	KTEST_EXPECT_EQ(t, copy_from_user(out, (void __user *)(BASE + 100), 8), 0);
	KTEST_EXPECT_EQ(t, out[0] | out[7], 0);		/* zero-filled */
	strlcpy(buf, "hello, user", sizeof(buf));
	KTEST_EXPECT_EQ(t, copy_to_user((void __user *)(BASE + 3 * PAGE_SIZE + 5),
					buf, 12), 0);
	KTEST_EXPECT_EQ(t, copy_from_user(out, (void __user *)(BASE + 3 * PAGE_SIZE + 5),
					  12), 0);
	KTEST_EXPECT_STREQ(t, out, "hello, user");
	KTEST_EXPECT_EQ(t, mm->nr_pages, 2);
	use_mm(NULL);
	mmput(mm);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

static void mm_unmapped_is_efault(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();
	char c = 1;

	KTEST_ASSERT(t, mm != NULL);
	KTEST_ASSERT(t, !mmap_region(mm, BASE, 3 * PAGE_SIZE, VM_READ | VM_WRITE));
	KTEST_ASSERT(t, !do_munmap(mm, BASE + PAGE_SIZE, PAGE_SIZE));
	use_mm(mm);
	KTEST_EXPECT_EQ(t, copy_to_user((void __user *)BASE, &c, 1), 0);
	KTEST_EXPECT_EQ(t, copy_to_user((void __user *)(BASE + PAGE_SIZE), &c, 1), 1);
	KTEST_EXPECT_EQ(t, copy_to_user((void __user *)(BASE + 2 * PAGE_SIZE), &c, 1), 0);
	/* A copy across the hole stops at it. */
	KTEST_EXPECT_EQ(t, clear_user((void __user *)(BASE + PAGE_SIZE - 4), 8), 4);
	KTEST_EXPECT_EQ(t, copy_to_user((void __user *)0xc0000000UL, &c, 1), 1);
	KTEST_EXPECT(t, find_vma(mm, BASE + PAGE_SIZE)->start == BASE + 2 * PAGE_SIZE);
	use_mm(NULL);
	mmput(mm);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

static void mm_fork_is_copy_on_write(struct ktest *t)
{
	struct mm_struct *parent = mm_alloc(), *child;
	u32 v = 0x11111111, got = 0;
	unsigned long free_mid;

	KTEST_ASSERT(t, parent != NULL);
	KTEST_ASSERT(t, !mmap_region(parent, BASE, 8 * PAGE_SIZE, VM_READ | VM_WRITE));
	use_mm(parent);
	for (unsigned long a = BASE; a < BASE + 8 * PAGE_SIZE; a += PAGE_SIZE)
		KTEST_EXPECT_EQ(t, put_user(v, (u32 __user *)a), 0);
	child = dup_mm(parent);
	KTEST_ASSERT(t, child != NULL);
	free_mid = nr_free_pages();
	/* The child sees the parent's data without copies... */
	use_mm(child);
	KTEST_EXPECT_EQ(t, get_user(got, (u32 __user *)(BASE + PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, got, 0x11111111);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_mid);
	/* ...and a write makes a private copy of just that page. */
	KTEST_EXPECT_EQ(t, put_user(0x22222222, (u32 __user *)(BASE + PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_mid - 1);
	use_mm(parent);
	KTEST_EXPECT_EQ(t, get_user(got, (u32 __user *)(BASE + PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, got, 0x11111111);
	/* The parent's write to a page no one shares now needs no copy. */
	KTEST_EXPECT_EQ(t, put_user(0x33333333, (u32 __user *)(BASE + PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_mid - 1);
	use_mm(child);
	KTEST_EXPECT_EQ(t, get_user(got, (u32 __user *)(BASE + PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, got, 0x22222222);
	use_mm(NULL);
	mmput(child);
	mmput(parent);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

static void mm_mprotect_read_only(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();
	u32 got = 0;

	KTEST_ASSERT(t, mm != NULL);
	KTEST_ASSERT(t, !mmap_region(mm, BASE, 2 * PAGE_SIZE, VM_READ | VM_WRITE));
	use_mm(mm);
	KTEST_EXPECT_EQ(t, put_user(7, (u32 __user *)BASE), 0);
	KTEST_EXPECT_EQ(t, sys_mprotect(BASE, PAGE_SIZE, PROT_READ), 0);
	KTEST_EXPECT(t, put_user(8, (u32 __user *)BASE) != 0);
	KTEST_EXPECT_EQ(t, get_user(got, (u32 __user *)BASE), 0);
	KTEST_EXPECT_EQ(t, got, 7);
	KTEST_EXPECT_EQ(t, put_user(9, (u32 __user *)(BASE + PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, sys_mprotect(BASE, PAGE_SIZE, PROT_NONE), 0);
	KTEST_EXPECT(t, get_user(got, (u32 __user *)BASE) != 0);
	KTEST_EXPECT_EQ(t, sys_mprotect(BASE, PAGE_SIZE, PROT_READ | PROT_WRITE), 0);
	KTEST_EXPECT_EQ(t, get_user(got, (u32 __user *)BASE), 0);
	KTEST_EXPECT_EQ(t, got, 7);		/* the data survived PROT_NONE */
	KTEST_EXPECT_EQ(t, sys_mprotect(BASE + 8 * PAGE_SIZE, PAGE_SIZE,
					PROT_READ), -ENOMEM);
	use_mm(NULL);
	mmput(mm);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

static void mm_stack_grows_down(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long top = STACK_TOP;

	KTEST_ASSERT(t, mm != NULL);
	KTEST_ASSERT(t, !mmap_region(mm, top - PAGE_SIZE, PAGE_SIZE,
				     VM_READ | VM_WRITE | VM_GROWSDOWN));
	use_mm(mm);
	KTEST_EXPECT_EQ(t, put_user(1, (u32 __user *)(top - 3 * PAGE_SIZE)), 0);
	KTEST_EXPECT_EQ(t, find_vma(mm, top - 1)->start, top - 3 * PAGE_SIZE);
	/* Not beyond the stack limit. */
	KTEST_EXPECT(t, put_user(1, (u32 __user *)(top - STACK_MAX - PAGE_SIZE)) != 0);
	use_mm(NULL);
	mmput(mm);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

static void mm_unmapped_area(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();

	KTEST_ASSERT(t, mm != NULL);
	KTEST_EXPECT_EQ(t, get_unmapped_area(mm, 0, PAGE_SIZE), MMAP_BASE);
	KTEST_ASSERT(t, !mmap_region(mm, MMAP_BASE, 2 * PAGE_SIZE, VM_READ));
	KTEST_EXPECT_EQ(t, get_unmapped_area(mm, 0, PAGE_SIZE),
			MMAP_BASE + 2 * PAGE_SIZE);
	KTEST_EXPECT_EQ(t, get_unmapped_area(mm, MMAP_BASE + PAGE_SIZE, PAGE_SIZE),
			MMAP_BASE + 2 * PAGE_SIZE);
	mmput(mm);
}

static const struct ktest_case mmap_cases[] = {
	KTEST_CASE(mm_demand_zero_and_readback),
	KTEST_CASE(mm_unmapped_is_efault),
	KTEST_CASE(mm_fork_is_copy_on_write),
	KTEST_CASE(mm_mprotect_read_only),
	KTEST_CASE(mm_stack_grows_down),
	KTEST_CASE(mm_unmapped_area),
	{}
};
KTEST_SUITE_EXT(mmap, mmap_cases, mmap_test_init, NULL);
