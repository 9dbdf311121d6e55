// SPDX-License-Identifier: GPL-2.0
/*
 * signal: kill(getpid(), SIGUSR1) with a handler installed: sending,
 * building the signal frame, the handler, and sigreturn.
 */
#include <signal.h>
#include "bench.h"

static volatile unsigned long hits;

static void handler(int sig)
{
	hits++;
}

static void op(void *arg)
{
	kill(*(pid_t *)arg, SIGUSR1);
}

int main(void)
{
	struct sigaction sa = { .sa_handler = handler };
	pid_t me = getpid();

	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGUSR1, &sa, NULL))
		bench_die("sigaction");
	bench_loop("signal_self", 2000, op, &me);
	if (hits != 2000 * (BENCH_ROUNDS + 1))
		bench_die("signal delivery count");
	return 0;
}
