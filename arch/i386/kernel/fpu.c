// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/fpu.c - FPU and SSE set-up and per-task state.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/fpu.h>
#include <asm/processor.h>

int fpu_has_fxsr;
static u8 init_fpu_state[FPU_STATE_SIZE] __aligned(16);

/*
 * Enables the FPU natively (no emulation, no lazy switching: TS stays
 * clear) and, with FXSR, SSE; then records a clean state for new tasks.
 */
void __init fpu_init(void)
{
	unsigned long cr0 = read_cr0();

	cr0 &= ~(X86_CR0_EM | X86_CR0_TS);
	cr0 |= X86_CR0_MP | X86_CR0_NE;
	write_cr0(cr0);
	fpu_has_fxsr = cpu_has(X86_FEATURE_FXSR);
	if (fpu_has_fxsr)
		write_cr4(read_cr4() | X86_CR4_OSFXSR |
			  (cpu_has(X86_FEATURE_SSE) ? X86_CR4_OSXMMEXCPT : 0));
	__asm__ __volatile__("fninit");
	fpu_save(init_fpu_state);
	pr_info("fpu: %s state saved at every task switch\n",
		fpu_has_fxsr ? "x87/SSE (fxsave)" : "x87 (fnsave)");
}

void *fpu_alloc_state(void)
{
	/* 512-byte kmalloc objects are 512-byte aligned: fxsave needs 16. */
	return kmalloc(FPU_STATE_SIZE, GFP_KERNEL);
}

void fpu_free_state(void *buf)
{
	kfree(buf);
}

void fpu_init_state(void *buf)
{
	if (buf)
		memcpy(buf, init_fpu_state, FPU_STATE_SIZE);
}
