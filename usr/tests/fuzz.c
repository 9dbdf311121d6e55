// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz: random system calls with hostile arguments, from children the
 * kernel must survive.  Each child (its own seed, derived from the run's)
 * calls CALLS random system call numbers with arguments drawn from a
 * pool of bad values - NULL, kernel addresses, unmapped and misaligned
 * pointers, huge sizes, negative numbers - and of valid ones (a scratch
 * page of random bytes, small descriptors).  A child is bounded by its
 * own alarm; the parent kills one still alive after its time, and fails
 * the case if a killed child cannot be reaped (an unkillable task).  An
 * oops or a hang fails the boot; the leak check after this program
 * compares free memory.
 *
 * FUZZ_SECONDS (default 3, as make check runs it) and FUZZ_SEED (default
 * the time) in the environment set the length and the seed; make fuzz
 * runs it at length (usr/init/fuzz-init).
 *
 * Left out, as they would reach beyond the child: the calls that signal
 * or renice other processes, set limits or groups of others, reboot,
 * clear the kernel log, fork, clone or exec.
 */
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <time.h>
#include "ktap.h"

#define CALLS		300
#define CHILD_SECONDS	2

static const int excluded[] = {
	SYS_fork, SYS_vfork, SYS_clone, SYS_execve, SYS_execveat,
	SYS_kill, SYS_tkill, SYS_tgkill, SYS_rt_sigqueueinfo,
	SYS_rt_tgsigqueueinfo, SYS_reboot, SYS_syslog, SYS_setpriority,
	SYS_prlimit64, SYS_setpgid, SYS_ptrace, SYS_exit, SYS_exit_group,
	SYS_alarm, SYS_setitimer, SYS_clone3,
};

static unsigned int rng;

static unsigned int rnd(void)
{
	rng = rng * 1103515245 + 12345;
	return rng >> 8 ^ rng << 13;
}

static int is_excluded(int nr)
{
	unsigned int i;

	for (i = 0; i < sizeof(excluded) / sizeof(excluded[0]); i++)
		if (excluded[i] == nr)
			return 1;
	return 0;
}

static long arg(char *page)
{
	switch (rnd() % 14) {
	case 0:	return 0;
	case 1:	return -1;
	case 2:	return 1;
	case 3:	return 0x7fffffff;
	case 4:	return (long)0x80000000UL;
	case 5:	return (long)0xc0000000UL;		/* the kernel */
	case 6:	return (long)0xfffff000UL;
	case 7:	return 0x1000;				/* never mapped */
	case 8:	return (long)page;			/* a valid buffer */
	case 9:	return (long)(page + 4093);		/* runs off it */
	case 10: return rnd() % 64;			/* descriptors, sizes */
	case 11: return -(long)(rnd() % 4096);		/* errno-like */
	case 12: return (long)(page + (rnd() % 4096));
	}
	return (long)rnd();
}

/* One child's calls; returns only if it survived them all. */
static void child(unsigned int seed)
{
	char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int i, nr, fd = open("/dev/null", O_RDWR);

	/* Its output must not reach the test's. */
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	alarm(CHILD_SECONDS);
	rng = seed;
	for (i = 0; i < CALLS; i++) {
		if (page != MAP_FAILED)
			for (nr = 0; nr < 64; nr++)
				page[rnd() % 4096] = rnd();
		do {
			nr = rnd() % 460;
		} while (is_excluded(nr));
		syscall(nr, arg(page), arg(page), arg(page), arg(page),
			arg(page), arg(page));
	}
	_exit(0);
}

static void test_random_syscalls(void)
{
	long long end;
	unsigned int seed = (unsigned int)time(NULL), n = 0;
	unsigned int killed = 0, died = 0;
	struct timespec t;
	int seconds = 3, st, w, i;
	pid_t pid;

	if (ktap_host())
		KTAP_SKIP("the host's kernel is not ours to fuzz");
	if (getenv("FUZZ_SECONDS"))
		seconds = atoi(getenv("FUZZ_SECONDS"));
	if (getenv("FUZZ_SEED"))
		seed = strtoul(getenv("FUZZ_SEED"), NULL, 0);
	printf("# fuzz: seed %u, %d s, %d calls a child\n", seed, seconds,
	       CALLS);
	fflush(stdout);
	if (chdir(ktap_tmp))
		KTAP_SKIP("no scratch directory");
	clock_gettime(CLOCK_MONOTONIC, &t);
	end = t.tv_sec + seconds;
	do {
		pid = fork();
		ASSERT(pid >= 0);
		if (pid == 0)
			child(seed + n);
		n++;
		/* Its alarm ends it; past twice that, it is killed. */
		for (i = 0; i < 400; i++) {
			w = waitpid(pid, &st, WNOHANG);
			if (w == pid)
				break;
			usleep(10000);
		}
		if (w != pid) {
			kill(pid, SIGKILL);
			killed++;
			for (i = 0; i < 300; i++) {
				w = waitpid(pid, &st, WNOHANG);
				if (w == pid)
					break;
				usleep(10000);
			}
			if (w != pid) {
				ktap_fail(__FILE__, __LINE__,
					  "child %d (seed %u) survives SIGKILL",
					  pid, seed + n - 1);
				return;
			}
		}
		if (WIFSIGNALED(st))
			died++;
		clock_gettime(CLOCK_MONOTONIC, &t);
	} while (t.tv_sec < end);
	printf("# fuzz: %u children, %u calls, %u ended by a signal, %u killed after their time\n",
	       n, n * CALLS, died, killed);
	EXPECT(n > 0);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(random_syscalls),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
