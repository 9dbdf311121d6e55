// SPDX-License-Identifier: GPL-2.0
/*
 * pipe_pingpong: one op is a 4-byte message to a child process over one
 * pipe and its echo back over another: two context switches and four
 * pipe operations.
 */
#include <signal.h>
#include <sys/wait.h>
#include "bench.h"

static int to_child[2], to_parent[2];

static void op(void *arg)
{
	int v = 0;

	if (write(to_child[1], &v, 4) != 4 || read(to_parent[0], &v, 4) != 4)
		bench_die("pipe round trip");
}

int main(void)
{
	pid_t pid;
	int v;

	if (pipe(to_child) || pipe(to_parent))
		bench_die("pipe");
	pid = fork();
	if (pid < 0)
		bench_die("fork");
	if (pid == 0) {
		close(to_child[1]);
		close(to_parent[0]);
		while (read(to_child[0], &v, 4) == 4)
			if (write(to_parent[1], &v, 4) != 4)
				break;
		_exit(0);
	}
	close(to_child[0]);
	close(to_parent[1]);
	bench_loop("pipe_pingpong", 2000, op, NULL);
	close(to_child[1]);
	waitpid(pid, NULL, 0);
	return 0;
}
