// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/vmi/vmi.c - the VMI backend of paravirt_ops.
 *
 * VMware's Virtual Machine Interface puts the hypervisor's side of
 * paravirtualization in an option ROM with a fixed ABI (asm/vmi.h).  The
 * probe scans the option-ROM area, checks a ROM against everything the
 * kernel relies on and says in one line why it refuses one; the kernel
 * then stays native.  An accepted ROM is initialised, its region at the
 * top of the address space reserved, and every call the kernel uses is
 * looked up with get_reloc:
 *
 *	CALL_REL, JUMP_REL	the slot points into the ROM (directly when
 *				the slot's convention is the call's, through
 *				a thunk in vmi-asm.S otherwise); the patcher
 *				turns each site into a direct call or jump
 *	NOP			the operation does nothing here
 *	NONE			the native operation stays, inline
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm_types.h>
#include <linux/sched.h>
#include <linux/memblock.h>
#include <asm/paravirt.h>
#include <asm/platform.h>
#include <asm/pgtable.h>
#include <asm/fixmap.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/apic.h>
#include <asm/vmi.h>
#include "vmi.h"

const struct vrom_header *vmi_rom;
unsigned long vmi_rom_size;
unsigned long vmi_virtual_top;
int vmi_rom_ready;		/* its pages at virtual_top are mapped */

u32 vmi_rom_fingerprint_at_boot;

/* A hash of the ROM's bytes: any change shows. */
u32 vmi_rom_fingerprint(void)
{
	const u8 *p = (const u8 *)vmi_rom;
	u32 h = 0;
	unsigned long i;

	for (i = 0; i < vmi_rom_size; i++)
		h = ((h << 5) | (h >> 27)) ^ p[i];
	return h;
}

/* get_reloc's answer for each call. */
static void *reloc_eip[VMI_NR_CALLS];
static u8 reloc_type[VMI_NR_CALLS];

/* ROM entries the thunks and wrappers call (NULL: not used). */
void *vmi_call_setpxe, *vmi_call_write_gdt, *vmi_call_write_idt,
	*vmi_call_kernel_stack, *vmi_call_flush_tlb, *vmi_call_lazy;
static void *call_cpuid, *call_allocate, *call_release, *call_shutdown,
	*call_reboot;

/* What the patcher made of the sites, for the boot line. */
static unsigned int sites_rom, sites_native, sites_nop, sites_other;

static int __init noisy_refusal(unsigned long base, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int __init noisy_refusal(unsigned long base, const char *fmt, ...)
{
	char buf[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	pr_warn("vmi: ROM at %#lx refused: %s; staying native\n", base, buf);
	return 0;
}

static u8 __init rom_sum(const u8 *p, unsigned long n)
{
	u8 s = 0;

	while (n--)
		s += *p++;
	return s;
}

/* The target of the near jmp at offset off, or -1 if there is none. */
static long __init entry_target(const u8 *rom, unsigned int off)
{
	if (rom[off] == 0xeb)
		return off + 2 + (s8)rom[off + 1];
	if (rom[off] == 0xe9)
		return off + 5 + *(const s32 *)(rom + off + 1);
	return -1;
}

/*
 * Everything the kernel relies on before it calls into a ROM: a VMI ROM
 * (the signature, or VMware's VMI device ids in its PCI data), whole
 * (checksum), of an API this kernel speaks, under the GPL, its header's
 * offsets and entry points inside it.  Returns 1 to use it.
 */
static int __init check_rom(unsigned long base)
{
	const struct vrom_header *h = __va(base);
	const u8 *rom = (const u8 *)h;
	unsigned long size = h->rom_length * 512;
	const struct vrom_pci_header *pci = NULL;
	const char *license;
	long init, reloc;

	if (h->rom_signature != VMI_ROM_SIGNATURE || !size)
		return 0;
	if (h->pci_header_offs && h->pci_header_offs + sizeof(*pci) <= size)
		pci = (const void *)(rom + h->pci_header_offs);
	if (h->vrom_signature != VMI_SIGNATURE) {
		if (pci && !memcmp(pci->sig, "PCIR", 4) &&
		    pci->vendor_id == PCI_VENDOR_ID_VMWARE &&
		    pci->device_id == PCI_DEVICE_ID_VMWARE_VMI)
			return noisy_refusal(base, "a VMI device without the VMI signature (%#x)",
					     h->vrom_signature);
		return 0;	/* some other option ROM */
	}
	if (size < VROM_HeaderSize)
		return noisy_refusal(base, "%lu bytes, shorter than the VMI header",
				     size);
	if (base + size > VMI_ROM_AREA_END)
		return noisy_refusal(base, "%lu bytes run past %#x", size,
				     VMI_ROM_AREA_END);
	if (rom_sum(rom, size))
		return noisy_refusal(base, "checksum %#x over %lu bytes, not 0",
				     rom_sum(rom, size), size);
	if (h->api_version_maj != VMI_API_REV_MAJOR)
		return noisy_refusal(base, "API %u.%u, the kernel speaks %u.x",
				     h->api_version_maj, h->api_version_min,
				     VMI_API_REV_MAJOR);
	if (h->api_version_min < VMI_API_REV_MINOR)
		return noisy_refusal(base, "API %u.%u, the kernel needs %u.%u or later",
				     h->api_version_maj, h->api_version_min,
				     VMI_API_REV_MAJOR, VMI_API_REV_MINOR);
	if (!h->license_offs || h->license_offs >= size ||
	    !memchr(rom + h->license_offs, 0, size - h->license_offs))
		return noisy_refusal(base, "license string at offset %#x, outside its %lu bytes",
				     h->license_offs, size);
	if (!pci)
		return noisy_refusal(base, "PCI data at offset %#x, outside its %lu bytes",
				     h->pci_header_offs, size);
	license = (const char *)rom + h->license_offs;
	if (strcmp(license, "GPL") && strcmp(license, "GPL v2"))
		return noisy_refusal(base, "license \"%.32s\" is not the GPL",
				     license);
	init = entry_target(rom, VROM_VMIInit);
	reloc = entry_target(rom, VROM_GetReloc);
	if (init < VROM_HeaderSize || init >= (long)size)
		return noisy_refusal(base, "vmi_init leads to offset %ld, outside its %lu bytes",
				     init, size);
	if (reloc < VROM_HeaderSize || reloc >= (long)size)
		return noisy_refusal(base, "get_reloc leads to offset %ld, outside its %lu bytes",
				     reloc, size);
	if (h->virtual_top < 0xc0000000 || h->virtual_top & ~PAGE_MASK ||
	    -(unsigned long)h->virtual_top > MAX_RESERVE_TOP)
		return noisy_refusal(base, "virtual_top %#x is not a page in the top %lu MiB",
				     h->virtual_top, MAX_RESERVE_TOP >> 20);
	pr_info("vmi: ROM at %#lx (%lu bytes): API %u.%u, ROM version %u.%u, license %s, owns %08x-ffffffff\n",
		base, size, h->api_version_maj, h->api_version_min,
		pci->rom_version_maj, pci->rom_version_min, license,
		h->virtual_top);
	vmi_rom = h;
	vmi_rom_size = size;
	vmi_rom_fingerprint_at_boot = vmi_rom_fingerprint();
	return 1;
}

/* The ROM's two fixed entries, regparm as the ABI has them. */
static u32 __init rom_init(void)
{
	u32 (*fn)(void) = (void *)vmi_rom->vmi_init;

	return fn();
}

static u64 __init rom_get_reloc(u32 call)
{
	u64 (*fn)(u32) = (void *)vmi_rom->get_reloc;

	return fn(call);
}

static const char *__init type_name(u8 type)
{
	static const char *const names[] = { "NONE", "CALL_REL", "JUMP_REL",
					     "NOP" };

	return type < ARRAY_SIZE(names) ? names[type] : "unknown";
}

/*
 * Asks the ROM for every call; refuses answers the kernel cannot act
 * on: an unknown type, code outside the ROM, a jump where the kernel
 * calls (only IRET is jumped to), a call where it jumps.
 */
static int __init read_relocations(void)
{
	unsigned long start = (unsigned long)vmi_rom, base = __pa(vmi_rom);
	unsigned int i;
	u64 r;

	for (i = 0; i < VMI_NR_CALLS; i++) {
		r = rom_get_reloc(i);
		reloc_type[i] = r >> 32;
		reloc_eip[i] = (void *)(u32)r;
		switch (reloc_type[i]) {
		case VMI_RELOCATION_NONE:
		case VMI_RELOCATION_NOP:
			continue;
		case VMI_RELOCATION_CALL_REL:
		case VMI_RELOCATION_JUMP_REL:
			break;
		default:
			return noisy_refusal(base, "call %u has relocation type %u",
					     i, reloc_type[i]);
		}
		if ((u32)r < start + VROM_HeaderSize ||
		    (u32)r >= start + vmi_rom_size)
			return noisy_refusal(base, "call %u's code at offset %#lx is outside its %lu bytes",
					     i, (u32)r - start, vmi_rom_size);
		if ((reloc_type[i] == VMI_RELOCATION_JUMP_REL) !=
		    (i == VMI_CALL_IRET))
			return noisy_refusal(base, "call %u answered %s", i,
					     type_name(reloc_type[i]));
	}
	if (reloc_type[VMI_CALL_PhysicalToMachine] == VMI_RELOCATION_CALL_REL ||
	    reloc_type[VMI_CALL_MachineToPhysical] == VMI_RELOCATION_CALL_REL)
		return noisy_refusal(base, "it translates physical addresses, which this kernel does not");
	return 1;
}

static void *__init rom_call(unsigned int call)
{
	return reloc_type[call] == VMI_RELOCATION_CALL_REL ||
	       reloc_type[call] == VMI_RELOCATION_JUMP_REL ?
	       reloc_eip[call] : NULL;
}

/* The table this backend installs; NULL slots stay native. */
static struct paravirt_patch_template vmi_ops;

#define SLOT(s)	(((void **)&vmi_ops)[PARAVIRT_PATCH(s)])

/* A slot whose convention is the call's: the ROM's entry itself. */
static void __init fill(unsigned int slot, unsigned int call)
{
	void **s = (void **)&vmi_ops + slot;

	switch (reloc_type[call]) {
	case VMI_RELOCATION_CALL_REL:
	case VMI_RELOCATION_JUMP_REL:
		*s = reloc_eip[call];
		break;
	case VMI_RELOCATION_NOP:
		*s = (void *)paravirt_nop;
		break;
	}
}

/* A slot through a thunk, if the ROM has code for the call. */
static void __init wrap(unsigned int slot, unsigned int call, void **entry,
			void *thunk)
{
	*entry = rom_call(call);
	if (*entry)
		((void **)&vmi_ops)[slot] = thunk;
}

#define FILL(s, call)	fill(PARAVIRT_PATCH(s), VMI_CALL_##call)
#define WRAP(s, call, entry, thunk) \
	wrap(PARAVIRT_PATCH(s), VMI_CALL_##call, &entry, (void *)thunk)

static void vmi_cpuid(u32 *a, u32 *b, u32 *c, u32 *d)
{
	asm volatile("call *%[fn]"
		     : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d)
		     : "0"(*a), "2"(*c), [fn] "m"(call_cpuid)
		     : "memory");
}

/*
 * The context switch's TLS descriptors: only those that differ from
 * what the GDT holds cost a call into the ROM (the CPU sets the
 * accessed bit, 8 of the high word, in the GDT's copy).
 */
static void vmi_load_tls(const u32 (*tls)[2])
{
	void (*fn)(void *, u32, u32, u32) = vmi_call_write_gdt;
	struct desc_struct *d = &gdt_table[GDT_ENTRY_TLS_MIN];
	unsigned int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++, d++)
		if (d->a != tls[i][0] || ((d->b ^ tls[i][1]) & ~0x100))
			fn(d, 0, tls[i][0], tls[i][1]);
}

/*
 * Page-table pages, announced once the ROM has its state page; the
 * tables paging_init() builds before that are the kernel's own and
 * live forever.
 */
static void announce(unsigned long pfn, u32 flags, unsigned long clone,
		     u32 start, u32 count)
{
	void (*fn)(u32, u32, u32, u32, u32) = call_allocate;

	if (vmi_rom_ready)
		fn(pfn, flags, clone, start, count);
}

static void release(unsigned long pfn, u32 flags)
{
	void (*fn)(u32, u32) = call_release;

	if (vmi_rom_ready)
		fn(pfn, flags);
}

static void vmi_alloc_pte(struct mm_struct *mm, unsigned long pfn)
{
	announce(pfn, VMI_PAGE_PT | VMI_PAGE_PAE, 0, 0, 0);
}

static void vmi_alloc_pmd(struct mm_struct *mm, unsigned long pfn)
{
	announce(pfn, VMI_PAGE_PD | VMI_PAGE_PAE, 0, 0, 0);
}

static void vmi_alloc_pgd(struct mm_struct *mm, unsigned long pfn)
{
	announce(pfn, VMI_PAGE_PDP | VMI_PAGE_PAE, 0, 0, 0);
}

static void vmi_alloc_pmd_clone(struct mm_struct *mm, unsigned long pfn,
				unsigned long clonepfn, unsigned int start,
				unsigned int count)
{
	announce(pfn, VMI_PAGE_PD | VMI_PAGE_PAE | VMI_PAGE_CLONE, clonepfn,
		 start, count);
}

static void vmi_release_pte(struct mm_struct *mm, unsigned long pfn)
{
	release(pfn, VMI_PAGE_PT);
}

static void vmi_release_pmd(struct mm_struct *mm, unsigned long pfn)
{
	release(pfn, VMI_PAGE_PD);
}

static void vmi_release_pgd(struct mm_struct *mm, unsigned long pfn)
{
	release(pfn, VMI_PAGE_PDP);
}

static void vmi_power_off(void)
{
	void (*fn)(void) = call_shutdown;

	fn();
}

static void vmi_restart(void)
{
	void (*fn)(void) = call_reboot;

	fn();
}

static struct x86_platform_ops vmi_platform = {
	.name = "PC with a VMI ROM",
};

/*
 * The native patcher does the work (a NONE call left the native
 * operation in the slot, which it inlines); this only counts what the
 * sites became.
 */
static unsigned int vmi_patch(u8 type, u16 clobbers, void *buf,
			      unsigned long addr, unsigned int len)
{
	void *target = ((void **)&pv_ops)[type];
	unsigned int n;

	n = native_backend.ops->init.patch(type, clobbers, buf, addr, len);
	if (n == 0)
		sites_nop++;
	else if ((unsigned long)target >= (unsigned long)vmi_rom &&
		 (unsigned long)target < (unsigned long)vmi_rom + vmi_rom_size)
		sites_rom++;
	else if (target == ((void *const *)native_backend.ops)[type])
		sites_native++;
	else
		sites_other++;
	return n;
}

/*
 * After paging_init(): the ROM's state page and the local APIC go
 * where the ROM expects them, above virtual_top.
 */
static void __init vmi_arch_setup(void)
{
	unsigned long top = vmi_virtual_top;
	phys_addr_t page = memblock_alloc(PAGE_SIZE, PAGE_SIZE);
	int err;
	u64 apic;

	if (!page)
		panic("vmi: no page for the ROM's state");
	memset(__va(page), 0, PAGE_SIZE);
	if (map_kernel_page(top + VMI_ROM_DATA, PFN_DOWN(page), PAGE_KERNEL))
		panic("vmi: cannot map the ROM's state page at %#lx",
		      top + VMI_ROM_DATA);
	apic = read_msr(MSR_IA32_APICBASE, &err);
	if (!err && (apic & MSR_IA32_APICBASE_ENABLE) &&
	    map_kernel_page(top + VMI_ROM_APIC,
			    PFN_DOWN(apic & MSR_IA32_APICBASE_BASE),
			    PAGE_KERNEL_NOCACHE))
		panic("vmi: cannot map the local APIC for the ROM");
	vmi_rom_ready = 1;
	pr_info("vmi: %u sites call the ROM, %u run the native instructions, %u are NOPs, %u call the backend\n",
		sites_rom, sites_native, sites_nop, sites_other);
}

static const struct pv_info vmi_info = {
	.name = "VMI ROM",
	.kernel_rpl = 0,
	.paravirt_enabled = 1,
	.shared_kernel_pmd = 1,
	.task_gates = 1,
};

/* Fills vmi_ops from the ROM's answers. */
static void __init fill_ops(void)
{
	vmi_ops.init.patch = vmi_patch;
	vmi_ops.init.arch_setup = vmi_arch_setup;

	call_cpuid = rom_call(VMI_CALL_CPUID);
	if (call_cpuid)
		vmi_ops.cpu.cpuid = vmi_cpuid;
	FILL(cpu.get_debugreg, GetDR);
	FILL(cpu.set_debugreg, SetDR);
	FILL(cpu.read_cr0, GetCR0);
	FILL(cpu.write_cr0, SetCR0);
	FILL(cpu.read_cr2, GetCR2);
	FILL(cpu.read_cr3, GetCR3);
	FILL(cpu.write_cr3, SetCR3);
	FILL(cpu.read_cr4, GetCR4);
	FILL(cpu.write_cr4, SetCR4);
	FILL(cpu.read_tsc, RDTSC);
	FILL(cpu.load_gdt, SetGDT);
	FILL(cpu.load_idt, SetIDT);
	FILL(cpu.store_gdt, GetGDT);
	FILL(cpu.store_idt, GetIDT);
	FILL(cpu.load_tr, SetTR);
	FILL(cpu.store_tr, GetTR);
	FILL(cpu.set_ldt, SetLDT);
	FILL(cpu.io_delay, IODelay);
	FILL(cpu.iret, IRET);
	WRAP(cpu.write_gdt_entry, WriteGDTEntry, vmi_call_write_gdt,
	     vmi_write_gdt_entry_thunk);
	WRAP(cpu.write_idt_entry, WriteIDTEntry, vmi_call_write_idt,
	     vmi_write_idt_entry_thunk);
	WRAP(cpu.load_sp0, UpdateKernelStack, vmi_call_kernel_stack,
	     vmi_load_sp0_thunk);

	FILL(irq.save_fl, GetInterruptMask);
	FILL(irq.restore_fl, SetInterruptMask);
	FILL(irq.irq_disable, DisableInterrupts);
	FILL(irq.irq_enable, EnableInterrupts);
	FILL(irq.safe_halt, Halt);

	FILL(apic.apic_read, APICRead);
	FILL(apic.apic_write, APICWrite);

	FILL(mmu.flush_tlb_single, InvalPage);
	WRAP(mmu.flush_tlb_user, FlushTLB, vmi_call_flush_tlb,
	     vmi_flush_tlb_thunk);
	WRAP(mmu.set_pte, SetPxELong, vmi_call_setpxe, vmi_set_pte_thunk);
	if (vmi_call_write_gdt)
		vmi_ops.cpu.load_tls = vmi_load_tls;
	/*
	 * set_pte_at() stays native: its native form is a set_pte site,
	 * which calls the thunk; the C hook would cost a second call.
	 */
	if (vmi_call_setpxe) {
		SLOT(mmu.pte_clear) = (void *)vmi_set_pte_thunk;
		SLOT(mmu.set_pmd) = (void *)vmi_set_pmd_thunk;
		SLOT(mmu.pmd_clear) = (void *)vmi_set_pmd_thunk;
		SLOT(mmu.set_pud) = (void *)vmi_set_pud_thunk;
	}
	call_allocate = rom_call(VMI_CALL_AllocatePage);
	if (call_allocate) {
		vmi_ops.mmu.alloc_pte = vmi_alloc_pte;
		vmi_ops.mmu.alloc_pmd = vmi_alloc_pmd;
		vmi_ops.mmu.alloc_pgd = vmi_alloc_pgd;
		vmi_ops.mmu.alloc_pmd_clone = vmi_alloc_pmd_clone;
	}
	call_release = rom_call(VMI_CALL_ReleasePage);
	if (call_release) {
		vmi_ops.mmu.release_pte = vmi_release_pte;
		vmi_ops.mmu.release_pmd = vmi_release_pmd;
		vmi_ops.mmu.release_pgd = vmi_release_pgd;
	}
	vmi_call_lazy = rom_call(VMI_CALL_SetLazyMode);
	if (vmi_call_lazy) {
		SLOT(cpu.lazy_enter) = (void *)vmi_lazy_cpu_thunk;
		SLOT(cpu.lazy_leave) = (void *)vmi_lazy_none_thunk;
		SLOT(mmu.lazy_enter) = (void *)vmi_lazy_mmu_thunk;
		SLOT(mmu.lazy_leave) = (void *)vmi_lazy_none_thunk;
	} else if (reloc_type[VMI_CALL_SetLazyMode] == VMI_RELOCATION_NOP) {
		SLOT(cpu.lazy_enter) = SLOT(cpu.lazy_leave) =
			SLOT(mmu.lazy_enter) = SLOT(mmu.lazy_leave) =
			(void *)paravirt_nop;
	}

	vmi_time_setup(&vmi_ops.time);

	call_shutdown = rom_call(VMI_CALL_Shutdown);
	if (call_shutdown)
		vmi_platform.power_off = vmi_power_off;
	call_reboot = rom_call(VMI_CALL_Reboot);
	if (call_reboot)
		vmi_platform.restart = vmi_restart;
}

/* Scans the option-ROM area; activates the first ROM that passes. */
static int __init vmi_probe(void)
{
	unsigned long base;
	u32 err;

	for (base = VMI_ROM_AREA_START; base < VMI_ROM_AREA_END;
	     base += VMI_ROM_STEP)
		if (check_rom(base))
			break;
	if (!vmi_rom) {
		pr_info("vmi: no VMI ROM accepted in %#x-%#x\n",
			VMI_ROM_AREA_START, VMI_ROM_AREA_END - 1);
		return 0;
	}
	base = __pa(vmi_rom);
	err = rom_init();
	if (err) {
		pr_warn("vmi: ROM at %#lx refused: its vmi_init answered %d; staying native\n",
			base, (int)err);
		goto refused;
	}
	if (!read_relocations())
		goto refused;
	if (reserve_top_address(-(unsigned long)vmi_rom->virtual_top)) {
		pr_warn("vmi: ROM at %#lx refused: cannot reserve %08x-ffffffff; staying native\n",
			base, vmi_rom->virtual_top);
		goto refused;
	}
	vmi_virtual_top = vmi_rom->virtual_top;
	fill_ops();
	return 1;
refused:
	vmi_rom = NULL;
	return 0;
}

const struct paravirt_backend vmi_backend = {
	.name = "vmi",
	.probe = vmi_probe,
	.info = &vmi_info,
	.ops = &vmi_ops,
	.platform = &vmi_platform,
};

/* For the tests: the ROM's answer for a call. */
void *vmi_reloc(unsigned int call, u8 *type)
{
	if (call >= VMI_NR_CALLS)
		return NULL;
	*type = reloc_type[call];
	return reloc_eip[call];
}
