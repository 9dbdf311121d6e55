/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_STACK_H
#define _LINUX_SCHED_STACK_H

#include <linux/types.h>

struct pt_regs;

#define THREAD_SIZE	(CONFIG_KERNEL_STACK_PAGES * 4096UL)

/* Backtrace of the caller. */
void dump_stack(void);
/* Backtrace from a frame pointer (oops: the interrupted context). */
void show_trace(unsigned long bp, unsigned long ip);

/*
 * Kernel stacks live in the stack area with an unmapped guard page
 * below each one.  Returns the lowest address of the stack (its top is
 * that + THREAD_SIZE), or NULL when out of memory or address space.
 */
void *alloc_kernel_stack(void);
void free_kernel_stack(void *stack);

#endif /* _LINUX_SCHED_STACK_H */
