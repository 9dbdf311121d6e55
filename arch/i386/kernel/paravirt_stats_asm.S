/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/i386/kernel/paravirt_stats_asm.S - one counting thunk per pv_ops
 * slot (CONFIG_PARAVIRT_STATS).
 *
 * Thunk N, at pv_stat_thunks + 16 * N, counts a call and jumps to the
 * slot's real target, leaving every register and the stack as it found
 * them, so it stands in for any slot, callee-save or not, call or jump.
 */
#include <generated/asm-offsets.h>

	.text
	.balign 16
	.globl pv_stat_thunks
pv_stat_thunks:
	.set slot, 0
	.rept PV_NR_SLOTS
	.balign 16
	incl pv_stats_count + 4 * slot
	jmp *pv_stats_real + 4 * slot
	.set slot, slot + 1
	.endr
