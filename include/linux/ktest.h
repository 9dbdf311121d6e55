/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KTEST_H
#define _LINUX_KTEST_H

#include <linux/kernel.h>
#include <linux/compiler.h>

/*
 * In-kernel tests.  A suite is a named list of cases; each case is a
 * function that checks things with KTEST_EXPECT*() and is reported as one
 * KTAP line, "ok N suite.case" or "not ok N suite.case", with the failed
 * expectations printed above it as "# " diagnostics.
 *
 *	static void test_foo(struct ktest *t)
 *	{
 *		KTEST_EXPECT_EQ(t, foo(2), 4);
 *	}
 *	static struct ktest_case foo_cases[] = { KTEST_CASE(test_foo), {} };
 *	KTEST_SUITE(foo, foo_cases);
 */
struct ktest {
	const char *name;
	int failed;
	const char *skipped;	/* why the case does not apply here */
};

struct ktest_case {
	const char *name;
	void (*run)(struct ktest *t);
};

struct ktest_suite {
	const char *name;
	const struct ktest_case *cases;
	int (*init)(void);		/* optional, before each case */
	void (*exit)(void);		/* optional, after each case */
};

#define KTEST_CASE(fn)	{ .name = #fn, .run = fn }

#define KTEST_SUITE(sname, scases)					\
	static const struct ktest_suite __ktest_suite_##sname		\
	__used __section(".ktest_suites") __aligned(4) =		\
		{ .name = #sname, .cases = scases }

/* A suite whose init() runs before and exit() after each case. */
#define KTEST_SUITE_EXT(sname, scases, sinit, sexit)			\
	static const struct ktest_suite __ktest_suite_##sname		\
	__used __section(".ktest_suites") __aligned(4) =		\
		{ .name = #sname, .cases = scases, .init = sinit,	\
		  .exit = sexit }

void ktest_fail(struct ktest *t, const char *file, int line,
		const char *fmt, ...) __printf(4, 5);

#define KTEST_EXPECT(t, cond) do {					\
	if (!(cond))							\
		ktest_fail(t, __FILE__, __LINE__, "expected %s", #cond);\
} while (0)

#define KTEST_EXPECT_EQ(t, a, b) do {					\
	long long __a = (long long)(a), __b = (long long)(b);		\
	if (__a != __b)							\
		ktest_fail(t, __FILE__, __LINE__,			\
			   "expected %s == %s, got %lld and %lld",	\
			   #a, #b, __a, __b);				\
} while (0)

#define KTEST_EXPECT_STREQ(t, a, b) do {				\
	const char *__a = (a), *__b = (b);				\
	if (strcmp(__a, __b))						\
		ktest_fail(t, __FILE__, __LINE__,			\
			   "expected %s == \"%s\", got \"%s\"",		\
			   #a, __b, __a);				\
} while (0)

/* Stops the case when cond is false (later checks would be meaningless). */
#define KTEST_ASSERT(t, cond) do {					\
	if (!(cond)) {							\
		ktest_fail(t, __FILE__, __LINE__, "assertion %s", #cond); \
		return;							\
	}								\
} while (0)

/*
 * Ends a case that does not apply to this machine (a PC device under a
 * hypervisor, say): reported as "ok N suite.case # SKIP why".
 */
#define KTEST_SKIP(t, why) do {						\
	(t)->skipped = (why);						\
	return;								\
} while (0)

/* Runs every suite; returns the number of failed cases. */
int ktest_run_all(void);

#endif /* _LINUX_KTEST_H */
