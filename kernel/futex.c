// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/futex.c - FUTEX_WAIT and FUTEX_WAKE, as glibc's threads need.
 *
 * Waiters sleep on one queue, keyed by address space and user address.
 * A wait checks the word's value and goes to sleep with interrupts off,
 * so a wake after the check cannot be missed.  Priority-inheritance and
 * requeue operations are not supported (-ENOSYS).
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/futex.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/signal.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>

struct futex_waiter {
	struct list_head list;
	struct task_struct *task;
	struct mm_struct *mm;
	unsigned long addr;
	int woken;
};

static LIST_HEAD(waiters);

int futex_wake_addr(unsigned long addr, int n)
{
	struct futex_waiter *w, *tmp;
	unsigned long flags;
	int woke = 0;

	local_irq_save(flags);
	list_for_each_entry_safe(w, tmp, &waiters, list) {
		if (woke >= n)
			break;
		if (w->mm != current->mm || w->addr != addr)
			continue;
		list_del_init(&w->list);
		w->woken = 1;
		wake_up_process(w->task);
		woke++;
	}
	local_irq_restore(flags);
	return woke;
}

static long futex_wait(u32 __user *uaddr, u32 val, u64 timeout_ns,
		       int has_timeout)
{
	struct futex_waiter w = { .task = current, .mm = current->mm,
				  .addr = (unsigned long)uaddr };
	u64 deadline = ktime_get_ns() + timeout_ns;
	long ret = 0;
	u32 cur;

	if ((unsigned long)uaddr & 3)
		return -EINVAL;
	local_irq_disable();
	if (get_user(cur, uaddr)) {
		local_irq_enable();
		return -EFAULT;
	}
	if (cur != val) {
		local_irq_enable();
		return -EAGAIN;
	}
	list_add_tail(&w.list, &waiters);
	while (!w.woken) {
		if (signal_pending_current()) {
			ret = -EINTR;
			break;
		}
		if (has_timeout && ktime_get_ns() >= deadline) {
			ret = -ETIMEDOUT;
			break;
		}
		if (has_timeout) {
			schedule_timeout(deadline - ktime_get_ns(),
					 TASK_INTERRUPTIBLE);
		} else {
			current->state = TASK_INTERRUPTIBLE;
			schedule();
		}
	}
	if (!w.woken)
		list_del(&w.list);
	local_irq_enable();
	return ret;
}

/* BITSET waits take an absolute deadline, plain waits a relative one. */
static long futex_op(u32 __user *uaddr, int op, u32 val, s64 sec, long nsec,
		     int has_timeout)
{
	u64 ns = 0, now;

	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
	case FUTEX_WAIT_BITSET:
		if (has_timeout) {
			if (sec < 0 || nsec < 0 || nsec >= 1000000000)
				return -EINVAL;
			ns = (u64)sec * 1000000000ULL + nsec;
			if ((op & FUTEX_CMD_MASK) == FUTEX_WAIT_BITSET) {
				now = ktime_get_ns();
				ns = ns > now ? ns - now : 0;
			}
		}
		return futex_wait(uaddr, val, ns, has_timeout);
	case FUTEX_WAKE:
	case FUTEX_WAKE_BITSET:
		return futex_wake_addr((unsigned long)uaddr, (int)val);
	default:
		return -ENOSYS;
	}
}

long sys_futex(u32 __user *uaddr, int op, u32 val,
	       const struct timespec32 __user *utime, u32 __user *uaddr2,
	       u32 val3)
{
	struct timespec32 ts = { 0, 0 };

	if (utime && copy_from_user(&ts, utime, sizeof(ts)))
		return -EFAULT;
	return futex_op(uaddr, op, val, ts.tv_sec, ts.tv_nsec, utime != NULL);
}

long sys_futex_time64(u32 __user *uaddr, int op, u32 val,
		      const void __user *utime, u32 __user *uaddr2, u32 val3)
{
	struct timespec64u ts = { 0, 0 };

	if (utime && copy_from_user(&ts, utime, sizeof(ts)))
		return -EFAULT;
	return futex_op(uaddr, op, val, ts.tv_sec, (long)ts.tv_nsec,
			utime != NULL);
}
