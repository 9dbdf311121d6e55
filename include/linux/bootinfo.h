/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BOOTINFO_H
#define _LINUX_BOOTINFO_H

#include <linux/types.h>

/*
 * Boot information in one form, whoever booted us.  Each entry path
 * (Multiboot today, Xen's start_info later) fills a struct boot_info
 * before start_kernel() and the rest of the kernel reads only this.
 */
#define BOOT_MEM_MAX		32
#define BOOT_MODS_MAX		8
#define BOOT_CMDLINE_MAX	512
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

struct boot_info {
	const char *loader;		/* "Multiboot", ... */
	char cmdline[BOOT_CMDLINE_MAX];
	unsigned int nr_mem;
	struct boot_mem_region mem[BOOT_MEM_MAX];
	unsigned int nr_mods;
	struct boot_module mods[BOOT_MODS_MAX];
	const char *error;		/* set when the structure was unusable */
	char errbuf[96];
};

extern struct boot_info boot_info;
/* The TSC when the kernel was entered, for boot-time figures. */
extern u64 boot_tsc;

/*
 * Translates a boot-loader physical address range to a pointer the parser
 * may read, or NULL when it cannot be reached.
 */
typedef const void *(*boot_phys_reader_t)(u32 addr, u32 len);

/*
 * Fills bi from a Multiboot information structure.  Returns 0, or -EINVAL
 * with bi->error naming the problem (no memory map, a module that ends
 * before it starts or beyond RAM, ...).
 */
int multiboot_parse(struct boot_info *bi, u32 magic, u32 info_addr,
		    boot_phys_reader_t read);

/* The Multiboot entry, called by head.S. */
void multiboot_start(u32 magic, u32 info_addr);

/* Highest RAM address (exclusive) below limit, from bi->mem. */
u64 boot_ram_end(const struct boot_info *bi, u64 limit);

#endif /* _LINUX_BOOTINFO_H */
