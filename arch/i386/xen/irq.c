// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/irq.c - the interrupt flag of a Xen guest.
 *
 * A PV guest cannot clear IF; it masks event delivery instead, with the
 * evtchn_upcall_mask byte of its vcpu_info.  "Interrupts on" is the mask
 * clear; turning them on checks evtchn_upcall_pending and, if an event
 * came meanwhile, makes Xen deliver it with a hypercall that does
 * nothing else.  Halting is blocking: SCHEDOP_block clears the mask and
 * returns once an event is pending.
 *
 * The hot operations are in xen-asm.S; halting is here, behind
 * PV_CALLEE_SAVE thunks.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/paravirt.h>
#include <asm/irqflags.h>
#include "xen-ops.h"

/*
 * This CPU's vcpu_info, at an address fixed at link time so that the
 * interrupt-flag operations (xen-asm.S) and xen_iret reach it with one
 * instruction.  Until xen_register_vcpu_info() hands it to Xen it is a
 * stand-in: the real one, in shared_info, stays masked meanwhile.  64
 * bytes aligned on 64: never across a page, as Xen requires.
 */
struct vcpu_info xen_vcpu_info __aligned(64) = { .evtchn_upcall_mask = 1 };

void __init xen_register_vcpu_info(void)
{
	struct vcpu_register_vcpu_info r = {
		.mfn = pfn_to_mfn(virt_to_pfn(&xen_vcpu_info)),
		.offset = (unsigned long)&xen_vcpu_info & ~PAGE_MASK,
	};
	u8 mask = xen_vcpu_info.evtchn_upcall_mask;
	long err;

	/* Xen copies its current vcpu_info over ours: keep our mask. */
	err = HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 0, &r);
	if (err)
		panic("xen: VCPUOP_register_vcpu_info(mfn %#llx, offset %u) failed: %ld",
		      r.mfn, r.offset, err);
	xen_vcpu_info.evtchn_upcall_mask = mask;
}

static void __used xen_safe_halt(void)
{
	HYPERVISOR_sched_op(SCHEDOP_block, NULL);
}
PV_CALLEE_SAVE_VOID(xen_safe_halt);

/* With events masked nothing would wake us: give the CPU up instead. */
static void __used xen_halt(void)
{
	if (xen_vcpu->evtchn_upcall_mask)
		HYPERVISOR_sched_op(SCHEDOP_yield, NULL);
	else
		xen_safe_halt();
}
PV_CALLEE_SAVE_VOID(xen_halt);
