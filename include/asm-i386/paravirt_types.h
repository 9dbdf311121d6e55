/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PARAVIRT_TYPES_H
#define _ASM_I386_PARAVIRT_TYPES_H

/*
 * The paravirt_ops tables: every privileged operation of the kernel as a
 * function pointer, grouped by concern, filled by a backend at boot
 * (native, Xen, VMI).  A slot's index in struct
 * paravirt_patch_template is its patch type: the number recorded with
 * each call site in .parainstructions.
 *
 * Two calling conventions:
 *  - hot operations (marked "callee-save" below) are called from patch
 *    sites with their arguments and results in fixed registers and must
 *    preserve every other register: the site looks to the compiler like
 *    the bare instruction it replaces, so that a patched kernel and a
 *    kernel built without paravirt_ops compile to the same code;
 *  - the rest are plain C calls through the table.
 */
#include <linux/types.h>

/* Registers a site lets its target change, in struct paravirt_patch_site. */
#define CLBR_NONE	0
#define CLBR_EAX	1
#define CLBR_ECX	2
#define CLBR_EDX	4
#define CLBR_ANY	7
#define CLBR_RET64	(CLBR_EAX | CLBR_EDX)	/* a u64 result */

#ifndef __ASSEMBLY__
struct desc_struct;
struct desc_ptr;
struct tss_struct;
struct mm_struct;
struct timespec64;

struct pv_info {
	const char *name;
	unsigned int kernel_rpl;	/* privilege level the kernel runs at */
	int paravirt_enabled;		/* 0 on bare hardware */
	/*
	 * 1: every address space shares the kernel's page directory;
	 * 0: each gets its own copy (Xen will not pin a shared one).
	 */
	int shared_kernel_pmd;
	/* 1: the IDT may hold task gates (the double-fault task). */
	int task_gates;
};

enum pv_lazy_mode {
	PARAVIRT_LAZY_NONE,
	PARAVIRT_LAZY_MMU,
	PARAVIRT_LAZY_CPU,
};

struct pv_init_ops {
	/* Fills a patch site; returns the bytes used (see paravirt.c). */
	unsigned int (*patch)(u8 type, u16 clobbers, void *buf,
			      unsigned long addr, unsigned int len);
	void (*banner)(void);
	void (*arch_setup)(void);
};

struct pv_time_ops {
	void (*time_init)(void);
	int (*get_wallclock)(struct timespec64 *ts);
	u64 (*sched_clock)(void);
	unsigned long (*get_cpu_khz)(void);
};

struct pv_cpu_ops {
	void (*cpuid)(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx);
	unsigned long (*get_debugreg)(int reg);
	void (*set_debugreg)(int reg, unsigned long val);
	unsigned long (*read_cr0)(void);
	void (*write_cr0)(unsigned long v);
	unsigned long (*read_cr2)(void);		/* callee-save */
	unsigned long (*read_cr3)(void);		/* callee-save */
	void (*write_cr3)(unsigned long v);		/* callee-save */
	unsigned long (*read_cr4)(void);
	void (*write_cr4)(unsigned long v);
	/* *err: 0, or -EIO when the MSR does not exist (the value is 0). */
	u64 (*read_msr)(u32 msr, int *err);
	void (*write_msr)(u32 msr, u64 v);
	u64 (*read_tsc)(void);				/* callee-save */
	void (*load_gdt)(const struct desc_ptr *p);
	void (*load_idt)(const struct desc_ptr *p);
	void (*store_gdt)(struct desc_ptr *p);
	void (*store_idt)(struct desc_ptr *p);
	void (*load_tr)(unsigned int sel);
	unsigned long (*store_tr)(void);
	void (*set_ldt)(unsigned int sel);
	/* A task's GDT_ENTRY_TLS_ENTRIES TLS descriptors into the GDT. */
	void (*load_tls)(const u32 (*tls)[2]);
	/* Descriptor words at entry: %eax entry, %edx low, %ecx high. */
	void (*write_gdt_entry)(void *entry, u32 lo, u32 hi);	/* callee-save */
	void (*write_idt_entry)(void *entry, u32 lo, u32 hi);	/* callee-save */
	/* %eax tss, %edx the stack top for entries from user mode. */
	void (*load_sp0)(struct tss_struct *tss, unsigned long sp0); /* callee-save */
	void (*io_delay)(void);
	/* Port I/O, so that no in/out sits outside a backend. */
	u32 (*inb)(u16 port);
	void (*outb)(u8 v, u16 port);
	void (*outw)(u16 v, u16 port);
	void (*iret)(void);			/* jumped to from entry.S */
	void (*lazy_enter)(void);			/* callee-save */
	void (*lazy_leave)(void);			/* callee-save */
};

struct pv_irq_ops {
	unsigned long (*save_fl)(void);			/* callee-save */
	void (*restore_fl)(unsigned long f);		/* callee-save */
	void (*irq_disable)(void);			/* callee-save */
	void (*irq_enable)(void);			/* callee-save */
	void (*safe_halt)(void);			/* callee-save */
	void (*halt)(void);				/* callee-save */
};

struct pv_apic_ops {
	u32 (*apic_read)(u32 reg);			/* callee-save */
	void (*apic_write)(u32 reg, u32 v);		/* callee-save */
};

struct pv_mmu_ops {
	void (*flush_tlb_user)(void);			/* callee-save */
	void (*flush_tlb_single)(unsigned long addr);	/* callee-save */
	/*
	 * Page-table pages come and go (a hypervisor pins them): the
	 * address space they belong to (&init_mm: the kernel's) and the
	 * page.  A page is released only once nothing points at it.
	 */
	void (*alloc_pte)(struct mm_struct *mm, unsigned long pfn);
	void (*alloc_pmd)(struct mm_struct *mm, unsigned long pfn);
	void (*alloc_pgd)(struct mm_struct *mm, unsigned long pfn);
	/* pfn's entries [start, start + count) are those of clonepfn. */
	void (*alloc_pmd_clone)(struct mm_struct *mm, unsigned long pfn,
				unsigned long clonepfn, unsigned int start,
				unsigned int count);
	void (*release_pte)(struct mm_struct *mm, unsigned long pfn);
	void (*release_pmd)(struct mm_struct *mm, unsigned long pfn);
	void (*release_pgd)(struct mm_struct *mm, unsigned long pfn);
	/*
	 * 64-bit PAE entries, at p: the value in eax (low) and edx (high),
	 * p in ecx, as VMI's SetPxELong takes them.
	 */
	void (*set_pte)(u32 lo, u32 hi, void *p);	/* callee-save */
	void (*set_pte_at)(struct mm_struct *mm, unsigned long addr,
			   void *p, u64 v);
	void (*pte_clear)(u32 lo, u32 hi, void *p);	/* callee-save */
	void (*set_pmd)(u32 lo, u32 hi, void *p);	/* callee-save */
	void (*pmd_clear)(u32 lo, u32 hi, void *p);	/* callee-save */
	void (*set_pud)(u32 lo, u32 hi, void *p);	/* callee-save */
	/*
	 * Machine <-> pseudo-physical translation of an entry value
	 * (identity natively), in and out in %edx:%eax.
	 */
	u64 (*make_pte)(u64 v);				/* callee-save */
	u64 (*pte_val)(u64 v);				/* callee-save */
	u64 (*make_pmd)(u64 v);				/* callee-save */
	u64 (*pmd_val)(u64 v);				/* callee-save */
	u64 (*make_pud)(u64 v);				/* callee-save */
	u64 (*pud_val)(u64 v);				/* callee-save */
	void (*pagetable_setup_start)(void *pgd);
	void (*pagetable_setup_done)(void *pgd);
	void (*activate_mm)(struct mm_struct *prev, struct mm_struct *next);
	void (*dup_mmap)(struct mm_struct *old, struct mm_struct *mm);
	void (*exit_mmap)(struct mm_struct *mm);
	void (*lazy_enter)(void);			/* callee-save */
	void (*lazy_leave)(void);			/* callee-save */
};

/* All tables in one: a slot's index here is its patch type. */
struct paravirt_patch_template {
	struct pv_init_ops init;
	struct pv_time_ops time;
	struct pv_cpu_ops cpu;
	struct pv_irq_ops irq;
	struct pv_apic_ops apic;
	struct pv_mmu_ops mmu;
};

extern struct pv_info pv_info;
extern struct paravirt_patch_template pv_ops;

#define PARAVIRT_PATCH(x) \
	(offsetof(struct paravirt_patch_template, x) / sizeof(void *))
#define PARAVIRT_NR_SLOTS \
	(sizeof(struct paravirt_patch_template) / sizeof(void *))

/* One call site, as recorded in .parainstructions. */
struct paravirt_patch_site {
	u32 addr;
	u8 type;	/* slot index */
	u8 len;		/* bytes at addr that may be rewritten */
	u8 clobbers;	/* CLBR_*: registers the target may change */
	u8 results;	/* CLBR_*: those of them that carry its result */
};

/* A hook, as recorded in .parahooks (see PVOP_HOOK_ON). */
struct paravirt_hook_site {
	u32 addr;	/* a 5-byte jmp rel32 ... */
	u32 target;	/* ... to the call of the slot */
	u32 type;	/* slot index */
};

/*
 * In a backend's table, NULL means "use the native operation"; this
 * means "there is none": a slot the native backend fills cannot be
 * left so, and install refuses the backend naming the slot.
 */
#define PARAVIRT_SLOT_UNSUPPORTED	((void *)1)

struct x86_platform_ops;

/*
 * A backend: its probe (0: not here), the slots it overrides and the
 * platform it brings (asm/platform.h; NULL: the PC's).
 */
struct paravirt_backend {
	const char *name;
	int (*probe)(void);
	const struct pv_info *info;
	const struct paravirt_patch_template *ops;
	const struct x86_platform_ops *platform;
	/* CONFIG_PARAVIRT_STATS: the backend's own counts, /proc/paravirt */
	int (*stats_show)(char *buf, size_t size);
};

/* arch/i386/kernel/paravirt.c */
unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len);
const char *paravirt_slot_name(unsigned int type);
const char *paravirt_backend_missing(const struct paravirt_backend *b);
extern const struct paravirt_backend *paravirt_backend;
void paravirt_fill(struct paravirt_patch_template *dst,
		   const struct paravirt_backend *b);
void paravirt_nop(void);

/* arch/i386/vmi/vmi.c: a VMI ROM, if the option-ROM area has one */
extern const struct paravirt_backend vmi_backend;

/* arch/i386/kernel/paravirt_native.c: the backend of last resort */
extern const struct paravirt_backend native_backend;
extern const struct paravirt_patch_template native_pv_ops;

/* arch/i386/kernel/paravirt_debug.c (CONFIG_DEBUG_PARAVIRT) */
void paravirt_debug_init(void);
unsigned int paravirt_debug_patch(const struct paravirt_patch_site *p,
				  u8 *buf);
extern unsigned int paravirt_debug_violations;

/* arch/i386/kernel/paravirt_stats.c (CONFIG_PARAVIRT_STATS) */
void paravirt_stats_init(void);
int paravirt_stats_show(char *buf, size_t size);

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PARAVIRT_TYPES_H */
