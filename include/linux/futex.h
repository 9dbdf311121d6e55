/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FUTEX_H
#define _LINUX_FUTEX_H

#include <linux/types.h>

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_WAIT_BITSET	9
#define FUTEX_WAKE_BITSET	10
#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_CLOCK_REALTIME	256
#define FUTEX_CMD_MASK		(~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME))

/* Wakes up to n waiters on the user word at addr (current address space). */
int futex_wake_addr(unsigned long addr, int n);
struct task_struct;
/* At exit: the robust futexes the thread still holds are marked dead. */
void exit_robust_list(struct task_struct *t);

#endif /* _LINUX_FUTEX_H */
