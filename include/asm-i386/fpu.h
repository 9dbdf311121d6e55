/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_FPU_H
#define _ASM_I386_FPU_H

#include <linux/types.h>
#include <asm/processor.h>

/*
 * FPU and SSE state, saved and restored at every task switch (eagerly:
 * user programs built against glibc use SSE in memcpy and friends).
 * FXSAVE when the CPU has it, the older FSAVE format otherwise.
 */
#define FPU_STATE_SIZE	512

extern int fpu_has_fxsr;

static inline void fpu_save(void *buf)
{
	if (!buf)
		return;
	if (fpu_has_fxsr)
		__asm__ __volatile__("fxsave %0" : "=m"(*(u8 (*)[512])buf));
	else	/* fnsave also reinitialises the FPU: reload what we saved */
		__asm__ __volatile__("fnsave %0; frstor %0"
				     : "+m"(*(u8 (*)[108])buf));
}

static inline void fpu_restore(const void *buf)
{
	if (!buf)
		return;
	if (fpu_has_fxsr)
		__asm__ __volatile__("fxrstor %0" : : "m"(*(const u8 (*)[512])buf));
	else
		__asm__ __volatile__("frstor %0" : : "m"(*(const u8 (*)[108])buf));
}

void fpu_init(void);
void *fpu_alloc_state(void);
void fpu_free_state(void *buf);
/* Fills buf with the state of a freshly initialised FPU. */
void fpu_init_state(void *buf);

#endif /* _ASM_I386_FPU_H */
