// SPDX-License-Identifier: GPL-2.0
/*
 * pipe: pipe and pipe2, and pipes between processes: large transfers,
 * end of file when the writers are gone, EPIPE and SIGPIPE when the
 * readers are.
 */
#include <fcntl.h>
#include <poll.h>
#include <sys/select.h>
#include <time.h>
#include <stdint.h>
#include "ktap.h"

static void close2(int p[2])
{
	close(p[0]);
	close(p[1]);
}

static void test_pipe_basic(void)
{
	char buf[16] = "";
	int p[2] = { -1, -1 };

	ASSERT_EQ(syscall(SYS_pipe, p), 0);
	EXPECT(p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
	EXPECT_EQ(write(p[1], "through", 7), 7);
	EXPECT_EQ(read(p[0], buf, sizeof(buf)), 7);
	EXPECT_STREQ(buf, "through");
	/* Both ends are plain descriptors, not close-on-exec. */
	EXPECT_EQ(fcntl(p[0], F_GETFD), 0);
	EXPECT_EQ(fcntl(p[0], F_GETFL) & O_ACCMODE, O_RDONLY);
	EXPECT_EQ(fcntl(p[1], F_GETFL) & O_ACCMODE, O_WRONLY);
	close2(p);
}

/* Reads take what is there, in order, without waiting for more. */
static void test_pipe_partial_reads(void)
{
	char buf[8] = "";
	int p[2];

	ASSERT_OK(pipe(p));
	EXPECT_EQ(write(p[1], "abc", 3), 3);
	EXPECT_EQ(write(p[1], "def", 3), 3);
	EXPECT_EQ(read(p[0], buf, 2), 2);
	EXPECT_EQ(memcmp(buf, "ab", 2), 0);
	EXPECT_EQ(read(p[0], buf, sizeof(buf)), 4);
	EXPECT_EQ(memcmp(buf, "cdef", 4), 0);
	close2(p);
}

static void test_pipe_wrong_end(void)
{
	char c;
	int p[2];

	ASSERT_OK(pipe(p));
	EXPECT_ERR(write(p[0], "x", 1), EBADF);
	EXPECT_ERR(read(p[1], &c, 1), EBADF);
	close2(p);
}

static void test_pipe_errors(void)
{
	EXPECT_ERR(syscall(SYS_pipe, BAD_USER), EFAULT);
	EXPECT_ERR(syscall(SYS_pipe, BAD_KERNEL), EFAULT);
	EXPECT_ERR(syscall(SYS_pipe2, BAD_USER, 0), EFAULT);
}

static void test_pipe2_flags(void)
{
	char c;
	int p[2];

	ASSERT_EQ(syscall(SYS_pipe2, p, O_CLOEXEC), 0);
	EXPECT_EQ(fcntl(p[0], F_GETFD), FD_CLOEXEC);
	EXPECT_EQ(fcntl(p[1], F_GETFD), FD_CLOEXEC);
	close2(p);
	ASSERT_EQ(syscall(SYS_pipe2, p, O_NONBLOCK), 0);
	EXPECT(fcntl(p[0], F_GETFL) & O_NONBLOCK);
	EXPECT(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	EXPECT_EQ(fcntl(p[0], F_GETFD), 0);
	EXPECT_ERR(read(p[0], &c, 1), EAGAIN);
	close2(p);
	EXPECT_ERR(syscall(SYS_pipe2, p, O_APPEND | O_RDWR), EINVAL);
	EXPECT_ERR(syscall(SYS_pipe2, p, 0x40000000), EINVAL);
}

/* A non-blocking pipe takes at least 4 KiB, then refuses with EAGAIN. */
static void test_pipe_capacity(void)
{
	char buf[1024];
	long total = 0, n;
	int p[2];

	ASSERT_OK(pipe2(p, O_NONBLOCK));
	memset(buf, 'c', sizeof(buf));
	while ((n = write(p[1], buf, sizeof(buf))) > 0 && total < (1 << 24))
		total += n;
	EXPECT_EQ(n, -1);
	EXPECT_EQ(errno, EAGAIN);
	EXPECT_GE(total, 4096);
	/* Reading a page's worth makes room again. */
	for (n = 0; n < 4; n++)
		EXPECT_EQ(read(p[0], buf, sizeof(buf)), sizeof(buf));
	EXPECT_EQ(write(p[1], buf, 1), 1);
	close2(p);
}

/* With every writer gone, reads drain the data, then return 0. */
static void test_pipe_eof(void)
{
	char buf[8];
	int p[2], w2;

	ASSERT_OK(pipe(p));
	w2 = dup(p[1]);
	EXPECT_EQ(write(p[1], "ab", 2), 2);
	close(p[1]);
	EXPECT_EQ(read(p[0], buf, sizeof(buf)), 2);
	/* A duplicate still holds the write end: not EOF yet. */
	EXPECT_OK(fcntl(p[0], F_SETFL, O_NONBLOCK));
	EXPECT_ERR(read(p[0], buf, sizeof(buf)), EAGAIN);
	close(w2);
	EXPECT_EQ(read(p[0], buf, sizeof(buf)), 0);
	EXPECT_EQ(read(p[0], buf, sizeof(buf)), 0);
	close(p[0]);
}

static void test_pipe_epipe(void)
{
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	int p[2];

	ASSERT_OK(pipe(p));
	close(p[0]);
	EXPECT_ERR(write(p[1], "x", 1), EPIPE);
	close(p[1]);
	signal(SIGPIPE, old);
}

/* Writing to a pipe nobody reads kills with SIGPIPE by default. */
static void child_sigpipe(void)
{
	int p[2];

	signal(SIGPIPE, SIG_DFL);
	if (pipe(p))
		_exit(2);
	close(p[0]);
	write(p[1], "x", 1);
	_exit(3);
}

static void test_pipe_sigpipe(void)
{
	EXPECT_SIGNALED(ktap_in_child(child_sigpipe), SIGPIPE);
}

/* The reader dies while the writer is blocked on a full pipe. */
static void test_pipe_reader_exits(void)
{
	static char buf[65536];
	int p[2], st;
	pid_t pid;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		close(p[0]);
		signal(SIGPIPE, SIG_DFL);
		for (;;)
			if (write(p[1], buf, sizeof(buf)) < 0)
				_exit(4);
	}
	close(p[1]);
	EXPECT_EQ(read(p[0], buf, 100), 100);
	close(p[0]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_SIGNALED(st, SIGPIPE);
}

/* 1 MiB of a counting pattern from a child, in odd-sized pieces. */
static void test_pipe_large_transfer(void)
{
	static unsigned char buf[4099];
	const unsigned long total = 1 << 20;
	unsigned long got = 0, bad = 0;
	int p[2], st;
	pid_t pid;
	long n, i;

	ASSERT_OK(pipe(p));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		unsigned long sent = 0;

		close(p[0]);
		while (sent < total) {
			n = total - sent < 3001 ? total - sent : 3001;
			for (i = 0; i < n; i++)
				buf[i] = (sent + i) * 13 + ((sent + i) >> 12);
			if (write(p[1], buf, n) != n)
				_exit(1);
			sent += n;
		}
		_exit(0);
	}
	close(p[1]);
	while ((n = read(p[0], buf, sizeof(buf))) > 0) {
		for (i = 0; i < n; i++)
			bad += buf[i] != (unsigned char)((got + i) * 13 +
							((got + i) >> 12));
		got += n;
	}
	EXPECT_EQ(n, 0);
	EXPECT_EQ(got, total);
	EXPECT_EQ(bad, 0);
	close(p[0]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
}

/* Two pipes, one each way: 200 round trips with a counter. */
static void test_pipe_ping_pong(void)
{
	int to[2], from[2], st, i, v, bad = 0;
	pid_t pid;

	ASSERT_OK(pipe(to));
	ASSERT_OK(pipe(from));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		close(to[1]);
		close(from[0]);
		while (read(to[0], &v, sizeof(v)) == sizeof(v)) {
			v++;
			if (write(from[1], &v, sizeof(v)) != sizeof(v))
				_exit(1);
		}
		_exit(0);
	}
	close(to[0]);
	close(from[1]);
	for (i = 0; i < 200; i++) {
		v = i * 2;
		if (write(to[1], &v, sizeof(v)) != sizeof(v) ||
		    read(from[0], &v, sizeof(v)) != sizeof(v) || v != i * 2 + 1)
			bad++;
	}
	EXPECT_EQ(bad, 0);
	close(to[1]);
	close(from[0]);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
}

/* A pipeline like "a | b | c": data passes through a middle process. */
static void test_pipe_chain(void)
{
	int a[2], b[2], st1, st2, n, total = 0;
	char buf[512];
	pid_t p1, p2;

	ASSERT_OK(pipe(a));
	ASSERT_OK(pipe(b));
	p1 = fork();
	if (p1 == 0) {
		close(a[0]);
		close2(b);
		for (n = 0; n < 100; n++)
			if (write(a[1], "0123456789", 10) != 10)
				_exit(1);
		_exit(0);
	}
	p2 = fork();
	if (p2 == 0) {
		/* The middle stage copies what it reads. */
		close(a[1]);
		close(b[0]);
		while ((n = read(a[0], buf, sizeof(buf))) > 0)
			if (write(b[1], buf, n) != n)
				_exit(1);
		_exit(n < 0);
	}
	close2(a);
	close(b[1]);
	while ((n = read(b[0], buf, sizeof(buf))) > 0)
		total += n;
	close(b[0]);
	EXPECT_EQ(total, 1000);
	ASSERT_EQ(waitpid(p1, &st1, 0), p1);
	ASSERT_EQ(waitpid(p2, &st2, 0), p2);
	EXPECT_EXITED(st1, 0);
	EXPECT_EXITED(st2, 0);
}

static long long mono_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

/* ppoll: a timeout that runs out (time left written back), then data. */
static void test_ppoll_timeout_and_data(void)
{
	struct pollfd pfd;
	struct timespec ts;
	struct { int64_t sec, nsec; } ts64 = { 0, 100000000 };
	struct { int32_t sec, nsec; } ts32 = { 0, 50000000 };
	long long t0;
	int p[2];

	ASSERT_OK(pipe(p));
	pfd.fd = p[0];
	pfd.events = POLLIN;
	t0 = mono_ms();
	/* Raw, as the C library keeps the time left to itself. */
	EXPECT_EQ(syscall(SYS_ppoll_time64, &pfd, 1, &ts64, NULL, 8), 0);
	EXPECT(mono_ms() - t0 >= 90);
	EXPECT(ts64.sec == 0 && ts64.nsec < 20000000);
	/* The 32-bit call, raw. */
	EXPECT_EQ(syscall(SYS_ppoll, &pfd, 1, &ts32, NULL, 8), 0);
	EXPECT_EQ(write(p[1], "x", 1), 1);
	ts.tv_sec = 5;
	ts.tv_nsec = 0;
	EXPECT_EQ(ppoll(&pfd, 1, &ts, NULL), 1);
	EXPECT(pfd.revents & POLLIN);
	close2(p);
}

static volatile int usr1_hits;

static void on_usr1(int sig)
{
	usr1_hits++;
}

/*
 * The mask is in place only during the wait: SIGUSR1, blocked by the
 * caller, interrupts pselect6 and ppoll whose mask lets it through, and
 * is blocked again afterwards.
 */
static void test_pselect6_ppoll_sigmask(void)
{
	struct sigaction sa = { .sa_handler = on_usr1 };
	sigset_t block, wait, now;
	struct timespec ts = { 5, 0 };
	struct pollfd pfd;
	fd_set in;
	int p[2];

	ASSERT_OK(pipe(p));
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, NULL);
	sigemptyset(&wait);
	usr1_hits = 0;
	raise(SIGUSR1);			/* pending, blocked */
	EXPECT_EQ(usr1_hits, 0);
	FD_ZERO(&in);
	FD_SET(p[0], &in);
	EXPECT_ERR(pselect(p[0] + 1, &in, NULL, NULL, &ts, &wait), EINTR);
	EXPECT_EQ(usr1_hits, 1);
	sigprocmask(SIG_BLOCK, NULL, &now);
	EXPECT(sigismember(&now, SIGUSR1));
	raise(SIGUSR1);
	pfd.fd = p[0];
	pfd.events = POLLIN;
	EXPECT_ERR(ppoll(&pfd, 1, &ts, &wait), EINTR);
	EXPECT_EQ(usr1_hits, 2);
	sigprocmask(SIG_BLOCK, NULL, &now);
	EXPECT(sigismember(&now, SIGUSR1));
	/* With SIGUSR1 blocked in the mask too, nothing interrupts. */
	raise(SIGUSR1);
	ts.tv_sec = 0;
	ts.tv_nsec = 20000000;
	EXPECT_EQ(ppoll(&pfd, 1, &ts, &block), 0);
	EXPECT_EQ(usr1_hits, 2);
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	EXPECT_EQ(usr1_hits, 3);
	signal(SIGUSR1, SIG_DFL);
	close2(p);
}

static void test_ppoll_errors(void)
{
	struct pollfd pfd = { 0, POLLIN, 0 };
	struct timespec bad = { 0, 1000000000 };
	sigset_t m;

	sigemptyset(&m);
	EXPECT_ERR(ppoll(&pfd, 1, &bad, NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_ppoll, &pfd, 1, NULL, &m, 3), EINVAL);
	EXPECT_ERR(syscall(SYS_ppoll, &pfd, 1, (void *)4, NULL, 8), EFAULT);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(pipe_basic),
	KTAP_CASE(pipe_partial_reads),
	KTAP_CASE(pipe_wrong_end),
	KTAP_CASE(pipe_errors),
	KTAP_CASE(pipe2_flags),
	KTAP_CASE(pipe_capacity),
	KTAP_CASE(pipe_eof),
	KTAP_CASE(pipe_epipe),
	KTAP_CASE(pipe_sigpipe),
	KTAP_CASE(pipe_reader_exits),
	KTAP_CASE(pipe_large_transfer),
	KTAP_CASE(pipe_ping_pong),
	KTAP_CASE(pipe_chain),
	KTAP_CASE(ppoll_timeout_and_data),
	KTAP_CASE(pselect6_ppoll_sigmask),
	KTAP_CASE(ppoll_errors),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
