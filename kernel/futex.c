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

/*
 * Robust futexes: a thread registers the head of a list of the locks it
 * holds (struct robust_list_head: the list, the offset from an entry to
 * its futex word, and the entry being taken or released).  When it
 * exits, each word that still names it gets FUTEX_OWNER_DIED and one
 * waiter is woken, so a lock held by a thread that died is not held for
 * ever.  The list is the thread's memory: it is walked with get_user,
 * at most ROBUST_LIST_LIMIT entries, and anything unreadable ends it.
 */
#define FUTEX_WAITERS		0x80000000
#define FUTEX_OWNER_DIED	0x40000000
#define FUTEX_TID_MASK		0x3fffffff
#define ROBUST_LIST_LIMIT	2048

struct robust_list_head32 {
	u32 next;		/* the first entry; the head itself ends it */
	s32 futex_offset;
	u32 list_op_pending;
};

long sys_set_robust_list(void __user *head, size_t len)
{
	if (len != sizeof(struct robust_list_head32))
		return -EINVAL;
	current->robust_list = head;
	return 0;
}

long sys_get_robust_list(int pid, void __user *__user *head,
			 size_t __user *len)
{
	struct task_struct *t = pid ? find_task_by_pid(pid) : current;

	if (!t)
		return -ESRCH;
	if (put_user((u32)(unsigned long)t->robust_list, (u32 __user *)head) ||
	    put_user(sizeof(struct robust_list_head32), len))
		return -EFAULT;
	return 0;
}

/* Marks the word at uaddr if it names tid; wakes a waiter.  0 or -EFAULT. */
static int handle_dead_owner(u32 __user *uaddr, u32 tid)
{
	u32 v;

	if (get_user(v, uaddr))
		return -EFAULT;
	if ((v & FUTEX_TID_MASK) != tid)
		return 0;
	if (put_user((v & FUTEX_WAITERS) | FUTEX_OWNER_DIED, uaddr))
		return -EFAULT;
	futex_wake_addr((unsigned long)uaddr, 1);
	return 0;
}

void exit_robust_list(struct task_struct *t)
{
	struct robust_list_head32 __user *head = t->robust_list;
	u32 entry, pending;
	s32 offset;
	int n;

	if (!head || get_user(entry, &head->next) ||
	    get_user(offset, &head->futex_offset) ||
	    get_user(pending, &head->list_op_pending))
		return;
	for (n = 0; entry != (u32)(unsigned long)head && n < ROBUST_LIST_LIMIT;
	     n++) {
		if (entry != pending &&
		    handle_dead_owner((u32 __user *)(entry + offset), t->pid))
			return;
		if (get_user(entry, (u32 __user *)(unsigned long)entry))
			return;
	}
	if (pending)
		handle_dead_owner((u32 __user *)(pending + offset), t->pid);
}
