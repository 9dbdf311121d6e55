// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/enlighten.c - the Xen backend of paravirt_ops: the
 * processor of a 32-bit PV guest, and the table that brings together
 * the operations of irq.c, mmu.c and time.c.
 *
 * The kernel runs in ring 1.  Xen owns the real descriptor tables: the
 * GDT is a read-only page handed over by frame (set_gdt) and changed
 * with update_descriptor; the IDT becomes Xen's trap table; the kernel
 * stack for entries from user mode is set with stack_switch; %cr0's TS
 * is fpu_taskswitch; %cr2 comes from the vcpu_info; returning from an
 * entry is the iret hypercall.  What Xen does not let a guest change
 * (the other %cr0 and %cr4 bits, the task register) is kept as the
 * kernel last set it, so that it reads back.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/time.h>
#include <asm/paravirt.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/tss.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <asm/platform.h>
#include <asm/irqflags.h>
#include "xen-ops.h"

extern const u8 xen_iret[];

static unsigned long xen_cr0 = X86_CR0_PG | X86_CR0_WP | X86_CR0_NE |
			       X86_CR0_MP | X86_CR0_PE;
static unsigned long xen_cr4 = X86_CR4_PAE | X86_CR4_OSFXSR |
			       X86_CR4_OSXMMEXCPT;
static struct desc_ptr xen_gdt_desc, xen_idt_desc;
static unsigned long xen_tr;
static int gdt_loaded, idt_loaded;

/*
 * Xen's view of CPUID: the forced-emulation prefix makes Xen answer with
 * what a PV guest may use.  There is no local APIC to program, and no
 * global pages.
 */
static void xen_cpuid(u32 *a, u32 *b, u32 *c, u32 *d)
{
	u32 leaf = *a;

	__asm__ __volatile__("ud2a; .ascii \"xen\"; cpuid"
			     : "+a"(*a), "=b"(*b), "+c"(*c), "=d"(*d));
	if (leaf == 1)
		*d &= ~(X86_FEATURE_APIC | X86_FEATURE_PGE);
}

static unsigned long xen_get_debugreg(int reg)
{
	return HYPERVISOR_get_debugreg(reg);
}

static void xen_set_debugreg(int reg, unsigned long v)
{
	long err = HYPERVISOR_set_debugreg(reg, v);

	if (err)
		xen_hypercall_failed("set_debugreg", reg, err);
}

static unsigned long xen_read_cr0(void)
{
	return xen_cr0;
}

/* Of %cr0 a guest controls TS only; in a context switch, batched. */
static void xen_write_cr0(unsigned long v)
{
	unsigned long flags;

	if ((v ^ xen_cr0) & X86_CR0_TS) {
		local_irq_save(flags);
		if (xen_lazy_mode & XEN_LAZY_CPU)
			xen_mc_call2(__HYPERVISOR_fpu_taskswitch,
				     !!(v & X86_CR0_TS), 0);
		else
			HYPERVISOR_fpu_taskswitch(!!(v & X86_CR0_TS));
		local_irq_restore(flags);
	}
	xen_cr0 = v;
}


static unsigned long xen_read_cr4(void)
{
	return xen_cr4;
}

static void xen_write_cr4(unsigned long v)
{
	xen_cr4 = v;
}

/* --- descriptor tables -------------------------------------------- */

#define DESC_ACCESSED	(1 << 8)	/* in the high word */

/* A TSS or an LDT: Xen keeps those itself and refuses them in a GDT. */
static int system_descriptor(u32 hi)
{
	return !(hi & (1 << 12));
}

/*
 * A descriptor of the loaded GDT changes through Xen, which checks it;
 * one that already holds the value is left alone (the TLS entries are
 * rewritten at every context switch, and rarely differ).
 */
static void __used xen_write_gdt_entry(void *entry, u32 lo, u32 hi)
{
	u32 *d = entry;
	unsigned long flags;
	long err;

	if (system_descriptor(hi) && (hi & (1 << 15)))
		lo = hi = 0;
	if (!gdt_loaded) {
		native_write_desc_words(entry, lo, hi);
		return;
	}
	/* The CPU sets the accessed bit of a segment it loads. */
	if (d[0] == lo && (d[1] | DESC_ACCESSED) == (hi | DESC_ACCESSED))
		return;
	local_irq_save(flags);
	if (xen_lazy_mode & XEN_LAZY_CPU) {
		xen_mc_update_descriptor(virt_to_machine(entry),
					 ((u64)hi << 32) | lo);
	} else {
		err = HYPERVISOR_update_descriptor(virt_to_machine(entry),
						   ((u64)hi << 32) | lo);
		if (err)
			xen_hypercall_failed("update_descriptor",
					     (unsigned long)entry, err);
	}
	local_irq_restore(flags);
}
PV_CALLEE_SAVE_VOID(xen_write_gdt_entry);

/* The GDT's page is handed to Xen read-only, by frame. */
static void xen_load_gdt(const struct desc_ptr *p)
{
	unsigned long frame;
	long err;

	xen_set_page_readonly((void *)p->address, 1);
	frame = pfn_to_mfn(virt_to_pfn((void *)p->address));
	err = HYPERVISOR_set_gdt(&frame, (p->size + 1) / 8);
	if (err)
		panic("xen: set_gdt(%#lx, %u entries) failed: %ld", frame,
		      (p->size + 1) / 8, err);
	xen_gdt_desc = *p;
	gdt_loaded = 1;
}

static void xen_store_gdt(struct desc_ptr *p)
{
	*p = xen_gdt_desc;
}

/* One gate as a trap-table entry; 0 for what Xen has no use for. */
static int gate_to_trap(unsigned int v, const struct desc_struct *g,
			struct trap_info *t)
{
	unsigned int type = (g->b >> 8) & 0x1f;

	if (!(g->b & (1 << 15)) || (type != 0x0e && type != 0x0f))
		return 0;	/* absent, or a task gate */
	if (v >= FIRST_EXTERNAL_VECTOR && v != SYSCALL_VECTOR)
		return 0;	/* interrupts come as events */
	t->vector = v;
	t->flags = ((g->b >> 13) & 3) | (type == 0x0e ? 4 : 0);
	t->cs = g->a >> 16;
	t->address = (g->a & 0xffff) | (g->b & 0xffff0000);
	return 1;
}

static void set_traps(struct trap_info *t, const char *what)
{
	long err = HYPERVISOR_set_trap_table(t);

	if (err)
		panic("xen: set_trap_table (%s) failed: %ld", what, err);
}

/* The IDT becomes Xen's trap table, all at once. */
static void xen_load_idt(const struct desc_ptr *p)
{
	static struct trap_info traps[FIRST_EXTERNAL_VECTOR + 2];
	const struct desc_struct *idt = (const void *)p->address;
	unsigned int v, n = 0;

	memset(traps, 0, sizeof(traps));
	for (v = 0; v <= (p->size + 1) / 8 - 1 && v < 256; v++)
		if (n < ARRAY_SIZE(traps) - 1)
			n += gate_to_trap(v, &idt[v], &traps[n]);
	set_traps(traps, "load_idt");
	xen_idt_desc = *p;
	idt_loaded = 1;
}

static void xen_store_idt(struct desc_ptr *p)
{
	*p = xen_idt_desc;
}

/* A gate of the loaded IDT changed: that one trap-table entry too. */
static void __used xen_write_idt_entry(void *entry, u32 lo, u32 hi)
{
	struct trap_info t[2];
	struct desc_struct g = { lo, hi };
	unsigned int v;

	native_write_desc_words(entry, lo, hi);
	if (!idt_loaded)
		return;
	v = ((unsigned long)entry - xen_idt_desc.address) / 8;
	memset(t, 0, sizeof(t));
	if (gate_to_trap(v, &g, &t[0]))
		set_traps(t, "write_idt_entry");
}
PV_CALLEE_SAVE_VOID(xen_write_idt_entry);

static void xen_load_tr(unsigned int sel)
{
	xen_tr = sel;
}

static unsigned long xen_store_tr(void)
{
	return xen_tr;
}

static void xen_set_ldt(unsigned int sel)
{
	struct mmuext_op op = { .cmd = MMUEXT_SET_LDT };
	long err;

	if (sel)
		panic("xen: LDT selector %#x: this kernel has no LDT", sel);
	err = HYPERVISOR_mmuext_op(&op, 1, NULL, DOMID_SELF);
	if (err)
		xen_hypercall_failed("MMUEXT_SET_LDT", 0, err);
}

static void xen_load_tls(const u32 (*tls)[2])
{
	unsigned int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		xen_write_gdt_entry(&gdt_table[GDT_ENTRY_TLS_MIN + i],
				    tls[i][0], tls[i][1]);
}

/* The stack an entry from user mode switches to. */
static void __used xen_load_sp0(struct tss_struct *tss, unsigned long sp0)
{
	unsigned long flags;

	tss->sp0 = sp0;
	local_irq_save(flags);
	if (xen_lazy_mode & XEN_LAZY_CPU)
		xen_mc_call2(__HYPERVISOR_stack_switch, __KERNEL_DS, sp0);
	else
		HYPERVISOR_stack_switch(__KERNEL_DS, sp0);
	local_irq_restore(flags);
}
PV_CALLEE_SAVE_VOID(xen_load_sp0);

/*
 * read_cr2 is inlined: one load from the registered vcpu_info, 5 bytes.
 * The interrupt-flag operations take 7 bytes or more and a branch, more
 * than a 6-byte site holds: they become direct calls, as does the rest.
 * A slot that holds something else (a counting wrapper) stays a call.
 */
static unsigned int xen_patch(u8 type, u16 clobbers, void *buf,
			      unsigned long addr, unsigned int len)
{
	void *target = ((void **)&pv_ops)[type];
	unsigned int n = xen_read_cr2_direct_end - xen_read_cr2_direct;

	if (type == PARAVIRT_PATCH(cpu.read_cr2) &&
	    target == (void *)xen_read_cr2_direct && n <= len) {
		memcpy(buf, xen_read_cr2_direct, n);
		return n;
	}
	return paravirt_patch_default(type, clobbers, buf, addr, len);
}

static void xen_banner(void)
{
	pr_info("xen: %s, ring %u, a 32-bit PAE PV guest of a 64-bit hypervisor\n",
		xen_start_info->magic, get_kernel_rpl());
}

static int xen_probe(void)
{
	return 0;	/* only the Xen door installs this backend */
}

static const struct pv_info xen_info = {
	.name = "Xen",
	.kernel_rpl = 1,
	.paravirt_enabled = 1,
	.shared_kernel_pmd = 0,
	.task_gates = 0,
};

static const struct paravirt_patch_template xen_ops = {
	.init = {
		.patch = xen_patch,
		.banner = xen_banner,
		.arch_setup = xen_arch_setup,
	},
	.time = {
		.time_init = xen_time_init,
		.get_wallclock = xen_get_wallclock,
		.sched_clock = xen_sched_clock,
		.get_cpu_khz = xen_cpu_khz,
	},
	.cpu = {
		.cpuid = xen_cpuid,
		.get_debugreg = xen_get_debugreg,
		.set_debugreg = xen_set_debugreg,
		.read_cr0 = xen_read_cr0,
		.write_cr0 = xen_write_cr0,
		.read_cr2 = (void *)xen_read_cr2_direct,
		.read_cr3 = PV_CALLEE_SAVE(xen_read_cr3),
		.write_cr3 = PV_CALLEE_SAVE(xen_write_cr3),
		.read_cr4 = xen_read_cr4,
		.write_cr4 = xen_write_cr4,
		.load_gdt = xen_load_gdt,
		.load_idt = xen_load_idt,
		.store_gdt = xen_store_gdt,
		.store_idt = xen_store_idt,
		.load_tr = xen_load_tr,
		.store_tr = xen_store_tr,
		.set_ldt = xen_set_ldt,
		.load_tls = xen_load_tls,
		.write_gdt_entry = PV_CALLEE_SAVE(xen_write_gdt_entry),
		.write_idt_entry = PV_CALLEE_SAVE(xen_write_idt_entry),
		.load_sp0 = PV_CALLEE_SAVE(xen_load_sp0),
		.lazy_enter = PV_CALLEE_SAVE(xen_lazy_cpu_enter),
		.lazy_leave = PV_CALLEE_SAVE(xen_lazy_cpu_leave),
		.io_delay = paravirt_nop,
		.iret = (void *)xen_iret,
	},
	.irq = {
		.save_fl = (void *)xen_save_fl_direct,
		.restore_fl = (void *)xen_restore_fl_direct,
		.irq_disable = (void *)xen_irq_disable_direct,
		.irq_enable = (void *)xen_irq_enable_direct,
		.safe_halt = PV_CALLEE_SAVE(xen_safe_halt),
		.halt = PV_CALLEE_SAVE(xen_halt),
	},
	.mmu = {
		.flush_tlb_user = PV_CALLEE_SAVE(xen_flush_tlb),
		.flush_tlb_single = PV_CALLEE_SAVE(xen_flush_tlb_single),
		.alloc_pte = xen_alloc_table,
		.alloc_pmd = xen_alloc_table,
		.release_pte = xen_release_table,
		.release_pmd = xen_release_table,
		.release_pgd = xen_release_table,
		.set_pte = PV_CALLEE_SAVE(xen_set_entry),
		.set_pte_at = xen_set_pte_at,
		.pte_clear = PV_CALLEE_SAVE(xen_clear_entry),
		.set_pmd = PV_CALLEE_SAVE(xen_set_entry),
		.pmd_clear = PV_CALLEE_SAVE(xen_clear_entry),
		.set_pud = PV_CALLEE_SAVE(xen_set_entry),
		.make_pte = PV_CALLEE_SAVE(xen_make_entry),
		.pte_val = PV_CALLEE_SAVE(xen_entry_val),
		.make_pmd = PV_CALLEE_SAVE(xen_make_entry),
		.pmd_val = PV_CALLEE_SAVE(xen_entry_val),
		.make_pud = PV_CALLEE_SAVE(xen_make_entry),
		.pud_val = PV_CALLEE_SAVE(xen_entry_val),
		.pagetable_setup_start = xen_pagetable_setup_start,
		.pagetable_setup_done = xen_pagetable_setup_done,
		.activate_mm = xen_activate_mm,
		.dup_mmap = xen_dup_mmap,
		.exit_mmap = xen_exit_mmap,
		.lazy_enter = PV_CALLEE_SAVE(xen_lazy_mmu_enter),
		.lazy_leave = PV_CALLEE_SAVE(xen_lazy_mmu_leave),
	},
};

const struct paravirt_backend xen_backend = {
	.name = "xen",
	.probe = xen_probe,
	.info = &xen_info,
	.ops = &xen_ops,
	.platform = &xen_platform,
#ifdef CONFIG_PARAVIRT_STATS
	.stats_show = xen_stats_show,
#endif
};
