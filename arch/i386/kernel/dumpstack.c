// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/dumpstack.c - backtraces by walking frame pointers.
 *
 * With -fno-omit-frame-pointer every frame starts with the caller's %ebp
 * and then the return address.  Each frame is checked to be mapped, to
 * lie above the previous one and within a stack's reach before it is
 * read, so a corrupt chain ends the trace instead of faulting.
 */
#include <linux/kernel.h>
#include <linux/sched_stack.h>
#include <linux/kallsyms.h>
#include <asm/pgtable.h>

#define MAX_FRAMES	24

static void print_entry(unsigned long ip, int is_return)
{
	if (is_return)
		printk(KERN_EMERG " [<%08lx>] %pB\n", ip, (void *)ip);
	else
		printk(KERN_EMERG " [<%08lx>] %pS\n", ip, (void *)ip);
}

void show_trace(unsigned long bp, unsigned long ip)
{
	unsigned long first = bp;
	int n;

	if (ip)
		print_entry(ip, 0);
	for (n = 0; n < MAX_FRAMES; n++) {
		unsigned long *frame = (unsigned long *)bp;

		if (bp < PAGE_OFFSET || (bp & 3) || bp - first > THREAD_SIZE * 4 ||
		    !kernel_addr_mapped(bp) || !kernel_addr_mapped(bp + 7))
			break;
		if (!frame[1])
			break;
		print_entry(frame[1], 1);
		if (frame[0] <= bp)
			break;
		bp = frame[0];
	}
}

void dump_stack(void)
{
	unsigned long bp;

	__asm__ __volatile__("movl %%ebp, %0" : "=r"(bp));
	printk(KERN_EMERG "Call Trace:\n");
	show_trace(bp, 0);
}
