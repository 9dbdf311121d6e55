/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ARCH_I386_VMI_H
#define _ARCH_I386_VMI_H

/* What the files of the VMI backend share. */
#include <linux/types.h>
#include <asm/vmi.h>
#include <asm/paravirt_types.h>

extern const struct vrom_header *vmi_rom;
extern unsigned long vmi_rom_size, vmi_virtual_top;
extern int vmi_rom_ready;
extern const struct paravirt_backend vmi_backend;

/* vmi.c: get_reloc's answer for call; the ROM's contents, hashed. */
void *vmi_reloc(unsigned int call, u8 *type);
u32 vmi_rom_fingerprint(void);
extern u32 vmi_rom_fingerprint_at_boot;

/* ROM entries behind the thunks of vmi-asm.S. */
extern void *vmi_call_setpxe, *vmi_call_write_gdt, *vmi_call_write_idt,
	*vmi_call_kernel_stack, *vmi_call_flush_tlb, *vmi_call_lazy;

/* vmi-asm.S: callee-save slots whose registers differ from the call's. */
extern const u8 vmi_set_pte_thunk[], vmi_set_pmd_thunk[], vmi_set_pud_thunk[],
	vmi_write_gdt_entry_thunk[], vmi_write_idt_entry_thunk[],
	vmi_load_sp0_thunk[], vmi_flush_tlb_thunk[], vmi_lazy_cpu_thunk[],
	vmi_lazy_mmu_thunk[], vmi_lazy_none_thunk[];

/* vmi_time.c: the time slots, if the ROM has the time calls. */
void vmi_time_setup(struct pv_time_ops *t);

/* The ROM's state page (asm/vmi.h), once mapped. */
static inline volatile struct vmi_rom_state *vmi_state(void)
{
	return vmi_rom_ready ?
		(volatile struct vmi_rom_state *)(vmi_virtual_top + VMI_ROM_DATA) :
		NULL;
}

#endif /* _ARCH_I386_VMI_H */
