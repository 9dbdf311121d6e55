// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/paravirt_native.c - the native backend: paravirt_ops
 * on bare hardware.
 *
 * The hot operations are the assembly bodies of paravirt_native.S; the
 * others are the native_* instructions of include/asm-i386 wrapped in
 * functions.  native_patch() puts the hot bodies themselves into the
 * patch sites, so a patched kernel runs the instructions a kernel built
 * without paravirt_ops runs.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/time.h>
#include <asm/paravirt.h>
#include <asm/processor.h>
#include <asm/msr.h>
#include <asm/desc.h>
#include <asm/tss.h>
#include <asm/io.h>
#include <asm/apic.h>
#include <asm/tsc.h>
#include <asm/rtc.h>
#include <asm/debugreg.h>


#define NATIVE_ASM(name) \
	extern const u8 name[], name##_end[]
NATIVE_ASM(native_pv_irq_disable);
NATIVE_ASM(native_pv_irq_enable);
NATIVE_ASM(native_pv_save_fl);
NATIVE_ASM(native_pv_restore_fl);
NATIVE_ASM(native_pv_safe_halt);
NATIVE_ASM(native_pv_halt);
NATIVE_ASM(native_pv_read_cr2);
NATIVE_ASM(native_pv_read_cr3);
NATIVE_ASM(native_pv_write_cr3);
NATIVE_ASM(native_pv_read_tsc);
NATIVE_ASM(native_pv_flush_tlb);
NATIVE_ASM(native_pv_flush_tlb_single);
NATIVE_ASM(native_pv_set_entry);
NATIVE_ASM(native_pv_set_pxe);
NATIVE_ASM(native_pv_clear_pxe);
NATIVE_ASM(native_pv_identity);
NATIVE_ASM(native_pv_iret);
NATIVE_ASM(native_pv_load_sp0);
NATIVE_ASM(native_pv_apic_read);
NATIVE_ASM(native_pv_apic_write);

/* Cold operations: the inline instructions as functions. */
static void native_cpuid_op(u32 *a, u32 *b, u32 *c, u32 *d)
{
	native_cpuid(a, b, c, d);
}

static unsigned long native_get_debugreg_op(int reg)
{
	return native_get_debugreg(reg);
}

static void native_set_debugreg_op(int reg, unsigned long v)
{
	native_set_debugreg(reg, v);
}

static unsigned long native_read_cr0_op(void) { return native_read_cr0(); }
static void native_write_cr0_op(unsigned long v) { native_write_cr0(v); }
static unsigned long native_read_cr4_op(void) { return native_read_cr4(); }
static void native_write_cr4_op(unsigned long v) { native_write_cr4(v); }
static u64 native_read_msr_op(u32 msr, int *err)
{
	return native_read_msr(msr, err);
}
static void native_write_msr_op(u32 msr, u64 v) { native_write_msr(msr, v); }

static void native_load_gdt_op(const struct desc_ptr *p) { native_load_gdt(p); }
static void native_load_idt_op(const struct desc_ptr *p) { native_load_idt(p); }
static void native_store_gdt_op(struct desc_ptr *p) { native_store_gdt(p); }
static void native_store_idt_op(struct desc_ptr *p) { native_store_idt(p); }
static void native_load_tr_op(unsigned int sel) { native_load_tr(sel); }
static unsigned long native_store_tr_op(void) { return native_store_tr(); }
static void native_set_ldt_op(unsigned int sel) { native_load_ldt(sel); }

static void native_load_tls(const u32 (*tls)[2])
{
	__load_tls(tls);
}

static u32 native_inb_op(u16 port) { return native_inb(port); }
static void native_outb_op(u8 v, u16 port) { native_outb(v, port); }
static void native_outw_op(u16 v, u16 port) { native_outw(v, port); }
static void native_io_delay_op(void) { native_io_delay(); }


static void native_pagetable_setup(void *pgd) { }

static void native_set_pte_at(struct mm_struct *mm, unsigned long addr,
			      void *p, u64 v)
{
	native_write_entry_hi_first(p, v);
}

/* Hot slot -> the assembly body native_patch() copies into its sites. */
struct native_template {
	u8 type;
	const u8 *start, *end;
};

#define T(slot, name) { PARAVIRT_PATCH(slot), name, name##_end }
static const struct native_template templates[] = {
	T(irq.irq_disable, native_pv_irq_disable),
	T(irq.irq_enable, native_pv_irq_enable),
	T(irq.save_fl, native_pv_save_fl),
	T(irq.restore_fl, native_pv_restore_fl),
	T(irq.safe_halt, native_pv_safe_halt),
	T(irq.halt, native_pv_halt),
	T(cpu.read_cr2, native_pv_read_cr2),
	T(cpu.read_cr3, native_pv_read_cr3),
	T(cpu.write_cr3, native_pv_write_cr3),
	T(cpu.read_tsc, native_pv_read_tsc),
	T(cpu.iret, native_pv_iret),
	T(cpu.write_gdt_entry, native_pv_set_entry),
	T(cpu.write_idt_entry, native_pv_set_entry),
	T(cpu.load_sp0, native_pv_load_sp0),
	T(mmu.flush_tlb_user, native_pv_flush_tlb),
	T(mmu.flush_tlb_single, native_pv_flush_tlb_single),
	T(mmu.set_pte, native_pv_set_pxe),
	T(mmu.set_pmd, native_pv_set_pxe),
	T(mmu.set_pud, native_pv_set_pxe),
	T(mmu.pte_clear, native_pv_clear_pxe),
	T(mmu.pmd_clear, native_pv_clear_pxe),
	T(mmu.make_pte, native_pv_identity),
	T(mmu.pte_val, native_pv_identity),
	T(mmu.make_pmd, native_pv_identity),
	T(mmu.pmd_val, native_pv_identity),
	T(mmu.make_pud, native_pv_identity),
	T(mmu.pud_val, native_pv_identity),
};
#undef T

/*
 * A local APIC site gets the one instruction that accesses the register
 * at the address the APIC has on this boot (the fixmap moves with
 * reserve_top_address()): movl disp32(%eax), %eax or
 * movl %edx, disp32(%eax).  Returns 0 for any other site.
 */
static unsigned int native_patch_apic(u8 type, void *target, u8 *buf,
				      unsigned int len)
{
	u32 base = APIC_VBASE;

	if (len < 6)
		return 0;
	if (type == PARAVIRT_PATCH(apic.apic_read) &&
	    target == (void *)native_pv_apic_read) {
		buf[0] = 0x8b;
		buf[1] = 0x80;
	} else if (type == PARAVIRT_PATCH(apic.apic_write) &&
		   target == (void *)native_pv_apic_write) {
		buf[0] = 0x89;
		buf[1] = 0x90;
	} else {
		return 0;
	}
	memcpy(buf + 2, &base, 4);
	return 6;
}

/*
 * Inlines the native body of a hot slot, if the slot still holds the
 * native function (a stats or debug wrapper must stay a call).
 */
static unsigned int native_patch(u8 type, u16 clobbers, void *buf,
				 unsigned long addr, unsigned int len)
{
	void *target = ((void **)&pv_ops)[type];
	unsigned int i, n;

	n = native_patch_apic(type, target, buf, len);
	if (n)
		return n;

	for (i = 0; i < ARRAY_SIZE(templates); i++) {
		if (templates[i].type != type)
			continue;
		n = templates[i].end - templates[i].start;
		if (target != (void *)templates[i].start || n > len)
			break;
		memcpy(buf, templates[i].start, n);
		return n;
	}
	return paravirt_patch_default(type, clobbers, buf, addr, len);
}

/* The native table, used twice: as the backend and as pv_ops' start. */
#define NATIVE_PV_OPS { \
	.init = { \
		.patch = native_patch, \
		.arch_setup = paravirt_nop, \
	}, \
	.time = { \
		.time_init = native_time_init, \
		.get_wallclock = rtc_get_wallclock, \
		.sched_clock = native_sched_clock, \
		.get_cpu_khz = native_calibrate_tsc, \
	}, \
	.cpu = { \
		.cpuid = native_cpuid_op, \
		.get_debugreg = native_get_debugreg_op, \
		.set_debugreg = native_set_debugreg_op, \
		.read_cr0 = native_read_cr0_op, \
		.write_cr0 = native_write_cr0_op, \
		.read_cr2 = (void *)native_pv_read_cr2, \
		.read_cr3 = (void *)native_pv_read_cr3, \
		.write_cr3 = (void *)native_pv_write_cr3, \
		.read_cr4 = native_read_cr4_op, \
		.write_cr4 = native_write_cr4_op, \
		.read_msr = native_read_msr_op, \
		.write_msr = native_write_msr_op, \
		.read_tsc = (void *)native_pv_read_tsc, \
		.load_gdt = native_load_gdt_op, \
		.load_idt = native_load_idt_op, \
		.store_gdt = native_store_gdt_op, \
		.store_idt = native_store_idt_op, \
		.load_tr = native_load_tr_op, \
		.store_tr = native_store_tr_op, \
		.set_ldt = native_set_ldt_op, \
		.load_tls = native_load_tls, \
		.write_gdt_entry = (void *)native_pv_set_entry, \
		.write_idt_entry = (void *)native_pv_set_entry, \
		.load_sp0 = (void *)native_pv_load_sp0, \
		.io_delay = native_io_delay_op, \
		.inb = native_inb_op, \
		.outb = native_outb_op, \
		.outw = native_outw_op, \
		.iret = (void *)native_pv_iret, \
		.lazy_enter = paravirt_nop, \
		.lazy_leave = paravirt_nop, \
	}, \
	.irq = { \
		.save_fl = (void *)native_pv_save_fl, \
		.restore_fl = (void *)native_pv_restore_fl, \
		.irq_disable = (void *)native_pv_irq_disable, \
		.irq_enable = (void *)native_pv_irq_enable, \
		.safe_halt = (void *)native_pv_safe_halt, \
		.halt = (void *)native_pv_halt, \
	}, \
	.apic = { \
		.apic_read = (void *)native_pv_apic_read, \
		.apic_write = (void *)native_pv_apic_write, \
	}, \
	.mmu = { \
		.flush_tlb_user = (void *)native_pv_flush_tlb, \
		.flush_tlb_single = (void *)native_pv_flush_tlb_single, \
		.alloc_pte = (void *)paravirt_nop, \
		.alloc_pmd = (void *)paravirt_nop, \
		.alloc_pgd = (void *)paravirt_nop, \
		.alloc_pmd_clone = (void *)paravirt_nop, \
		.release_pte = (void *)paravirt_nop, \
		.release_pmd = (void *)paravirt_nop, \
		.release_pgd = (void *)paravirt_nop, \
		.set_pte = (void *)native_pv_set_pxe, \
		.set_pte_at = native_set_pte_at, \
		.pte_clear = (void *)native_pv_clear_pxe, \
		.set_pmd = (void *)native_pv_set_pxe, \
		.pmd_clear = (void *)native_pv_clear_pxe, \
		.set_pud = (void *)native_pv_set_pxe, \
		.make_pte = (void *)native_pv_identity, \
		.pte_val = (void *)native_pv_identity, \
		.make_pmd = (void *)native_pv_identity, \
		.pmd_val = (void *)native_pv_identity, \
		.make_pud = (void *)native_pv_identity, \
		.pud_val = (void *)native_pv_identity, \
		.pagetable_setup_start = native_pagetable_setup, \
		.pagetable_setup_done = native_pagetable_setup, \
		.activate_mm = (void *)paravirt_nop, \
		.dup_mmap = (void *)paravirt_nop, \
		.exit_mmap = (void *)paravirt_nop, \
		.lazy_enter = paravirt_nop, \
		.lazy_leave = paravirt_nop, \
	}, \
}

const struct paravirt_patch_template native_pv_ops = NATIVE_PV_OPS;

/* Before any backend is chosen, and natively for good. */
struct paravirt_patch_template pv_ops = NATIVE_PV_OPS;

static int native_probe(void)
{
	return 1;
}

static const struct pv_info native_info = {
	.name = "bare hardware",
	.kernel_rpl = 0,
	.paravirt_enabled = 0,
	.shared_kernel_pmd = 1,
	.task_gates = 1,
};

const struct paravirt_backend native_backend = {
	.name = "native",
	.probe = native_probe,
	.info = &native_info,
	.ops = &native_pv_ops,
};
