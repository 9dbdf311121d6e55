/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _VMI_ROM_H
#define _VMI_ROM_H

/*
 * The project's VMI ROM: what its assembly and its C share.  The ROM
 * runs in the kernel's address space at the kernel's privilege, from
 * wherever the BIOS put it: its code is position-independent and it has
 * no data of its own; its state is the page the kernel maps at
 * virtual_top (asm/vmi.h).
 */
#include <asm/vmi.h>

/* The ROM owns the top 8 MiB of every address space. */
#define ROM_VIRTUAL_TOP		0xff800000
#define ROM_STATE		(ROM_VIRTUAL_TOP + VMI_ROM_DATA)
#define ROM_APIC		(ROM_VIRTUAL_TOP + VMI_ROM_APIC)

/* API 3.1: 3.0 plus the pages the kernel gives at virtual_top. */
#ifndef ROM_API_MINOR
#define ROM_API_MINOR		1
#endif
#define ROM_VERSION_MAJOR	1
#define ROM_VERSION_MINOR	0

/* Local APIC registers the timer uses. */
#define APIC_LVTT		0x320
#define APIC_TMICT		0x380
#define APIC_TMCCT		0x390
#define APIC_TDCR		0x3e0
#define APIC_LVT_MASKED		0x10000
#define APIC_LVT_PERIODIC	0x20000
#define APIC_LVT_MODE_MASK	0x60000
#define APIC_TDR_DIV_1		0xb

#endif /* _VMI_ROM_H */
