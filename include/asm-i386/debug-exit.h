/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_DEBUG_EXIT_H
#define _ASM_I386_DEBUG_EXIT_H

/*
 * How a test run ends.  The status is written to QEMU's isa-debug-exit
 * device (port 0xf4), which ends QEMU with exit status (value << 1) | 1,
 * where the platform has one; and it is always printed as
 * DEBUG_EXIT_MESSAGE followed by the value in hex, so that a run whose
 * exit status nobody sees (under a hypervisor) is judged from its log.
 * scripts/check.sh reads the numbers and the message from this file:
 * they are defined only here.
 */
#define DEBUG_EXIT_PORT		0xf4
#define DEBUG_EXIT_PASS		0x10	/* QEMU exits 33 */
#define DEBUG_EXIT_FAIL		0x11	/* QEMU exits 35 */
#define DEBUG_EXIT_PANIC	0x12	/* QEMU exits 37 */
#define DEBUG_EXIT_MESSAGE	"reboot: exit status"

#endif /* _ASM_I386_DEBUG_EXIT_H */
