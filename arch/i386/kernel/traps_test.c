// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/traps_test.c - tests of the exception path, fixups,
 * descriptor tables and kallsyms.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <asm/probe.h>
#include <asm/asm.h>
#include <asm/desc.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <asm/fixmap.h>
#include <asm/tss.h>
#include <asm/paravirt_types.h>
#include <linux/errno.h>
#include <asm/processor.h>
#include <asm/msr.h>

extern char init_stack_guard[];

static void fixup_page_fault_read(struct ktest *t)
{
	u32 v = 0x1234;

	KTEST_EXPECT_EQ(t, probe_read_u32(NULL, &v), -EFAULT);
	KTEST_EXPECT_EQ(t, probe_read_u32(init_stack_guard, &v), -EFAULT);
	KTEST_EXPECT_EQ(t, probe_read_u32((void *)fix_to_virt(FIX_TEST_SCRATCH),
					  &v), -EFAULT);
}

static void fixup_page_fault_write(struct ktest *t)
{
	static u32 word;

	KTEST_EXPECT_EQ(t, probe_write_u32((void *)4, 1), -EFAULT);
	KTEST_EXPECT_EQ(t, probe_write_u32(&word, 0xabcd), 0);
	KTEST_EXPECT_EQ(t, word, 0xabcd);
}

static void probe_mapped_memory_works(struct ktest *t)
{
	u32 data = 0xcafe, v = 0;

	KTEST_EXPECT_EQ(t, probe_read_u32(&data, &v), 0);
	KTEST_EXPECT_EQ(t, v, 0xcafe);
}

/* ud2 and a divide by zero resume at their fixups too. */
static void fixup_other_exceptions(struct ktest *t)
{
	int hit = 0;
	unsigned int zero = 0, q = 7;

	__asm__ __volatile__("1:	ud2\n"
			     "	movl $0, %0\n"
			     "2:\n"
			     " .pushsection .fixup, \"ax\"\n"
			     "3:	movl $1, %0\n"
			     "	jmp 2b\n"
			     " .popsection\n"
			     _ASM_EXTABLE(1b, 3b)
			     : "=r"(hit));
	KTEST_EXPECT_EQ(t, hit, 1);
	hit = 0;
	__asm__ __volatile__("	xorl %%edx, %%edx\n"
			     "1:	divl %2\n"
			     "2:\n"
			     " .pushsection .fixup, \"ax\"\n"
			     "3:	movl $1, %1\n"
			     "	jmp 2b\n"
			     " .popsection\n"
			     _ASM_EXTABLE(1b, 3b)
			     : "+a"(q), "+r"(hit)
			     : "r"(zero)
			     : "edx");
	KTEST_EXPECT_EQ(t, hit, 1);
}

/*
 * An MSR the CPU lacks raises #GP, which must come back as -EIO, not an
 * oops.  QEMU's emulated CPU reads every unknown MSR as 0 instead, so
 * natively this checks that the native backend's rdmsr has its fixup
 * and that a real MSR reads with no error; a hypervisor injects the #GP.
 */
static void msr_read_reports_fault(struct ktest *t)
{
	unsigned int i;
	u64 v = 1;
	int err;

	if (IS_ENABLED(CONFIG_PARAVIRT)) {
		const u8 *p = (const u8 *)native_pv_ops.cpu.read_msr;

		for (i = 0; i < 64 && !(p[i] == 0x0f && p[i + 1] == 0x32); i++)
			;
		KTEST_ASSERT(t, i < 64);
		KTEST_EXPECT(t, search_exception_table((unsigned long)p + i));
	}
	if (cpu_has(X86_FEATURE_MSR) && cpu_has(X86_FEATURE_APIC))
		KTEST_EXPECT_EQ(t, rdmsrl_safe(MSR_IA32_APICBASE, &v), 0);
	err = rdmsrl_safe(0xdeadbeef, &v);
	KTEST_EXPECT(t, err == 0 || err == -EIO);
	if (err)
		KTEST_EXPECT_EQ(t, v, 0);
}

static void gdt_has_kernel_rpl(struct ktest *t)
{
	struct desc_ptr p;
	unsigned int cs;

	store_gdt(&p);
	KTEST_EXPECT_EQ(t, p.address, (u32)gdt_table);
	KTEST_EXPECT_EQ(t, p.size, GDT_ENTRIES * 8 - 1);
	__asm__ __volatile__("movl %%cs, %0" : "=r"(cs));
	KTEST_EXPECT_EQ(t, cs, __KERNEL_CS);
	KTEST_EXPECT_EQ(t, cs & 3, get_kernel_rpl());
	KTEST_EXPECT_EQ(t, (gdt_table[GDT_ENTRY_KERNEL_CS].b >> 13) & 3,
			get_kernel_rpl());
	KTEST_EXPECT_EQ(t, (gdt_table[GDT_ENTRY_KERNEL_DS].b >> 13) & 3,
			get_kernel_rpl());
	KTEST_EXPECT_EQ(t, init_tss.ss0, __KERNEL_DS);
	KTEST_EXPECT_EQ(t, store_tr(), __TSS_SEL);
	/* User segments are ring 3, flat, present. */
	KTEST_EXPECT_EQ(t, (gdt_table[GDT_ENTRY_USER_CS].b >> 13) & 3, 3);
	KTEST_EXPECT(t, gdt_table[GDT_ENTRY_USER_DS].b & (1 << 15));
}

static void idt_gates(struct ktest *t)
{
	struct desc_ptr p;
	const struct desc_struct *g;

	store_idt(&p);
	KTEST_EXPECT_EQ(t, p.address, (u32)idt_table);
	KTEST_EXPECT_EQ(t, p.size, 256 * 8 - 1);
	g = &idt_table[X86_TRAP_PF];
	KTEST_EXPECT_EQ(t, g->a >> 16, __KERNEL_CS);
	KTEST_EXPECT_EQ(t, (g->b >> 8) & 0x1f, 0x0e);	/* interrupt gate */
	KTEST_EXPECT_EQ(t, (g->b >> 13) & 3, get_kernel_rpl());
	KTEST_EXPECT_EQ(t, (idt_table[SYSCALL_VECTOR].b >> 13) & 3, 3);
	/* The double-fault task's gate, or an ordinary one without it. */
	KTEST_EXPECT_EQ(t, (idt_table[X86_TRAP_DF].b >> 8) & 0x1f,
			kernel_stack_checked ? 0x0e : 0x05);
}

static void kallsyms_finds_functions(struct ktest *t)
{
	unsigned long size = 0, off = 0;
	const char *name;
	char buf[96];

	if (!IS_ENABLED(CONFIG_KALLSYMS))
		return;
	name = kallsyms_lookup((unsigned long)idt_gates + 3, &size, &off);
	KTEST_ASSERT(t, name != NULL);
	KTEST_EXPECT_STREQ(t, name, "idt_gates");
	KTEST_EXPECT_EQ(t, off, 3);
	KTEST_EXPECT(t, size > 3);
	snprintf(buf, sizeof(buf), "%pS", (void *)((unsigned long)memcpy + 1));
	KTEST_EXPECT(t, !strncmp(buf, "memcpy+0x1/0x", 13));
	KTEST_EXPECT(t, kallsyms_lookup(0x1000, NULL, NULL) == NULL);
	snprintf(buf, sizeof(buf), "%pS", (void *)0x1000);
	KTEST_EXPECT_STREQ(t, buf, "0x00001000");
}

static const struct ktest_case traps_cases[] = {
	KTEST_CASE(fixup_page_fault_read),
	KTEST_CASE(fixup_page_fault_write),
	KTEST_CASE(probe_mapped_memory_works),
	KTEST_CASE(fixup_other_exceptions),
	KTEST_CASE(msr_read_reports_fault),
	KTEST_CASE(gdt_has_kernel_rpl),
	KTEST_CASE(idt_gates),
	KTEST_CASE(kallsyms_finds_functions),
	{}
};
KTEST_SUITE(traps, traps_cases);
