// SPDX-License-Identifier: GPL-2.0
/*
 * misc: uname, the uid/gid calls, getrandom, process groups and sessions
 * (setpgid, getpgid, setsid), reboot's argument checks (it never reboots)
 * and unknown system calls.
 */
#include <fcntl.h>
#include <stdint.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <sched.h>
#include <sys/resource.h>
#include <time.h>
#include "ktap.h"

static void test_uname(void)
{
	struct utsname u;
	size_t n;

	memset(&u, 0xff, sizeof(u));
	ASSERT_EQ(syscall(SYS_uname, &u), 0);
	EXPECT_STREQ(u.sysname, "Linux");
	EXPECT(u.release[0] >= '0' && u.release[0] <= '9');
	EXPECT(memchr(u.nodename, 0, sizeof(u.nodename)) != NULL);
	EXPECT(memchr(u.version, 0, sizeof(u.version)) != NULL);
	/* i386 .. i686; a 64-bit host kernel answers for itself. */
	n = strlen(u.machine);
	if (!(ktap_host() && !strcmp(u.machine, "x86_64")))
		EXPECT(n == 4 && u.machine[0] == 'i' &&
		       !strcmp(u.machine + 2, "86"));
	EXPECT_ERR(syscall(SYS_uname, BAD_USER), EFAULT);
}

static void test_ids_root(void)
{
	if (getuid() != 0)
		KTAP_SKIP("not root");
	EXPECT_EQ(syscall(SYS_getuid32), 0);
	EXPECT_EQ(syscall(SYS_geteuid32), 0);
	EXPECT_EQ(syscall(SYS_getgid32), 0);
	EXPECT_EQ(syscall(SYS_getegid32), 0);
	/* The old 16-bit calls agree. */
	EXPECT_EQ(syscall(SYS_getuid), 0);
	EXPECT_EQ(syscall(SYS_geteuid), 0);
	EXPECT_EQ(syscall(SYS_getgid), 0);
	EXPECT_EQ(syscall(SYS_getegid), 0);
}

static void test_getresuid(void)
{
	uint32_t r = 1, e = 1, s = 1;

	if (getuid() != 0)
		KTAP_SKIP("not root");
	EXPECT_EQ(syscall(SYS_getresuid32, &r, &e, &s), 0);
	EXPECT(r == 0 && e == 0 && s == 0);
	r = e = s = 1;
	EXPECT_EQ(syscall(SYS_getresgid32, &r, &e, &s), 0);
	EXPECT(r == 0 && e == 0 && s == 0);
	EXPECT_ERR(syscall(SYS_getresuid32, BAD_USER, &e, &s), EFAULT);
	EXPECT_ERR(syscall(SYS_getresgid32, &r, &e, BAD_USER), EFAULT);
}

static void test_setuid_root(void)
{
	if (getuid() != 0)
		KTAP_SKIP("not root");
	EXPECT_EQ(syscall(SYS_setuid32, 0), 0);
	EXPECT_EQ(syscall(SYS_setgid32, 0), 0);
	EXPECT_EQ(syscall(SYS_setresuid32, -1, -1, -1), 0);
	EXPECT_EQ(syscall(SYS_setresgid32, -1, -1, -1), 0);
	EXPECT_EQ(syscall(SYS_getuid32), 0);
}

static void test_getgroups(void)
{
	uint32_t groups[64];
	long n, i;

	n = syscall(SYS_getgroups32, 0, NULL);
	ASSERT(n >= 0 && n <= 64);
	EXPECT_EQ(syscall(SYS_getgroups32, 64, groups), n);
	if (getuid() == 0)
		for (i = 0; i < n; i++)
			EXPECT_EQ(groups[i], 0);
	if (n > 0)
		EXPECT_ERR(syscall(SYS_getgroups32, 64, BAD_USER), EFAULT);
	EXPECT_ERR(syscall(SYS_getgroups32, -1, groups), EINVAL);
}

static void test_getrandom(void)
{
	unsigned char a[64], b[64];
	int i, zeros = 0;

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	EXPECT_EQ(syscall(SYS_getrandom, a, sizeof(a), 0), sizeof(a));
	EXPECT_EQ(syscall(SYS_getrandom, b, sizeof(b), GRND_NONBLOCK),
		  sizeof(b));
	for (i = 0; i < 64; i++)
		zeros += !a[i];
	/* 64 random bytes: a handful of zeros at most, and a != b. */
	EXPECT_LT(zeros, 8);
	EXPECT_NE(memcmp(a, b, sizeof(a)), 0);
	EXPECT_EQ(syscall(SYS_getrandom, a, 0, 0), 0);
}

static void test_getrandom_errors(void)
{
	char buf[16];

	EXPECT_ERR(syscall(SYS_getrandom, buf, sizeof(buf), 0x100), EINVAL);
	EXPECT_ERR(syscall(SYS_getrandom, BAD_USER, 16, 0), EFAULT);
	EXPECT_ERR(syscall(SYS_getrandom, BAD_KERNEL, 16, 0), EFAULT);
}

static void new_group(void)
{
	pid_t me = getpid();

	EXPECT_EQ(syscall(SYS_setpgid, 0, 0), 0);
	EXPECT_EQ(syscall(SYS_getpgid, 0), me);
	EXPECT_EQ(syscall(SYS_getpgid, me), me);
	EXPECT_EQ(getpgrp(), me);
	/* Joining our parent's group again. */
	EXPECT_EQ(syscall(SYS_setpgid, 0, getpgid(getppid())), 0);
	EXPECT_EQ(getpgrp(), getpgid(getppid()));
}

static void test_setpgid(void)
{
	EXPECT_EXITED(ktap_in_child(new_group), 0);
}

/* A parent may move its child (before the child's exec). */
static void test_setpgid_child(void)
{
	int p[2], st;
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		_exit(getpgrp() == getpid() ? 0 : 1);
	}
	close(p[0]);
	EXPECT_EQ(syscall(SYS_setpgid, pid, pid), 0);
	EXPECT_EQ(syscall(SYS_getpgid, pid), pid);
	close(p[1]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
}

static void test_setpgid_errors(void)
{
	EXPECT_ERR(syscall(SYS_setpgid, 0, -1), EINVAL);
	EXPECT_ERR(syscall(SYS_setpgid, 1 << 30, 0), ESRCH);
	/* Our parent is not ours to move. */
	EXPECT_ERR(syscall(SYS_setpgid, getppid(), 0), ESRCH);
	EXPECT_ERR(syscall(SYS_getpgid, 1 << 30), ESRCH);
	EXPECT_ERR(syscall(SYS_getsid, 1 << 30), ESRCH);
}

static void new_session(void)
{
	pid_t me = getpid();

	EXPECT_EQ(syscall(SYS_setsid), me);
	EXPECT_EQ(syscall(SYS_getsid, 0), me);
	EXPECT_EQ(getpgrp(), me);
	/* Now a group leader: no second session. */
	EXPECT_ERR(syscall(SYS_setsid), EPERM);
	/* No joining a group of another session. */
	EXPECT_ERR(syscall(SYS_setpgid, 0, getpgid(getppid())), EPERM);
}

static void group_leader_setsid(void)
{
	setpgid(0, 0);
	EXPECT_ERR(syscall(SYS_setsid), EPERM);
}

static void test_setsid(void)
{
	EXPECT_EXITED(ktap_in_child(new_session), 0);
	EXPECT_EXITED(ktap_in_child(group_leader_setsid), 0);
	EXPECT_EQ(syscall(SYS_getsid, 0), getsid(getpid()));
}

/* kill(0, sig) reaches every process of our group. */
static void group_kill(void)
{
	pid_t kids[2];
	int p[2], i, st;
	char c;

	if (setpgid(0, 0) || pipe(p))
		_exit(10);
	for (i = 0; i < 2; i++) {
		kids[i] = fork();
		if (kids[i] == 0) {
			/* Blocks until killed; EOF (exit 0) if never. */
			close(p[1]);
			read(p[0], &c, 1);
			_exit(0);
		}
	}
	close(p[1]);
	signal(SIGUSR1, SIG_IGN);
	if (kill(0, SIGUSR1))
		_exit(11);
	for (i = 0; i < 2; i++) {
		if (waitpid(kids[i], &st, 0) != kids[i])
			_exit(12);
		if (!WIFSIGNALED(st) || WTERMSIG(st) != SIGUSR1)
			_exit(13);
	}
	_exit(0);
}

static void test_kill_group(void)
{
	EXPECT_EXITED(ktap_in_child(group_kill), 0);
}

static void test_reboot_einval(void)
{
	if (getuid() != 0)
		KTAP_SKIP("not root");
	/* Bad magic numbers, then good magic with a command nobody has. */
	EXPECT_ERR(syscall(SYS_reboot, 0x12345678, 0x28121969, 0x4321fedc, 0),
		   EINVAL);
	EXPECT_ERR(syscall(SYS_reboot, 0xfee1dead, 0x1234, 0x4321fedc, 0),
		   EINVAL);
	EXPECT_ERR(syscall(SYS_reboot, 0xfee1dead, 0x28121969, 0x0badc0de, 0),
		   EINVAL);
}

/* The thread's name: set, read back, cut to 15 bytes; bad pointers. */
static void test_prctl_name(void)
{
	char name[16], saved[16];

	ASSERT_OK(syscall(SYS_prctl, 16, saved, 0, 0, 0));	/* PR_GET_NAME */
	ASSERT_OK(syscall(SYS_prctl, 15, "ktap-name", 0, 0, 0));
	ASSERT_OK(syscall(SYS_prctl, 16, name, 0, 0, 0));
	EXPECT_STREQ(name, "ktap-name");
	ASSERT_OK(syscall(SYS_prctl, 15, "0123456789abcdefghij", 0, 0, 0));
	ASSERT_OK(syscall(SYS_prctl, 16, name, 0, 0, 0));
	EXPECT_STREQ(name, "0123456789abcde");
	EXPECT_ERR(syscall(SYS_prctl, 15, (void *)4, 0, 0, 0), EFAULT);
	EXPECT_ERR(syscall(SYS_prctl, 16, (void *)4, 0, 0, 0), EFAULT);
	EXPECT_ERR(syscall(SYS_prctl, 0x7fffffff, 0, 0, 0, 0), EINVAL);
	syscall(SYS_prctl, 15, saved, 0, 0, 0);
}

/* PR_CAPBSET_READ: root's bounding set has CAP_CHOWN; 1000 is no cap. */
static void test_prctl_capbset(void)
{
	EXPECT_EQ(syscall(SYS_prctl, 23, 0, 0, 0, 0), 1);
	EXPECT_ERR(syscall(SYS_prctl, 23, 1000, 0, 0, 0), EINVAL);
}

/* The kernel log, as dmesg reads it: size, read, clear. */
static void test_syslog(void)
{
	static char buf[65536];
	long size, n;
	pid_t pid;
	int st;

	if (ktap_host())
		KTAP_SKIP("the host's log is not ours to read or clear");
	size = syscall(SYS_syslog, 10, NULL, 0);	/* SIZE_BUFFER */
	ASSERT(size > 0 && size <= (long)sizeof(buf));
	/* A line we know the kernel writes: a child's segfault. */
	pid = fork();
	if (pid == 0)
		*(volatile int *)0x4b5400 = 1;
	ASSERT(pid > 0);
	waitpid(pid, &st, 0);
	n = syscall(SYS_syslog, 3, buf, size);		/* READ_ALL */
	ASSERT(n > 0 && n <= size);
	buf[n] = 0;
	EXPECT(strstr(buf, "segfault at 004b5400") != NULL);
	/* The last bytes only, when asked for fewer. */
	EXPECT_EQ(syscall(SYS_syslog, 3, buf, 16), 16);
	EXPECT_ERR(syscall(SYS_syslog, 3, (void *)4, size), EFAULT);
	ASSERT_OK(syscall(SYS_syslog, 5, NULL, 0));	/* CLEAR */
	EXPECT_EQ(syscall(SYS_syslog, 9, NULL, 0), 0);	/* SIZE_UNREAD */
	EXPECT_EQ(syscall(SYS_syslog, 3, buf, size), 0);
	EXPECT_ERR(syscall(SYS_syslog, 8, NULL, 9), EINVAL);
	EXPECT_ERR(syscall(SYS_syslog, 99, NULL, 0), EINVAL);
}

/* nice, getpriority and setpriority: the raw calls' values. */
static void test_priority(void)
{
	pid_t pid;
	int st;

	pid = fork();
	if (pid == 0) {
		/* The raw getpriority answers 20 - nice. */
		if (syscall(SYS_setpriority, PRIO_PROCESS, 0, 5))
			_exit(1);
		if (syscall(SYS_getpriority, PRIO_PROCESS, 0) != 15)
			_exit(2);
		if (syscall(SYS_nice, 3) || syscall(SYS_getpriority, PRIO_PROCESS, getpid()) != 12)
			_exit(3);
		if (syscall(SYS_nice, 100) || syscall(SYS_getpriority, PRIO_PROCESS, 0) != 1)
			_exit(4);	/* clamped at 19 */
		if (syscall(SYS_setpriority, PRIO_PROCESS, 0, -100) ||
		    syscall(SYS_getpriority, PRIO_PROCESS, 0) != 40)
			_exit(5);	/* clamped at -20 (root may) */
		_exit(0);
	}
	ASSERT(pid > 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_ERR(syscall(SYS_getpriority, 7, 0), EINVAL);
	EXPECT_ERR(syscall(SYS_setpriority, PRIO_PROCESS, 0x7ffffff0, 0), ESRCH);
}

/* Spins for ms of wall time; returns nothing, burns user time. */
static void spin(int ms)
{
	struct timespec a, b;
	volatile unsigned long x = 0;

	clock_gettime(CLOCK_MONOTONIC, &a);
	do {
		for (int i = 0; i < 100000; i++)
			x += i;
		clock_gettime(CLOCK_MONOTONIC, &b);
	} while ((b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000 < ms);
}

/* Two spinners on one CPU: the one at nice 19 gets less of it. */
static void test_nice_shares_cpu(void)
{
	struct rusage ra, rb;
	cpu_set_t one;
	pid_t a, b;
	int st;
	long ua, ub;

	CPU_ZERO(&one);
	CPU_SET(0, &one);
	sched_setaffinity(0, sizeof(one), &one);	/* on a host */
	a = fork();
	if (a == 0) {
		spin(1500);
		_exit(0);
	}
	b = fork();
	if (b == 0) {
		syscall(SYS_setpriority, PRIO_PROCESS, 0, 19);
		spin(1500);
		_exit(0);
	}
	ASSERT(a > 0 && b > 0);
	ASSERT_EQ(wait4(a, &st, 0, &ra), a);
	ASSERT_EQ(wait4(b, &st, 0, &rb), b);
	ua = ra.ru_utime.tv_sec * 1000 + ra.ru_utime.tv_usec / 1000;
	ub = rb.ru_utime.tv_sec * 1000 + rb.ru_utime.tv_usec / 1000;
	EXPECT(ua > 0 && ub > 0);
	EXPECT(ua >= ub * 3 / 2);
}

static void test_enosys(void)
{
	EXPECT_ERR(syscall(9999), ENOSYS);
	EXPECT_ERR(syscall(1000, 1, 2, 3), ENOSYS);
	EXPECT_ERR(syscall(-1), ENOSYS);
	EXPECT_ERR(syscall(0x7fffffff), ENOSYS);
	/* "break" has a number but never had an implementation. */
	EXPECT_ERR(syscall(SYS_break), ENOSYS);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(uname),
	KTAP_CASE(ids_root),
	KTAP_CASE(getresuid),
	KTAP_CASE(setuid_root),
	KTAP_CASE(getgroups),
	KTAP_CASE(getrandom),
	KTAP_CASE(getrandom_errors),
	KTAP_CASE(setpgid),
	KTAP_CASE(setpgid_child),
	KTAP_CASE(setpgid_errors),
	KTAP_CASE(setsid),
	KTAP_CASE(kill_group),
	KTAP_CASE(reboot_einval),
	KTAP_CASE(prctl_name),
	KTAP_CASE(prctl_capbset),
	KTAP_CASE(syslog),
	KTAP_CASE(priority),
	KTAP_CASE(nice_shares_cpu),
	KTAP_CASE(enosys),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
