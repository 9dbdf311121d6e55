// SPDX-License-Identifier: GPL-2.0
/*
 * mm: the page fault path, per page, on fresh anonymous memory (mmap and
 * munmap kept out of the timing), and mmap + munmap of 1 MiB untouched.
 */
#include <sys/mman.h>
#include "bench.h"

#define PAGE		4096
#define FAULT_PAGES	1024

static void page_faults(void)
{
	uint64_t t, best = UINT64_MAX;
	volatile char *p;
	int round, i;

	for (round = -1; round < BENCH_ROUNDS; round++) {
		p = mmap(NULL, FAULT_PAGES * PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			bench_die("mmap");
		t = rdtsc();
		for (i = 0; i < FAULT_PAGES; i++)
			p[i * PAGE] = 1;
		t = rdtsc() - t;
		munmap((void *)p, FAULT_PAGES * PAGE);
		if (round >= 0 && t < best)
			best = t;
	}
	bench_report("page_fault", best, FAULT_PAGES);
}

static void map_unmap(void *arg)
{
	void *p = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED || munmap(p, 1 << 20))
		bench_die("mmap+munmap");
}

int main(void)
{
	page_faults();
	bench_loop("mmap_munmap_1m", 1000, map_unmap, NULL);
	return 0;
}
