/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_VMI_H
#define _ASM_I386_VMI_H

/*
 * VMI: the Virtual Machine Interface of VMware's paravirtualization API
 * (version 2.5 of the specification, API 3.x, as Linux 2.6.21 used it).
 * A hypervisor supplies an option ROM; the kernel finds it in the
 * option-ROM area, asks it for each call where its code is and of what
 * kind (get_reloc), and calls it directly.  The numbers and layouts here
 * are the interface's; both the kernel's backend (arch/i386/vmi/) and
 * the project's own ROM (arch/i386/vmi/rom/) use this header.
 *
 * Calling convention of every ROM entry: arguments in %eax, %edx, %ecx,
 * then on the stack (the caller pops them), as gcc's regparm(3); a
 * result in %eax, or %edx:%eax for 64 bits; every other register is
 * preserved, the flags excepted.
 */

#define VMI_SIGNATURE		0x696d5663	/* "cVmi" */
#define VMI_API_REV_MAJOR	3
/*
 * 3.1: 3.0 and the pages the guest maps for the ROM at virtual_top
 * (below), which a ROM that runs on the hardware itself needs.
 */
#define VMI_API_REV_MINOR	1

#define VMI_ROM_SIGNATURE	0xaa55
#define VMI_ROM_AREA_START	0xc0000
#define VMI_ROM_AREA_END	0xe0000
#define VMI_ROM_STEP		2048

#define PCI_VENDOR_ID_VMWARE	0x15ad
#define PCI_DEVICE_ID_VMWARE_VMI 0x0801

/* Call numbers: the argument of get_reloc. */
#define VMI_CALL_CPUID			0
#define VMI_CALL_WRMSR			1
#define VMI_CALL_RDMSR			2
#define VMI_CALL_SetGDT			3
#define VMI_CALL_SetLDT			4
#define VMI_CALL_SetIDT			5
#define VMI_CALL_SetTR			6
#define VMI_CALL_GetGDT			7
#define VMI_CALL_GetLDT			8
#define VMI_CALL_GetIDT			9
#define VMI_CALL_GetTR			10
#define VMI_CALL_WriteGDTEntry		11
#define VMI_CALL_WriteLDTEntry		12
#define VMI_CALL_WriteIDTEntry		13
#define VMI_CALL_UpdateKernelStack	14
#define VMI_CALL_SetCR0			15
#define VMI_CALL_SetCR2			16
#define VMI_CALL_SetCR3			17
#define VMI_CALL_SetCR4			18
#define VMI_CALL_GetCR0			19
#define VMI_CALL_GetCR2			20
#define VMI_CALL_GetCR3			21
#define VMI_CALL_GetCR4			22
#define VMI_CALL_WBINVD			23
#define VMI_CALL_SetDR			24
#define VMI_CALL_GetDR			25
#define VMI_CALL_RDPMC			26
#define VMI_CALL_RDTSC			27
#define VMI_CALL_CLTS			28
#define VMI_CALL_EnableInterrupts	29
#define VMI_CALL_DisableInterrupts	30
#define VMI_CALL_GetInterruptMask	31
#define VMI_CALL_SetInterruptMask	32
#define VMI_CALL_IRET			33
#define VMI_CALL_SYSEXIT		34
#define VMI_CALL_Halt			35
#define VMI_CALL_Reboot			36
#define VMI_CALL_Shutdown		37
#define VMI_CALL_SetPxE			38
#define VMI_CALL_SetPxELong		39
#define VMI_CALL_UpdatePxE		40
#define VMI_CALL_UpdatePxELong		41
#define VMI_CALL_MachineToPhysical	42
#define VMI_CALL_PhysicalToMachine	43
#define VMI_CALL_AllocatePage		44
#define VMI_CALL_ReleasePage		45
#define VMI_CALL_InvalPage		46
#define VMI_CALL_FlushTLB		47
#define VMI_CALL_SetLinearMapping	48
#define VMI_CALL_SetIOPLMask		61
#define VMI_CALL_SetInitialAPState	62
#define VMI_CALL_APICWrite		63
#define VMI_CALL_APICRead		64
#define VMI_CALL_IODelay		65
#define VMI_CALL_GetCycleFrequency	66
#define VMI_CALL_GetCycleCounter	67
#define VMI_CALL_SetAlarm		68
#define VMI_CALL_CancelAlarm		69
#define VMI_CALL_GetWallclockTime	70
#define VMI_CALL_WallclockUpdated	71
#define VMI_CALL_SetLazyMode		73
#define VMI_NR_CALLS			74

/*
 * get_reloc(call) returns %eax = the entry's address, %edx = its type:
 * NONE keep the native instruction, CALL_REL call the address, JUMP_REL
 * jump to it (IRET: the ROM's code never returns to the site), NOP the
 * operation does nothing here.
 */
#define VMI_RELOCATION_NONE	0
#define VMI_RELOCATION_CALL_REL	1
#define VMI_RELOCATION_JUMP_REL	2
#define VMI_RELOCATION_NOP	3

/* AllocatePage, ReleasePage, and the level of a SetPxE/UpdatePxE entry. */
#define VMI_PAGE_PT		0x01
#define VMI_PAGE_PD		0x02
#define VMI_PAGE_PDP		0x04
#define VMI_PAGE_PML4		0x08
#define VMI_PAGE_PAE		0x10	/* AllocatePage: a PAE table */
#define VMI_PAGE_CLONE		0x20	/* AllocatePage: copies another */
#define VMI_PAGE_ZEROED		0x40	/* AllocatePage: comes zeroed */
#define VMI_PAGE_CURRENT_AS	0x10	/* SetPxE: in the running space... */
#define VMI_PAGE_DEFER		0x20	/* ... may wait for the next flush */
#define VMI_PAGE_VA_MASK	0xfffff000	/* ... at this address */

/* FlushTLB */
#define VMI_FLUSH_TLB		0x01
#define VMI_FLUSH_GLOBAL	0x02

/* GetCycleCounter, and the counter an alarm counts in. */
#define VMI_CYCLES_REAL		0
#define VMI_CYCLES_AVAILABLE	1
#define VMI_CYCLES_STOLEN	2

/* SetAlarm(flags, expiry, period), CancelAlarm(flags) */
#define VMI_ALARM_COUNTER_MASK	0x000000ff
#define VMI_ALARM_IS_ONESHOT	0x00000000
#define VMI_ALARM_IS_PERIODIC	0x00000100
#define VMI_ALARM_WIRED_IRQ0	0x00000000
#define VMI_ALARM_WIRED_LVTT	0x00010000

/* SetLazyMode */
#define VMI_LAZY_NONE		0
#define VMI_LAZY_MMU		1
#define VMI_LAZY_CPU		2

/*
 * This project's ROM implements the calls on the hardware itself, in the
 * kernel's address space and privilege.  The region above virtual_top
 * belongs to the ROM; as a hypervisor would provide it, the kernel maps
 * there, before it uses any call of the time or lazy groups:
 *
 *	virtual_top + VMI_ROM_DATA	one page of RAM, zeroed: the ROM's state
 *	virtual_top + VMI_ROM_APIC	the local APIC's registers, uncached
 *
 * The ROM itself is never written after the BIOS copied it.
 */
#define VMI_ROM_DATA		0x0000
#define VMI_ROM_APIC		0x1000

/* Offsets in the header, for the ROM's assembly and the scripts. */
#define VROM_RomLength		2
#define VROM_Signature		8
#define VROM_APIMinor		12
#define VROM_APIMajor		13
#define VROM_VirtualTop		16
#define VROM_LicenseOffs	22
#define VROM_PCIHeaderOffs	24
#define VROM_PnPHeaderOffs	26
#define VROM_VMIInit		128
#define VROM_GetReloc		136
#define VROM_HeaderSize		144

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* The ROM's header, at the start of its 2 KiB-aligned image. */
struct vrom_header {
	u16 rom_signature;	/* 0xaa55 */
	u8 rom_length;		/* in 512-byte units */
	u8 rom_entry[4];	/* the BIOS's real-mode init entry */
	u8 rom_pad0;
	u32 vrom_signature;	/* VMI_SIGNATURE */
	u8 api_version_min;
	u8 api_version_maj;
	u8 jump_slots;
	u8 reserved1;
	u32 virtual_top;	/* the ROM owns [virtual_top, 4 GiB) */
	u16 reserved2;
	u16 license_offs;	/* a NUL-terminated string: "GPL v2" */
	u16 pci_header_offs;
	u16 pnp_header_offs;
	u32 rom_pad3;
	u8 reserved[96];
	u8 vmi_init[8];		/* entry: 0 in %eax when the ROM is ready */
	u8 get_reloc[8];	/* entry: see VMI_RELOCATION_* */
} __attribute__((packed));

/* The PCI data structure ("PCIR") an option ROM carries. */
struct vrom_pci_header {
	char sig[4];
	u16 vendor_id;
	u16 device_id;
	u16 vpd;
	u16 size;
	u8 rev;
	u8 class_code[3];
	u16 image_length;	/* 512-byte units */
	u8 rom_version_min;	/* the ROM's own version (VMI: "code rev") */
	u8 rom_version_maj;
	u8 code_type;
	u8 indicator;
	u16 reserved;
} __attribute__((packed));

/*
 * What this project's ROM keeps in its data page (VMI_ROM_DATA): its
 * calibration, the lazy mode, and the page-table pages announced to it
 * and not yet released, per level (PT, PD, PDP) - the kernel's tests
 * read these.
 */
struct vmi_rom_state {
	u32 lazy_mode;
	u32 tables[3];
	u64 cycle_hz;		/* 0 until GetCycleFrequency calibrated */
	u32 apic_per_cycle;	/* APIC timer ticks per cycle, 0.32 fixed */
	u32 alarms;		/* SetAlarm calls */
};
#endif /* __ASSEMBLY__ */

/* The same offsets, for the ROM's assembly. */
#define VMI_STATE_lazy_mode	0
#define VMI_STATE_tables	4

#endif /* _ASM_I386_VMI_H */
