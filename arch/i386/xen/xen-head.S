/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/xen/xen-head.S - the Xen door: what Xen's domain builder
 * reads from vmlinux (ELF notes), the page it fills with hypercall
 * stubs, and the entry point it jumps to.
 *
 * Xen loads vmlinux at the ELF's physical addresses plus VIRT_BASE, maps
 * it with its own page tables, and enters startup_xen in ring 1 with
 * paging on, flat ring-1 segments and %esi pointing at start_info.  The
 * Multiboot entry in head.S is untouched: one file, two doors.
 */
#include <asm/page.h>
#include <xen/elfnote.h>

/* An ELF note named "Xen": 4-byte name, its descriptor, type. */
#define XEN_NOTE(type, desc...)				\
	.pushsection .note.Xen, "a", @note;		\
	.balign 4;					\
	.long 2f - 1f;					\
	.long 4f - 3f;					\
	.long type;					\
1:	.asciz "Xen";					\
2:	.balign 4;					\
3:	desc;						\
4:	.balign 4;					\
	.popsection

XEN_NOTE(XEN_ELFNOTE_GUEST_OS, .asciz "pvkernel")
XEN_NOTE(XEN_ELFNOTE_GUEST_VERSION, .asciz "0.1")
XEN_NOTE(XEN_ELFNOTE_XEN_VERSION, .asciz "xen-3.0")
XEN_NOTE(XEN_ELFNOTE_LOADER, .asciz "generic")
XEN_NOTE(XEN_ELFNOTE_PAE_MODE, .asciz "yes")
XEN_NOTE(XEN_ELFNOTE_VIRT_BASE, .long __PAGE_OFFSET)
XEN_NOTE(XEN_ELFNOTE_PADDR_OFFSET, .long 0)
XEN_NOTE(XEN_ELFNOTE_ENTRY, .long startup_xen)
XEN_NOTE(XEN_ELFNOTE_HYPERCALL_PAGE, .long hypercall_page)
XEN_NOTE(XEN_ELFNOTE_FEATURES,
	 .asciz "!writable_page_tables|pae_pgdir_above_4gb")

	.text
	.globl startup_xen
startup_xen:
	cld
	movl $init_stack_top, %esp
	xorl %ebp, %ebp
	movl %esi, %eax			/* regparm: xen_start_kernel(si) */
	call xen_start_kernel
1:	jmp 1b

/*
 * Xen writes a 32-byte stub per hypercall here.  Until then every stub
 * is a "ret" that leaves -ENOSYS, so a hypercall before Xen filled the
 * page (or on bare hardware) fails instead of running into garbage.
 */
	.section .text.hypercall, "ax"
	.balign PAGE_SIZE
	.globl hypercall_page
hypercall_page:
	.rept PAGE_SIZE / 32
	movl $-38, %eax
	ret
	.balign 32
	.endr
