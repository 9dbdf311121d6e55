// SPDX-License-Identifier: GPL-2.0
/*
 * limits: getrlimit, ugetrlimit, setrlimit and prlimit64, and the limits
 * the kernel enforces: open files, processes, the stack, the address
 * space.  Each limit is lowered in a child, so the runner keeps its own.
 */
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include "ktap.h"

#include <sys/resource.h>	/* RLIMIT_* */

struct rl32 {
	uint32_t cur, max;
};

struct rl64 {
	uint64_t cur, max;
};

static int set_cur(int res, uint64_t cur)
{
	struct rl64 v;

	if (syscall(SYS_prlimit64, 0, res, NULL, &v))
		return -1;
	v.cur = cur;
	return syscall(SYS_prlimit64, 0, res, &v, NULL);
}

/* Runs fn in a child and returns its wait status. */
static int in_child(void (*fn)(void))
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		fn();
		_exit(0);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

/* The four calls agree on every limit. */
static void test_rlimit_calls_agree(void)
{
	struct rl32 u, o;
	struct rl64 p;
	int res;

	for (res = 0; res < 16; res++) {
		ASSERT_OK(syscall(SYS_prlimit64, 0, res, NULL, &p));
		ASSERT_OK(syscall(SYS_ugetrlimit, res, &u));
		ASSERT_OK(syscall(SYS_getrlimit, res, &o));
		EXPECT(p.cur <= p.max);
		EXPECT_EQ(u.cur, p.cur >= 0xffffffffULL ? 0xffffffffU : p.cur);
		EXPECT_EQ(o.cur, p.cur >= 0x7fffffffULL ? 0x7fffffffU : p.cur);
	}
	ASSERT_OK(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &p));
	EXPECT(p.cur >= 64);
}

static void test_rlimit_errors(void)
{
	struct rl64 p, bad;

	ASSERT_OK(syscall(SYS_prlimit64, 0, RLIMIT_AS, NULL, &p));
	bad.cur = 2;
	bad.max = 1;
	EXPECT_ERR(syscall(SYS_prlimit64, 0, RLIMIT_AS, &bad, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_prlimit64, 0, 99, NULL, &p), EINVAL);
	EXPECT_ERR(syscall(SYS_ugetrlimit, 99, &p), EINVAL);
	EXPECT_ERR(syscall(SYS_prlimit64, 0, RLIMIT_AS, NULL, (void *)4),
		   EFAULT);
	EXPECT_ERR(syscall(SYS_setrlimit, RLIMIT_AS, (void *)4), EFAULT);
	EXPECT_ERR(syscall(SYS_prlimit64, 0x7ffffff0, RLIMIT_AS, NULL, &p),
		   ESRCH);
}

/* Ten descriptors: the eleventh open fails with EMFILE, dup2 too. */
static void nofile_child(void)
{
	int fd = -1, i;

	if (set_cur(RLIMIT_NOFILE, 10))
		_exit(1);
	for (i = 0; i < 20; i++) {
		fd = open("/", O_RDONLY);
		if (fd < 0)
			break;
		if (fd >= 10)
			_exit(2);
	}
	if (fd >= 0 || errno != EMFILE)
		_exit(3);
	if (dup2(0, 10) != -1 || errno != EBADF)
		_exit(4);
	if (fcntl(0, F_DUPFD, 10) != -1 || errno != EINVAL)
		_exit(5);
}

static void test_rlimit_nofile(void)
{
	EXPECT_EXITED(in_child(nofile_child), 0);
}

/* With RLIMIT_AS at 64 MiB, 128 MiB more cannot be mapped, 1 MiB can. */
static void as_child(void)
{
	void *p;

	if (set_cur(RLIMIT_AS, 64 << 20))
		_exit(1);
	p = mmap(NULL, 128 << 20, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p != MAP_FAILED || errno != ENOMEM)
		_exit(2);
	p = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		_exit(3);
}

static void test_rlimit_as(void)
{
	EXPECT_EXITED(in_child(as_child), 0);
}

static volatile char *sink;

static int recurse(int n)
{
	volatile char pad[1024];

	pad[0] = n;
	sink = pad;
	return n ? recurse(n - 1) + pad[0] : 0;
}

/* A 256 KiB stack cannot hold a 2 MiB recursion: SIGSEGV. */
static void stack_child(void)
{
	if (set_cur(RLIMIT_STACK, 256 << 10))
		_exit(1);
	recurse(2048);
	_exit(2);
}

static void test_rlimit_stack(void)
{
	int st = in_child(stack_child);

	EXPECT(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
}

/* No more processes than RLIMIT_NPROC: fork fails with EAGAIN. */
static void nproc_child(void)
{
	struct rl64 p;

	if (syscall(SYS_prlimit64, 0, RLIMIT_NPROC, NULL, &p))
		_exit(1);
	if (set_cur(RLIMIT_NPROC, 1))
		_exit(2);
	if (fork() != -1 || errno != EAGAIN)
		_exit(3);
}

static void test_rlimit_nproc(void)
{
	/* Linux does not hold root to RLIMIT_NPROC. */
	if (ktap_host() && !geteuid())
		KTAP_SKIP("root on the host is above RLIMIT_NPROC");
	EXPECT_EXITED(in_child(nproc_child), 0);
}

/* A child inherits a lowered limit. */
static void inherit_child(void)
{
	pid_t pid;
	int st;

	if (set_cur(RLIMIT_NOFILE, 17))
		_exit(1);
	pid = fork();
	if (pid == 0) {
		struct rl64 p;

		syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &p);
		_exit(p.cur == 17 ? 0 : 1);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st))
		_exit(2);
}

static void test_rlimit_inherited(void)
{
	EXPECT_EXITED(in_child(inherit_child), 0);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(rlimit_calls_agree),
	KTAP_CASE(rlimit_errors),
	KTAP_CASE(rlimit_nofile),
	KTAP_CASE(rlimit_as),
	KTAP_CASE(rlimit_stack),
	KTAP_CASE(rlimit_nproc),
	KTAP_CASE(rlimit_inherited),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
