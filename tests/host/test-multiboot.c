// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-multiboot.c - arch/i386/kernel/multiboot.c: the
 * Multiboot parser fed crafted information structures through its
 * reader callback, good ones and every kind of bad one it reports.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/bootinfo.h>
#include <asm/multiboot.h>
#include "harness.h"

/*
 * Fake physical memory at PHYS_BASE: the information structure at the
 * start, then fixed places for the memory map, module list and strings.
 */
#define PHYS_BASE	0x10000
#define PHYS_SIZE	0x2000
#define MMAP_OFF	0x100
#define MODS_OFF	0x800
#define STR_OFF		0xa00
#define RAM_END		0x7fe0000ULL	/* of the good map */

static u8 phys[PHYS_SIZE] __aligned(8);
static struct multiboot_info *info = (struct multiboot_info *)phys;
static u32 str_next;
static struct boot_info bi;

static const void *reader(u32 addr, u32 len)
{
	if (addr < PHYS_BASE || addr - PHYS_BASE > PHYS_SIZE ||
	    len > PHYS_SIZE - (addr - PHYS_BASE))
		return NULL;
	return phys + (addr - PHYS_BASE);
}

static void put_bytes(u32 off, const void *data, u32 len)
{
	const u8 *d = data;

	while (len--)
		phys[off++] = *d++;
}

/* An empty structure: no flags, nothing in it. */
static void reset(void)
{
	u32 i;

	for (i = 0; i < PHYS_SIZE; i++)
		phys[i] = 0;
	str_next = STR_OFF;
}

/* Copies a string (with its NUL) into fake memory; returns its address. */
static u32 put_string(const char *s)
{
	u32 addr = PHYS_BASE + str_next;

	put_bytes(str_next, s, __builtin_strlen(s) + 1);
	str_next += __builtin_strlen(s) + 1;
	return addr;
}

/* Appends a memory map entry whose size field says size. */
static void add_mmap_sized(u64 addr, u64 len, u32 type, u32 size)
{
	struct multiboot_mmap_entry e = {
		.size = size, .addr = addr, .len = len, .type = type,
	};

	info->flags |= MULTIBOOT_INFO_MEM_MAP;
	info->mmap_addr = PHYS_BASE + MMAP_OFF;
	put_bytes(MMAP_OFF + info->mmap_length, &e, sizeof(e));
	info->mmap_length += size + sizeof(e.size);
}

static void add_mmap(u64 addr, u64 len, u32 type)
{
	add_mmap_sized(addr, len, type, sizeof(struct multiboot_mmap_entry) - 4);
}

/* What QEMU passes for -m 128. */
static void good_map(void)
{
	reset();
	add_mmap(0, 0x9fc00, MULTIBOOT_MEMORY_AVAILABLE);
	add_mmap(0x9fc00, 0x400, 2);
	add_mmap(0x100000, RAM_END - 0x100000, MULTIBOOT_MEMORY_AVAILABLE);
	add_mmap(0xfffc0000, 0x40000, 2);
}

static void set_cmdline(const char *s)
{
	info->flags |= MULTIBOOT_INFO_CMDLINE;
	info->cmdline = put_string(s);
}

static void add_module(u32 start, u32 end, const char *cmdline)
{
	struct multiboot_module m = {
		.mod_start = start, .mod_end = end,
		.cmdline = cmdline ? put_string(cmdline) : 0,
	};

	info->flags |= MULTIBOOT_INFO_MODS;
	info->mods_addr = PHYS_BASE + MODS_OFF;
	put_bytes(MODS_OFF + info->mods_count * sizeof(m), &m, sizeof(m));
	info->mods_count++;
}

static int parse(void)
{
	return multiboot_parse(&bi, MULTIBOOT_BOOTLOADER_MAGIC, PHYS_BASE,
			       reader);
}

static void accepts_good_map(void)
{
	good_map();
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT(bi.error == NULL);
	HT_EXPECT_STREQ(bi.loader, "Multiboot");
	HT_ASSERT(bi.nr_mem == 4);
	HT_EXPECT_EQ(bi.mem[0].size, 0x9fc00);
	HT_EXPECT_EQ(bi.mem[0].type, BOOT_MEM_RAM);
	HT_EXPECT_EQ(bi.mem[1].type, BOOT_MEM_RESERVED);
	HT_EXPECT_EQ(bi.mem[2].addr, 0x100000);
	HT_EXPECT_EQ(bi.mem[3].addr, 0xfffc0000);
	HT_EXPECT_EQ(boot_ram_end(&bi, ~0ULL), RAM_END);
	HT_EXPECT_EQ(bi.early_mapped, MULTIBOOT_EARLY_MAPPED);
	HT_EXPECT_EQ(bi.nr_reserved, 0);
	HT_EXPECT_EQ(bi.nr_mods, 0);
	HT_EXPECT_STREQ(bi.cmdline, "");
}

/* Entries may be longer than the struct; empty ones are dropped. */
static void wide_and_empty_entries(void)
{
	reset();
	add_mmap_sized(0, 0x9fc00, MULTIBOOT_MEMORY_AVAILABLE, 24);
	add_mmap(0x9fc00, 0, MULTIBOOT_MEMORY_AVAILABLE);
	add_mmap(0x100000, 0x1000000, 7);
	add_mmap(0x2000000, 0x1000000, MULTIBOOT_MEMORY_AVAILABLE);
	HT_EXPECT_EQ(parse(), 0);
	HT_ASSERT(bi.nr_mem == 3);
	HT_EXPECT_EQ(bi.mem[1].addr, 0x100000);
	HT_EXPECT_EQ(bi.mem[1].type, BOOT_MEM_RESERVED);
	HT_EXPECT_EQ(boot_ram_end(&bi, ~0ULL), 0x3000000);
}

static void refuses_missing_map(void)
{
	reset();
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "no memory map");

	good_map();
	info->mmap_length = 0;
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "no memory map");
}

static void refuses_short_entry(void)
{
	good_map();
	add_mmap_sized(0x9000000, 0x1000, MULTIBOOT_MEMORY_AVAILABLE, 16);
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "too short");
}

static void refuses_unreadable_map(void)
{
	good_map();
	info->mmap_addr = 0x100000;
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "unreadable");
}

static void refuses_too_many_entries(void)
{
	unsigned int i;

	reset();
	for (i = 0; i <= BOOT_MEM_MAX; i++)
		add_mmap(i * 0x100000ULL, 0x1000, MULTIBOOT_MEMORY_AVAILABLE);
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "more than");
}

static void refuses_map_without_ram(void)
{
	reset();
	add_mmap(0, 0x9fc00, 2);
	add_mmap(0x100000, 0x1000000, 3);
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "no usable RAM");
}

static void refuses_bad_magic(void)
{
	good_map();
	HT_EXPECT_EQ(multiboot_parse(&bi, MULTIBOOT_HEADER_MAGIC, PHYS_BASE,
				     reader), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "magic");
	HT_EXPECT_CONTAINS(bi.error, "0x1badb002");
	HT_EXPECT_EQ(multiboot_parse(&bi, MULTIBOOT_BOOTLOADER_MAGIC,
				     PHYS_BASE + PHYS_SIZE, reader), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "unreadable");
}

/* The loader's line starts with the kernel's file name: it is dropped. */
static void cmdline_drops_file_name(void)
{
	good_map();
	set_cmdline("vmlinux selftest mem=64M");
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_STREQ(bi.cmdline, "selftest mem=64M");

	good_map();
	set_cmdline("/boot/vmlinux");
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_STREQ(bi.cmdline, "");

	good_map();
	set_cmdline("vmlinux    a  \"b c\"");
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_STREQ(bi.cmdline, "a  \"b c\"");
}

/* A line of n bytes: the file name "a", a space, then n - 2 'b's. */
static void set_long_cmdline(unsigned int n)
{
	static char line[BOOT_CMDLINE_MAX + 200];
	unsigned int i;

	for (i = 0; i < n; i++)
		line[i] = 'b';
	line[0] = 'a';
	line[1] = ' ';
	line[n] = '\0';
	set_cmdline(line);
}

static void cmdline_is_bounded(void)
{
	/* 1023 bytes of arguments fit whole, after the file name. */
	good_map();
	set_long_cmdline(BOOT_CMDLINE_MAX + 1);
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_EQ(__builtin_strlen(bi.cmdline), BOOT_CMDLINE_MAX - 1);
	HT_EXPECT_EQ(bi.cmdline_truncated, 0);

	/* A longer one is cut, and the door says so. */
	good_map();
	set_long_cmdline(BOOT_CMDLINE_MAX + 2);
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_EQ(__builtin_strlen(bi.cmdline), BOOT_CMDLINE_MAX - 1);
	HT_EXPECT_EQ(bi.cmdline_truncated, 1);
	HT_EXPECT_EQ(BOOT_CMDLINE_MAX, 1024);

	/* No terminator before the end of readable memory. */
	good_map();
	put_bytes(PHYS_SIZE - 5, "k abc", 5);
	info->flags |= MULTIBOOT_INFO_CMDLINE;
	info->cmdline = PHYS_BASE + PHYS_SIZE - 5;
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_STREQ(bi.cmdline, "abc");
}

static void accepts_modules(void)
{
	good_map();
	add_module(0x200000, 0x300000, "initrd.img root=ram");
	add_module(0x300000, 0x300000, NULL);
	HT_EXPECT_EQ(parse(), 0);
	HT_ASSERT(bi.nr_mods == 2);
	HT_EXPECT_EQ(bi.mods[0].start, 0x200000);
	HT_EXPECT_EQ(bi.mods[0].end, 0x300000);
	HT_EXPECT_STREQ(bi.mods[0].cmdline, "initrd.img root=ram");
	HT_EXPECT_STREQ(bi.mods[1].cmdline, "");

	good_map();
	add_module(0x200000, 0x300000, "ignored without the flag");
	info->flags &= ~MULTIBOOT_INFO_MODS;
	HT_EXPECT_EQ(parse(), 0);
	HT_EXPECT_EQ(bi.nr_mods, 0);
}

static void refuses_module_ending_before_start(void)
{
	good_map();
	add_module(0x300000, 0x2fffff, "backwards");
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "truncated");
}

static void refuses_module_beyond_ram(void)
{
	good_map();
	add_module(0x200000, 0x300000, "fine");
	add_module(RAM_END - 0x1000, RAM_END + 1, "past the end");
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "module 1 truncated");
	HT_EXPECT_CONTAINS(bi.error, "end of RAM");

	good_map();
	add_module(RAM_END - 0x1000, RAM_END, "just fits");
	HT_EXPECT_EQ(parse(), 0);
}

static void refuses_bad_module_lists(void)
{
	unsigned int i;

	good_map();
	for (i = 0; i <= BOOT_MODS_MAX; i++)
		add_module(0x200000, 0x201000, NULL);
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "at most");

	good_map();
	add_module(0x200000, 0x201000, NULL);
	info->mods_addr = PHYS_BASE + PHYS_SIZE - 8;
	HT_EXPECT_EQ(parse(), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "unreadable");
}

static void ram_end_below_limit(void)
{
	good_map();
	HT_ASSERT(parse() == 0);
	HT_EXPECT_EQ(boot_ram_end(&bi, 0x5000000), 0x5000000);
	HT_EXPECT_EQ(boot_ram_end(&bi, 0x90000), 0x90000);
	HT_EXPECT_EQ(boot_ram_end(&bi, 0xa0000), 0x9fc00);
	HT_EXPECT_EQ(boot_ram_end(&bi, 0), 0);
}

/* The door-neutral helpers of bootinfo.c. */
static void reserved_ranges(void)
{
	unsigned int i;

	boot_info_init(&bi, "test");
	HT_EXPECT_STREQ(bi.loader, "test");
	HT_EXPECT_EQ(boot_info_reserve(&bi, 0x1000, 0x3000, "a"), 0);
	HT_ASSERT(bi.nr_reserved == 1);
	HT_EXPECT_EQ(bi.reserved[0].start, 0x1000);
	HT_EXPECT_EQ(bi.reserved[0].end, 0x3000);
	HT_EXPECT_STREQ(bi.reserved[0].what, "a");
	HT_EXPECT(bi.error == NULL);

	HT_EXPECT_EQ(boot_info_reserve(&bi, 0x3000, 0x3000, "empty"), -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "empty");
	HT_EXPECT_EQ(bi.nr_reserved, 1);

	boot_info_init(&bi, "test");
	for (i = 0; i < BOOT_RESERVED_MAX; i++)
		HT_EXPECT_EQ(boot_info_reserve(&bi, i << 12, (i + 1) << 12,
					       "page"), 0);
	HT_EXPECT_EQ(boot_info_reserve(&bi, 0, 0x1000, "one too many"),
		     -EINVAL);
	HT_EXPECT_CONTAINS(bi.error, "one too many");
	HT_EXPECT_EQ(bi.nr_reserved, BOOT_RESERVED_MAX);
}

static const struct ht_case cases[] = {
	HT_CASE(accepts_good_map),
	HT_CASE(wide_and_empty_entries),
	HT_CASE(refuses_missing_map),
	HT_CASE(refuses_short_entry),
	HT_CASE(refuses_unreadable_map),
	HT_CASE(refuses_too_many_entries),
	HT_CASE(refuses_map_without_ram),
	HT_CASE(refuses_bad_magic),
	HT_CASE(cmdline_drops_file_name),
	HT_CASE(cmdline_is_bounded),
	HT_CASE(reserved_ranges),
	HT_CASE(accepts_modules),
	HT_CASE(refuses_module_ending_before_start),
	HT_CASE(refuses_module_beyond_ram),
	HT_CASE(refuses_bad_module_lists),
	HT_CASE(ram_end_below_limit),
	{}
};
HT_SUITE(multiboot, cases);
