/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/kernel/paravirt_native.S - the native backend's hot
 * operations, in assembly.
 *
 * Each is the bare instruction sequence followed by "ret" (or nothing,
 * for iret, which patch sites jump to): called from a patch site it
 * keeps every register the site promises to keep, and its body, from
 * its label to its _end label, is what native_patch() copies into the
 * site to replace the call.  An empty body (the identity operations)
 * patches to NOPs.
 */
#include <asm/processor.h>
#include <generated/asm-offsets.h>

#define NATIVE_OP(name, body...)	\
	.globl name, name##_end;	\
	.type name, @function;		\
name:	body;				\
name##_end:				\
	ret;				\
	.size name, . - name

	.text
	.balign 16
NATIVE_OP(native_pv_irq_disable, cli)
NATIVE_OP(native_pv_irq_enable, sti)
NATIVE_OP(native_pv_save_fl, pushfl; popl %eax)
NATIVE_OP(native_pv_restore_fl, pushl %eax; popfl)
NATIVE_OP(native_pv_safe_halt, sti; hlt)
NATIVE_OP(native_pv_halt, hlt)
NATIVE_OP(native_pv_read_cr2, movl %cr2, %eax)
NATIVE_OP(native_pv_read_cr3, movl %cr3, %eax)
NATIVE_OP(native_pv_write_cr3, movl %eax, %cr3)
NATIVE_OP(native_pv_read_tsc, rdtsc)
NATIVE_OP(native_pv_flush_tlb, movl %cr3, %eax; movl %eax, %cr3)
NATIVE_OP(native_pv_flush_tlb_single, invlpg (%eax))
/* Descriptors: at %eax, low word %edx, high %ecx. */
NATIVE_OP(native_pv_set_entry, movl %ecx, 4(%eax); movl %edx, (%eax))
/*
 * Page-table entries: at %ecx, value in %edx:%eax; high word first when
 * writing, low word (the present bit) first when clearing.
 */
NATIVE_OP(native_pv_set_pxe, movl %edx, 4(%ecx); movl %eax, (%ecx))
NATIVE_OP(native_pv_clear_pxe, movl %eax, (%ecx); movl %edx, 4(%ecx))
/* The TSS's sp0 field (offset 4). */
NATIVE_OP(native_pv_load_sp0, movl %edx, 4(%eax))
/*
 * Local APIC registers: offset in %eax, value in %edx.  The fixmap moves
 * with reserve_top_address(), so these add its top at run time;
 * native_patch() gives each site the one instruction with the address
 * the APIC got.
 */
NATIVE_OP(native_pv_apic_read, addl __FIXADDR_TOP, %eax;
	  movl APIC_FIX_OFFSET(%eax), %eax)
NATIVE_OP(native_pv_apic_write, pushl %eax; addl __FIXADDR_TOP, %eax;
	  movl %edx, APIC_FIX_OFFSET(%eax); popl %eax)
/* pte_val() and friends: the value stays in %edx:%eax. */
NATIVE_OP(native_pv_identity, )

	.globl native_pv_iret, native_pv_iret_end
	.type native_pv_iret, @function
native_pv_iret:
	iret
native_pv_iret_end:
	.size native_pv_iret, . - native_pv_iret
