// SPDX-License-Identifier: GPL-2.0
/*
 * null_syscall: the round trip into the kernel and back, with getppid
 * (which does nothing and caches nothing) through int $0x80.
 */
#include <sys/syscall.h>
#include "bench.h"

static void op(void *arg)
{
	long ret;

	asm volatile("int $0x80" : "=a"(ret) : "a"(SYS_getppid) : "memory");
}

int main(void)
{
	bench_loop("null_syscall", 10000, op, NULL);
	return 0;
}
