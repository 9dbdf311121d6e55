// SPDX-License-Identifier: GPL-2.0
/*
 * fork_wait: fork + _exit + wait as a plain average, the total over
 * many forks divided by their number, after a warm-up.  Unlike the best
 * round of fork_exit, it also counts what only some forks pay: slab and
 * page-allocator refills, timer ticks, the scheduler's rarer paths.
 */
#include <sys/wait.h>
#include "bench.h"

#define WARMUP	200
#define FORKS	5000

static void fork_wait(void)
{
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(0);
	if (pid < 0 || wait(&st) != pid || st != 0)
		bench_die("fork+exit+wait");
}

int main(void)
{
	uint64_t t;
	int i;

	for (i = 0; i < WARMUP; i++)
		fork_wait();
	t = rdtsc();
	for (i = 0; i < FORKS; i++)
		fork_wait();
	t = rdtsc() - t;
	bench_report("fork_wait", t, FORKS);
	return 0;
}
