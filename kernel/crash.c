// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/crash.c - deliberate crashes, to test the oops and panic paths.
 *
 * crash=TYPE on the command line crashes the kernel at the end of boot:
 *   null   write through a NULL pointer (page-fault oops)
 *   bug    BUG() (panic with a backtrace)
 *   divide divide by zero (divide-error oops)
 *   stack  unbounded recursion into the stack's guard page (double
 *          fault, handled on its own task)
 *   stack-fault  the same, every level taking a fixed-up page fault as
 *          a deep path copying user memory does: without a double-fault
 *          task the entry's stack check reports it
 * The boot tests check that each ends in a panic with a readable oops.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/crash.h>
#include <asm/probe.h>

static const char *crash_type;

static const char *const crash_types[] = {
	"null", "bug", "divide", "stack", "stack-fault",
};

static int __init crash_setup(char *val)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(crash_types); i++) {
		if (!strcmp(val, crash_types[i])) {
			crash_type = crash_types[i];
			return 0;
		}
	}
	return -EINVAL;
}
__setup("crash=", crash_setup);

static noinline void crash_null(void)
{
	*(volatile int *)NULL = 1;
}

static noinline void crash_bug(void)
{
	BUG();
}

/* Zero, but the compiler cannot know it. */
static int crash_divisor;

static noinline void crash_divide(void)
{
	int q = 100 / READ_ONCE(crash_divisor);

	/* Keep the quotient "used" so the division stays. */
	__asm__ __volatile__("" : : "r"(q));
}

/*
 * Each frame keeps 512 bytes live so the recursion cannot be optimised;
 * the depth bound is far beyond any kernel stack.
 */
static noinline int crash_recurse(int depth)
{
	volatile char pad[512];

	pad[0] = (char)depth;
	if (depth > 1000000)
		return 0;
	return crash_recurse(depth + 1) + pad[0];
}

/* Each level reads an unmapped address through a probe that fixes it up. */
static noinline int crash_recurse_fault(int depth)
{
	volatile char pad[512];
	u32 v;

	pad[0] = (char)depth;
	probe_read_u32((void *)16, &v);
	if (depth > 1000000)
		return 0;
	return crash_recurse_fault(depth + 1) + pad[0];
}

void crash_if_requested(void)
{
	if (!crash_type)
		return;
	pr_emerg("crash: crashing on purpose (crash=%s)\n", crash_type);
	if (!strcmp(crash_type, "null"))
		crash_null();
	else if (!strcmp(crash_type, "bug"))
		crash_bug();
	else if (!strcmp(crash_type, "divide"))
		crash_divide();
	else if (!strcmp(crash_type, "stack"))
		crash_recurse(0);
	else
		crash_recurse_fault(0);
	pr_emerg("crash: still alive after crash=%s\n", crash_type);
}
