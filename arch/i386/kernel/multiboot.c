// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/multiboot.c - the Multiboot door into the kernel.
 *
 * head.S calls multiboot_start() with the loader's magic and the physical
 * address of its information structure.  The structure is translated into
 * struct boot_info (bootinfo.c) here, before anything else runs, and
 * start_kernel() takes it from there.  The parser reads the structure
 * only through the reader it is given, so host unit tests can feed it
 * crafted input.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/bootinfo.h>
#include <linux/start_kernel.h>
#include <asm/multiboot.h>
#include <asm/page.h>
#include <asm/msr.h>

/*
 * Copies a NUL-terminated loader string of at most size-1 bytes; returns
 * 1 if the string went on beyond that.
 */
static int copy_string(char *dst, size_t size, u32 addr,
		       boot_phys_reader_t read)
{
	const char *c = NULL;
	size_t i;

	dst[0] = '\0';
	for (i = 0; i + 1 < size; i++) {
		c = read(addr + i, 1);
		if (!c || !*c)
			break;
		dst[i] = *c;
	}
	dst[i] = '\0';
	if (i + 1 < size)
		return 0;
	c = read(addr + i, 1);
	return c && *c;
}

/*
 * Loaders put the kernel's file name first ("vmlinux selftest"): skip it
 * and the blanks after it, so that all of bi->cmdline holds arguments.
 */
static void copy_cmdline(struct boot_info *bi, u32 addr,
			 boot_phys_reader_t read)
{
	int in_name = 1;
	const char *c;

	for (;; addr++) {
		c = read(addr, 1);
		if (!c || !*c)
			return;
		if (*c == ' ' || *c == '\t')
			in_name = 0;
		else if (!in_name)
			break;
	}
	bi->cmdline_truncated = copy_string(bi->cmdline, sizeof(bi->cmdline),
					    addr, read);
}

static int parse_mmap(struct boot_info *bi, const struct multiboot_info *mbi,
		      boot_phys_reader_t read)
{
	u32 off = 0;

	if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP) || !mbi->mmap_length)
		return boot_info_error(bi, "no memory map (flags %#x)", mbi->flags);
	while (off < mbi->mmap_length) {
		const struct multiboot_mmap_entry *e =
			read(mbi->mmap_addr + off, sizeof(*e));

		if (!e)
			return boot_info_error(bi, "memory map at %#x unreadable",
				    mbi->mmap_addr + off);
		if (e->size < sizeof(*e) - sizeof(e->size))
			return boot_info_error(bi, "memory map entry %u too short (%u bytes)",
				    bi->nr_mem, e->size);
		if (bi->nr_mem == BOOT_MEM_MAX)
			return boot_info_error(bi, "memory map has more than %d entries",
				    BOOT_MEM_MAX);
		if (e->len) {
			struct boot_mem_region *r = &bi->mem[bi->nr_mem++];

			r->addr = e->addr;
			r->size = e->len;
			r->type = e->type == MULTIBOOT_MEMORY_AVAILABLE ?
				  BOOT_MEM_RAM : BOOT_MEM_RESERVED;
		}
		off += e->size + sizeof(e->size);
	}
	if (!boot_ram_end(bi, ~0ULL))
		return boot_info_error(bi, "memory map has no usable RAM");
	return 0;
}

/* A module must not end before it starts nor run past RAM. */
static int parse_modules(struct boot_info *bi,
			 const struct multiboot_info *mbi,
			 boot_phys_reader_t read)
{
	u32 i;

	if (!(mbi->flags & MULTIBOOT_INFO_MODS))
		return 0;
	if (mbi->mods_count > BOOT_MODS_MAX)
		return boot_info_error(bi, "%u modules, at most %d supported",
			    mbi->mods_count, BOOT_MODS_MAX);
	for (i = 0; i < mbi->mods_count; i++) {
		const struct multiboot_module *m =
			read(mbi->mods_addr + i * sizeof(*m), sizeof(*m));
		struct boot_module *bm = &bi->mods[i];

		if (!m)
			return boot_info_error(bi, "module %u descriptor unreadable", i);
		if (m->mod_end < m->mod_start)
			return boot_info_error(bi, "module %u truncated: ends at %#x before its start %#x",
				    i, m->mod_end, m->mod_start);
		if (m->mod_end > boot_ram_end(bi, ~0ULL))
			return boot_info_error(bi, "module %u truncated: %#x-%#x runs past the end of RAM",
				    i, m->mod_start, m->mod_end);
		bm->start = m->mod_start;
		bm->end = m->mod_end;
		if (m->cmdline)
			copy_string(bm->cmdline, sizeof(bm->cmdline),
				    m->cmdline, read);
		bi->nr_mods++;
	}
	return 0;
}

int multiboot_parse(struct boot_info *bi, u32 magic, u32 info_addr,
		    boot_phys_reader_t read)
{
	const struct multiboot_info *mbi;
	int err;

	boot_info_init(bi, "Multiboot");
	bi->early_mapped = MULTIBOOT_EARLY_MAPPED;
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		return boot_info_error(bi, "bad Multiboot magic %#x", magic);
	mbi = read(info_addr, sizeof(*mbi));
	if (!mbi)
		return boot_info_error(bi, "Multiboot information at %#x unreadable",
			    info_addr);
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		copy_cmdline(bi, mbi->cmdline, read);
	err = parse_mmap(bi, mbi, read);
	if (!err)
		err = parse_modules(bi, mbi, read);
	return err;
}

#ifndef HOSTTEST
static const void *early_phys_reader(u32 addr, u32 len)
{
	if (addr >= MULTIBOOT_EARLY_MAPPED ||
	    len > MULTIBOOT_EARLY_MAPPED - addr)
		return NULL;
	return __va(addr);
}

void __init multiboot_start(u32 magic, u32 info_addr)
{
	/* Every CPU with PAE, which head.S needs, has a TSC. */
	boot_tsc = rdtsc();
	/* An error is reported by start_kernel() once a console exists. */
	if (!multiboot_parse(&boot_info, magic, info_addr, early_phys_reader))
		boot_info_reserve(&boot_info, 0, PAGE_SIZE,
				  "real-mode IVT and BIOS data");
	start_kernel();
}
#endif /* HOSTTEST */
