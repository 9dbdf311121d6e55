// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/multiboot.c - the Multiboot door into the kernel.
 *
 * head.S calls multiboot_start() with the loader's magic and the physical
 * address of its information structure.  The structure is translated into
 * struct boot_info here, before anything else runs, and start_kernel()
 * takes it from there.  The parser reads the structure only through the
 * reader it is given, so host unit tests can feed it crafted input.
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

static int fail(struct boot_info *bi, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(bi->errbuf, sizeof(bi->errbuf), fmt, ap);
	va_end(ap);
	bi->error = bi->errbuf;
	return -EINVAL;
}

/* Copies a NUL-terminated loader string of at most size-1 bytes. */
static void copy_string(char *dst, size_t size, u32 addr,
			boot_phys_reader_t read)
{
	size_t i;

	dst[0] = '\0';
	for (i = 0; i + 1 < size; i++) {
		const char *c = read(addr + i, 1);

		if (!c || !*c)
			break;
		dst[i] = *c;
	}
	dst[i] = '\0';
}

/* Loaders put the kernel's file name first ("vmlinux selftest"): drop it. */
static void copy_cmdline(struct boot_info *bi, u32 addr,
			 boot_phys_reader_t read)
{
	char *args;

	copy_string(bi->cmdline, sizeof(bi->cmdline), addr, read);
	args = strchr(bi->cmdline, ' ');
	args = args ? skip_spaces(args) : bi->cmdline + strlen(bi->cmdline);
	memmove(bi->cmdline, args, strlen(args) + 1);
}

static int parse_mmap(struct boot_info *bi, const struct multiboot_info *mbi,
		      boot_phys_reader_t read)
{
	u32 off = 0;

	if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP) || !mbi->mmap_length)
		return fail(bi, "no memory map (flags %#x)", mbi->flags);
	while (off < mbi->mmap_length) {
		const struct multiboot_mmap_entry *e =
			read(mbi->mmap_addr + off, sizeof(*e));

		if (!e)
			return fail(bi, "memory map at %#x unreadable",
				    mbi->mmap_addr + off);
		if (e->size < sizeof(*e) - sizeof(e->size))
			return fail(bi, "memory map entry %u too short (%u bytes)",
				    bi->nr_mem, e->size);
		if (bi->nr_mem == BOOT_MEM_MAX)
			return fail(bi, "memory map has more than %d entries",
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
		return fail(bi, "memory map has no usable RAM");
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
		return fail(bi, "%u modules, at most %d supported",
			    mbi->mods_count, BOOT_MODS_MAX);
	for (i = 0; i < mbi->mods_count; i++) {
		const struct multiboot_module *m =
			read(mbi->mods_addr + i * sizeof(*m), sizeof(*m));
		struct boot_module *bm = &bi->mods[i];

		if (!m)
			return fail(bi, "module %u descriptor unreadable", i);
		if (m->mod_end < m->mod_start)
			return fail(bi, "module %u truncated: ends at %#x before its start %#x",
				    i, m->mod_end, m->mod_start);
		if (m->mod_end > boot_ram_end(bi, ~0ULL))
			return fail(bi, "module %u truncated: %#x-%#x runs past the end of RAM",
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

	memset(bi, 0, sizeof(*bi));
	bi->loader = "Multiboot";
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		return fail(bi, "bad Multiboot magic %#x", magic);
	mbi = read(info_addr, sizeof(*mbi));
	if (!mbi)
		return fail(bi, "Multiboot information at %#x unreadable",
			    info_addr);
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		copy_cmdline(bi, mbi->cmdline, read);
	err = parse_mmap(bi, mbi, read);
	if (!err)
		err = parse_modules(bi, mbi, read);
	return err;
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
/* head.S maps the first 64 MiB; the loader's structures must lie there. */
#define EARLY_MAPPED	(64UL << 20)

static const void *early_phys_reader(u32 addr, u32 len)
{
	if (addr >= EARLY_MAPPED || len > EARLY_MAPPED - addr)
		return NULL;
	return __va(addr);
}

struct boot_info boot_info;
u64 boot_tsc;

void __init multiboot_start(u32 magic, u32 info_addr)
{
	/* Every CPU with PAE, which head.S needs, has a TSC. */
	boot_tsc = rdtsc();
	/* An error is reported by start_kernel() once a console exists. */
	multiboot_parse(&boot_info, magic, info_addr, early_phys_reader);
	start_kernel();
}
#endif /* HOSTTEST */
