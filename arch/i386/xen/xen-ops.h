/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _XEN_OPS_H
#define _XEN_OPS_H

/* What the files of the Xen backend share; nothing outside it sees this. */
#include <linux/types.h>
#include <asm/pgtable.h>
#include <asm/paravirt.h>
#include "hypercall.h"

struct mm_struct;
struct timespec64;
struct x86_platform_ops;

extern struct start_info *xen_start_info;
extern struct shared_info *xen_shared_info;
/* This CPU's vcpu_info (irq.c): a stand-in until it is registered. */
extern struct vcpu_info xen_vcpu_info;
#define xen_vcpu	(&xen_vcpu_info)

/* enlighten.c: the backend; setup.c: the door, the platform */
extern const struct paravirt_backend xen_backend;
extern const struct x86_platform_ops xen_platform;
void xen_arch_setup(void);

/* irq.c, xen-asm.S: the interrupt flag as the event upcall mask */
void xen_register_vcpu_info(void);
void xen_force_evtchn_callback(void);
extern const u8 xen_save_fl_direct[], xen_restore_fl_direct[];
extern const u8 xen_irq_disable_direct[], xen_irq_enable_direct[];
extern const u8 xen_read_cr2_direct[], xen_read_cr2_direct_end[];
DECLARE_PV_CALLEE_SAVE(xen_safe_halt);
DECLARE_PV_CALLEE_SAVE(xen_halt);

/* mmu.c: pfn <-> mfn, page tables */
extern unsigned long *xen_p2m;		/* start_info's mfn_list */
extern unsigned long xen_max_p2m_pfn;
extern unsigned long xen_m2p_entries;	/* machine frames Xen's M2P covers */
static inline unsigned long pfn_to_mfn(unsigned long pfn)
{
	return pfn < xen_max_p2m_pfn ? xen_p2m[pfn] : ~0UL;
}
unsigned long mfn_to_pfn(unsigned long mfn);
static inline u64 virt_to_machine(const void *v)
{
	return ((u64)pfn_to_mfn(virt_to_pfn(v)) << PAGE_SHIFT) |
	       ((unsigned long)v & ~PAGE_MASK);
}
void xen_mmu_init(void);
void xen_set_page_readonly(void *v, int ro);
void xen_mark_pagetable(unsigned long pfn);
DECLARE_PV_CALLEE_SAVE(xen_make_entry);
DECLARE_PV_CALLEE_SAVE(xen_entry_val);
DECLARE_PV_CALLEE_SAVE(xen_set_entry);
DECLARE_PV_CALLEE_SAVE(xen_clear_entry);
DECLARE_PV_CALLEE_SAVE(xen_lazy_mmu_enter);
DECLARE_PV_CALLEE_SAVE(xen_lazy_mmu_leave);
DECLARE_PV_CALLEE_SAVE(xen_lazy_cpu_enter);
DECLARE_PV_CALLEE_SAVE(xen_lazy_cpu_leave);
DECLARE_PV_CALLEE_SAVE(xen_flush_tlb);
DECLARE_PV_CALLEE_SAVE(xen_flush_tlb_single);
DECLARE_PV_CALLEE_SAVE(xen_read_cr3);
DECLARE_PV_CALLEE_SAVE(xen_write_cr3);
void xen_set_pte_at(struct mm_struct *mm, unsigned long addr, void *p, u64 v);
void xen_activate_mm(struct mm_struct *prev, struct mm_struct *next);
void xen_dup_mmap(struct mm_struct *old, struct mm_struct *mm);
void xen_exit_mmap(struct mm_struct *mm);
void xen_alloc_table(struct mm_struct *mm, unsigned long pfn);
void xen_release_table(struct mm_struct *mm, unsigned long pfn);
void xen_pagetable_setup_start(void *pgd);
void xen_pagetable_setup_done(void *pgd);

/* events.c */
extern unsigned long xen_upcalls, xen_upcall_sp;
void xen_init_IRQ(void);
int xen_bind_virq(unsigned int virq, const char *name);
void xen_evtchn_unmask(unsigned int port);
void xen_evtchn_do_upcall(void);

/* time.c */
void xen_time_init(void);
int xen_get_wallclock(struct timespec64 *ts);
u64 xen_sched_clock(void);
unsigned long xen_cpu_khz(void);

/* console.c */
void xen_console_init(void);
void xen_raw_console_write(const char *s);

/* multicalls.c: hypercalls queued in a lazy mode, made at its end */
#define XEN_LAZY_MMU	1
#define XEN_LAZY_CPU	2
extern unsigned int xen_lazy_mode;
void xen_mc_flush(void);
struct multicall_entry *xen_mc_entry(unsigned int op, size_t argsz,
				     void **argp);
void xen_mc_mmu_update(u64 ptr, u64 val);
void xen_mc_mmuext(unsigned int cmd, unsigned long arg);
void xen_mc_update_va_mapping(unsigned long va, u64 val, unsigned long flags);
void xen_mc_update_descriptor(u64 ma, u64 desc);
void xen_mc_call2(unsigned int op, unsigned long a0, unsigned long a1);

/* hypercalls.c: names; counts for /proc/paravirt (PARAVIRT_STATS) */
const char *xen_hypercall_name(unsigned int op);
int xen_stats_show(char *buf, size_t size);
extern u32 xen_mc_batches, xen_mc_entries, xen_mmu_requests, xen_mmu_hypercalls;
extern u32 xen_mc_by_op[XEN_NR_HYPERCALLS];

/* Reports a failed hypercall: the operation, its argument, the error. */
void xen_hypercall_failed(const char *op, unsigned long arg, long err);

#endif /* _XEN_OPS_H */
