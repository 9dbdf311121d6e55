// SPDX-License-Identifier: GPL-2.0
/*
 * fork: fork + _exit + waitpid, and fork + execve of helpers/tiny (a
 * libc-free program) + waitpid: process creation and teardown.
 */
#include <sys/wait.h>
#include "bench.h"

static void fork_exit(void *arg)
{
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(0);
	if (pid < 0 || waitpid(pid, &st, 0) != pid || st != 0)
		bench_die("fork+exit+wait");
}

static void fork_exec(void *arg)
{
	char *argv[] = { "tiny", NULL }, *envp[] = { NULL };
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		execve(arg, argv, envp);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid || st != 0)
		bench_die("fork+exec+wait");
}

int main(int argc, char **argv)
{
	bench_loop("fork_exit", 100, fork_exit, NULL);
	bench_loop("fork_exec", 100, fork_exec,
		   (void *)bench_helper(argv[0], "tiny"));
	return 0;
}
