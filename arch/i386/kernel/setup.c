// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/setup.c - memory layout from the boot information.
 *
 * Turns boot_info's memory map into memblock ranges, reserves what must
 * survive (the kernel image, boot modules, the ranges the door names),
 * applies mem= and the lowmem ceiling, and builds the kernel page tables.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/bootinfo.h>
#include <linux/memblock.h>
#include <linux/reboot.h>
#include <asm/page.h>
#include <asm/setup.h>

extern char _text[], _end[];

/* Below this much RAM above the kernel image nothing fits. */
#define MIN_FREE_AFTER_KERNEL	(4UL << 20)

static u64 mem_limit = ~0ULL;
static char mem_arg[24];
unsigned long max_low_pfn;

/* mem=SIZE: use no RAM at or above SIZE. */
static int __init mem_setup(char *val)
{
	char *end;
	u64 v = memparse(val, &end);

	if (*end || !v)
		return -EINVAL;
	mem_limit = v;
	strlcpy(mem_arg, val, sizeof(mem_arg));
	return 0;
}
early_param("mem=", mem_setup);

static void __init add_ram(const struct boot_info *bi)
{
	unsigned int i;

	for (i = 0; i < bi->nr_mem; i++) {
		const struct boot_mem_region *r = &bi->mem[i];
		u64 end = r->addr + r->size;

		if (r->type != BOOT_MEM_RAM || r->addr >= 0x100000000ULL)
			continue;
		if (end > 0x100000000ULL)
			end = 0x100000000ULL;
		/* Whole pages only. */
		memblock_add(PAGE_ALIGN((phys_addr_t)r->addr),
			     (phys_addr_t)(end & PAGE_MASK) -
			     PAGE_ALIGN((phys_addr_t)r->addr));
	}
}

/* What the door asked to keep: its structures, the loader's data. */
static void __init reserve_door_ranges(const struct boot_info *bi)
{
	unsigned int i;

	for (i = 0; i < bi->nr_reserved; i++) {
		const struct boot_reserved *r = &bi->reserved[i];
		u64 start = r->start & PAGE_MASK, end = PAGE_ALIGN(r->end);

		pr_info("  reserved [mem %#010llx-%#010llx] %s\n", start,
			end - 1, r->what);
		memblock_reserve(start, end - start);
	}
}

void __init setup_arch(void)
{
	const struct boot_info *bi = &boot_info;
	phys_addr_t kernel_end = PAGE_ALIGN(__pa(_end));
	u64 ram_end = boot_ram_end(bi, ~0ULL);
	u64 low_end = ram_end < MAXMEM ? ram_end : MAXMEM;
	unsigned int i;

	memblock_reset();
	add_ram(bi);

	if (ram_end > MAXMEM)
		pr_notice("Memory: %llu MiB RAM, using the low %lu MiB (no highmem support)\n",
			  ram_end >> 20, MAXMEM >> 20);
	if (mem_limit < low_end)
		low_end = mem_limit;
	if (low_end < kernel_end + MIN_FREE_AFTER_KERNEL)
		boot_fail("mem=%s leaves %llu KiB of RAM, below the %lu KiB this kernel needs\n",
			  mem_arg[0] ? mem_arg : "(from memory map)",
			  low_end >> 10,
			  (unsigned long)(kernel_end + MIN_FREE_AFTER_KERNEL) >> 10);
	memblock_cap((phys_addr_t)low_end & PAGE_MASK);
	max_low_pfn = PFN_DOWN((phys_addr_t)low_end);

	memblock_reserve(__pa(_text), kernel_end - __pa(_text));
	for (i = 0; i < bi->nr_mods; i++) {
		const struct boot_module *m = &bi->mods[i];

		if (m->end > low_end)
			boot_fail("module %u (%#x-%#x) lies beyond usable memory (%llu KiB)\n",
				  i, m->start, m->end, low_end >> 10);
		memblock_reserve(m->start & PAGE_MASK,
				 PAGE_ALIGN(m->end) - (m->start & PAGE_MASK));
	}

	pr_info("Memory map from %s:\n", bi->loader);
	for (i = 0; i < bi->nr_mem; i++)
		pr_info("  [mem %#010llx-%#010llx] %s\n", bi->mem[i].addr,
			bi->mem[i].addr + bi->mem[i].size - 1,
			bi->mem[i].type == BOOT_MEM_RAM ? "usable" : "reserved");
	reserve_door_ranges(bi);
	paging_init(max_low_pfn, bi->early_mapped);
	paravirt_arch_setup();
}
