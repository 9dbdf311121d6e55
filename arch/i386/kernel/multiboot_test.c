// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/multiboot_test.c - the Multiboot parser on crafted
 * structures, including the malformed ones no real loader produces.
 *
 * A small buffer stands in for physical memory at FAKE_BASE; the reader
 * handed to multiboot_parse() refuses anything outside it.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/bootinfo.h>
#include <asm/multiboot.h>
#include <asm/page.h>

#define FAKE_BASE	0x10000
#define OFF_MMAP	0x100
#define OFF_MODS	0x200
#define OFF_CMDLINE	0x300

static u8 fake[0x400] __aligned(8);
static struct boot_info bi;

static const void *fake_reader(u32 addr, u32 len)
{
	if (addr < FAKE_BASE || addr - FAKE_BASE > sizeof(fake) ||
	    len > sizeof(fake) - (addr - FAKE_BASE))
		return NULL;
	return fake + (addr - FAKE_BASE);
}

static struct multiboot_info *mbi(void)
{
	return (struct multiboot_info *)fake;
}

static void add_mmap(unsigned int i, u64 addr, u64 len, u32 type)
{
	struct multiboot_mmap_entry *e =
		(void *)(fake + OFF_MMAP + i * sizeof(*e));

	e->size = sizeof(*e) - sizeof(e->size);
	e->addr = addr;
	e->len = len;
	e->type = type;
	mbi()->mmap_length = (i + 1) * sizeof(*e);
}

/* A plausible structure: 640 KiB + 127 MiB of RAM, one module. */
static void build_good(void)
{
	struct multiboot_module *m = (void *)(fake + OFF_MODS);

	memset(fake, 0, sizeof(fake));
	mbi()->flags = MULTIBOOT_INFO_MEM_MAP | MULTIBOOT_INFO_CMDLINE |
		       MULTIBOOT_INFO_MODS;
	mbi()->mmap_addr = FAKE_BASE + OFF_MMAP;
	add_mmap(0, 0, 0x9fc00, 1);
	add_mmap(1, 0x9fc00, 0x400, 2);
	add_mmap(2, 0x100000, 0x7f00000, 1);
	mbi()->cmdline = FAKE_BASE + OFF_CMDLINE;
	strlcpy((char *)fake + OFF_CMDLINE, "/boot/vmlinux  console=ttyS0 quiet",
		0x100);
	mbi()->mods_count = 1;
	mbi()->mods_addr = FAKE_BASE + OFF_MODS;
	m->mod_start = 0x400000;
	m->mod_end = 0x480000;
}

static int parse(void)
{
	return multiboot_parse(&bi, MULTIBOOT_BOOTLOADER_MAGIC, FAKE_BASE,
			       fake_reader);
}

static void multiboot_good_structure(struct ktest *t)
{
	build_good();
	KTEST_ASSERT(t, parse() == 0);
	KTEST_EXPECT(t, bi.error == NULL);
	KTEST_EXPECT_EQ(t, bi.nr_mem, 3);
	KTEST_EXPECT_EQ(t, bi.mem[1].type, BOOT_MEM_RESERVED);
	KTEST_EXPECT_EQ(t, boot_ram_end(&bi, ~0ULL), 0x8000000);
	KTEST_EXPECT_EQ(t, boot_ram_end(&bi, 0x200000), 0x200000);
	KTEST_EXPECT_STREQ(t, bi.cmdline, "console=ttyS0 quiet");
	KTEST_EXPECT_EQ(t, bi.nr_mods, 1);
	KTEST_EXPECT_EQ(t, bi.mods[0].end - bi.mods[0].start, 0x80000);
	KTEST_EXPECT_EQ(t, bi.early_mapped, MULTIBOOT_EARLY_MAPPED);
}

/* What this boot's door left: the BIOS's first page kept, 64 MiB mapped. */
static void multiboot_this_boot(struct ktest *t)
{
	if (strcmp(boot_info.loader, "Multiboot"))
		return;		/* another door booted us */
	KTEST_EXPECT(t, boot_info.error == NULL);
	KTEST_EXPECT_EQ(t, boot_info.early_mapped, MULTIBOOT_EARLY_MAPPED);
	KTEST_ASSERT(t, boot_info.nr_reserved == 1);
	KTEST_EXPECT_EQ(t, boot_info.reserved[0].start, 0);
	KTEST_EXPECT_EQ(t, boot_info.reserved[0].end, PAGE_SIZE);
}

static void multiboot_no_memory_map(struct ktest *t)
{
	build_good();
	mbi()->flags &= ~MULTIBOOT_INFO_MEM_MAP;
	KTEST_EXPECT(t, parse() < 0);
	KTEST_ASSERT(t, bi.error != NULL);
	KTEST_EXPECT(t, strstr(bi.error, "no memory map") != NULL);
}

static void multiboot_bad_entries(struct ktest *t)
{
	struct multiboot_mmap_entry *e = (void *)(fake + OFF_MMAP);

	build_good();
	e[1].size = 4;
	KTEST_EXPECT(t, parse() < 0);
	KTEST_EXPECT(t, bi.error && strstr(bi.error, "too short"));

	build_good();
	mbi()->mmap_addr = 0x12345678;
	KTEST_EXPECT(t, parse() < 0);
	KTEST_EXPECT(t, bi.error && strstr(bi.error, "unreadable"));

	KTEST_EXPECT(t, multiboot_parse(&bi, 0x1badb002, FAKE_BASE,
					fake_reader) < 0);
	KTEST_EXPECT(t, bi.error && strstr(bi.error, "magic"));
}

static void multiboot_truncated_module(struct ktest *t)
{
	struct multiboot_module *m = (void *)(fake + OFF_MODS);

	build_good();
	m->mod_end = m->mod_start - 1;
	KTEST_EXPECT(t, parse() < 0);
	KTEST_EXPECT(t, bi.error && strstr(bi.error, "module 0 truncated"));

	build_good();
	m->mod_end = 0x9000000;			/* past the end of RAM */
	KTEST_EXPECT(t, parse() < 0);
	KTEST_EXPECT(t, bi.error && strstr(bi.error, "past the end of RAM"));
}

static const struct ktest_case multiboot_cases[] = {
	KTEST_CASE(multiboot_good_structure),
	KTEST_CASE(multiboot_this_boot),
	KTEST_CASE(multiboot_no_memory_map),
	KTEST_CASE(multiboot_bad_entries),
	KTEST_CASE(multiboot_truncated_module),
	{}
};
KTEST_SUITE(multiboot, multiboot_cases);
