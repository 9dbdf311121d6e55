// SPDX-License-Identifier: GPL-2.0
/*
 * fds: the descriptor table: dup, dup2, dup3 and fcntl64 (F_GETFD, F_SETFD,
 * F_GETFL, F_SETFL, F_DUPFD), and descriptors shared across fork.
 */
#include <fcntl.h>
#include "ktap.h"

static long kfcntl(int fd, int cmd, long arg)
{
	return syscall(SYS_fcntl64, fd, cmd, arg);
}

static int open_tmp(const char *name)
{
	return open(T(name), O_CREAT | O_TRUNC | O_RDWR, 0644);
}

static void test_dup_lowest(void)
{
	int fd = open_tmp("d"), a, b;

	ASSERT_OK(fd);
	a = syscall(SYS_dup, fd);
	ASSERT_OK(a);
	EXPECT_GT(a, fd);
	b = syscall(SYS_dup, fd);
	EXPECT_EQ(b, a + 1);
	close(a);
	/* The lowest free number is reused. */
	EXPECT_EQ(syscall(SYS_dup, fd), a);
	close(a);
	close(b);
	close(fd);
	unlink(T("d"));
}

/* Duplicates share one open file: its offset and its status flags. */
static void test_dup_shares_file(void)
{
	int fd = open_tmp("sh"), d;

	ASSERT_OK(fd);
	d = syscall(SYS_dup, fd);
	ASSERT_OK(d);
	EXPECT_EQ(write(fd, "abcdef", 6), 6);
	EXPECT_EQ(lseek(d, 0, SEEK_CUR), 6);
	EXPECT_EQ(lseek(d, 2, SEEK_SET), 2);
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 2);
	EXPECT_OK(kfcntl(d, F_SETFL, O_APPEND));
	EXPECT(kfcntl(fd, F_GETFL, 0) & O_APPEND);
	/* Closing one leaves the other working. */
	close(fd);
	EXPECT_EQ(write(d, "g", 1), 1);
	EXPECT_EQ(lseek(d, 0, SEEK_END), 7);
	close(d);
	unlink(T("sh"));
}

static void test_dup_errors(void)
{
	EXPECT_ERR(syscall(SYS_dup, 9999), EBADF);
	EXPECT_ERR(syscall(SYS_dup, -1), EBADF);
}

static void test_dup2(void)
{
	int fd = open_tmp("d2"), other = open_tmp("d2o");
	char c = 0;

	ASSERT_OK(fd);
	ASSERT_OK(other);
	EXPECT_EQ(syscall(SYS_dup2, fd, 50), 50);
	EXPECT_EQ(write(50, "x", 1), 1);
	EXPECT_EQ(pread(fd, &c, 1, 0), 1);
	EXPECT_EQ(c, 'x');
	/* An open target is closed first and then refers to the new file. */
	EXPECT_EQ(syscall(SYS_dup2, other, 50), 50);
	EXPECT_EQ(lseek(50, 0, SEEK_END), 0);
	/* Same fd: a no-op returning it. */
	EXPECT_EQ(syscall(SYS_dup2, fd, fd), fd);
	EXPECT_EQ(kfcntl(fd, F_GETFD, 0), 0);
	close(50);
	close(fd);
	close(other);
	unlink(T("d2"));
	unlink(T("d2o"));
}

/* Far above any RLIMIT_NOFILE the kernel allows (fs.nr_open <= 1 << 30). */
#define HUGE_FD		(1 << 30)

static void test_dup2_errors(void)
{
	EXPECT_ERR(syscall(SYS_dup2, 9999, 20), EBADF);
	EXPECT_ERR(syscall(SYS_dup2, 9999, 9999), EBADF);
	EXPECT_ERR(syscall(SYS_dup2, 0, -1), EBADF);
	EXPECT_ERR(syscall(SYS_dup2, 0, HUGE_FD), EBADF);
	/* A failed dup2 does not touch the target. */
	EXPECT_ERR(kfcntl(20, F_GETFD, 0), EBADF);
}

/* dup and dup2 clear close-on-exec on the copy; dup3 can set it. */
static void test_dup_cloexec(void)
{
	int fd = open(T("ce"), O_CREAT | O_RDWR | O_CLOEXEC, 0644), d;

	ASSERT_OK(fd);
	EXPECT_EQ(kfcntl(fd, F_GETFD, 0), FD_CLOEXEC);
	d = syscall(SYS_dup, fd);
	EXPECT_EQ(kfcntl(d, F_GETFD, 0), 0);
	close(d);
	EXPECT_EQ(syscall(SYS_dup2, fd, 40), 40);
	EXPECT_EQ(kfcntl(40, F_GETFD, 0), 0);
	EXPECT_EQ(syscall(SYS_dup3, fd, 41, O_CLOEXEC), 41);
	EXPECT_EQ(kfcntl(41, F_GETFD, 0), FD_CLOEXEC);
	EXPECT_EQ(syscall(SYS_dup3, fd, 41, 0), 41);
	EXPECT_EQ(kfcntl(41, F_GETFD, 0), 0);
	close(40);
	close(41);
	close(fd);
	unlink(T("ce"));
}

static void test_dup3_errors(void)
{
	EXPECT_ERR(syscall(SYS_dup3, 0, 0, 0), EINVAL);
	EXPECT_ERR(syscall(SYS_dup3, 0, 30, 0x4), EINVAL);
	EXPECT_ERR(syscall(SYS_dup3, 9999, 30, 0), EBADF);
	EXPECT_ERR(syscall(SYS_dup3, 0, -1, 0), EBADF);
}

static void test_fcntl_fd_flags(void)
{
	int fd = open_tmp("gfd");

	ASSERT_OK(fd);
	EXPECT_EQ(kfcntl(fd, F_GETFD, 0), 0);
	EXPECT_EQ(kfcntl(fd, F_SETFD, FD_CLOEXEC), 0);
	EXPECT_EQ(kfcntl(fd, F_GETFD, 0), FD_CLOEXEC);
	EXPECT_EQ(kfcntl(fd, F_SETFD, 0), 0);
	EXPECT_EQ(kfcntl(fd, F_GETFD, 0), 0);
	close(fd);
	unlink(T("gfd"));
}

static void test_fcntl_status_flags(void)
{
	int ro, wo, rw, ap;

	ro = open("/dev/null", O_RDONLY);
	wo = open("/dev/null", O_WRONLY);
	rw = open("/dev/null", O_RDWR);
	ap = open("/dev/null", O_WRONLY | O_APPEND);
	ASSERT(ro >= 0 && wo >= 0 && rw >= 0 && ap >= 0);
	EXPECT_EQ(kfcntl(ro, F_GETFL, 0) & O_ACCMODE, O_RDONLY);
	EXPECT_EQ(kfcntl(wo, F_GETFL, 0) & O_ACCMODE, O_WRONLY);
	EXPECT_EQ(kfcntl(rw, F_GETFL, 0) & O_ACCMODE, O_RDWR);
	EXPECT_EQ(kfcntl(ap, F_GETFL, 0) & (O_ACCMODE | O_APPEND),
		  O_WRONLY | O_APPEND);
	/* F_SETFL changes O_APPEND and O_NONBLOCK, never the access mode. */
	EXPECT_EQ(kfcntl(ro, F_SETFL, O_RDWR | O_NONBLOCK | O_APPEND), 0);
	EXPECT_EQ(kfcntl(ro, F_GETFL, 0) & (O_ACCMODE | O_NONBLOCK | O_APPEND),
		  O_RDONLY | O_NONBLOCK | O_APPEND);
	EXPECT_EQ(kfcntl(ro, F_SETFL, 0), 0);
	EXPECT_EQ(kfcntl(ro, F_GETFL, 0) & (O_NONBLOCK | O_APPEND), 0);
	close(ro);
	close(wo);
	close(rw);
	close(ap);
}

static void test_fcntl_nonblock_pipe(void)
{
	char c;
	int p[2];

	ASSERT_OK(pipe(p));
	EXPECT_EQ(kfcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	EXPECT_ERR(read(p[0], &c, 1), EAGAIN);
	EXPECT_EQ(write(p[1], "z", 1), 1);
	EXPECT_EQ(read(p[0], &c, 1), 1);
	EXPECT_EQ(c, 'z');
	close(p[0]);
	close(p[1]);
}

static void test_fcntl_dupfd(void)
{
	int fd = open_tmp("dfd"), a, b;

	ASSERT_OK(fd);
	ASSERT_OK(kfcntl(fd, F_SETFD, FD_CLOEXEC));
	a = kfcntl(fd, F_DUPFD, 100);
	EXPECT_EQ(a, 100);
	b = kfcntl(fd, F_DUPFD, 100);
	EXPECT_EQ(b, 101);
	EXPECT_EQ(kfcntl(a, F_GETFD, 0), 0);
	close(a);
	EXPECT_EQ(kfcntl(fd, F_DUPFD, 0) < fd + 3, 1);
	a = kfcntl(fd, F_DUPFD_CLOEXEC, 100);
	EXPECT_EQ(a, 100);
	EXPECT_EQ(kfcntl(a, F_GETFD, 0), FD_CLOEXEC);
	close(a);
	close(b);
	close(fd);
	unlink(T("dfd"));
}

static void test_fcntl_errors(void)
{
	EXPECT_ERR(kfcntl(9999, F_GETFD, 0), EBADF);
	EXPECT_ERR(kfcntl(-1, F_GETFL, 0), EBADF);
	EXPECT_ERR(kfcntl(9999, F_DUPFD, 0), EBADF);
	EXPECT_ERR(kfcntl(0, F_DUPFD, -1), EINVAL);
	EXPECT_ERR(kfcntl(0, F_DUPFD, HUGE_FD), EINVAL);
	EXPECT_ERR(kfcntl(0, 12345, 0), EINVAL);
}

/* A child inherits the descriptors and shares their offsets. */
static void test_fork_shares_offset(void)
{
	int fd = open_tmp("fo"), st;
	pid_t pid;

	ASSERT_OK(fd);
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0)
		_exit(write(fd, "child", 5) == 5 ? 0 : 1);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 5);
	/* Closing in the child does not close in the parent. */
	pid = fork();
	if (pid == 0)
		_exit(close(fd) == 0 ? 0 : 1);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_OK(kfcntl(fd, F_GETFD, 0));
	close(fd);
	unlink(T("fo"));
}

static const struct ktap_case cases[] = {
	KTAP_CASE(dup_lowest),
	KTAP_CASE(dup_shares_file),
	KTAP_CASE(dup_errors),
	KTAP_CASE(dup2),
	KTAP_CASE(dup2_errors),
	KTAP_CASE(dup_cloexec),
	KTAP_CASE(dup3_errors),
	KTAP_CASE(fcntl_fd_flags),
	KTAP_CASE(fcntl_status_flags),
	KTAP_CASE(fcntl_nonblock_pipe),
	KTAP_CASE(fcntl_dupfd),
	KTAP_CASE(fcntl_errors),
	KTAP_CASE(fork_shares_offset),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
