// SPDX-License-Identifier: GPL-2.0
/*
 * time: time, gettimeofday, clock_gettime, nanosleep, clock_nanosleep,
 * sched_yield, alarm and the interval timers, getrusage and
 * times, all raw: glibc
 * would read the clocks from the vDSO and sleep through the 64-bit time
 * calls.
 */
#include <fcntl.h>
#include <stdint.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/time.h>
#include "ktap.h"

#define NSEC	1000000000LL
/* 2000-01-01: any clock set from real hardware is past this. */
#define Y2K	946684800L

static volatile int hits;

static long long ns(const struct timespec *t)
{
	return t->tv_sec * NSEC + t->tv_nsec;
}

static long long now(clockid_t id)
{
	struct timespec t = { 0, 0 };

	syscall(SYS_clock_gettime, id, &t);
	return ns(&t);
}

static void test_time(void)
{
	long t, u = 0;

	t = syscall(SYS_time, NULL);
	EXPECT_GT(t, Y2K);
	EXPECT_EQ(syscall(SYS_time, &u) >= t, 1);
	EXPECT(u >= t && u <= t + 2);
	EXPECT_ERR(syscall(SYS_time, BAD_USER), EFAULT);
}

static void test_gettimeofday(void)
{
	struct timeval tv = { 0, -1 };
	long t = syscall(SYS_time, NULL);

	EXPECT_EQ(syscall(SYS_gettimeofday, &tv, NULL), 0);
	EXPECT(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	EXPECT(tv.tv_sec >= t && tv.tv_sec <= t + 2);
	EXPECT_ERR(syscall(SYS_gettimeofday, BAD_USER, NULL), EFAULT);
}

static void test_clock_realtime(void)
{
	struct timespec ts = { 0, -1 };
	struct timeval tv;

	EXPECT_EQ(syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts), 0);
	EXPECT(ts.tv_nsec >= 0 && ts.tv_nsec < NSEC);
	EXPECT_GT(ts.tv_sec, Y2K);
	ASSERT_EQ(syscall(SYS_gettimeofday, &tv, NULL), 0);
	/* The two views of the wall clock agree (within a second). */
	EXPECT_LT(llabs(tv.tv_sec * NSEC + tv.tv_usec * 1000LL - ns(&ts)),
		  NSEC);
}

static void test_clock_monotonic(void)
{
	struct timespec ts;
	long long prev, cur, back = 0;
	int i;

	ASSERT_EQ(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts), 0);
	EXPECT(ts.tv_nsec >= 0 && ts.tv_nsec < NSEC);
	EXPECT(ts.tv_sec >= 0);
	prev = ns(&ts);
	for (i = 0; i < 10000; i++) {
		cur = now(CLOCK_MONOTONIC);
		if (cur < prev)
			back++;
		prev = cur;
	}
	EXPECT_EQ(back, 0);
	/* Over a few syscalls it does move. */
	EXPECT_GT(prev, ns(&ts));
}

static void test_clock_errors(void)
{
	struct timespec ts;

	EXPECT_ERR(syscall(SYS_clock_gettime, 1000, &ts), EINVAL);
	EXPECT_ERR(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, BAD_USER),
		   EFAULT);
	EXPECT_ERR(syscall(SYS_clock_gettime, CLOCK_REALTIME, BAD_KERNEL),
		   EFAULT);
}

static void test_nanosleep(void)
{
	struct timespec req = { 0, 20000000 }, rem = { 7, 7 };
	long long t0 = now(CLOCK_MONOTONIC);

	EXPECT_EQ(syscall(SYS_nanosleep, &req, &rem), 0);
	/* At least what was asked; never much less. */
	EXPECT_GE(now(CLOCK_MONOTONIC) - t0, 20000000);
	req.tv_sec = 0;
	req.tv_nsec = 0;
	EXPECT_EQ(syscall(SYS_nanosleep, &req, NULL), 0);
}

/* A longer sleep: the wall clock moves with the monotonic one. */
static void test_nanosleep_long(void)
{
	struct timespec req = { 1, 100000000 };
	long long m0 = now(CLOCK_MONOTONIC), r0 = now(CLOCK_REALTIME);
	long t0 = syscall(SYS_time, NULL);

	EXPECT_EQ(syscall(SYS_nanosleep, &req, NULL), 0);
	EXPECT_GE(now(CLOCK_MONOTONIC) - m0, 1100000000LL);
	EXPECT_GE(now(CLOCK_REALTIME) - r0, 1000000000LL);
	EXPECT_GE(syscall(SYS_time, NULL) - t0, 1);
}

static void test_nanosleep_errors(void)
{
	struct timespec bad_ns = { 0, NSEC }, neg_ns = { 0, -1 };
	struct timespec neg_s = { -1, 0 };

	EXPECT_ERR(syscall(SYS_nanosleep, &bad_ns, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_nanosleep, &neg_ns, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_nanosleep, &neg_s, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_nanosleep, BAD_USER, NULL), EFAULT);
}

static void on_usr1(int sig)
{
	hits++;
}

/*
 * A signal handler interrupts a 5 s sleep: EINTR, and rem holds what was
 * left.  The child signals every 10 ms until told to stop.
 */
static void test_nanosleep_eintr(void)
{
	struct timespec req = { 5, 0 }, rem = { -1, -1 };
	struct sigaction sa = { .sa_handler = on_usr1 };
	int ctl[2], st;
	pid_t pid, parent = getpid();
	char c;

	sigemptyset(&sa.sa_mask);
	ASSERT_OK(sigaction(SIGUSR1, &sa, NULL));
	ASSERT_OK(pipe2(ctl, O_NONBLOCK));
	hits = 0;
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		int i;

		for (i = 0; i < 500 && read(ctl[0], &c, 1) != 1; i++) {
			kill(parent, SIGUSR1);
			usleep(10000);
		}
		_exit(0);
	}
	EXPECT_ERR(syscall(SYS_nanosleep, &req, &rem), EINTR);
	write(ctl[1], "s", 1);
	EXPECT_GE(hits, 1);
	EXPECT(rem.tv_nsec >= 0 && rem.tv_nsec < NSEC);
	/* Linux may report up to its timer slack (50 us) above the request. */
	EXPECT_LE(ns(&rem), 5 * NSEC + 1000000);
	EXPECT_GT(ns(&rem), 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	signal(SIGUSR1, SIG_DFL);
	close(ctl[0]);
	close(ctl[1]);
}

static void test_clock_nanosleep(void)
{
	struct timespec req = { 0, 20000000 };
	long long t0 = now(CLOCK_MONOTONIC);

	EXPECT_EQ(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req,
			  NULL), 0);
	EXPECT_GE(now(CLOCK_MONOTONIC) - t0, 20000000);
	t0 = now(CLOCK_MONOTONIC);
	EXPECT_EQ(syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &req,
			  NULL), 0);
	EXPECT_GE(now(CLOCK_MONOTONIC) - t0, 20000000);
}

static void test_clock_nanosleep_abstime(void)
{
	struct timespec when;
	long long target = now(CLOCK_MONOTONIC) + 30000000;

	when.tv_sec = target / NSEC;
	when.tv_nsec = target % NSEC;
	EXPECT_EQ(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME,
			  &when, NULL), 0);
	EXPECT_GE(now(CLOCK_MONOTONIC), target);
	/* A deadline in the past returns at once. */
	when.tv_sec = 0;
	when.tv_nsec = 1;
	target = now(CLOCK_MONOTONIC);
	EXPECT_EQ(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME,
			  &when, NULL), 0);
	EXPECT_LT(now(CLOCK_MONOTONIC) - target, NSEC);
	/* And on the wall clock. */
	target = now(CLOCK_REALTIME) + 20000000;
	when.tv_sec = target / NSEC;
	when.tv_nsec = target % NSEC;
	EXPECT_EQ(syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME,
			  &when, NULL), 0);
	EXPECT_GE(now(CLOCK_REALTIME), target);
}

static void test_clock_nanosleep_errors(void)
{
	struct timespec ok = { 0, 1000 }, bad = { 0, NSEC };

	EXPECT_ERR(syscall(SYS_clock_nanosleep, 1000, 0, &ok, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &bad,
			   NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, BAD_USER,
			   NULL), EFAULT);
}

static void test_sched_yield(void)
{
	int i, bad = 0;

	for (i = 0; i < 1000; i++)
		bad += syscall(SYS_sched_yield) != 0;
	EXPECT_EQ(bad, 0);
}

/* Two busy processes yielding to each other both make progress. */
static void test_sched_yield_two(void)
{
	volatile int *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
				    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t pid;
	int st, i;

	ASSERT(shared != MAP_FAILED);
	shared[0] = 0;
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		/* Take turns: the child moves even to odd. */
		for (i = 0; i < 100; i++) {
			while (shared[0] != 2 * i)
				syscall(SYS_sched_yield);
			shared[0] = 2 * i + 1;
		}
		_exit(0);
	}
	for (i = 0; i < 100; i++) {
		while (shared[0] != 2 * i + 1)
			syscall(SYS_sched_yield);
		shared[0] = 2 * i + 2;
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(shared[0], 200);
	munmap((void *)shared, 4096);
}

/* The raw i386 struct itimerval: interval, then value. */
struct itv {
	long isec, iusec, sec, usec;
};

static volatile int alarms;

static void on_alrm(int sig)
{
	alarms++;
}

static void catch_alrm(void)
{
	struct sigaction sa = { .sa_handler = on_alrm };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	alarms = 0;
}

/* Waits up to ms milliseconds for at least n SIGALRMs. */
static void wait_alarms(int n, int ms)
{
	long long end = now(CLOCK_MONOTONIC) + ms * 1000000LL;
	struct timespec t = { 0, 5000000 };

	while (alarms < n && now(CLOCK_MONOTONIC) < end)
		syscall(SYS_nanosleep, &t, NULL);
}

static void test_alarm(void)
{
	catch_alrm();
	EXPECT_EQ(syscall(SYS_alarm, 5), 0);
	/* What was left (4.99.. s) comes back rounded: 5. */
	EXPECT_EQ(syscall(SYS_alarm, 1), 5);
	wait_alarms(1, 3000);
	EXPECT_EQ(alarms, 1);
	EXPECT_EQ(syscall(SYS_alarm, 0), 0);
	signal(SIGALRM, SIG_DFL);
}

static void test_setitimer_interval(void)
{
	struct itv v = { 0, 20000, 0, 20000 }, old, cur;

	catch_alrm();
	ASSERT_OK(syscall(SYS_setitimer, 0, &v, NULL));
	wait_alarms(3, 3000);
	EXPECT(alarms >= 3);
	memset(&v, 0, sizeof(v));
	ASSERT_OK(syscall(SYS_setitimer, 0, &v, &old));
	EXPECT_EQ(old.isec, 0);
	EXPECT_EQ(old.iusec, 20000);
	ASSERT_OK(syscall(SYS_getitimer, 0, &cur));
	EXPECT_EQ(cur.sec, 0);
	EXPECT_EQ(cur.usec, 0);
	signal(SIGALRM, SIG_DFL);
}

static void test_getitimer_counts_down(void)
{
	struct itv v = { 0, 0, 10, 0 }, cur, off = { 0, 0, 0, 0 };

	ASSERT_OK(syscall(SYS_setitimer, 0, &v, NULL));
	ASSERT_OK(syscall(SYS_getitimer, 0, &cur));
	EXPECT(cur.sec == 9 || (cur.sec == 10 && cur.usec == 0));
	EXPECT(cur.usec >= 0 && cur.usec < 1000000);
	ASSERT_OK(syscall(SYS_setitimer, 0, &off, NULL));
}

/* A forked child starts without the parent's timer. */
static void test_itimer_not_inherited(void)
{
	struct itv v = { 0, 0, 10, 0 }, off = { 0, 0, 0, 0 };
	pid_t pid;
	int st;

	ASSERT_OK(syscall(SYS_setitimer, 0, &v, NULL));
	pid = fork();
	if (pid == 0) {
		struct itv c;

		if (syscall(SYS_getitimer, 0, &c))
			_exit(2);
		_exit(c.sec || c.usec ? 1 : 0);
	}
	ASSERT(pid > 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	ASSERT_OK(syscall(SYS_setitimer, 0, &off, NULL));
}

/* As on Linux, the timer survives exec: its SIGALRM ends the new program. */
static void test_itimer_survives_exec(void)
{
	struct itv v = { 0, 0, 0, 300000 };
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		char *argv[] = { "exec-helper", "itimer", NULL };

		signal(SIGALRM, SIG_DFL);
		if (syscall(SYS_setitimer, 0, &v, NULL))
			_exit(3);
		execv(ktap_helper("exec-helper"), argv);
		_exit(4);
	}
	ASSERT(pid > 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_SIGNALED(st, SIGALRM);
}

static volatile int cpu_signals[_NSIG];

static void on_cpu_timer(int sig)
{
	cpu_signals[sig]++;
}

/* Spins in user mode until n signals sig came, or ms of wall time. */
static void spin_for(int sig, int n, int ms)
{
	long long end = now(CLOCK_MONOTONIC) + ms * 1000000LL;
	volatile unsigned long x = 0;

	while (cpu_signals[sig] < n && now(CLOCK_MONOTONIC) < end)
		for (int i = 0; i < 10000; i++)
			x += i;
}

/*
 * ITIMER_VIRTUAL counts user time only: sleeping leaves it be, spinning
 * runs it down to SIGVTALRM.  ITIMER_PROF repeats with its interval.
 */
static void test_itimer_cpu(void)
{
	struct itv v = { 0, 0, 0, 100000 }, cur, off = { 0, 0, 0, 0 };
	struct timespec nap = { 0, 200000000 };

	signal(SIGVTALRM, on_cpu_timer);
	signal(SIGPROF, on_cpu_timer);
	cpu_signals[SIGVTALRM] = cpu_signals[SIGPROF] = 0;
	ASSERT_OK(syscall(SYS_setitimer, ITIMER_VIRTUAL, &v, NULL));
	syscall(SYS_nanosleep, &nap, NULL);
	ASSERT_OK(syscall(SYS_getitimer, ITIMER_VIRTUAL, &cur));
	EXPECT(cur.sec == 0 && cur.usec > 50000);
	EXPECT_EQ(cpu_signals[SIGVTALRM], 0);
	spin_for(SIGVTALRM, 1, 3000);
	EXPECT_EQ(cpu_signals[SIGVTALRM], 1);
	ASSERT_OK(syscall(SYS_getitimer, ITIMER_VIRTUAL, &cur));
	EXPECT(!cur.sec && !cur.usec);		/* no interval: disarmed */

	v.iusec = v.usec = 20000;
	ASSERT_OK(syscall(SYS_setitimer, ITIMER_PROF, &v, NULL));
	spin_for(SIGPROF, 3, 3000);
	EXPECT(cpu_signals[SIGPROF] >= 3);
	ASSERT_OK(syscall(SYS_setitimer, ITIMER_PROF, &off, &cur));
	EXPECT_EQ(cur.iusec, 20000);
	EXPECT(cur.usec > 0 && cur.usec <= 20000);
	signal(SIGVTALRM, SIG_DFL);
	signal(SIGPROF, SIG_DFL);
}

static void test_itimer_errors(void)
{
	struct itv v = { 0, 0, 0, 1000000 };

	EXPECT_ERR(syscall(SYS_setitimer, 99, &v, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_getitimer, 99, &v), EINVAL);
	EXPECT_ERR(syscall(SYS_setitimer, 0, &v, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_getitimer, 0, (void *)4), EFAULT);
	EXPECT_ERR(syscall(SYS_setitimer, 0, (void *)4, NULL), EFAULT);
}

/* The i386 struct rusage: the two times, then 14 longs. */
struct ru32 {
	long usec_s, usec_us, ssec_s, ssec_us;
	long rest[14];
};

static long ru_user_ms(const struct ru32 *r)
{
	return r->usec_s * 1000 + r->usec_us / 1000;
}

/* Spins in user mode for ms milliseconds of wall time. */
static void burn(int ms)
{
	long long end = now(CLOCK_MONOTONIC) + ms * 1000000LL;
	volatile unsigned long x = 0;

	while (now(CLOCK_MONOTONIC) < end)
		for (int i = 0; i < 100000; i++)
			x += i;
}

/* CPU time spent in user mode shows in getrusage and times. */
static void test_getrusage_self(void)
{
	struct ru32 before, after;
	struct { long u, s, cu, cs; } t0, t1;

	ASSERT_OK(syscall(SYS_getrusage, 0, &before));
	ASSERT(syscall(SYS_times, &t0) != -1);
	burn(400);
	ASSERT_OK(syscall(SYS_getrusage, 0, &after));
	ASSERT(syscall(SYS_times, &t1) != -1);
	EXPECT(ru_user_ms(&after) - ru_user_ms(&before) >= 200);
	EXPECT(ru_user_ms(&after) - ru_user_ms(&before) <= 1000);
	EXPECT(t1.u - t0.u >= 20);	/* clock ticks of 10 ms */
	EXPECT(after.usec_us >= 0 && after.usec_us < 1000000);
	ASSERT_OK(syscall(SYS_getrusage, 1, &after));	/* RUSAGE_THREAD */
	EXPECT(ru_user_ms(&after) >= 200);
}

/* A waited-for child's time: in wait4's rusage and RUSAGE_CHILDREN. */
static void test_getrusage_children(void)
{
	struct ru32 before, after, w;
	pid_t pid;
	int st;

	ASSERT_OK(syscall(SYS_getrusage, -1, &before));
	pid = fork();
	if (pid == 0) {
		burn(400);
		_exit(0);
	}
	ASSERT(pid > 0);
	ASSERT_EQ(syscall(SYS_wait4, pid, &st, 0, &w), pid);
	EXPECT_EXITED(st, 0);
	EXPECT(ru_user_ms(&w) >= 200);
	ASSERT_OK(syscall(SYS_getrusage, -1, &after));
	EXPECT(ru_user_ms(&after) - ru_user_ms(&before) >= 200);
}

static void test_getrusage_errors(void)
{
	struct ru32 r;

	EXPECT_ERR(syscall(SYS_getrusage, 5, &r), EINVAL);
	EXPECT_ERR(syscall(SYS_getrusage, 0, (void *)4), EFAULT);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(time),
	KTAP_CASE(gettimeofday),
	KTAP_CASE(clock_realtime),
	KTAP_CASE(clock_monotonic),
	KTAP_CASE(clock_errors),
	KTAP_CASE(nanosleep),
	KTAP_CASE(nanosleep_long),
	KTAP_CASE(nanosleep_errors),
	KTAP_CASE(nanosleep_eintr),
	KTAP_CASE(clock_nanosleep),
	KTAP_CASE(clock_nanosleep_abstime),
	KTAP_CASE(clock_nanosleep_errors),
	KTAP_CASE(sched_yield),
	KTAP_CASE(sched_yield_two),
	KTAP_CASE(alarm),
	KTAP_CASE(setitimer_interval),
	KTAP_CASE(getitimer_counts_down),
	KTAP_CASE(itimer_not_inherited),
	KTAP_CASE(itimer_survives_exec),
	KTAP_CASE(itimer_cpu),
	KTAP_CASE(itimer_errors),
	KTAP_CASE(getrusage_self),
	KTAP_CASE(getrusage_children),
	KTAP_CASE(getrusage_errors),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
