/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/vmi/rom/head.S - the ROM's headers and its two entry points.
 *
 * The BIOS finds an option ROM by its 0xaa55 signature on a 2 KiB
 * boundary, checks that its bytes sum to zero and far-calls offset 3 in
 * real mode; this ROM has nothing to set up there and returns.  The VMI
 * header follows the option-ROM one at the offsets the VMI specification
 * fixes; the kernel calls vmi_init (offset 128) and get_reloc (offset
 * 136) in protected mode, through its own mapping of the ROM.
 *
 * scripts/vmi-rom.py sets the length, the PCI image length and the
 * checksum once the image is linked.
 */
#include "rom.h"

	.section .text.head, "ax"
	.code16
	.globl rom_start
rom_start:
	.word VMI_ROM_SIGNATURE
	.byte 0				/* length in 512-byte units */
	lret				/* offset 3: the BIOS's init call */
	.org rom_start + VROM_Signature
	.long VMI_SIGNATURE
	.byte ROM_API_MINOR, VMI_API_REV_MAJOR
	.byte 0, 0			/* no jump slots */
	.long ROM_VIRTUAL_TOP
	.word 0
	.word license - rom_start
	.word pcir - rom_start
	.word 0				/* no PnP header */
	.long 0
	.org rom_start + VROM_VMIInit
	.code32
	jmp vmi_init_entry
	.org rom_start + VROM_GetReloc
	jmp get_reloc_entry
	.org rom_start + VROM_HeaderSize

/* The PCI data structure: who made the ROM and its own version. */
	.balign 4
pcir:	.ascii "PCIR"
	.word PCI_VENDOR_ID_VMWARE, PCI_DEVICE_ID_VMWARE_VMI
	.word 0				/* no vital product data */
	.word 24			/* this structure's length */
	.byte 0				/* its revision */
	.byte 0x00, 0x80, 0x05		/* class: other memory controller */
	.word 0				/* image length, set by the script */
	.byte ROM_VERSION_MINOR, ROM_VERSION_MAJOR
	.byte 0				/* code type: x86 */
	.byte 0x80			/* the last image */
	.word 0

license:
	.asciz "GPL v2"

/*
 * vmi_init: %eax = 0 if the ROM can serve this kernel.  Its calls are
 * the privileged instructions themselves, so the kernel must run in
 * ring 0.
 */
vmi_init_entry:
	movl %cs, %eax
	andl $3, %eax
	jnz 1f
	ret
1:	movl $-1, %eax
	ret

/*
 * get_reloc(%eax = call): %eax = the call's entry, %edx = its type,
 * from the table below; NONE for a call the table does not have.
 */
get_reloc_entry:
	cmpl $VMI_NR_CALLS, %eax
	jae 9f
	pushl %ecx
	call 1f
1:	popl %ecx
	subl $(1b - rom_start), %ecx
	movzbl (reloc_table - rom_start + 2)(%ecx,%eax,4), %edx
	movzwl (reloc_table - rom_start)(%ecx,%eax,4), %eax
	addl %ecx, %eax
	popl %ecx
	ret
9:	xorl %eax, %eax
	xorl %edx, %edx
	ret

/*
 * One 4-byte record per call, in call order: the entry's offset in the
 * ROM and the relocation type.  Built with ROM_NATIVE_HOT, the ROM
 * answers NONE for the hot calls - and for the time calls, so that the
 * kernel keeps its own timers - as a hypervisor content with the native
 * instructions would.
 */
#define CALL	VMI_RELOCATION_CALL_REL
#define JUMP	VMI_RELOCATION_JUMP_REL
#define NOP	VMI_RELOCATION_NOP
#ifdef ROM_NATIVE_HOT
#define HOT(type)	VMI_RELOCATION_NONE
#else
#define HOT(type)	type
#endif

#define RELOC(nr, entry, type)				\
	.org reloc_table + 4 * (nr);			\
	.word entry - rom_start;			\
	.byte type, 0

	.balign 4
reloc_table:
	RELOC(VMI_CALL_CPUID, vmi_cpuid, CALL)
	RELOC(VMI_CALL_WRMSR, vmi_wrmsr, CALL)
	RELOC(VMI_CALL_RDMSR, vmi_rdmsr, CALL)
	RELOC(VMI_CALL_SetGDT, vmi_set_gdt, CALL)
	RELOC(VMI_CALL_SetLDT, vmi_set_ldt, CALL)
	RELOC(VMI_CALL_SetIDT, vmi_set_idt, CALL)
	RELOC(VMI_CALL_SetTR, vmi_set_tr, CALL)
	RELOC(VMI_CALL_GetGDT, vmi_get_gdt, CALL)
	RELOC(VMI_CALL_GetLDT, vmi_get_ldt, CALL)
	RELOC(VMI_CALL_GetIDT, vmi_get_idt, CALL)
	RELOC(VMI_CALL_GetTR, vmi_get_tr, CALL)
	RELOC(VMI_CALL_WriteGDTEntry, vmi_write_dt_entry, HOT(CALL))
	RELOC(VMI_CALL_WriteLDTEntry, vmi_write_dt_entry, HOT(CALL))
	RELOC(VMI_CALL_WriteIDTEntry, vmi_write_dt_entry, HOT(CALL))
	RELOC(VMI_CALL_UpdateKernelStack, vmi_update_kernel_stack, HOT(CALL))
	RELOC(VMI_CALL_SetCR0, vmi_set_cr0, CALL)
	RELOC(VMI_CALL_SetCR2, vmi_set_cr2, CALL)
	RELOC(VMI_CALL_SetCR3, vmi_set_cr3, HOT(CALL))
	RELOC(VMI_CALL_SetCR4, vmi_set_cr4, CALL)
	RELOC(VMI_CALL_GetCR0, vmi_get_cr0, CALL)
	RELOC(VMI_CALL_GetCR2, vmi_get_cr2, HOT(CALL))
	RELOC(VMI_CALL_GetCR3, vmi_get_cr3, HOT(CALL))
	RELOC(VMI_CALL_GetCR4, vmi_get_cr4, CALL)
	RELOC(VMI_CALL_WBINVD, vmi_wbinvd, CALL)
	RELOC(VMI_CALL_SetDR, vmi_set_dr, CALL)
	RELOC(VMI_CALL_GetDR, vmi_get_dr, CALL)
	RELOC(VMI_CALL_RDPMC, vmi_rdpmc, CALL)
	RELOC(VMI_CALL_RDTSC, vmi_rdtsc, HOT(CALL))
	RELOC(VMI_CALL_CLTS, vmi_clts, CALL)
	RELOC(VMI_CALL_EnableInterrupts, vmi_enable_interrupts, HOT(CALL))
	RELOC(VMI_CALL_DisableInterrupts, vmi_disable_interrupts, HOT(CALL))
	RELOC(VMI_CALL_GetInterruptMask, vmi_get_interrupt_mask, HOT(CALL))
	RELOC(VMI_CALL_SetInterruptMask, vmi_set_interrupt_mask, HOT(CALL))
	RELOC(VMI_CALL_IRET, vmi_iret, HOT(JUMP))
	RELOC(VMI_CALL_Halt, vmi_halt, HOT(CALL))
	RELOC(VMI_CALL_Reboot, vmi_reboot, CALL)
	RELOC(VMI_CALL_Shutdown, vmi_shutdown, CALL)
	RELOC(VMI_CALL_SetPxELong, vmi_set_pxe_long, HOT(CALL))
	RELOC(VMI_CALL_UpdatePxELong, vmi_update_pxe_long, HOT(CALL))
	RELOC(VMI_CALL_MachineToPhysical, vmi_ret, NOP)
	RELOC(VMI_CALL_PhysicalToMachine, vmi_ret, NOP)
	RELOC(VMI_CALL_AllocatePage, vmi_allocate_page, HOT(CALL))
	RELOC(VMI_CALL_ReleasePage, vmi_release_page, HOT(CALL))
	RELOC(VMI_CALL_InvalPage, vmi_inval_page, HOT(CALL))
	RELOC(VMI_CALL_FlushTLB, vmi_flush_tlb, HOT(CALL))
	RELOC(VMI_CALL_SetLinearMapping, vmi_ret, NOP)
	RELOC(VMI_CALL_APICWrite, vmi_apic_write, HOT(CALL))
	RELOC(VMI_CALL_APICRead, vmi_apic_read, HOT(CALL))
	RELOC(VMI_CALL_IODelay, vmi_io_delay, CALL)
	RELOC(VMI_CALL_GetCycleFrequency, vmi_get_cycle_frequency, HOT(CALL))
	RELOC(VMI_CALL_GetCycleCounter, vmi_get_cycle_counter, HOT(CALL))
	RELOC(VMI_CALL_SetAlarm, vmi_set_alarm, HOT(CALL))
	RELOC(VMI_CALL_CancelAlarm, vmi_cancel_alarm, HOT(CALL))
	RELOC(VMI_CALL_GetWallclockTime, vmi_get_wallclock_time, HOT(CALL))
	RELOC(VMI_CALL_WallclockUpdated, vmi_wallclock_updated, CALL)
	RELOC(VMI_CALL_SetLazyMode, vmi_set_lazy_mode, HOT(CALL))
	.org reloc_table + 4 * VMI_NR_CALLS
