// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/xen/setup.c - the Xen door and the Xen platform.
 *
 * startup_xen (xen-head.S) calls xen_start_kernel() in ring 1 on Xen's
 * page tables with start_info.  It installs the Xen backend (the door
 * knows its hypervisor), leaves Xen's hole at the top of the address
 * space, translates start_info into boot_info and joins start_kernel().
 * Once the kernel's page tables exist, xen_arch_setup() maps
 * shared_info and registers the entry points Xen calls.
 *
 * The platform: no PC devices at all.  Interrupts are event channels,
 * the console is Xen's, the machine stops with SCHEDOP_shutdown, and a
 * test run ends QEMU through its isa-debug-exit port, which dom0 may
 * reach once Xen gave it I/O privilege.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/bootinfo.h>
#include <linux/start_kernel.h>
#include <asm/page.h>
#include <asm/fixmap.h>
#include <asm/io.h>
#include <asm/msr.h>
#include <asm/platform.h>
#include <asm/paravirt_init.h>
#include <asm/debug-exit.h>
#include "xen-ops.h"

struct start_info *xen_start_info;
struct shared_info *xen_shared_info;

void __init xen_start_kernel(struct start_info *si);

void xen_hypercall_failed(const char *op, unsigned long arg, long err)
{
	pr_err("xen: %s(%#lx) failed: %ld\n", op, arg, err);
}

/*
 * Where Xen's hole starts (0xF5800000 for a 32-bit guest on 64-bit
 * Xen), which begins with the machine-to-physical table, and how many
 * machine frames that covers.
 */
static unsigned long __init xen_hole_start(void)
{
	struct xen_machphys_mapping m;
	long err = HYPERVISOR_memory_op(XENMEM_machphys_mapping, &m);

	if (err) {
		xen_raw_console_write("xen: XENMEM_machphys_mapping failed: assuming the default hole\n");
		xen_m2p_entries = 0;
		return __HYPERVISOR_VIRT_START_PAE;
	}
	xen_m2p_entries = (m.v_end - m.v_start) / sizeof(unsigned long);
	return m.v_start;
}

/* RAM, the module, the command line and what must be kept. */
static void __init xen_fill_boot_info(struct boot_info *bi,
				      const struct start_info *si)
{
	unsigned long pt = __pa(si->pt_base);
	/* The boot stack page follows the page tables. */
	unsigned long last = pt + (si->nr_pt_frames + 1) * PAGE_SIZE;

	boot_info_init(bi, "Xen");
	bi->nr_mem = 1;
	bi->mem[0].addr = 0;
	bi->mem[0].size = (u64)si->nr_pages << PAGE_SHIFT;
	bi->mem[0].type = BOOT_MEM_RAM;
	/* Xen maps at least 512 KiB past its last element, to 4 MiB. */
	bi->early_mapped = (last + (512 << 10) + (4 << 20) - 1) & ~((4 << 20) - 1);

	memcpy(bi->cmdline, si->cmd_line, sizeof(bi->cmdline) - 1);
	bi->cmdline[sizeof(bi->cmdline) - 1] = '\0';
	bi->cmdline_truncated = strlen((const char *)si->cmd_line) >=
				sizeof(bi->cmdline);

	if (si->mod_start && si->mod_len) {
		unsigned long start = si->flags & SIF_MOD_START_PFN ?
			si->mod_start << PAGE_SHIFT : __pa(si->mod_start);

		bi->nr_mods = 1;
		bi->mods[0].start = start;
		bi->mods[0].end = start + si->mod_len;
	}
	boot_info_reserve(bi, __pa(si), __pa(si) + PAGE_SIZE, "Xen start_info");
	boot_info_reserve(bi, __pa(si->mfn_list),
			  __pa(si->mfn_list) + si->nr_pages * sizeof(long),
			  "Xen pfn-to-mfn list");
	boot_info_reserve(bi, pt, last, "Xen's page tables and boot stack");
}

void __init xen_start_kernel(struct start_info *si)
{
	xen_start_info = si;
	boot_tsc = rdtsc();
	xen_p2m = (unsigned long *)si->mfn_list;
	xen_max_p2m_pfn = si->nr_pages;
	if (paravirt_install_door(&xen_backend)) {
		xen_raw_console_write("xen: the Xen backend was refused; cannot go on\n");
		for (;;)
			HYPERVISOR_sched_op(SCHEDOP_shutdown,
					    &(struct sched_shutdown){ SHUTDOWN_crash });
	}
	reserve_top_address(-xen_hole_start());
	xen_fill_boot_info(&boot_info, si);
	start_kernel();
}

/*
 * Once the kernel runs on its own page tables: Xen's bootstrap tables
 * unpinned, shared_info mapped, the kernel's vcpu_info registered (the
 * stand-in becomes the real one, its upcall mask as we left it).
 */
void __init xen_arch_setup(void)
{
	xen_mmu_init();
	set_fixmap_ma(FIX_HYPERVISOR_SHARED, xen_start_info->shared_info);
	xen_shared_info = (void *)fix_to_virt(FIX_HYPERVISOR_SHARED);
	xen_register_vcpu_info();
	pr_info("xen: %s, %lu pages, shared_info at %#lx, %lu page-table frames at entry\n",
		xen_start_info->magic, xen_start_info->nr_pages,
		xen_start_info->shared_info, xen_start_info->nr_pt_frames);
}

static void xen_shutdown(unsigned int reason)
{
	struct sched_shutdown s = { .reason = reason };
	long err = HYPERVISOR_sched_op(SCHEDOP_shutdown, &s);

	xen_hypercall_failed("SCHEDOP_shutdown", reason, err);
}

static void xen_power_off(void)
{
	xen_shutdown(SHUTDOWN_poweroff);
}

static void xen_restart(void)
{
	xen_shutdown(SHUTDOWN_reboot);
}

static void xen_halt(void)
{
	xen_shutdown(SHUTDOWN_poweroff);
}

/*
 * The end of a test run under QEMU: with I/O privilege (iopl 1, as dom0
 * may have) the isa-debug-exit port ends QEMU with the status.  Without
 * the device (or the privilege) nothing happens and the caller powers
 * off.
 */
static void xen_exit(int status)
{
	struct physdev_set_iopl iopl = { .iopl = 1 };
	long err = HYPERVISOR_physdev_op(PHYSDEVOP_set_iopl, &iopl);

	if (err) {
		xen_hypercall_failed("PHYSDEVOP_set_iopl", 1, err);
		return;
	}
	outb(status, DEBUG_EXIT_PORT);
}

const struct x86_platform_ops xen_platform = {
	.name = "Xen",
	.init_irq = xen_init_IRQ,
	.console_init = xen_console_init,
	.power_off = xen_power_off,
	.restart = xen_restart,
	.halt = xen_halt,
	.exit = xen_exit,
};
