/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _USR_BENCH_H
#define _USR_BENCH_H

/*
 * lmbench-style micro-benchmarks.  Each measurement is one line,
 *
 *	bench: <name> <value> instructions/op
 *
 * where value is rdtsc cycles per operation: in QEMU's deterministic mode
 * (-icount shift=0,sleep=off) the TSC advances once per instruction, so
 * the figure is exact and repeatable there (and mere noise elsewhere).
 * A measurement is one warm-up round, then BENCH_ROUNDS timed rounds of a
 * fixed number of operations; the best round wins (the least disturbed),
 * divided by the operation count.
 */

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BENCH_ROUNDS	5

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi) :: "memory");
	return ((uint64_t)hi << 32) | lo;
}

static inline void bench_report(const char *name, uint64_t best,
				unsigned long ops)
{
	printf("bench: %s %llu instructions/op\n", name,
	       (unsigned long long)(best / ops));
	fflush(stdout);
}

/* Times iters calls of op(arg) per round and reports the best round. */
static inline void bench_loop(const char *name, unsigned long iters,
			      void (*op)(void *), void *arg)
{
	uint64_t t, best = UINT64_MAX;
	unsigned long i;
	int round;

	for (round = -1; round < BENCH_ROUNDS; round++) {
		t = rdtsc();
		for (i = 0; i < iters; i++)
			op(arg);
		t = rdtsc() - t;
		if (round >= 0 && t < best)
			best = t;
	}
	bench_report(name, best, iters);
}

/* A benchmark that cannot run says so and fails. */
static inline void bench_die(const char *what)
{
	fprintf(stderr, "bench: %s failed\n", what);
	exit(1);
}

/* A helper program, in ../helpers beside our directory (or $KTAP_HELPERS). */
static inline const char *bench_helper(const char *argv0, const char *name)
{
	static char buf[PATH_MAX];
	const char *dir = getenv("KTAP_HELPERS"), *slash = strrchr(argv0, '/');
	int n;

	if (dir && *dir)
		n = snprintf(buf, sizeof(buf), "%s/%s", dir, name);
	else
		n = snprintf(buf, sizeof(buf), "%.*s/../helpers/%s",
			     slash ? (int)(slash - argv0) : 1,
			     slash ? argv0 : ".", name);
	if (n >= (int)sizeof(buf))
		bench_die("helper path");
	return buf;
}

#endif /* _USR_BENCH_H */
