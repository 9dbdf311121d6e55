// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/meminfo.c - /proc/meminfo, in the format free(1) and the
 * user-space leak checks read.  Files in ramfs live in page-allocator
 * pages, so they show up as used memory, not as a cache.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include "internal.h"

#define K(pages)	((pages) << (PAGE_SHIFT - 10))

int meminfo_show(char *buf, size_t size)
{
	unsigned long total = totalram_pages(), free = nr_free_pages();

	return scnprintf(buf, size,
			 "MemTotal:       %8lu kB\n"
			 "MemFree:        %8lu kB\n"
			 "MemAvailable:   %8lu kB\n"
			 "Buffers:        %8lu kB\n"
			 "Cached:         %8lu kB\n"
			 "SwapCached:     %8lu kB\n"
			 "Shmem:          %8lu kB\n"
			 "SwapTotal:      %8lu kB\n"
			 "SwapFree:       %8lu kB\n",
			 K(total), K(free), K(free), 0UL, 0UL, 0UL, 0UL, 0UL,
			 0UL);
}
