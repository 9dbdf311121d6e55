/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host/harness.h - a small unit-test harness for kernel code built
 * for the host.
 *
 * A test program is one suite: a list of cases, each a function checking
 * things with HT_EXPECT*().  The harness runs the cases in order and
 * prints KTAP, one result line per case, the failed expectations as "#"
 * diagnostics above it:
 *
 *	KTAP version 1
 *	1..2
 *	    # strlcpy_truncates: test-string.c:12: expected ...
 *	not ok 1 string.strlcpy_truncates
 *	ok 2 string.strstr_finds
 *	# string: 1 passed, 1 failed
 *
 * and exits 1 if any case failed, 0 otherwise.
 *
 * harness.c is built against the host's libc, apart from the kernel code:
 * every comparison and every message goes through libc, so a broken
 * kernel strcmp or snprintf cannot hide its own failure.
 */
#ifndef _TESTS_HOST_HARNESS_H
#define _TESTS_HOST_HARNESS_H

#include <stddef.h>

struct ht_case {
	const char *name;
	void (*run)(void);
};

struct ht_suite {
	const char *name;
	const struct ht_case *cases;	/* ends with an empty entry */
};

#define HT_CASE(fn)	{ .name = #fn, .run = fn }

/* Each test program defines its one suite: HT_SUITE(string, cases); */
#define HT_SUITE(sname, scases)						\
	const struct ht_suite ht_suite = { .name = #sname, .cases = scases }

extern const struct ht_suite ht_suite;

/* Marks the running case failed and prints the message as a diagnostic. */
void ht_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* libc's answers, for checks and reference values. */
int ht_streq(const char *a, const char *b);	/* NULL equals only NULL */
int ht_contains(const char *haystack, const char *needle);
int ht_memeq(const void *a, const void *b, size_t n);
int ht_libc_snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Pseudo-random numbers, the same sequence in every run (reset before
 * each case).  HOSTTEST_SEED=N in the environment picks another one.
 */
unsigned int ht_random32(void);
unsigned long long ht_random64(void);

#define HT_EXPECT(cond) do {						\
	if (!(cond))							\
		ht_fail(__FILE__, __LINE__, "expected %s", #cond);	\
} while (0)

/* Integers of any type, compared as 64-bit values. */
#define HT_EXPECT_EQ(a, b) do {						\
	unsigned long long __a = (a), __b = (b);			\
	if (__a != __b)							\
		ht_fail(__FILE__, __LINE__,				\
			"expected %s == %s, got %lld (%#llx) and %lld (%#llx)", \
			#a, #b, (long long)__a, __a, (long long)__b, __b); \
} while (0)

#define HT_EXPECT_STREQ(a, b) do {					\
	const char *__a = (a), *__b = (b);				\
	if (!ht_streq(__a, __b))					\
		ht_fail(__FILE__, __LINE__,				\
			"expected %s == \"%s\", got \"%s\"", #a,	\
			__b ? __b : "(NULL)", __a ? __a : "(NULL)");	\
} while (0)

#define HT_EXPECT_CONTAINS(s, part) do {				\
	const char *__s = (s), *__p = (part);				\
	if (!__s || !ht_contains(__s, __p))				\
		ht_fail(__FILE__, __LINE__,				\
			"expected %s to contain \"%s\", got \"%s\"", #s, \
			__p, __s ? __s : "(NULL)");			\
} while (0)

#define HT_EXPECT_MEMEQ(a, b, n) do {					\
	if (!ht_memeq((a), (b), (n)))					\
		ht_fail(__FILE__, __LINE__,				\
			"expected %s and %s to hold the same %zu bytes", \
			#a, #b, (size_t)(n));				\
} while (0)

/* Ends the case when cond is false: later checks would be meaningless. */
#define HT_ASSERT(cond) do {						\
	if (!(cond)) {							\
		ht_fail(__FILE__, __LINE__, "assertion %s", #cond);	\
		return;							\
	}								\
} while (0)

#endif /* _TESTS_HOST_HARNESS_H */
