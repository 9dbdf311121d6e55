// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sys_time.c - the time system calls: reading the clocks and
 * sleeping.  Both the 32-bit-time calls and their 64-bit-time versions
 * (which glibc tries first) are here.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/signal.h>
#include <asm/uaccess.h>
#include <linux/string.h>
#include <linux/clockchips.h>
#include <asm/div64.h>
#include <asm/irqflags.h>

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID	3
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7
#define TIMER_ABSTIME		1


/* The time of a clock in ns; -EINVAL for clocks we do not have. */
static int clock_ns(int clk, u64 *ns)
{
	struct timespec64 ts;

	switch (clk) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
		ktime_get_real_ts64(&ts);
		*ns = (u64)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec;
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
	/* No per-process CPU accounting: these count since boot. */
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		*ns = ktime_get_ns();
		return 0;
	default:
		return -EINVAL;
	}
}

static void split_ns(u64 ns, s64 *sec, long *nsec)
{
	*nsec = __div64_32(&ns, NSEC_PER_SEC);
	*sec = ns;
}

long sys_clock_gettime(int clk, struct timespec32 __user *tp)
{
	struct timespec32 t;
	s64 sec;
	long nsec;
	u64 ns;
	int err = clock_ns(clk, &ns);

	if (err)
		return err;
	split_ns(ns, &sec, &nsec);
	t.tv_sec = (s32)sec;
	t.tv_nsec = nsec;
	return copy_to_user(tp, &t, sizeof(t)) ? -EFAULT : 0;
}

long sys_clock_gettime64(int clk, struct timespec64u __user *tp)
{
	struct timespec64u t;
	long nsec;
	u64 ns;
	int err = clock_ns(clk, &ns);

	if (err)
		return err;
	split_ns(ns, &t.tv_sec, &nsec);
	t.tv_nsec = nsec;
	return copy_to_user(tp, &t, sizeof(t)) ? -EFAULT : 0;
}

long sys_clock_getres(int clk, struct timespec32 __user *tp)
{
	struct timespec32 t = { 0, 1 };
	u64 ns;

	if (clock_ns(clk, &ns))
		return -EINVAL;
	return tp && copy_to_user(tp, &t, sizeof(t)) ? -EFAULT : 0;
}

long sys_clock_getres_time64(int clk, struct timespec64u __user *tp)
{
	struct timespec64u t = { 0, 1 };
	u64 ns;

	if (clock_ns(clk, &ns))
		return -EINVAL;
	return tp && copy_to_user(tp, &t, sizeof(t)) ? -EFAULT : 0;
}

long sys_gettimeofday(struct timeval32 __user *tv, void __user *tz)
{
	struct timespec64 ts;
	struct timeval32 t;

	if (tv) {
		ktime_get_real_ts64(&ts);
		t.tv_sec = (s32)ts.tv_sec;
		t.tv_usec = ts.tv_nsec / 1000;
		if (copy_to_user(tv, &t, sizeof(t)))
			return -EFAULT;
	}
	/* The timezone is UTC: minuteswest 0, dsttime 0. */
	if (tz && clear_user(tz, 8))
		return -EFAULT;
	return 0;
}

long sys_time(s32 __user *tloc)
{
	struct timespec64 ts;

	ktime_get_real_ts64(&ts);
	if (tloc && put_user((s32)ts.tv_sec, tloc))
		return -EFAULT;
	return (s32)ts.tv_sec;
}

/*
 * Sleeps until monotonic time "until"; on a signal returns -EINTR with
 * the time left in *left.
 */
static long sleep_until(u64 until, u64 *left)
{
	u64 now;

	for (;;) {
		now = ktime_get_ns();
		if (now >= until)
			return 0;
		if (signal_pending_current()) {
			*left = until - now;
			return -EINTR;
		}
		schedule_timeout(until - now, TASK_INTERRUPTIBLE);
	}
}

static long do_nanosleep(int clk, int flags, s64 sec, long nsec, u64 *left)
{
	u64 req, now;

	if (sec < 0 || nsec < 0 || nsec >= (long)NSEC_PER_SEC)
		return -EINVAL;
	if (clock_ns(clk, &now) || clk == CLOCK_PROCESS_CPUTIME_ID ||
	    clk == CLOCK_THREAD_CPUTIME_ID)
		return -EINVAL;
	req = (u64)sec * NSEC_PER_SEC + nsec;
	if (flags & TIMER_ABSTIME)
		req = req > now ? req - now : 0;
	*left = 0;
	return sleep_until(ktime_get_ns() + req, left);
}

static long nanosleep32(int clk, int flags, const struct timespec32 __user *rq,
			struct timespec32 __user *rm)
{
	struct timespec32 t;
	s64 sec;
	long nsec, err;
	u64 left;

	if (copy_from_user(&t, rq, sizeof(t)))
		return -EFAULT;
	err = do_nanosleep(clk, flags, t.tv_sec, t.tv_nsec, &left);
	if (err == -EINTR && rm && !(flags & TIMER_ABSTIME)) {
		split_ns(left, &sec, &nsec);
		t.tv_sec = (s32)sec;
		t.tv_nsec = nsec;
		if (copy_to_user(rm, &t, sizeof(t)))
			return -EFAULT;
	}
	return err;
}

long sys_nanosleep(const struct timespec32 __user *rq,
		   struct timespec32 __user *rm)
{
	return nanosleep32(CLOCK_MONOTONIC, 0, rq, rm);
}

/* clock_nanosleep reports errors as its return value, not -1/errno. */
long sys_clock_nanosleep(int clk, int flags, const struct timespec32 __user *rq,
			 struct timespec32 __user *rm)
{
	return nanosleep32(clk, flags, rq, rm);
}

long sys_clock_nanosleep_time64(int clk, int flags,
				const struct timespec64u __user *rq,
				struct timespec64u __user *rm)
{
	struct timespec64u t;
	long nsec, err;
	u64 left;

	if (copy_from_user(&t, rq, sizeof(t)))
		return -EFAULT;
	if (t.tv_nsec < 0 || t.tv_nsec >= (s64)NSEC_PER_SEC)
		return -EINVAL;
	err = do_nanosleep(clk, flags, t.tv_sec, (long)t.tv_nsec, &left);
	if (err == -EINTR && rm && !(flags & TIMER_ABSTIME)) {
		split_ns(left, &t.tv_sec, &nsec);
		t.tv_nsec = nsec;
		if (copy_to_user(rm, &t, sizeof(t)))
			return -EFAULT;
	}
	return err;
}

struct tms32 { s32 utime, stime, cutime, cstime; };

/*
 * CPU time is sampled by the tick (TICK_HZ, 100 a second, which is also
 * the clock_t of times() and AT_CLKTCK): each tick is charged to the
 * running thread, in user or kernel mode as the tick found it.
 */
void group_cputime(struct task_struct *leader, unsigned long *utime,
		   unsigned long *stime)
{
	struct task_struct *t;
	unsigned long flags;

	local_irq_save(flags);
	*utime = leader->dead_utime;
	*stime = leader->dead_stime;
	for_each_task(t) {
		if (t->tgid == leader->tgid) {
			*utime += t->utime;
			*stime += t->stime;
		}
	}
	local_irq_restore(flags);
}

static struct task_struct *group_leader(void)
{
	struct task_struct *l = find_task_by_pid(current->tgid);

	return l ? l : current;
}

long sys_times(struct tms32 __user *buf)
{
	struct task_struct *l = group_leader();
	unsigned long u, s;
	struct tms32 t;

	if (buf) {
		group_cputime(l, &u, &s);
		t.utime = u;
		t.stime = s;
		t.cutime = l->cutime;
		t.cstime = l->cstime;
		if (copy_to_user(buf, &t, sizeof(t)))
			return -EFAULT;
	}
	return (long)div_u64(ktime_get_ns(), NSEC_PER_SEC / TICK_HZ);
}

/* The i386 struct rusage: two struct timeval, then 14 longs. */
struct rusage32 {
	s32 utime_sec, utime_usec, stime_sec, stime_usec;
	s32 rest[14];
};

#define TICK_USEC	(1000000 / TICK_HZ)

int put_rusage(void __user *ru, unsigned long utime, unsigned long stime)
{
	struct rusage32 r;

	memset(&r, 0, sizeof(r));
	r.utime_sec = utime / TICK_HZ;
	r.utime_usec = utime % TICK_HZ * TICK_USEC;
	r.stime_sec = stime / TICK_HZ;
	r.stime_usec = stime % TICK_HZ * TICK_USEC;
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1

/*
 * getrusage: user and system time of the process, its waited-for
 * children or the thread; the other fields (memory, faults, I/O, context
 * switches) are not counted and read 0.
 */
long sys_getrusage(int who, void __user *ru)
{
	struct task_struct *l = group_leader();
	unsigned long u, s;

	switch (who) {
	case RUSAGE_SELF:
		group_cputime(l, &u, &s);
		break;
	case RUSAGE_CHILDREN:
		u = l->cutime;
		s = l->cstime;
		break;
	case RUSAGE_THREAD:
		u = current->utime;
		s = current->stime;
		break;
	default:
		return -EINVAL;
	}
	return put_rusage(ru, u, s);
}
