/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linker script for vmlinux: linked at PAGE_OFFSET + PHYSICAL_START and
 * loaded at PHYSICAL_START (the ELF physical addresses are what a
 * Multiboot loader uses, including for the entry point).
 */
#include <asm/page.h>

OUTPUT_FORMAT("elf32-i386", "elf32-i386", "elf32-i386")
OUTPUT_ARCH(i386)
ENTRY(startup_32_phys)

#define LOAD_OFFSET __PAGE_OFFSET

PHDRS {
	text PT_LOAD FLAGS(5);		/* R E */
	data PT_LOAD FLAGS(6);		/* RW */
	note PT_NOTE FLAGS(4);		/* Xen's ELF notes */
}

SECTIONS
{
	. = __PAGE_OFFSET + CONFIG_PHYSICAL_START;
	_text = .;
	startup_32_phys = startup_32 - LOAD_OFFSET;

	.text : AT(ADDR(.text) - LOAD_OFFSET) {
		*(.head.text)
		. = ALIGN(PAGE_SIZE);
		*(.text.hypercall)
		*(.text .text.*)
		*(.fixup)
		*(.init.text)
	} :text
	_etext = .;

	. = ALIGN(PAGE_SIZE);
	.rodata : AT(ADDR(.rodata) - LOAD_OFFSET) {
		*(.rodata .rodata.*)
		*(.init.rodata)
		. = ALIGN(4);
		__setup_start = .;
		KEEP(*(.init.setup))
		__setup_end = .;
		. = ALIGN(4);
		__ktest_suites_start = .;
		KEEP(*(.ktest_suites))
		__ktest_suites_end = .;
		. = ALIGN(4);
		__parainstructions = .;
		KEEP(*(.parainstructions))
		__parainstructions_end = .;
		. = ALIGN(4);
		__parahooks = .;
		KEEP(*(.parahooks))
		__parahooks_end = .;
		. = ALIGN(4);
		__start___ex_table = .;
		KEEP(*(__ex_table))
		__stop___ex_table = .;
	} :text

	/* What Xen's domain builder reads; loaded with the text. */
	.notes : AT(ADDR(.notes) - LOAD_OFFSET) {
		*(.note.Xen)
	} :text :note

	/* After all text, so its size cannot move a function (kallsyms). */
	.kallsyms : AT(ADDR(.kallsyms) - LOAD_OFFSET) {
		KEEP(*(.kallsyms))
	} :text

	. = ALIGN(PAGE_SIZE);
	_sdata = .;
	.data : AT(ADDR(.data) - LOAD_OFFSET) {
		*(.data..page_aligned)
		*(.data .data.*)
		*(.init.data)
	} :data
	_edata = .;

	. = ALIGN(PAGE_SIZE);
	.bss : AT(ADDR(.bss) - LOAD_OFFSET) {
		__bss_start = .;
		*(.bss..page_aligned)
		*(.bss .bss.*)
		*(COMMON)
		. = ALIGN(PAGE_SIZE);
		__bss_stop = .;
	} :data
	_end = .;

	/DISCARD/ : {
		*(.eh_frame) *(.note.GNU-stack) *(.note.gnu.property)
		*(.comment)
	}
}
