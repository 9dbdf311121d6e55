// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/itimer.c - the interval timers of a process: setitimer,
 * getitimer and alarm().
 *
 * The timers belong to the process (its thread-group leader) and signal
 * it when they expire, then again every interval if they have one.
 * ITIMER_REAL counts wall time (SIGALRM): armed timers wait on a list
 * sorted by expiry that the scheduler tick looks at, so they fire with
 * the tick's resolution.  ITIMER_VIRTUAL (SIGVTALRM) counts the CPU time
 * of the process in user mode and ITIMER_PROF (SIGPROF) in both modes,
 * as the tick samples it: each tick charges TICK_NSEC to the timers of
 * the process it interrupted.  As on Linux the timers survive exec and
 * a forked child starts without them.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/clockchips.h>
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
/* CPU timers armed: the tick looks for the process only if some are. */
static int cpu_armed;

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

/* Sets CPU timer i (0: virtual, 1: prof) of p; interrupts off. */
static void set_cpu(struct task_struct *p, int i, u64 value, u64 interval)
{
	if (!p->it_cpu_value[i] != !value)
		cpu_armed += value ? 1 : -1;
	p->it_cpu_value[i] = value;
	p->it_cpu_interval[i] = interval;
}

static void charge_cpu(struct task_struct *p, int i, int sig)
{
	u64 left = p->it_cpu_value[i];

	if (!left)
		return;
	if (left > TICK_NSEC) {
		p->it_cpu_value[i] = left - TICK_NSEC;
		return;
	}
	send_sig(sig, p);
	set_cpu(p, i, p->it_cpu_interval[i], p->it_cpu_interval[i]);
}

void itimer_cpu_tick(struct task_struct *t, bool user)
{
	struct task_struct *p;

	if (!cpu_armed)
		return;
	p = t->pid == t->tgid ? t : find_task_by_pid(t->tgid);
	if (!p)
		return;
	if (user)
		charge_cpu(p, 0, SIGVTALRM);
	charge_cpu(p, 1, SIGPROF);
}

/* A process that exits takes its timers along. */
void itimer_exit(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	disarm(p);
	set_cpu(p, 0, 0, 0);
	set_cpu(p, 1, 0, 0);
	local_irq_restore(flags);
}

static void ns_to_tv(u64 ns, s32 *sec, s32 *usec)
{
	u32 rem = do_div(ns, NSEC_PER_SEC);

	*sec = ns;
	*usec = rem / 1000;
}

static void get_timer(struct task_struct *p, int which,
		      struct itimerval32 *v)
{
	u64 now = ktime_get_ns(), left = 0;
	u32 rem;

	if (which != ITIMER_REAL) {
		ns_to_tv(p->it_cpu_value[which - 1], &v->value_sec,
			 &v->value_usec);
		ns_to_tv(p->it_cpu_interval[which - 1], &v->interval_sec,
			 &v->interval_usec);
		return;
	}
	if (p->it_real_expires)
		left = p->it_real_expires > now ? p->it_real_expires - now : 1000;
	rem = do_div(left, NSEC_PER_SEC);
	v->value_sec = left;
	v->value_usec = (rem + 999) / 1000;
	if (v->value_usec == 1000000) {
		v->value_sec++;
		v->value_usec = 0;
	}
	ns_to_tv(p->it_real_interval, &v->interval_sec, &v->interval_usec);
}

long sys_getitimer(int which, struct itimerval32 __user *cur)
{
	struct itimerval32 v;
	unsigned long flags;

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	local_irq_save(flags);
	get_timer(leader(), which, &v);
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
	u64 value, interval;

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	if (new && copy_from_user(&v, new, sizeof(v)))
		return -EFAULT;
	if (v.value_sec < 0 || v.value_usec < 0 || v.value_usec >= 1000000 ||
	    v.interval_sec < 0 || v.interval_usec < 0 ||
	    v.interval_usec >= 1000000)
		return -EINVAL;
	value = to_ns(v.value_sec, v.value_usec);
	interval = to_ns(v.interval_sec, v.interval_usec);
	local_irq_save(flags);
	get_timer(p, which, &prev);
	if (which == ITIMER_REAL)
		arm(p, value ? ktime_get_ns() + value : 0, interval);
	else
		set_cpu(p, which - 1, value, interval);
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
	get_timer(p, ITIMER_REAL, &prev);
	arm(p, seconds ? ktime_get_ns() + (u64)seconds * NSEC_PER_SEC : 0, 0);
	local_irq_restore(flags);
	if (prev.value_usec >= 500000 || (!prev.value_sec && prev.value_usec))
		prev.value_sec++;
	return prev.value_sec;
}
