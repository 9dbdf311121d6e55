/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/compiler.h>
#include <asm/debug-exit.h>

/* Powers the machine off; halts if that does not work. */
void __noreturn machine_power_off(void);

/* Resets the machine (QEMU with -no-reboot exits). */
void __noreturn machine_restart(void);

/* Stops the CPU for good, interrupts off. */
void __noreturn machine_halt(void);

/*
 * Ends the run with a status a test harness can read (natively QEMU's
 * isa-debug-exit), else powers off, else halts.
 */
void __noreturn machine_exit(int status);

/* Prints one line naming a fatal boot problem and exits with FAIL. */
void __noreturn boot_fail(const char *fmt, ...) __printf(1, 2);

#endif /* _LINUX_REBOOT_H */
