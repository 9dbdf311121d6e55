// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/multicalls.c - hypercalls batched into one multicall.
 *
 * Entering Xen costs far more than the work of most single requests, so
 * in a lazy mode - MMU (the range walks of fork, exit, mprotect) or CPU
 * (the context switch) - the backend queues its hypercalls here instead
 * of making them, and leaving the mode makes them all at once: one
 * multicall, or the hypercall itself when only one was queued.
 * Consecutive page-table writes share one mmu_update entry.  What the
 * entries point to (requests, mmuext ops) lives in the buffer's argument
 * area until the flush.
 *
 * The buffer is only touched with events masked.  Interrupt handlers
 * write no page tables and no descriptors, so nothing they do needs to
 * jump the queue.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/irqflags.h>
#include "xen-ops.h"

#define MC_ENTRIES	32
#define MC_ARG_BYTES	(64 * sizeof(struct mmu_update))

static struct {
	struct multicall_entry entries[MC_ENTRIES];
	unsigned int n;
	unsigned int argsz;
	/* The mmu_update entry the next request may extend, or NULL. */
	struct multicall_entry *mmu;
	u64 args[MC_ARG_BYTES / sizeof(u64)];
} mc;

unsigned int xen_lazy_mode;

#ifdef CONFIG_PARAVIRT_STATS
u32 xen_mc_batches, xen_mc_entries, xen_mmu_requests, xen_mmu_hypercalls;
u32 xen_mc_by_op[XEN_NR_HYPERCALLS];
#define mc_count(x)	(x)
#else
#define mc_count(x)	do { } while (0)
#endif

static void mc_report(const struct multicall_entry *e, unsigned int i,
		      unsigned int n)
{
	pr_err("xen: %s(%#lx, %#lx, %#lx, %#lx) failed: %ld (entry %u of %u)\n",
	       xen_hypercall_name(e->op), e->args[0], e->args[1], e->args[2],
	       e->args[3], (long)e->result, i + 1, n);
}

void xen_mc_flush(void)
{
	unsigned long flags;
	unsigned int i, n, bad = 0;
	struct multicall_entry *e;
	long err;

	local_irq_save(flags);
	n = mc.n;
	if (n == 1) {
		e = &mc.entries[0];
		e->result = _hypercall_nr(e->op, e->args[0], e->args[1],
					  e->args[2], e->args[3], e->args[4]);
	} else if (n > 1) {
		mc_count(xen_mc_batches++);
		mc_count(xen_mc_entries += n);
		err = HYPERVISOR_multicall(mc.entries, n);
		if (err)
			panic("xen: multicall of %u entries failed: %ld", n, err);
	}
#ifdef CONFIG_PARAVIRT_STATS
	for (i = 0; i < n; i++) {
		if (mc.entries[i].op == __HYPERVISOR_mmu_update) {
			xen_mmu_hypercalls++;	/* one per hypercall */
			break;
		}
	}
#endif
	for (i = 0; i < n; i++) {
		e = &mc.entries[i];
		if (n > 1)
			mc_count(xen_mc_by_op[e->op % XEN_NR_HYPERCALLS]++);
		if ((long)e->result < 0) {
			mc_report(e, i, n);
			bad++;
		}
	}
	mc.n = 0;
	mc.argsz = 0;
	mc.mmu = NULL;
	/* A page-table or descriptor write Xen refused leaves no safe way on. */
	if (bad)
		panic("xen: %u of %u batched hypercalls failed", bad, n);
	local_irq_restore(flags);
}

/*
 * A new entry for hypercall op, with argsz bytes of argument space at
 * *argp if argsz is not 0.  Events must be masked until it is filled.
 */
struct multicall_entry *xen_mc_entry(unsigned int op, size_t argsz,
				     void **argp)
{
	struct multicall_entry *e;

	argsz = (argsz + sizeof(u64) - 1) & ~(sizeof(u64) - 1);
	if (mc.n == MC_ENTRIES || mc.argsz + argsz > sizeof(mc.args))
		xen_mc_flush();
	e = &mc.entries[mc.n++];
	memset(e, 0, sizeof(*e));
	e->op = op;
	if (argsz) {
		*argp = (u8 *)mc.args + mc.argsz;
		mc.argsz += argsz;
	}
	mc.mmu = NULL;
	return e;
}

/* One page-table write: appended to the last entry if that is one too. */
void xen_mc_mmu_update(u64 ptr, u64 val)
{
	struct multicall_entry *e = mc.mmu;
	struct mmu_update *u;

	mc_count(xen_mmu_requests++);
	if (e && mc.argsz + sizeof(*u) <= sizeof(mc.args)) {
		u = (void *)((u8 *)mc.args + mc.argsz);
		mc.argsz += sizeof(*u);
		e->args[1]++;
	} else {
		e = xen_mc_entry(__HYPERVISOR_mmu_update, sizeof(*u),
				 (void **)&u);
		e->args[0] = (unsigned long)u;
		e->args[1] = 1;
		e->args[2] = 0;
		e->args[3] = DOMID_SELF;
		mc.mmu = e;
	}
	u->ptr = ptr;
	u->val = val;
}

void xen_mc_mmuext(unsigned int cmd, unsigned long arg)
{
	struct mmuext_op *op;
	struct multicall_entry *e;

	e = xen_mc_entry(__HYPERVISOR_mmuext_op, sizeof(*op), (void **)&op);
	memset(op, 0, sizeof(*op));
	op->cmd = cmd;
	op->arg1.mfn = arg;
	e->args[0] = (unsigned long)op;
	e->args[1] = 1;
	e->args[2] = 0;
	e->args[3] = DOMID_SELF;
}

void xen_mc_update_va_mapping(unsigned long va, u64 val, unsigned long flags)
{
	struct multicall_entry *e;

	e = xen_mc_entry(__HYPERVISOR_update_va_mapping, 0, NULL);
	e->args[0] = va;
	e->args[1] = (u32)val;
	e->args[2] = (u32)(val >> 32);
	e->args[3] = flags;
}

void xen_mc_update_descriptor(u64 ma, u64 desc)
{
	struct multicall_entry *e;

	e = xen_mc_entry(__HYPERVISOR_update_descriptor, 0, NULL);
	e->args[0] = (u32)ma;
	e->args[1] = (u32)(ma >> 32);
	e->args[2] = (u32)desc;
	e->args[3] = (u32)(desc >> 32);
}

void xen_mc_call2(unsigned int op, unsigned long a0, unsigned long a1)
{
	struct multicall_entry *e;

	e = xen_mc_entry(op, 0, NULL);
	e->args[0] = a0;
	e->args[1] = a1;
}
