/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/xen/xen-asm.S - what Xen jumps to, and the way back.
 *
 * xen_iret: the end of every entry (INTERRUPT_RETURN jumps here), with
 * the registers restored and the CPU-style frame on the stack.  The
 * kernel runs in ring 1, where a real iret may return to ring 1 or 3:
 * no hypercall is needed, but the event mask must follow the frame's IF
 * without losing an event.  So: unmask, then look at the pending flag;
 * if an event is pending, mask again and take it as if it had come in
 * the context being returned to.  An event that Xen delivers between
 * the unmask and the iret (the critical region) lands on top of the
 * frame being returned to; xen_hypervisor_callback recognises it by the
 * interrupted address, drops Xen's frame and takes the event for that
 * context, so the stack cannot grow with each event.  Memory is reached
 * through %ss: %ds already holds the user's value.
 *
 * xen_hypervisor_callback: event delivery.  Xen builds an interrupt
 * frame (events masked) and jumps here; it enters the common entry as a
 * pseudo-vector that events.c binds to the IRQ demultiplexing the event
 * channels.
 *
 * xen_failsafe_callback: Xen could not load a segment register of the
 * context it was returning to (a TLS entry cleared meanwhile) and saved
 * %ds, %es, %fs and %gs above that frame.  They are dropped, the data
 * segments reloaded with the user's, %fs and %gs with null, and the
 * return retried.
 */
#include <asm/segment.h>
#include <asm/irqflags.h>
#include <xen/xen.h>

#define XEN_UPCALL_VECTOR	0x20
/* The fields of the vcpu_info the kernel registered (irq.c). */
#define VCPU_PENDING	xen_vcpu_info		/* evtchn_upcall_pending */
#define VCPU_MASK	xen_vcpu_info+1		/* evtchn_upcall_mask */
#define VCPU_CR2	xen_vcpu_info+8		/* arch.cr2 */

	.text
	.globl xen_iret
xen_iret:
	testl $X86_EFLAGS_IF, 8(%esp)		/* the frame's eflags */
	jz 1f					/* returns masked */
	movb $0, %ss:VCPU_MASK
	.globl xen_iret_start_crit
xen_iret_start_crit:
	testb $0xff, %ss:VCPU_PENDING
	jnz 2f
	iret
2:	movb $1, %ss:VCPU_MASK
	.globl xen_iret_end_crit
xen_iret_end_crit:
	pushl $0
	pushl $XEN_UPCALL_VECTOR
	jmp common_entry
1:	iret

/*
 * An event in the critical region came on top of the frame being
 * returned to: Xen's 3-word frame is dropped and the event taken for
 * that frame's context.
 */
	.globl xen_hypervisor_callback
xen_hypervisor_callback:
	cmpl $xen_iret_start_crit, (%esp)
	jb 1f
	cmpl $xen_iret_end_crit, (%esp)
	jae 1f
	addl $12, %esp
1:	pushl $0
	pushl $XEN_UPCALL_VECTOR
	jmp common_entry

/*
 * The interrupt-flag slots: callee-save, %eax the flags for save_fl and
 * restore_fl.  Too long to be inlined in a 6-byte site: direct calls.
 */
	.globl xen_irq_disable_direct
xen_irq_disable_direct:
	movb $1, VCPU_MASK
	ret

	.globl xen_irq_enable_direct
xen_irq_enable_direct:
	movb $0, VCPU_MASK
	testb $0xff, VCPU_PENDING
	jnz xen_check_events
	ret

/* IF set when the mask is clear: 0x200 - (mask != 0 ? 0x200 : 0). */
	.globl xen_save_fl_direct
xen_save_fl_direct:
	cmpb $1, VCPU_MASK
	sbbl %eax, %eax
	andl $X86_EFLAGS_IF, %eax
	ret

	.globl xen_restore_fl_direct
xen_restore_fl_direct:
	testl $X86_EFLAGS_IF, %eax
	setz VCPU_MASK
	jz 1f
	testb $0xff, VCPU_PENDING
	jnz xen_check_events
1:	ret

/* Inlined into its sites: one load. */
	.globl xen_read_cr2_direct
xen_read_cr2_direct:
	movl VCPU_CR2, %eax
	.globl xen_read_cr2_direct_end
xen_read_cr2_direct_end:
	ret

/*
 * An event came while masked: any hypercall delivers it on its way out;
 * xen_version(0) does nothing else.  It may change its argument
 * registers.
 */
xen_check_events:
	pushl %eax
	pushl %ebx
	pushl %ecx
#ifdef CONFIG_PARAVIRT_STATS
	incl xen_hypercalls + 4 * __HYPERVISOR_xen_version
#endif
	xorl %ebx, %ebx
	xorl %ecx, %ecx
	call hypercall_page + __HYPERVISOR_xen_version * 32
	popl %ecx
	popl %ebx
	popl %eax
	ret

	.globl xen_failsafe_callback
xen_failsafe_callback:
	addl $16, %esp
	pushl %eax
	movl $__USER_DS, %eax
	movl %eax, %ds
	movl %eax, %es
	xorl %eax, %eax
	movl %eax, %fs
	movl %eax, %gs
	popl %eax
	jmp xen_iret
