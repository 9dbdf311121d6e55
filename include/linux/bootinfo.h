/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BOOTINFO_H
#define _LINUX_BOOTINFO_H

#include <linux/types.h>
#include <linux/cmdline.h>

/*
 * Boot information in one form, whoever booted us.  Each door (the
 * Multiboot entry, a hypervisor's entry) fills a struct boot_info before
 * start_kernel(), with the helpers of arch/i386/kernel/bootinfo.c, and
 * the rest of the kernel reads only this.
 */
#define BOOT_MEM_MAX		32
#define BOOT_MODS_MAX		8
#define BOOT_RESERVED_MAX	8
#define BOOT_CMDLINE_MAX	BOOT_COMMAND_LINE_MAX
#define BOOT_MODNAME_MAX	64

enum boot_mem_type {
	BOOT_MEM_RAM = 1,
	BOOT_MEM_RESERVED = 2,
};

struct boot_mem_region {
	u64 addr;
	u64 size;
	u32 type;
};

struct boot_module {
	phys_addr_t start;	/* first byte */
	phys_addr_t end;	/* one past the last byte */
	char cmdline[BOOT_MODNAME_MAX];
};

/* RAM the allocator must never hand out: the door's own structures. */
struct boot_reserved {
	u64 start, end;		/* [start, end), byte addresses */
	const char *what;	/* for the boot log */
};

struct boot_info {
	const char *loader;		/* "Multiboot", ... */
	char cmdline[BOOT_CMDLINE_MAX];
	int cmdline_truncated;		/* the loader's was longer */
	unsigned int nr_mem;
	struct boot_mem_region mem[BOOT_MEM_MAX];
	unsigned int nr_mods;
	struct boot_module mods[BOOT_MODS_MAX];
	unsigned int nr_reserved;
	struct boot_reserved reserved[BOOT_RESERVED_MAX];
	/* RAM from 0 that is mapped at PAGE_OFFSET when the door is left. */
	phys_addr_t early_mapped;
	const char *error;		/* set when the structure was unusable */
	char errbuf[96];
};

extern struct boot_info boot_info;
/* The TSC when the kernel was entered, for boot-time figures. */
extern u64 boot_tsc;

/* Empties bi for a door named loader. */
void boot_info_init(struct boot_info *bi, const char *loader);

/* Records why the loader's data is unusable; returns -EINVAL. */
int boot_info_error(struct boot_info *bi, const char *fmt, ...)
	__printf(2, 3);

/* Adds [start, end) to the reserved ranges; -EINVAL if it cannot. */
int boot_info_reserve(struct boot_info *bi, u64 start, u64 end,
		      const char *what);

/* Highest RAM address (exclusive) below limit, from bi->mem. */
u64 boot_ram_end(const struct boot_info *bi, u64 limit);

#endif /* _LINUX_BOOTINFO_H */
