/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_DEBUG_EXIT_H
#define _ASM_I386_DEBUG_EXIT_H

/*
 * Status values written to QEMU's isa-debug-exit device (port 0xf4),
 * which ends QEMU with exit status (value << 1) | 1.  scripts/check.sh
 * reads the numbers from this file: they are defined only here.
 */
#define DEBUG_EXIT_PORT		0xf4
#define DEBUG_EXIT_PASS		0x10	/* QEMU exits 33 */
#define DEBUG_EXIT_FAIL		0x11	/* QEMU exits 35 */
#define DEBUG_EXIT_PANIC	0x12	/* QEMU exits 37 */

#endif /* _ASM_I386_DEBUG_EXIT_H */
