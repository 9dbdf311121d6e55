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

#include <fcntl.h>
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

/*
 * Under a hypervisor, a kernel built with CONFIG_PARAVIRT_STATS counts
 * its hypercalls in /proc/paravirt.  Where it does, a benchmark also
 * reports, over all its rounds,
 *
 *	bench: <name> <value> hypercalls/op
 *	bench: <name> <value> updates/mmu_update
 *	bench: <name> <value> pt-writes/hypercall
 *
 * the second being page-table entries per hypercall that carried any
 * (a direct mmu_update, or a multicall with mmu_update entries), the
 * third every page-table entry the kernel wrote (through Xen or, in a
 * table not pinned, by itself) per hypercall of any kind.  A ratio is
 * left out where its hypercalls are fewer than one per two operations.
 */
struct bench_hc {
	double calls, updates, update_calls, writes;
};

static const char *const bench_pt_writes[] = {
	"mmu.set_pte", "mmu.set_pte_at", "mmu.pte_clear", "mmu.set_pmd",
	"mmu.pmd_clear", "mmu.set_pud",
};

/* The number after "key " on a line of text, or -1 if no line has it. */
static inline double bench_pv_count(const char *text, const char *key)
{
	size_t n = strlen(key);
	const char *p = text;
	double v;

	while (p && *p) {
		if (!strncmp(p, key, n) && p[n] == ' ') {
			for (p += n; *p == ' '; p++)
				;
			for (v = 0; *p >= '0' && *p <= '9'; p++)
				v = v * 10 + (*p - '0');
			return v;
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return -1;
}

/*
 * Returns 0 if there are no hypercall counts here.  Plain system calls,
 * not stdio: the benchmarks' own code stays small, as does what fork
 * copies.
 */
static inline int bench_hc_read(struct bench_hc *c)
{
	static char buf[8192];
	int fd = open("/proc/paravirt", O_RDONLY);
	ssize_t n, got = 0;

	if (fd < 0)
		return 0;
	while (got < (ssize_t)sizeof(buf) - 1 &&
	       (n = read(fd, buf + got, sizeof(buf) - 1 - got)) > 0)
		got += n;
	close(fd);
	buf[got] = 0;
	c->calls = bench_pv_count(buf, "hypercalls");
	c->updates = bench_pv_count(buf, "mmu_update.requests");
	c->update_calls = bench_pv_count(buf, "mmu_update.hypercalls");
	c->writes = 0;
	for (n = 0; n < (ssize_t)(sizeof(bench_pt_writes) /
				  sizeof(bench_pt_writes[0])); n++)
		if (bench_pv_count(buf, bench_pt_writes[n]) > 0)
			c->writes += bench_pv_count(buf, bench_pt_writes[n]);
	return c->calls >= 0 && c->updates >= 0 && c->update_calls >= 0;
}

static inline void bench_hc_report(const char *name, const struct bench_hc *a,
				   const struct bench_hc *b, double ops)
{
	double calls = b->update_calls - a->update_calls;
	double all = b->calls - a->calls;

	printf("bench: %s %.2f hypercalls/op\n", name, all / ops);
	/* Ratios over a handful of timer and console hypercalls say nothing. */
	if (calls / ops >= 0.5)
		printf("bench: %s %.2f updates/mmu_update\n", name,
		       (b->updates - a->updates) / calls);
	if (all / ops >= 0.5)
		printf("bench: %s %.2f pt-writes/hypercall\n", name,
		       (b->writes - a->writes) / all);
	fflush(stdout);
}

/* Times iters calls of op(arg) per round and reports the best round. */
static inline void bench_loop(const char *name, unsigned long iters,
			      void (*op)(void *), void *arg)
{
	uint64_t t, best = UINT64_MAX;
	struct bench_hc before, after;
	unsigned long i;
	int round, hc;

	hc = bench_hc_read(&before);
	for (round = -1; round < BENCH_ROUNDS; round++) {
		t = rdtsc();
		for (i = 0; i < iters; i++)
			op(arg);
		t = rdtsc() - t;
		if (round >= 0 && t < best)
			best = t;
	}
	bench_report(name, best, iters);
	if (hc && bench_hc_read(&after))
		bench_hc_report(name, &before, &after,
				(double)iters * (BENCH_ROUNDS + 1));
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
