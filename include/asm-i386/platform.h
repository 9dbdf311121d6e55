/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PLATFORM_H
#define _ASM_I386_PLATFORM_H

/*
 * The machine around the CPU, chosen with the paravirt_ops backend, in
 * the manner of Plan 9's PCArch: how interrupts are wired, where the
 * console is, how the machine stops.  pv_ops covers the CPU and the MMU
 * and is patched; these are cold and stay plain calls.
 *
 * A backend names its table in struct paravirt_backend; its NULL slots
 * are filled from native_platform (PC hardware: 8259 and local APIC, the
 * 8250 UART, PIIX4 power management, QEMU's isa-debug-exit).  Nothing
 * touches a device before the backend is chosen, so under a hypervisor
 * the native devices are never registered at all.
 */
#include <linux/compiler.h>

struct x86_platform_ops {
	const char *name;
	/* Binds the interrupt controllers' IRQs (8259 + APIC natively). */
	void (*init_irq)(void);
	/* Registers the console(s) printk writes to and the tty reads. */
	void (*console_init)(void);
	/* Each stops the machine; returning means it could not. */
	void (*power_off)(void);
	void (*restart)(void);
	void (*halt)(void);
	/* Ends a test run with a status the harness reads, if it can. */
	void (*exit)(int status);
};

extern struct x86_platform_ops x86_platform;
extern const struct x86_platform_ops native_platform;

/* The PC's devices are there: the platform brings up the 8259 and APIC. */
static inline int pc_platform(void)
{
	return x86_platform.init_irq == native_platform.init_irq;
}

/* Fills dst from p, native slots where p has none; p NULL: native. */
void x86_platform_fill(struct x86_platform_ops *dst,
		       const struct x86_platform_ops *p);
/* The same into x86_platform: the backend's platform takes over. */
void x86_platform_install(const struct x86_platform_ops *p);

#endif /* _ASM_I386_PLATFORM_H */
