/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/kernel/head.S - the Multiboot entry point.
 *
 * A Multiboot loader enters startup_32 in flat 32-bit protected mode with
 * paging off, %eax = 0x2BADB002 and %ebx = the physical address of the
 * Multiboot information.  We clear .bss, map the first
 * MULTIBOOT_EARLY_MAPPED bytes both at 0 and at PAGE_OFFSET with 2 MiB
 * PAE pages, turn paging on, move to the linked (virtual) addresses,
 * load a boot GDT and call multiboot_start(magic, info) on the guarded
 * boot stack.
 *
 * This is the native boot path: it runs before any backend is chosen and
 * may use privileged instructions directly.
 */
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/multiboot.h>

#define EARLY_MAP_PMDS	(MULTIBOOT_EARLY_MAPPED / PMD_SIZE)
#define MB_FLAGS	(MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)

	.section .head.text, "ax"
	.balign 4
multiboot_header:
	.long MULTIBOOT_HEADER_MAGIC
	.long MB_FLAGS
	.long -(MULTIBOOT_HEADER_MAGIC + MB_FLAGS)

	.globl startup_32
startup_32:
	cld
	cli
	movl %eax, __pa_sym(boot_mb_magic)
	movl %ebx, __pa_sym(boot_mb_info)

	/* Clear .bss; the loader should have, but the spec does not say so. */
	movl $__pa_sym(__bss_start), %edi
	movl $__pa_sym(__bss_stop), %ecx
	subl %edi, %ecx
	shrl $2, %ecx
	xorl %eax, %eax
	rep stosl

	/* One page directory of 2 MiB pages, used for both 0 and 3 GiB. */
	movl $__pa_sym(early_pmd), %edi
	movl $(_PAGE_PRESENT | _PAGE_RW | _PAGE_PSE), %eax
	movl $EARLY_MAP_PMDS, %ecx
1:	movl %eax, (%edi)
	movl $0, 4(%edi)
	addl $PMD_SIZE, %eax
	addl $8, %edi
	loop 1b

	movl $(__pa_sym(early_pmd) + _PDPT_ENTRY), %eax
	movl %eax, __pa_sym(early_pgd)
	movl %eax, __pa_sym(early_pgd) + 8 * 3

	movl %cr4, %eax
	orl $(X86_CR4_PAE | X86_CR4_PSE), %eax
	movl %eax, %cr4
	movl $__pa_sym(early_pgd), %eax
	movl %eax, %cr3
	movl %cr0, %eax
	orl $(X86_CR0_PG | X86_CR0_WP), %eax
	movl %eax, %cr0
	movl $2f, %eax			/* now run at the linked address */
	jmp *%eax
2:
	lgdt boot_gdt_descr
	movl $__BOOT_DS, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	xorl %eax, %eax
	movl %eax, %fs
	movl %eax, %gs
	ljmp $__BOOT_CS, $3f
3:
	movl $init_stack_top, %esp
	xorl %ebp, %ebp
	pushl $0			/* eflags: interrupts off, IOPL 0 */
	popfl
	movl boot_mb_magic, %eax
	movl boot_mb_info, %edx
	call multiboot_start
4:	hlt
	jmp 4b

	.data
	.balign 4
boot_mb_magic:	.long 0
boot_mb_info:	.long 0

/* Just enough GDT to run C until cpu_init() installs the real one. */
	.balign 8
boot_gdt:
	.fill GDT_ENTRY_KERNEL_CS, 8, 0
	.quad 0x00cf9a000000ffff	/* kernel code: flat, 4 GiB, ring 0 */
	.quad 0x00cf92000000ffff	/* kernel data */
boot_gdt_end:
boot_gdt_descr:
	.word boot_gdt_end - boot_gdt - 1
	.long boot_gdt

	.section .bss..page_aligned, "aw", @nobits
	.balign PAGE_SIZE
	.globl early_pmd, early_pgd, init_stack_guard, init_stack, init_stack_top
early_pmd:
	.skip PAGE_SIZE
early_pgd:
	.skip 32
	.balign PAGE_SIZE
/* Left unmapped by paging_init(): a boot-stack overflow faults here. */
init_stack_guard:
	.skip PAGE_SIZE
init_stack:
	.skip CONFIG_KERNEL_STACK_PAGES * PAGE_SIZE
init_stack_top:
