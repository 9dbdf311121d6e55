// SPDX-License-Identifier: GPL-2.0
/*
 * stress: many processes: fork/exit/wait and fork/exec/wait storms, many
 * live children and zombies at once, and a fork bomb that must end in
 * EAGAIN or ENOMEM and leave the system able to fork (not on the host).
 */
#include "ktap.h"

static char *const no_env[] = { NULL };

/* Waits for pid; 1 if it exited with code. */
static int reaped(pid_t pid, int code)
{
	int st;

	return waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
	       WEXITSTATUS(st) == code;
}

static void test_fork_storm(void)
{
	int i, bad = 0;
	pid_t pid;

	for (i = 0; i < 200; i++) {
		pid = fork();
		ASSERT_OK(pid);
		if (pid == 0)
			_exit(i & 0xff);
		bad += !reaped(pid, i & 0xff);
	}
	EXPECT_EQ(bad, 0);
}

static void test_vfork_storm(void)
{
	int i, bad = 0;
	pid_t pid;

	for (i = 0; i < 100; i++) {
		pid = vfork();
		if (pid == 0)
			_exit(3);
		ASSERT_OK(pid);
		bad += !reaped(pid, 3);
	}
	EXPECT_EQ(bad, 0);
}

static int fork_exec(const char *path, char *const argv[])
{
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		execve(path, argv, no_env);
		_exit(127);
	}
	return pid;
}

static void test_exec_storm(void)
{
	char *argv[] = { "tiny", NULL };
	int i, bad = 0;
	pid_t pid;

	for (i = 0; i < 50; i++) {
		pid = fork_exec(ktap_helper("tiny"), argv);
		ASSERT_OK(pid);
		bad += !reaped(pid, 0);
	}
	EXPECT_EQ(bad, 0);
}

/* The same with a glibc program: a fuller address space each time. */
static void test_exec_storm_glibc(void)
{
	char *argv[] = { "exec-helper", "exit", "5", NULL };
	int i, bad = 0;
	pid_t pid;

	for (i = 0; i < 20; i++) {
		pid = fork_exec(ktap_helper("exec-helper"), argv);
		ASSERT_OK(pid);
		bad += !reaped(pid, 5);
	}
	EXPECT_EQ(bad, 0);
}

/* 50 children alive at once, reaped in whatever order they finish. */
static void test_many_children(void)
{
	static pid_t pids[50];
	int seen[50] = { 0 };
	int i, j, st, bad = 0;
	pid_t pid;

	for (i = 0; i < 50; i++) {
		pids[i] = fork();
		ASSERT_OK(pids[i]);
		if (pids[i] == 0) {
			usleep((i % 7) * 1000);
			_exit(i);
		}
	}
	for (i = 0; i < 50; i++) {
		pid = waitpid(-1, &st, 0);
		for (j = 0; j < 50 && pids[j] != pid; j++)
			;
		if (j == 50 || !WIFEXITED(st) || WEXITSTATUS(st) != j)
			bad++;
		else
			seen[j]++;
	}
	EXPECT_EQ(bad, 0);
	for (i = 0; i < 50; i++)
		EXPECT_EQ(seen[i], 1);
	EXPECT_ERR(waitpid(-1, &st, WNOHANG), ECHILD);
}

/* 100 zombies at once: all keep their status until reaped. */
static void test_many_zombies(void)
{
	static pid_t pids[100];
	int p[2], i, bad = 0;
	char c;

	ASSERT_OK(pipe(p));
	for (i = 0; i < 100; i++) {
		pids[i] = fork();
		ASSERT_OK(pids[i]);
		if (pids[i] == 0) {
			close(p[0]);
			_exit(i);
		}
	}
	/* EOF: every child has exited (and closed its write end). */
	close(p[1]);
	EXPECT_EQ(read(p[0], &c, 1), 0);
	close(p[0]);
	for (i = 99; i >= 0; i--)
		bad += !reaped(pids[i], i);
	EXPECT_EQ(bad, 0);
}

/*
 * Fork until the kernel says no.  Every child blocks on a pipe and ends
 * when the last write end goes; all of it happens in one child of ours,
 * so that the bomb cannot outlive the case.
 */
#define BOMB_LIMIT	50000

static void bomb(void)
{
	int p[2], n = 0, err = 0, st;
	pid_t pid;
	char c;

	if (pipe(p))
		_exit(10);
	while (n < BOMB_LIMIT) {
		pid = fork();
		if (pid == 0) {
			close(p[1]);
			read(p[0], &c, 1);
			_exit(0);
		}
		if (pid < 0) {
			err = errno;
			break;
		}
		n++;
	}
	close(p[1]);
	while (waitpid(-1, &st, 0) > 0)
		n--;
	printf("# %s: fork failed with %s\n", ktap_case_name,
	       ktap_errname(err));
	if (err != EAGAIN && err != ENOMEM)
		_exit(11);
	if (n != 0)
		_exit(12);
	/* All reaped: forking works again. */
	pid = fork();
	if (pid == 0)
		_exit(0);
	_exit(pid > 0 && reaped(pid, 0) ? 0 : 13);
}

static void test_fork_bomb(void)
{
	pid_t pid;

	if (ktap_host())
		KTAP_SKIP("host");
	EXPECT_EXITED(ktap_in_child(bomb), 0);
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0)
		_exit(0);
	EXPECT(reaped(pid, 0));
}

static const struct ktap_case cases[] = {
	KTAP_CASE(fork_storm),
	KTAP_CASE(vfork_storm),
	KTAP_CASE(exec_storm),
	KTAP_CASE(exec_storm_glibc),
	KTAP_CASE(many_children),
	KTAP_CASE(many_zombies),
	KTAP_CASE(fork_bomb),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
