/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_MULTIBOOT_H
#define _ASM_I386_MULTIBOOT_H

/* Multiboot specification version 0.6.96 (Multiboot 1). */
#define MULTIBOOT_HEADER_MAGIC		0x1BADB002
#define MULTIBOOT_BOOTLOADER_MAGIC	0x2BADB002

#define MULTIBOOT_PAGE_ALIGN		0x00000001	/* modules page aligned */
#define MULTIBOOT_MEMORY_INFO		0x00000002	/* want mem_* and mmap */

/* multiboot_info.flags */
#define MULTIBOOT_INFO_MEMORY		0x00000001
#define MULTIBOOT_INFO_CMDLINE		0x00000004
#define MULTIBOOT_INFO_MODS		0x00000008
#define MULTIBOOT_INFO_MEM_MAP		0x00000040
#define MULTIBOOT_INFO_BOOT_LOADER_NAME	0x00000200

#define MULTIBOOT_MEMORY_AVAILABLE	1

/*
 * head.S maps the first 64 MiB at 0 and at PAGE_OFFSET with 2 MiB pages;
 * the loader's structures must lie there, and so must the page tables
 * paging_init() builds before it switches to them.
 */
#define MULTIBOOT_EARLY_MAPPED		0x04000000

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <linux/bootinfo.h>

struct multiboot_info {
	u32 flags;
	u32 mem_lower, mem_upper;
	u32 boot_device;
	u32 cmdline;
	u32 mods_count, mods_addr;
	u32 syms[4];
	u32 mmap_length, mmap_addr;
	u32 drives_length, drives_addr;
	u32 config_table;
	u32 boot_loader_name;
} __packed;

/* 'size' counts the bytes after itself, so entries may grow. */
struct multiboot_mmap_entry {
	u32 size;
	u64 addr;
	u64 len;
	u32 type;
} __packed;

struct multiboot_module {
	u32 mod_start, mod_end;
	u32 cmdline;
	u32 pad;
} __packed;

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

/* The Multiboot door, called by head.S. */
void multiboot_start(u32 magic, u32 info_addr);

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_MULTIBOOT_H */
