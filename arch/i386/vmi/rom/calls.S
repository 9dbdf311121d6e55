/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/vmi/rom/calls.S - the VMI calls, done on the hardware.
 *
 * Arguments in %eax, %edx, %ecx, then the stack; results in %eax or
 * %edx:%eax; everything else is preserved (asm/vmi.h).  The time calls
 * are in timer.c, reached through small stubs that keep the registers
 * C may change.
 */
#include "rom.h"

#define ENTRY(name)	.globl name; .type name, @function; name:

	.text
	.code32

ENTRY(vmi_ret)
	ret

/* cpuid with the processor's own conventions: %eax, %ecx in; four out. */
ENTRY(vmi_cpuid)
	cpuid
	ret

/* wrmsr(%edx:%eax = value, %ecx = msr), rdmsr(%ecx) -> %edx:%eax */
ENTRY(vmi_wrmsr)
	wrmsr
	ret
ENTRY(vmi_rdmsr)
	rdmsr
	ret

/* Descriptor tables: %eax points to the 6-byte limit and base. */
ENTRY(vmi_set_gdt)
	lgdt (%eax)
	ret
ENTRY(vmi_set_idt)
	lidt (%eax)
	ret
ENTRY(vmi_get_gdt)
	sgdt (%eax)
	ret
ENTRY(vmi_get_idt)
	sidt (%eax)
	ret
ENTRY(vmi_set_ldt)
	lldt %ax
	ret
ENTRY(vmi_set_tr)
	ltr %ax
	ret
ENTRY(vmi_get_ldt)
	xorl %eax, %eax
	sldt %ax
	ret
ENTRY(vmi_get_tr)
	xorl %eax, %eax
	str %ax
	ret

/* Write{GDT,LDT,IDT}Entry(%eax = table, %edx = index, %ecx = low, high) */
ENTRY(vmi_write_dt_entry)
	pushl %eax
	leal (%eax,%edx,8), %eax
	movl %ecx, (%eax)
	movl 8(%esp), %ecx
	movl %ecx, 4(%eax)
	movl (%eax), %ecx
	popl %eax
	ret

/*
 * UpdateKernelStack(%eax = ss0, %edx = esp0): into the running TSS,
 * found through the task register and the GDT.
 */
ENTRY(vmi_update_kernel_stack)
	pushl %ebx
	pushl %ecx
	subl $8, %esp
	sgdt 2(%esp)
	xorl %ebx, %ebx
	str %bx
	andl $0xfff8, %ebx
	addl 4(%esp), %ebx		/* the TSS descriptor */
	movl 4(%ebx), %ecx
	movl (%ebx), %ebx
	shrl $16, %ebx			/* base 15..0 */
	movl %ecx, (%esp)
	andl $0xff, %ecx
	shll $16, %ecx
	orl %ecx, %ebx			/* base 23..16 */
	movl (%esp), %ecx
	andl $0xff000000, %ecx
	orl %ecx, %ebx			/* base 31..24 */
	movl %edx, 4(%ebx)		/* esp0 */
	movw %ax, 8(%ebx)		/* ss0 */
	addl $8, %esp
	popl %ecx
	popl %ebx
	ret

ENTRY(vmi_set_cr0)
	movl %eax, %cr0
	ret
ENTRY(vmi_set_cr2)
	movl %eax, %cr2
	ret
ENTRY(vmi_set_cr3)
	movl %eax, %cr3
	ret
ENTRY(vmi_set_cr4)
	movl %eax, %cr4
	ret
ENTRY(vmi_get_cr0)
	movl %cr0, %eax
	ret
ENTRY(vmi_get_cr2)
	movl %cr2, %eax
	ret
ENTRY(vmi_get_cr3)
	movl %cr3, %eax
	ret
ENTRY(vmi_get_cr4)
	movl %cr4, %eax
	ret
ENTRY(vmi_wbinvd)
	wbinvd
	ret
ENTRY(vmi_clts)
	clts
	ret

/* SetDR(%eax = number, %edx = value), GetDR(%eax = number) */
ENTRY(vmi_set_dr)
	cmpl $0, %eax
	jne 1f
	movl %edx, %db0
	ret
1:	cmpl $1, %eax
	jne 2f
	movl %edx, %db1
	ret
2:	cmpl $2, %eax
	jne 3f
	movl %edx, %db2
	ret
3:	cmpl $3, %eax
	jne 6f
	movl %edx, %db3
	ret
6:	cmpl $6, %eax
	jne 7f
	movl %edx, %db6
	ret
7:	cmpl $7, %eax
	jne 8f
	movl %edx, %db7
8:	ret

ENTRY(vmi_get_dr)
	cmpl $0, %eax
	jne 1f
	movl %db0, %eax
	ret
1:	cmpl $1, %eax
	jne 2f
	movl %db1, %eax
	ret
2:	cmpl $2, %eax
	jne 3f
	movl %db2, %eax
	ret
3:	cmpl $3, %eax
	jne 6f
	movl %db3, %eax
	ret
6:	cmpl $6, %eax
	jne 7f
	movl %db6, %eax
	ret
7:	cmpl $7, %eax
	jne 8f
	movl %db7, %eax
	ret
8:	xorl %eax, %eax
	ret

/* rdpmc(%ecx = counter), rdtsc: -> %edx:%eax */
ENTRY(vmi_rdpmc)
	rdpmc
	ret
ENTRY(vmi_rdtsc)
	rdtsc
	ret

/* The interrupt flag; the mask is EFLAGS itself. */
ENTRY(vmi_enable_interrupts)
	sti
	ret
ENTRY(vmi_disable_interrupts)
	cli
	ret
ENTRY(vmi_get_interrupt_mask)
	pushfl
	popl %eax
	ret
ENTRY(vmi_set_interrupt_mask)
	pushl %eax
	popfl
	ret

/* Jumped to (JUMP_REL) with the interrupt frame on the stack. */
ENTRY(vmi_iret)
	iret

/* Halt: "safe", interrupts on and wait for one, as VMI defines it. */
ENTRY(vmi_halt)
	sti
	hlt
	ret

/* Reboot: the chipset's reset control, then the keyboard controller. */
ENTRY(vmi_reboot)
	pushl %eax
	pushl %edx
	movw $0xcf9, %dx
	movb $0x06, %al
	outb %al, %dx
	movb $0xfe, %al
	outb %al, $0x64
	popl %edx
	popl %eax
	ret

/* Shutdown: S5 through the PIIX4's PM1a control register. */
ENTRY(vmi_shutdown)
	pushl %eax
	pushl %edx
	movw $0x604, %dx
	movw $0x2000, %ax
	outw %ax, %dx
	popl %edx
	popl %eax
	ret

/*
 * SetPxELong(%edx:%eax = entry, %ecx = where, flags): a present entry
 * gets its high word first, one being cleared its low word (the present
 * bit) first, so the MMU never sees half of each.
 */
ENTRY(vmi_set_pxe_long)
	testb $1, %al
	jz 1f
	movl %edx, 4(%ecx)
	movl %eax, (%ecx)
	ret
1:	movl %eax, (%ecx)
	movl %edx, 4(%ecx)
	ret

/* UpdatePxELong(%eax = where, %edx = flags): the entry is in memory. */
ENTRY(vmi_update_pxe_long)
	ret

/*
 * AllocatePage(%eax = pfn, %edx = flags, ...) and ReleasePage(%eax,
 * %edx): the hardware needs no notice; the ROM counts the tables it was
 * told about per level.
 */
#define TABLES(i)	(ROM_STATE + VMI_STATE_tables + 4 * (i))
ENTRY(vmi_allocate_page)
	testl $VMI_PAGE_PT, %edx
	jz 1f
	incl TABLES(0)
	ret
1:	testl $VMI_PAGE_PD, %edx
	jz 2f
	incl TABLES(1)
	ret
2:	testl $VMI_PAGE_PDP, %edx
	jz 3f
	incl TABLES(2)
3:	ret

ENTRY(vmi_release_page)
	testl $VMI_PAGE_PT, %edx
	jz 1f
	decl TABLES(0)
	ret
1:	testl $VMI_PAGE_PD, %edx
	jz 2f
	decl TABLES(1)
	ret
2:	testl $VMI_PAGE_PDP, %edx
	jz 3f
	decl TABLES(2)
3:	ret

/* InvalPage(%eax = address), FlushTLB(%eax = flags) */
ENTRY(vmi_inval_page)
	invlpg (%eax)
	ret

ENTRY(vmi_flush_tlb)
	pushl %eax
	testl $VMI_FLUSH_GLOBAL, %eax
	jz 1f
	movl %cr4, %eax
	testl $0x80, %eax		/* PGE: global pages are in use */
	jz 1f
	andl $~0x80, %eax
	movl %eax, %cr4
	orl $0x80, %eax
	movl %eax, %cr4
	popl %eax
	ret
1:	movl %cr3, %eax
	movl %eax, %cr3
	popl %eax
	ret

/* The local APIC, at the page the kernel mapped for the ROM. */
ENTRY(vmi_apic_write)
	movl %edx, ROM_APIC(%eax)
	ret
ENTRY(vmi_apic_read)
	movl ROM_APIC(%eax), %eax
	ret

ENTRY(vmi_io_delay)
	outb %al, $0x80
	ret

/* Nothing is deferred on the hardware: the mode is only recorded. */
ENTRY(vmi_set_lazy_mode)
	movl %eax, ROM_STATE + VMI_STATE_lazy_mode
	ret

/* GetCycleCounter(%eax = counter): no time is ever stolen here. */
ENTRY(vmi_get_cycle_counter)
	cmpl $VMI_CYCLES_STOLEN, %eax
	je 1f
	rdtsc
	ret
1:	xorl %eax, %eax
	xorl %edx, %edx
	ret

/* The wall clock is the CMOS clock's; it never jumps on its own. */
ENTRY(vmi_wallclock_updated)
	xorl %eax, %eax
	ret

/* Into timer.c: %ecx and %edx are C's to change, unless a result. */
ENTRY(vmi_get_cycle_frequency)
	pushl %ecx
	call rom_cycle_frequency
	popl %ecx
	ret

ENTRY(vmi_get_wallclock_time)
	pushl %ecx
	call rom_wallclock_time
	popl %ecx
	ret

ENTRY(vmi_cancel_alarm)
	pushl %ecx
	pushl %edx
	call rom_cancel_alarm
	popl %edx
	popl %ecx
	ret

/* SetAlarm(%eax = flags, %edx:%ecx = expiry, period on the stack) */
ENTRY(vmi_set_alarm)
	pushl %ecx
	pushl %edx
	pushl %eax
	pushl 20(%esp)			/* the period, high then low */
	pushl 20(%esp)
	call rom_set_alarm
	addl $8, %esp
	popl %eax
	popl %edx
	popl %ecx
	ret
