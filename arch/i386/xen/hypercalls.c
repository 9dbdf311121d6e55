// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/hypercalls.c - hypercall names, for the messages of a
 * failed hypercall, and (CONFIG_PARAVIRT_STATS) their counts, which
 * /proc/paravirt shows after the operation counts:
 *
 *	hypercall.NAME		hypercalls made, by kind (a multicall is one)
 *	hypercalls		all of them: the guest's entries into Xen
 *	multicall.batches	multicalls made (hypercall.multicall)
 *	multicall.entries	hypercalls batched into them
 *	multicall.NAME		the same by kind
 *	mmu_update.requests	page-table entries written through mmu_update
 *	mmu_update.hypercalls	hypercalls that carried them (an mmu_update,
 *				or a multicall with mmu_update entries)
 */
#include <linux/kernel.h>
#include "xen-ops.h"

#define NAME(op)	[__HYPERVISOR_##op] = #op

static const char *const names[XEN_NR_HYPERCALLS] = {
	NAME(set_trap_table), NAME(mmu_update), NAME(set_gdt),
	NAME(stack_switch), NAME(set_callbacks), NAME(fpu_taskswitch),
	NAME(set_debugreg), NAME(get_debugreg), NAME(update_descriptor),
	NAME(memory_op), NAME(multicall), NAME(update_va_mapping),
	NAME(set_timer_op), NAME(xen_version), NAME(console_io),
	NAME(vm_assist), NAME(iret), NAME(vcpu_op), NAME(mmuext_op),
	NAME(sched_op), NAME(callback_op), NAME(event_channel_op),
	NAME(physdev_op),
};

const char *xen_hypercall_name(unsigned int op)
{
	if (op < XEN_NR_HYPERCALLS && names[op])
		return names[op];
	return "hypercall";
}

#ifdef CONFIG_PARAVIRT_STATS
u32 xen_hypercalls[XEN_NR_HYPERCALLS];

static int show_counts(char *buf, size_t size, const char *prefix,
		       const u32 *count)
{
	unsigned int op;
	int n = 0;
	char name[32];

	for (op = 0; op < XEN_NR_HYPERCALLS; op++) {
		if (!count[op])
			continue;
		scnprintf(name, sizeof(name), "%s.%s", prefix,
			  xen_hypercall_name(op));
		n += scnprintf(buf + n, size - n, "%-24s %u\n", name,
			       count[op]);
	}
	return n;
}

int xen_stats_show(char *buf, size_t size)
{
	unsigned int op;
	u32 total = 0;
	int n;

	for (op = 0; op < XEN_NR_HYPERCALLS; op++)
		total += xen_hypercalls[op];
	n = show_counts(buf, size, "hypercall", xen_hypercalls);
	n += scnprintf(buf + n, size - n, "%-24s %u\n", "hypercalls", total);
	n += scnprintf(buf + n, size - n, "%-24s %u\n", "multicall.batches",
		       xen_mc_batches);
	n += scnprintf(buf + n, size - n, "%-24s %u\n", "multicall.entries",
		       xen_mc_entries);
	n += show_counts(buf + n, size - n, "multicall", xen_mc_by_op);
	n += scnprintf(buf + n, size - n, "%-24s %u\n", "mmu_update.requests",
		       xen_mmu_requests);
	n += scnprintf(buf + n, size - n, "%-24s %u\n", "mmu_update.hypercalls",
		       xen_mmu_hypercalls);
	return n;
}
#endif
