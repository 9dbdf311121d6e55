/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_DESC_H
#define _ASM_I386_DESC_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/segment.h>
#include <asm/page.h>

/* An 8-byte segment or gate descriptor, kept as two words. */
struct desc_struct {
	u32 a, b;
} __aligned(8);

struct desc_ptr {
	u16 size;
	u32 address;
} __packed;

/* Descriptor type bits (byte 5 of a descriptor). */
#define DESC_TYPE_CODE		0x9a	/* present, code, readable */
#define DESC_TYPE_DATA		0x92	/* present, data, writable */
#define DESC_TYPE_TSS		0x89	/* present, available 32-bit TSS */
#define GATE_INTERRUPT		0x8e	/* present, 32-bit interrupt gate */
#define GATE_TRAP		0x8f	/* present, 32-bit trap gate */
#define GATE_TASK		0x85	/* present, task gate */

/* Build a segment descriptor; limit in bytes or (g) in 4 KiB units. */
static inline struct desc_struct make_seg_desc(u32 base, u32 limit, u8 type,
					       unsigned int dpl, int g)
{
	struct desc_struct d;

	d.a = (limit & 0xffff) | (base << 16);
	d.b = ((base >> 16) & 0xff) | (base & 0xff000000) |
	      (limit & 0xf0000) | ((u32)(type | (dpl << 5)) << 8) |
	      (g ? 0x00c00000 : 0x00400000);
	return d;
}

static inline struct desc_struct make_gate_desc(u32 offset, u16 sel, u8 type,
						unsigned int dpl)
{
	struct desc_struct d;

	d.a = (offset & 0xffff) | ((u32)sel << 16);
	d.b = (offset & 0xffff0000) | ((u32)(type | (dpl << 5)) << 8);
	return d;
}

/*
 * Descriptor writes: the entry's address in %eax, its words in %edx
 * (low) and %ecx (high), in the native form as in the patch site.
 */
static inline void native_write_desc_words(void *entry, u32 lo, u32 hi)
{
	__asm__ __volatile__("movl %%ecx, 4(%%eax)\n\tmovl %%edx, (%%eax)"
			     : : "a"(entry), "d"(lo), "c"(hi) : "memory");
}

static inline void native_write_gdt_entry(struct desc_struct *gdt, int n,
					  struct desc_struct d)
{
	native_write_desc_words(&gdt[n], d.a, d.b);
}

static inline void native_write_idt_entry(struct desc_struct *idt, int n,
					  struct desc_struct d)
{
	native_write_desc_words(&idt[n], d.a, d.b);
}

static inline void native_load_gdt(const struct desc_ptr *p)
{
	__asm__ __volatile__("lgdt %0" : : "m"(*p));
}

static inline void native_load_idt(const struct desc_ptr *p)
{
	__asm__ __volatile__("lidt %0" : : "m"(*p));
}

static inline void native_store_gdt(struct desc_ptr *p)
{
	__asm__ __volatile__("sgdt %0" : "=m"(*p));
}

static inline void native_store_idt(struct desc_ptr *p)
{
	__asm__ __volatile__("sidt %0" : "=m"(*p));
}

static inline void native_load_tr(unsigned int sel)
{
	__asm__ __volatile__("ltr %w0" : : "q"(sel));
}

static inline unsigned long native_store_tr(void)
{
	unsigned long tr;

	__asm__ __volatile__("str %0" : "=r"(tr));
	return tr;
}

static inline void native_load_ldt(unsigned int sel)
{
	__asm__ __volatile__("lldt %w0" : : "q"(sel));
}

/* Reload the segment registers after a new GDT (far jump for %cs). */
static inline void reload_segments(unsigned int cs, unsigned int ds)
{
	__asm__ __volatile__("movl %1, %%ds\n\t"
			     "movl %1, %%es\n\t"
			     "movl %1, %%ss\n\t"
			     "movl %2, %%fs\n\t"
			     "movl %2, %%gs\n\t"
			     "pushl %0\n\t"
			     "pushl $1f\n\t"
			     "lret\n"
			     "1:"
			     : : "r"(cs), "r"(ds), "r"(0) : "memory");
}

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>

static inline void write_gdt_entry(struct desc_struct *gdt, int n,
				   struct desc_struct d)
{
	PVOP_VCALL_WORDS(cpu.write_gdt_entry, &gdt[n], d.a, d.b);
}

static inline void write_idt_entry(struct desc_struct *idt, int n,
				   struct desc_struct d)
{
	PVOP_VCALL_WORDS(cpu.write_idt_entry, &idt[n], d.a, d.b);
}

static inline void load_gdt(const struct desc_ptr *p) { pv_ops.cpu.load_gdt(p); }
static inline void load_idt(const struct desc_ptr *p) { pv_ops.cpu.load_idt(p); }
static inline void store_gdt(struct desc_ptr *p) { pv_ops.cpu.store_gdt(p); }
static inline void store_idt(struct desc_ptr *p) { pv_ops.cpu.store_idt(p); }
static inline void load_tr(unsigned int sel) { pv_ops.cpu.load_tr(sel); }
static inline unsigned long store_tr(void) { return pv_ops.cpu.store_tr(); }
static inline void load_ldt(unsigned int sel) { pv_ops.cpu.set_ldt(sel); }
#else
#define write_gdt_entry(g, n, d)	native_write_gdt_entry(g, n, d)
#define write_idt_entry(i, n, d)	native_write_idt_entry(i, n, d)
#define load_gdt(p)			native_load_gdt(p)
#define load_idt(p)			native_load_idt(p)
#define store_gdt(p)			native_store_gdt(p)
#define store_idt(p)			native_store_idt(p)
#define load_tr(s)			native_load_tr(s)
#define store_tr()			native_store_tr()
#define load_ldt(s)			native_load_ldt(s)
#endif /* CONFIG_PARAVIRT */

/*
 * The GDT fills a page of its own, so that a hypervisor can map that page
 * read-only (and hand its frame to set_gdt) without catching anything
 * else; only the first GDT_ENTRIES are loaded.
 */
struct gdt_page {
	struct desc_struct gdt[GDT_ENTRIES];
} __aligned(PAGE_SIZE);
extern struct gdt_page gdt_page;
#define gdt_table	(gdt_page.gdt)
extern struct desc_struct idt_table[256];

/* The TLS descriptors of a task (thread.tls_array), written one by one. */
static inline void __load_tls(const u32 (*tls)[2])
{
	unsigned int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++) {
		struct desc_struct d = { tls[i][0], tls[i][1] };

		write_gdt_entry(gdt_table, GDT_ENTRY_TLS_MIN + i, d);
	}
}

/*
 * Loads a task's TLS descriptors into the GDT (the context switch does,
 * and set_thread_area).  A backend can take the three as one operation
 * (Xen batches them); natively this is a hook whose native form is the
 * three descriptor writes inline.
 */
#ifdef CONFIG_PARAVIRT
static inline void load_tls(const u32 (*tls)[2])
{
	if (PVOP_HOOK_ON(cpu.load_tls))
		pv_ops.cpu.load_tls(tls);
	else
		__load_tls(tls);
}
#else
#define load_tls(tls)	__load_tls(tls)
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_DESC_H */
