// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/cpu.c - CPU identification and descriptor tables.
 *
 * Builds the GDT (flat kernel and user segments, the TSS, the
 * double-fault TSS) and loads it, the segment registers and the task
 * register.  Selectors carry the kernel's privilege level from
 * get_kernel_rpl(), the installed backend's; nothing here assumes ring 0.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/linkage.h>
#include <asm/desc.h>
#include <asm/tss.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/traps.h>

struct cpuinfo_x86 boot_cpu_data;
struct gdt_page gdt_page __page_aligned_bss;
struct tss_struct init_tss __aligned(128);

static void __init identify_cpu(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;
	u32 a, b, cx, d;

	cpuid(0, &a, &b, &cx, &d);
	c->cpuid_level = a;
	memcpy(c->vendor, &b, 4);
	memcpy(c->vendor + 4, &d, 4);
	memcpy(c->vendor + 8, &cx, 4);
	c->vendor[12] = '\0';
	if (c->cpuid_level >= 1) {
		cpuid(1, &a, &b, &cx, &d);
		c->features_edx = d;
		c->features_ecx = cx;
		c->family = (a >> 8) & 0xf;
		c->model = (a >> 4) & 0xf;
		c->stepping = a & 0xf;
		if (c->family == 0xf)
			c->family += (a >> 20) & 0xff;
		if (c->family >= 6)
			c->model += ((a >> 16) & 0xf) << 4;
	}
	pr_info("CPU: %s family %u model %u stepping %u%s%s%s\n", c->vendor,
		c->family, c->model, c->stepping,
		cpu_has(X86_FEATURE_TSC) ? " tsc" : "",
		cpu_has(X86_FEATURE_APIC) ? " apic" : "",
		cpu_has(X86_FEATURE_PGE) ? " pge" : "");
}

void set_tss_desc(int entry, struct tss_struct *tss)
{
	write_gdt_entry(gdt_table, entry,
			make_seg_desc((u32)tss, sizeof(*tss) - 1,
				      DESC_TYPE_TSS, 0, 0));
}

/* Installs the final GDT and TSS; runs once on the boot CPU. */
void __init cpu_init(void)
{
	struct desc_ptr gdtp = { sizeof(gdt_table) - 1, (u32)gdt_table };
	unsigned int rpl = get_kernel_rpl();

	BUILD_BUG_ON(sizeof(gdt_page) != PAGE_SIZE);

	identify_cpu();

	write_gdt_entry(gdt_table, GDT_ENTRY_KERNEL_CS,
			make_seg_desc(0, 0xfffff, DESC_TYPE_CODE, rpl, 1));
	write_gdt_entry(gdt_table, GDT_ENTRY_KERNEL_DS,
			make_seg_desc(0, 0xfffff, DESC_TYPE_DATA, rpl, 1));
	write_gdt_entry(gdt_table, GDT_ENTRY_USER_CS,
			make_seg_desc(0, 0xfffff, DESC_TYPE_CODE, 3, 1));
	write_gdt_entry(gdt_table, GDT_ENTRY_USER_DS,
			make_seg_desc(0, 0xfffff, DESC_TYPE_DATA, 3, 1));

	init_tss.ss0 = __KERNEL_DS;
	init_tss.io_bitmap_base = sizeof(init_tss);	/* no I/O bitmap */
	set_tss_desc(GDT_ENTRY_TSS, &init_tss);

	load_gdt(&gdtp);
	reload_segments(__KERNEL_CS, __KERNEL_DS);
	load_tr(__TSS_SEL);
	load_ldt(0);
}
