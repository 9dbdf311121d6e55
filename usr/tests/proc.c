// SPDX-License-Identifier: GPL-2.0
/*
 * proc: process life cycle: fork, vfork, exit, exit_group, wait4 and
 * waitpid, getpid, getppid, gettid, set_tid_address.
 */
#include <fcntl.h>
#include <sys/resource.h>
#include "ktap.h"

static int counter;

static void test_fork_basic(void)
{
	pid_t me = getpid(), pid;
	int p[2], st;
	pid_t seen[2] = { 0, 0 };

	ASSERT_OK(pipe(p));
	pid = syscall(SYS_fork);
	ASSERT_OK(pid);
	if (pid == 0) {
		seen[0] = syscall(SYS_getpid);
		seen[1] = syscall(SYS_getppid);
		write(p[1], seen, sizeof(seen));
		_exit(0);
	}
	EXPECT_NE(pid, me);
	EXPECT_EQ(read(p[0], seen, sizeof(seen)), sizeof(seen));
	EXPECT_EQ(seen[0], pid);
	EXPECT_EQ(seen[1], me);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	close(p[0]);
	close(p[1]);
}

/* The child works on a copy: its writes never reach the parent. */
static void test_fork_private_memory(void)
{
	int local = 1, st;
	pid_t pid;

	counter = 10;
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		counter++;
		local++;
		_exit(counter == 11 && local == 2 ? 0 : 1);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(counter, 10);
	EXPECT_EQ(local, 1);
}

static void test_getpid_gettid(void)
{
	pid_t pid = syscall(SYS_getpid);

	EXPECT_GT(pid, 0);
	EXPECT_EQ(syscall(SYS_getpid), pid);
	EXPECT_EQ(syscall(SYS_gettid), pid);
	EXPECT_GT(syscall(SYS_getppid), 0);
	EXPECT_NE(syscall(SYS_getppid), pid);
}

static void test_set_tid_address(void)
{
	static int word;

	EXPECT_EQ(syscall(SYS_set_tid_address, &word), syscall(SYS_gettid));
}

static void test_exit_status(void)
{
	static const int codes[] = { 0, 1, 42, 255, 256 + 3 };
	unsigned int i;
	pid_t pid;
	int st;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		pid = fork();
		ASSERT_OK(pid);
		if (pid == 0)
			syscall(SYS_exit, codes[i]);
		ASSERT_EQ(waitpid(pid, &st, 0), pid);
		/* Only the low 8 bits survive. */
		EXPECT_EXITED(st, codes[i] & 0xff);
	}
}

static void test_exit_group(void)
{
	pid_t pid = fork();
	int st;

	ASSERT_OK(pid);
	if (pid == 0) {
		syscall(SYS_exit_group, 77);
		_exit(1);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 77);
}

static void test_wait_echild(void)
{
	int st;

	EXPECT_ERR(waitpid(-1, &st, 0), ECHILD);
	EXPECT_ERR(waitpid(-1, &st, WNOHANG), ECHILD);
	/* Our parent is no child of ours. */
	EXPECT_ERR(waitpid(getppid(), &st, 0), ECHILD);
	EXPECT_ERR(syscall(SYS_wait4, 1 << 30, &st, 0, NULL), ECHILD);
}

/* WNOHANG answers 0 while the child runs, then reaps it. */
static void test_waitpid_wnohang(void)
{
	int p[2], st;
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		close(p[1]);
		_exit(read(p[0], &c, 1) == 0 ? 5 : 6);
	}
	close(p[0]);
	EXPECT_EQ(syscall(SYS_wait4, pid, &st, WNOHANG, NULL), 0);
	EXPECT_EQ(syscall(SYS_wait4, -1, &st, WNOHANG, NULL), 0);
	close(p[1]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 5);
	EXPECT_ERR(waitpid(pid, &st, WNOHANG), ECHILD);
}

/* Waiting for one pid leaves the other children alone. */
static void test_waitpid_specific(void)
{
	pid_t pids[3];
	int i, st, seen = 0;
	pid_t pid;

	for (i = 0; i < 3; i++) {
		pids[i] = fork();
		ASSERT_OK(pids[i]);
		if (pids[i] == 0)
			_exit(10 + i);
	}
	ASSERT_EQ(waitpid(pids[2], &st, 0), pids[2]);
	EXPECT_EXITED(st, 12);
	for (i = 0; i < 2; i++) {
		pid = waitpid(-1, &st, 0);
		if (pid == pids[0]) {
			EXPECT_EXITED(st, 10);
			seen |= 1;
		} else if (pid == pids[1]) {
			EXPECT_EXITED(st, 11);
			seen |= 2;
		}
	}
	EXPECT_EQ(seen, 3);
	EXPECT_ERR(waitpid(-1, &st, 0), ECHILD);
}

/* i386 keeps the old waitpid call (glibc uses wait4 instead). */
static void test_waitpid_syscall(void)
{
	int p[2], st = 0;
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		_exit(21);
	}
	close(p[0]);
	EXPECT_EQ(syscall(SYS_waitpid, pid, &st, WNOHANG), 0);
	close(p[1]);
	EXPECT_EQ(syscall(SYS_waitpid, -1, &st, 0), pid);
	EXPECT_EXITED(st, 21);
	EXPECT_ERR(syscall(SYS_waitpid, -1, &st, 0), ECHILD);
}

static void test_wait4_rusage(void)
{
	struct rusage ru;
	pid_t pid = fork();
	int st;

	ASSERT_OK(pid);
	if (pid == 0)
		_exit(3);
	memset(&ru, 0xff, sizeof(ru));
	ASSERT_EQ(syscall(SYS_wait4, pid, &st, 0, &ru), pid);
	EXPECT_EXITED(st, 3);
	EXPECT_GE(ru.ru_utime.tv_usec, 0);
	EXPECT_LT(ru.ru_utime.tv_usec, 1000000);
	/* A NULL status pointer is allowed. */
	pid = fork();
	if (pid == 0)
		_exit(0);
	EXPECT_EQ(syscall(SYS_wait4, pid, NULL, 0, NULL), pid);
}

static void test_wait4_errors(void)
{
	pid_t pid = fork();
	int st;

	ASSERT_OK(pid);
	if (pid == 0)
		_exit(0);
	EXPECT_ERR(syscall(SYS_wait4, pid, &st, 0x12340000, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_wait4, pid, BAD_USER, 0, NULL), EFAULT);
	/* Whatever the EFAULT did to it, the child ends up reaped. */
	while (waitpid(-1, &st, 0) > 0)
		;
	EXPECT_ERR(waitpid(pid, &st, 0), ECHILD);
}

static void test_wait_signaled(void)
{
	int p[2], st;
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		read(p[0], &c, 1);
		_exit(0);
	}
	EXPECT_OK(kill(pid, SIGKILL));
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_SIGNALED(st, SIGKILL);
	EXPECT(!WIFEXITED(st));
	close(p[0]);
	close(p[1]);
}

/* A dead child stays a zombie, still signalable, until it is reaped. */
static void test_zombie(void)
{
	int p[2], st;
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0)
		_exit(0);
	/* EOF once the child's exit has closed its copy of the write end. */
	close(p[1]);
	EXPECT_EQ(read(p[0], &c, 1), 0);
	usleep(10000);
	EXPECT_EQ(kill(pid, 0), 0);
	EXPECT_EQ(kill(pid, SIGKILL), 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_ERR(kill(pid, 0), ESRCH);
	close(p[0]);
}

/* A child's exit closes its descriptors: the pipe reader sees EOF. */
static void test_exit_closes_fds(void)
{
	int p[2], st;
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		close(p[0]);
		_exit(0);
	}
	close(p[1]);
	EXPECT_EQ(read(p[0], &c, 1), 0);
	close(p[0]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
}

/* An orphan gets a new parent: not the dead one. */
static void test_orphan_reparented(void)
{
	pid_t pid, ppids[2] = { 0, 0 };
	int p[2], q[2], st;
	char c;

	ASSERT_OK(pipe(p));
	ASSERT_OK(pipe(q));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		if (fork() == 0) {
			ppids[0] = getppid();
			write(q[1], "", 1);
			/* Wait for the middle process to be gone. */
			while (getppid() == ppids[0])
				usleep(1000);
			ppids[1] = getppid();
			write(p[1], ppids, sizeof(ppids));
			_exit(0);
		}
		/* Exit only once the grandchild knows its first parent. */
		read(q[0], &c, 1);
		_exit(0);
	}
	close(p[1]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EQ(read(p[0], ppids, sizeof(ppids)), sizeof(ppids));
	EXPECT_EQ(ppids[0], pid);
	EXPECT_NE(ppids[1], pid);
	EXPECT_GT(ppids[1], 0);
	close(p[0]);
	close(q[0]);
	close(q[1]);
}

/* vfork: the child borrows our memory and we sleep until it exits. */
static void test_vfork(void)
{
	static volatile int shared;
	pid_t pid;
	int st;

	shared = 0;
	pid = vfork();
	if (pid == 0) {
		shared = getpid();
		_exit(9);
	}
	ASSERT_OK(pid);
	EXPECT_EQ(shared, pid);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 9);
}

/* Each generation forks the next and passes on its exit status + 1. */
static void test_fork_chain(void)
{
	int depth = 0, st = 0;
	pid_t pid;

	for (;;) {
		pid = fork();
		if (pid < 0)
			_exit(100);
		if (pid)
			break;
		if (++depth == 30)
			_exit(0);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		st = 200 << 8;
	if (depth)
		_exit(WEXITSTATUS(st) + 1);
	EXPECT_EXITED(st, 29);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(fork_basic),
	KTAP_CASE(fork_private_memory),
	KTAP_CASE(getpid_gettid),
	KTAP_CASE(set_tid_address),
	KTAP_CASE(exit_status),
	KTAP_CASE(exit_group),
	KTAP_CASE(wait_echild),
	KTAP_CASE(waitpid_wnohang),
	KTAP_CASE(waitpid_specific),
	KTAP_CASE(waitpid_syscall),
	KTAP_CASE(wait4_rusage),
	KTAP_CASE(wait4_errors),
	KTAP_CASE(wait_signaled),
	KTAP_CASE(zombie),
	KTAP_CASE(exit_closes_fds),
	KTAP_CASE(orphan_reparented),
	KTAP_CASE(vfork),
	KTAP_CASE(fork_chain),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
