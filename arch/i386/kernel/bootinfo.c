// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/bootinfo.c - boot_info, the one form of the boot
 * information, and the helpers every door uses to fill it.
 *
 * A door (the Multiboot entry, a hypervisor's entry) translates what its
 * loader left into struct boot_info before start_kernel(): the memory
 * map, the ranges inside RAM that must survive (its own structures), the
 * command line, the modules and how much RAM is mapped at PAGE_OFFSET on
 * entry.  Nothing after start_kernel() reads a loader's structures.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/bootinfo.h>

void boot_info_init(struct boot_info *bi, const char *loader)
{
	memset(bi, 0, sizeof(*bi));
	bi->loader = loader;
}

int boot_info_error(struct boot_info *bi, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(bi->errbuf, sizeof(bi->errbuf), fmt, ap);
	va_end(ap);
	bi->error = bi->errbuf;
	return -EINVAL;
}

int boot_info_reserve(struct boot_info *bi, u64 start, u64 end,
		      const char *what)
{
	struct boot_reserved *r;

	if (end <= start)
		return boot_info_error(bi, "reserved range %s is empty (%#llx-%#llx)",
				       what, start, end);
	if (bi->nr_reserved == BOOT_RESERVED_MAX)
		return boot_info_error(bi, "more than %d reserved ranges (at %s)",
				       BOOT_RESERVED_MAX, what);
	r = &bi->reserved[bi->nr_reserved++];
	r->start = start;
	r->end = end;
	r->what = what;
	return 0;
}

u64 boot_ram_end(const struct boot_info *bi, u64 limit)
{
	u64 end = 0;
	unsigned int i;

	for (i = 0; i < bi->nr_mem; i++) {
		const struct boot_mem_region *r = &bi->mem[i];
		u64 e = r->addr + r->size;

		if (r->type != BOOT_MEM_RAM || r->addr >= limit)
			continue;
		if (e > limit)
			e = limit;
		if (e > end)
			end = e;
	}
	return end;
}

#ifndef HOSTTEST
struct boot_info boot_info;
u64 boot_tsc;
#endif /* HOSTTEST */
