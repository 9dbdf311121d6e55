// SPDX-License-Identifier: GPL-2.0
/*
 * mm: the page fault path, per page, on fresh anonymous memory (mmap
 * kept out of the timing), the munmap of that memory, 4 MiB of present
 * pages, and mmap + munmap of 1 MiB untouched.
 */
#include <sys/mman.h>
#include "bench.h"

#define PAGE		4096
#define FAULT_PAGES	1024

/*
 * Each round faults in 4 MiB, page by page, then unmaps it: page_fault
 * is per page, munmap_4m the munmap of the 4 MiB, all pages present.
 */
static void page_faults(void)
{
	uint64_t t, u, best = UINT64_MAX, best_unmap = UINT64_MAX;
	struct bench_hc h0, h1, h2, fault = { 0 }, unmap = { 0 }, zero = { 0 };
	volatile char *p;
	int round, i, hc = 1;

	for (round = -1; round < BENCH_ROUNDS; round++) {
		p = mmap(NULL, FAULT_PAGES * PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			bench_die("mmap");
		hc = hc && bench_hc_read(&h0);
		t = rdtsc();
		for (i = 0; i < FAULT_PAGES; i++)
			p[i * PAGE] = 1;
		t = rdtsc() - t;
		hc = hc && bench_hc_read(&h1);
		u = rdtsc();
		if (munmap((void *)p, FAULT_PAGES * PAGE))
			bench_die("munmap");
		u = rdtsc() - u;
		hc = hc && bench_hc_read(&h2);
		if (hc) {
			fault.calls += h1.calls - h0.calls;
			fault.updates += h1.updates - h0.updates;
			fault.update_calls += h1.update_calls - h0.update_calls;
			fault.writes += h1.writes - h0.writes;
			unmap.calls += h2.calls - h1.calls;
			unmap.updates += h2.updates - h1.updates;
			unmap.update_calls += h2.update_calls - h1.update_calls;
			unmap.writes += h2.writes - h1.writes;
		}
		if (round >= 0 && t < best)
			best = t;
		if (round >= 0 && u < best_unmap)
			best_unmap = u;
	}
	bench_report("page_fault", best, FAULT_PAGES);
	if (hc)
		bench_hc_report("page_fault", &zero, &fault,
				(double)FAULT_PAGES * (BENCH_ROUNDS + 1));
	bench_report("munmap_4m", best_unmap, 1);
	if (hc)
		bench_hc_report("munmap_4m", &zero, &unmap, BENCH_ROUNDS + 1);
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
