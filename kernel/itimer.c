// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/itimer.c - the real-time interval timer of a process:
 * setitimer/getitimer(ITIMER_REAL) and alarm().
 *
 * The timer belongs to the process (its thread-group leader): it sends
 * SIGALRM to it when it expires, then again every interval if it has
 * one.  Armed timers wait on a list sorted by expiry that the scheduler
 * tick looks at, so they fire with the tick's resolution.  As on Linux
 * the timer survives exec and a forked child starts without one.
 * ITIMER_VIRTUAL and ITIMER_PROF count CPU time, which this kernel does
 * not account: they are refused with EINVAL and one line.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>
#include <asm/div64.h>

#define ITIMER_REAL	0
#define ITIMER_VIRTUAL	1
#define ITIMER_PROF	2

struct itimerval32 {
	s32 interval_sec, interval_usec;
	s32 value_sec, value_usec;
};

static LIST_HEAD(armed);

static struct task_struct *leader(void)
{
	struct task_struct *p = find_task_by_pid(current->tgid);

	return p ? p : current;
}

static void disarm(struct task_struct *p)
{
	if (p->it_real_expires) {
		list_del_init(&p->it_real_list);
		p->it_real_expires = 0;
	}
}

/* Arms p's timer at expires (ns, monotonic), 0 to disarm. */
static void arm(struct task_struct *p, u64 expires, u64 interval)
{
	struct task_struct *s;

	disarm(p);
	p->it_real_interval = interval;
	if (!expires)
		return;
	p->it_real_expires = expires;
	list_for_each_entry(s, &armed, it_real_list)
		if (s->it_real_expires > expires)
			break;
	list_add_tail(&p->it_real_list, &s->it_real_list);
}

/* From the tick, interrupts off: SIGALRM for every timer due. */
void itimer_tick(u64 now)
{
	struct task_struct *p;
	u64 next;

	while (!list_empty(&armed)) {
		p = list_first_entry(&armed, struct task_struct, it_real_list);
		if (p->it_real_expires > now)
			break;
		send_sig(SIGALRM, p);
		next = 0;
		if (p->it_real_interval) {
			next = p->it_real_expires + p->it_real_interval;
			if (next <= now)	/* ticks were missed: one signal */
				next = now + p->it_real_interval;
		}
		arm(p, next, p->it_real_interval);
	}
}

/* A process that exits takes its timer along. */
void itimer_exit(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	disarm(p);
	local_irq_restore(flags);
}

static void get_real(struct task_struct *p, struct itimerval32 *v)
{
	u64 now = ktime_get_ns(), left = 0;
	u32 rem;

	if (p->it_real_expires)
		left = p->it_real_expires > now ? p->it_real_expires - now : 1000;
	rem = do_div(left, NSEC_PER_SEC);
	v->value_sec = left;
	v->value_usec = (rem + 999) / 1000;
	if (v->value_usec == 1000000) {
		v->value_sec++;
		v->value_usec = 0;
	}
	left = p->it_real_interval;
	rem = do_div(left, NSEC_PER_SEC);
	v->interval_sec = left;
	v->interval_usec = rem / 1000;
}

static int bad_which(int which, const char *call)
{
	if (which == ITIMER_REAL)
		return 0;
	if (which == ITIMER_VIRTUAL || which == ITIMER_PROF)
		pr_info_once("%s[%d]: %s: only ITIMER_REAL is supported (no CPU time accounting)\n",
			current->comm, current->pid, call);
	return -EINVAL;
}

long sys_getitimer(int which, struct itimerval32 __user *cur)
{
	struct itimerval32 v;
	unsigned long flags;
	int err = bad_which(which, "getitimer");

	if (err)
		return err;
	local_irq_save(flags);
	get_real(leader(), &v);
	local_irq_restore(flags);
	return copy_to_user(cur, &v, sizeof(v)) ? -EFAULT : 0;
}

static u64 to_ns(s32 sec, s32 usec)
{
	return (u64)sec * NSEC_PER_SEC + (u64)usec * 1000;
}

long sys_setitimer(int which, const struct itimerval32 __user *new,
		   struct itimerval32 __user *old)
{
	struct itimerval32 v = { 0 }, prev;
	struct task_struct *p = leader();
	unsigned long flags;
	u64 value;
	int err = bad_which(which, "setitimer");

	if (err)
		return err;
	if (new && copy_from_user(&v, new, sizeof(v)))
		return -EFAULT;
	if (v.value_sec < 0 || v.value_usec < 0 || v.value_usec >= 1000000 ||
	    v.interval_sec < 0 || v.interval_usec < 0 ||
	    v.interval_usec >= 1000000)
		return -EINVAL;
	value = to_ns(v.value_sec, v.value_usec);
	local_irq_save(flags);
	get_real(p, &prev);
	arm(p, value ? ktime_get_ns() + value : 0,
	    to_ns(v.interval_sec, v.interval_usec));
	local_irq_restore(flags);
	if (old && copy_to_user(old, &prev, sizeof(prev)))
		return -EFAULT;
	return 0;
}

/* alarm(seconds): the seconds that were left, rounded up, or 0. */
long sys_alarm(unsigned int seconds)
{
	struct task_struct *p = leader();
	struct itimerval32 prev;
	unsigned long flags;

	local_irq_save(flags);
	get_real(p, &prev);
	arm(p, seconds ? ktime_get_ns() + (u64)seconds * NSEC_PER_SEC : 0, 0);
	local_irq_restore(flags);
	if (prev.value_usec >= 500000 || (!prev.value_sec && prev.value_usec))
		prev.value_sec++;
	return prev.value_sec;
}
