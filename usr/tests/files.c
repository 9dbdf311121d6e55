// SPDX-License-Identifier: GPL-2.0
/*
 * files: open, openat, close, read, write, readv, writev, lseek and _llseek
 * on regular files in the scratch directory.  The calls go through
 * syscall() so that glibc (which turns open into openat and lseek into
 * _llseek) neither hides nor rewrites the kernel's answer.
 */
#include <fcntl.h>
#include <stdint.h>
#include <sys/uio.h>
#include <sys/sendfile.h>
#include "ktap.h"

static int sys_open(const char *path, int flags, int mode)
{
	return syscall(SYS_open, path, flags, mode);
}

/* A file holding exactly the bytes of s. */
static int make_file(const char *path, const char *s)
{
	int fd = sys_open(path, O_CREAT | O_TRUNC | O_RDWR, 0644);

	if (fd >= 0 && write(fd, s, strlen(s)) != (ssize_t)strlen(s)) {
		close(fd);
		return -1;
	}
	return fd;
}

static void test_open_creat_rdwr(void)
{
	char buf[16] = "";
	int fd;

	fd = sys_open(T("a"), O_CREAT | O_EXCL | O_RDWR, 0600);
	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS_write, fd, "hello", 5), 5);
	EXPECT_EQ(syscall(SYS_lseek, fd, 0, SEEK_SET), 0);
	EXPECT_EQ(syscall(SYS_read, fd, buf, sizeof(buf)), 5);
	EXPECT_STREQ(buf, "hello");
	EXPECT_OK(close(fd));
	unlink(T("a"));
}

static void test_open_lowest_fd(void)
{
	int a, b, c;

	a = sys_open("/", O_RDONLY, 0);
	b = sys_open("/", O_RDONLY, 0);
	ASSERT_OK(a);
	ASSERT_OK(b);
	EXPECT_EQ(b, a + 1);
	close(a);
	c = sys_open("/", O_RDONLY, 0);
	EXPECT_EQ(c, a);
	close(b);
	close(c);
}

static void test_open_enoent(void)
{
	EXPECT_ERR(sys_open(T("missing"), O_RDONLY, 0), ENOENT);
	EXPECT_ERR(sys_open(T("missing/x"), O_RDONLY | O_CREAT, 0644),
		   ENOENT);
}

static void test_open_eexist(void)
{
	int fd = make_file(T("e"), "");

	ASSERT_OK(fd);
	close(fd);
	EXPECT_ERR(sys_open(T("e"), O_CREAT | O_EXCL | O_WRONLY, 0644),
		   EEXIST);
	unlink(T("e"));
}

static void test_open_efault(void)
{
	EXPECT_ERR(sys_open(BAD_USER, O_RDONLY, 0), EFAULT);
	EXPECT_ERR(sys_open(BAD_KERNEL, O_RDONLY, 0), EFAULT);
}

static void test_open_enotdir(void)
{
	int fd = make_file(T("f"), "x");

	ASSERT_OK(fd);
	close(fd);
	EXPECT_ERR(sys_open(T("f/x"), O_RDONLY, 0), ENOTDIR);
	EXPECT_ERR(sys_open(T("f"), O_RDONLY | O_DIRECTORY, 0), ENOTDIR);
	unlink(T("f"));
}

static void test_open_eisdir(void)
{
	int fd;

	EXPECT_ERR(sys_open(ktap_tmp, O_WRONLY, 0), EISDIR);
	EXPECT_ERR(sys_open(ktap_tmp, O_RDWR, 0), EISDIR);
	fd = sys_open(ktap_tmp, O_RDONLY | O_DIRECTORY, 0);
	EXPECT_OK(fd);
	close(fd);
}

static void test_open_trunc(void)
{
	struct stat st;
	int fd = make_file(T("t"), "0123456789");

	ASSERT_OK(fd);
	close(fd);
	fd = sys_open(T("t"), O_WRONLY | O_TRUNC, 0);
	ASSERT_OK(fd);
	EXPECT_OK(fstat(fd, &st));
	EXPECT_EQ(st.st_size, 0);
	close(fd);
	unlink(T("t"));
}

static void test_open_append(void)
{
	char buf[16] = "";
	int fd = make_file(T("ap"), "abc");

	ASSERT_OK(fd);
	close(fd);
	fd = sys_open(T("ap"), O_RDWR | O_APPEND, 0);
	ASSERT_OK(fd);
	/* O_APPEND writes go to the end whatever the file offset is. */
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0);
	EXPECT_EQ(write(fd, "de", 2), 2);
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 5);
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 0), 5);
	EXPECT_STREQ(buf, "abcde");
	close(fd);
	unlink(T("ap"));
}

static void test_open_creat_mode(void)
{
	struct stat st;
	mode_t old = umask(022);
	int fd = sys_open(T("m"), O_CREAT | O_WRONLY, 0666);

	umask(old);
	ASSERT_OK(fd);
	EXPECT_OK(fstat(fd, &st));
	EXPECT_EQ(st.st_mode & 0777, 0644);
	EXPECT(S_ISREG(st.st_mode));
	close(fd);
	unlink(T("m"));
}

static void test_openat_dirfd(void)
{
	char buf[8] = "";
	int dfd, fd;

	ASSERT_OK(mkdir(T("d"), 0755));
	dfd = sys_open(T("d"), O_RDONLY | O_DIRECTORY, 0);
	ASSERT_OK(dfd);
	fd = syscall(SYS_openat, dfd, "in", O_CREAT | O_RDWR, 0644);
	ASSERT_OK(fd);
	EXPECT_EQ(write(fd, "yes", 3), 3);
	close(fd);
	/* The file really is inside d. */
	fd = sys_open(T("d/in"), O_RDONLY, 0);
	EXPECT_OK(fd);
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 3);
	EXPECT_STREQ(buf, "yes");
	close(fd);
	/* An absolute path ignores dirfd, even a bad one. */
	fd = syscall(SYS_openat, 9999, T("d/in"), O_RDONLY);
	EXPECT_OK(fd);
	close(fd);
	close(dfd);
	unlink(T("d/in"));
	rmdir(T("d"));
}

static void test_openat_at_fdcwd(void)
{
	char cwd[PATH_MAX];
	int fd;

	ASSERT(getcwd(cwd, sizeof(cwd)));
	ASSERT_OK(chdir(ktap_tmp));
	fd = syscall(SYS_openat, AT_FDCWD, "cwdfile", O_CREAT | O_WRONLY,
		     0644);
	EXPECT_OK(fd);
	close(fd);
	EXPECT_OK(access(T("cwdfile"), F_OK));
	unlink(T("cwdfile"));
	EXPECT_OK(chdir(cwd));
}

static void test_openat_errors(void)
{
	int fd = make_file(T("nd"), "");

	ASSERT_OK(fd);
	EXPECT_ERR(syscall(SYS_openat, 9999, "x", O_RDONLY), EBADF);
	EXPECT_ERR(syscall(SYS_openat, -5, "x", O_RDONLY), EBADF);
	/* A relative path against a dirfd that is no directory. */
	EXPECT_ERR(syscall(SYS_openat, fd, "x", O_RDONLY), ENOTDIR);
	EXPECT_ERR(syscall(SYS_openat, AT_FDCWD, BAD_USER, O_RDONLY), EFAULT);
	close(fd);
	unlink(T("nd"));
}

static void test_close(void)
{
	int fd = sys_open("/", O_RDONLY, 0);

	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS_close, fd), 0);
	EXPECT_ERR(syscall(SYS_close, fd), EBADF);
	EXPECT_ERR(syscall(SYS_close, -1), EBADF);
	EXPECT_ERR(syscall(SYS_close, 100000), EBADF);
	/* A closed fd cannot be used any more. */
	EXPECT_ERR(syscall(SYS_read, fd, &fd, 1), EBADF);
}

static void test_read_eof(void)
{
	char buf[8];
	int fd = make_file(T("r"), "xyz");

	ASSERT_OK(fd);
	EXPECT_EQ(lseek(fd, 1, SEEK_SET), 1);
	EXPECT_EQ(syscall(SYS_read, fd, buf, sizeof(buf)), 2);
	EXPECT_EQ(memcmp(buf, "yz", 2), 0);
	EXPECT_EQ(syscall(SYS_read, fd, buf, sizeof(buf)), 0);
	EXPECT_EQ(syscall(SYS_read, fd, buf, 0), 0);
	close(fd);
	unlink(T("r"));
}

static void test_read_errors(void)
{
	char buf[8];
	int fd = make_file(T("re"), "data");
	int wfd = sys_open(T("re"), O_WRONLY, 0);
	int dfd = sys_open(ktap_tmp, O_RDONLY, 0);

	ASSERT_OK(fd);
	ASSERT_OK(wfd);
	ASSERT_OK(dfd);
	lseek(fd, 0, SEEK_SET);
	EXPECT_ERR(syscall(SYS_read, 9999, buf, 1), EBADF);
	EXPECT_ERR(syscall(SYS_read, -1, buf, 1), EBADF);
	EXPECT_ERR(syscall(SYS_read, wfd, buf, 1), EBADF);
	EXPECT_ERR(syscall(SYS_read, dfd, buf, 1), EISDIR);
	EXPECT_ERR(syscall(SYS_read, fd, BAD_USER, 4), EFAULT);
	lseek(fd, 0, SEEK_SET);
	EXPECT_ERR(syscall(SYS_read, fd, BAD_KERNEL, 4), EFAULT);
	close(fd);
	close(wfd);
	close(dfd);
	unlink(T("re"));
}

static void test_write_errors(void)
{
	int fd = make_file(T("we"), "");
	int rfd = sys_open(T("we"), O_RDONLY, 0);

	ASSERT_OK(fd);
	ASSERT_OK(rfd);
	EXPECT_ERR(syscall(SYS_write, 9999, "x", 1), EBADF);
	EXPECT_ERR(syscall(SYS_write, rfd, "x", 1), EBADF);
	EXPECT_ERR(syscall(SYS_write, fd, BAD_USER, 4), EFAULT);
	EXPECT_ERR(syscall(SYS_write, fd, BAD_KERNEL, 4), EFAULT);
	EXPECT_EQ(syscall(SYS_write, fd, "x", 0), 0);
	close(fd);
	close(rfd);
	unlink(T("we"));
}

/* Writes well past one page and reads it back from another descriptor. */
static void test_write_large(void)
{
	static unsigned char out[70000], in[70000];
	size_t i;
	int fd, rfd;

	for (i = 0; i < sizeof(out); i++)
		out[i] = i * 7 + (i >> 9);
	fd = sys_open(T("big"), O_CREAT | O_WRONLY | O_TRUNC, 0644);
	ASSERT_OK(fd);
	EXPECT_EQ(write(fd, out, sizeof(out)), sizeof(out));
	close(fd);
	rfd = sys_open(T("big"), O_RDONLY, 0);
	ASSERT_OK(rfd);
	EXPECT_EQ(read(rfd, in, sizeof(in)), sizeof(in));
	EXPECT_EQ(memcmp(in, out, sizeof(in)), 0);
	close(rfd);
	unlink(T("big"));
}

static void test_lseek_whence(void)
{
	int fd = make_file(T("s"), "0123456789");

	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS_lseek, fd, 3, SEEK_SET), 3);
	EXPECT_EQ(syscall(SYS_lseek, fd, 2, SEEK_CUR), 5);
	EXPECT_EQ(syscall(SYS_lseek, fd, -1, SEEK_CUR), 4);
	EXPECT_EQ(syscall(SYS_lseek, fd, 0, SEEK_END), 10);
	EXPECT_EQ(syscall(SYS_lseek, fd, -4, SEEK_END), 6);
	close(fd);
	unlink(T("s"));
}

static void test_lseek_errors(void)
{
	int fd = make_file(T("se"), "abc");
	int p[2];

	ASSERT_OK(fd);
	ASSERT_OK(pipe(p));
	EXPECT_ERR(syscall(SYS_lseek, fd, -1, SEEK_SET), EINVAL);
	EXPECT_ERR(syscall(SYS_lseek, fd, -10, SEEK_END), EINVAL);
	EXPECT_ERR(syscall(SYS_lseek, fd, 0, 42), EINVAL);
	EXPECT_ERR(syscall(SYS_lseek, 9999, 0, SEEK_SET), EBADF);
	EXPECT_ERR(syscall(SYS_lseek, p[0], 0, SEEK_SET), ESPIPE);
	/* A failed seek leaves the offset alone. */
	EXPECT_EQ(syscall(SYS_lseek, fd, 0, SEEK_CUR), 3);
	close(p[0]);
	close(p[1]);
	close(fd);
	unlink(T("se"));
}

/* Seeking past the end and writing leaves a hole that reads as zeros. */
static void test_lseek_hole(void)
{
	char buf[8200];
	int fd = make_file(T("h"), "A");
	int i, zeros = 0;

	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS_lseek, fd, 8192, SEEK_SET), 8192);
	EXPECT_EQ(write(fd, "B", 1), 1);
	EXPECT_EQ(syscall(SYS_lseek, fd, 0, SEEK_END), 8193);
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 0), 8193);
	EXPECT_EQ(buf[0], 'A');
	EXPECT_EQ(buf[8192], 'B');
	for (i = 1; i < 8192; i++)
		zeros += !buf[i];
	EXPECT_EQ(zeros, 8191);
	close(fd);
	unlink(T("h"));
}

static void test_llseek(void)
{
	uint64_t res = 0;
	int fd = make_file(T("ll"), "0123456789");

	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS__llseek, fd, 0, 7, &res, SEEK_SET), 0);
	EXPECT_EQ(res, 7);
	EXPECT_EQ(syscall(SYS__llseek, fd, 0, 1, &res, SEEK_CUR), 0);
	EXPECT_EQ(res, 8);
	EXPECT_EQ(syscall(SYS__llseek, fd, -1, -2, &res, SEEK_END), 0);
	EXPECT_EQ(res, 8);
	/* High word: 1 << 32 is a legal offset on a regular file. */
	EXPECT_EQ(syscall(SYS__llseek, fd, 1, 0, &res, SEEK_SET), 0);
	EXPECT_EQ(res, 1ULL << 32);
	close(fd);
	unlink(T("ll"));
}

static void test_llseek_errors(void)
{
	uint64_t res;
	int fd = make_file(T("lle"), "x");

	ASSERT_OK(fd);
	EXPECT_ERR(syscall(SYS__llseek, 9999, 0, 0, &res, SEEK_SET), EBADF);
	EXPECT_ERR(syscall(SYS__llseek, fd, 0, 0, &res, 7), EINVAL);
	EXPECT_ERR(syscall(SYS__llseek, fd, -1, -1, &res, SEEK_SET), EINVAL);
	EXPECT_ERR(syscall(SYS__llseek, fd, 0, 0, BAD_USER, SEEK_SET),
		   EFAULT);
	close(fd);
	unlink(T("lle"));
}

static void test_writev_readv(void)
{
	char a[4] = "", b[8] = "", c[3] = "";
	struct iovec wv[3] = {
		{ "abc", 3 }, { "", 0 }, { "defghij", 7 },
	};
	struct iovec rv[3] = {
		{ a, 2 }, { b, 5 }, { c, 3 },
	};
	int fd = make_file(T("v"), "");

	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS_writev, fd, wv, 3), 10);
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0);
	EXPECT_EQ(syscall(SYS_readv, fd, rv, 3), 10);
	EXPECT_EQ(memcmp(a, "ab", 2), 0);
	EXPECT_EQ(memcmp(b, "cdefg", 5), 0);
	EXPECT_EQ(memcmp(c, "hij", 3), 0);
	/* A short file fills the vectors in order and stops. */
	EXPECT_EQ(lseek(fd, 6, SEEK_SET), 6);
	EXPECT_EQ(syscall(SYS_readv, fd, rv, 3), 4);
	EXPECT_EQ(memcmp(a, "gh", 2), 0);
	EXPECT_EQ(memcmp(b, "ijefg", 5), 0);
	EXPECT_EQ(syscall(SYS_writev, fd, wv, 0), 0);
	close(fd);
	unlink(T("v"));
}

static void test_readv_writev_errors(void)
{
	char buf[4];
	struct iovec ok = { buf, sizeof(buf) };
	struct iovec bad = { BAD_USER, 4 };
	int fd = make_file(T("ve"), "data");

	ASSERT_OK(fd);
	EXPECT_ERR(syscall(SYS_readv, 9999, &ok, 1), EBADF);
	EXPECT_ERR(syscall(SYS_writev, 9999, &ok, 1), EBADF);
	EXPECT_ERR(syscall(SYS_readv, fd, &ok, -1), EINVAL);
	EXPECT_ERR(syscall(SYS_writev, fd, &ok, 1025), EINVAL);
	EXPECT_ERR(syscall(SYS_writev, fd, BAD_USER, 1), EFAULT);
	EXPECT_ERR(syscall(SYS_readv, fd, BAD_KERNEL, 1), EFAULT);
	EXPECT_ERR(syscall(SYS_writev, fd, &bad, 1), EFAULT);
	lseek(fd, 0, SEEK_SET);
	EXPECT_ERR(syscall(SYS_readv, fd, &bad, 1), EFAULT);
	close(fd);
	unlink(T("ve"));
}

/* Two opens of one file have their own offsets but see the same data. */
static void test_two_opens(void)
{
	char c = 0;
	int a = make_file(T("two"), "12345");
	int b = sys_open(T("two"), O_RDWR, 0);

	ASSERT_OK(a);
	ASSERT_OK(b);
	EXPECT_EQ(read(b, &c, 1), 1);
	EXPECT_EQ(c, '1');
	EXPECT_EQ(pwrite(a, "X", 1, 1), 1);
	EXPECT_EQ(read(b, &c, 1), 1);
	EXPECT_EQ(c, 'X');
	EXPECT_EQ(lseek(a, 0, SEEK_CUR), 5);
	close(a);
	close(b);
	unlink(T("two"));
}

/* sendfile: a file into a pipe, at an offset and at the file position. */
static void test_sendfile(void)
{
	static char data[10000], got[10000];
	off_t off = 1000;
	int fd, p[2], i;

	for (i = 0; i < (int)sizeof(data); i++)
		data[i] = 'a' + i % 26;
	fd = open(T("sf"), O_CREAT | O_TRUNC | O_RDWR, 0644);
	ASSERT_OK(fd);
	ASSERT_EQ(write(fd, data, sizeof(data)), (ssize_t)sizeof(data));
	ASSERT_OK(pipe(p));
	/* At an offset: the offset moves, the file position does not. */
	ASSERT_OK(lseek(fd, 5, SEEK_SET));
	EXPECT_EQ(sendfile(p[1], fd, &off, 3000), 3000);
	EXPECT_EQ(off, 4000);
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 5);
	EXPECT_EQ(read(p[0], got, 3000), 3000);
	EXPECT(!memcmp(got, data + 1000, 3000));
	/* At the file position, up to the end of the file. */
	ASSERT_OK(lseek(fd, 9000, SEEK_SET));
	EXPECT_EQ(sendfile(p[1], fd, NULL, 5000), 1000);
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 10000);
	EXPECT_EQ(read(p[0], got, 1000), 1000);
	EXPECT(!memcmp(got, data + 9000, 1000));
	EXPECT_EQ(sendfile(p[1], fd, NULL, 100), 0);	/* end of file */
	/* Errors: a pipe is not a file to read at an offset, bad fds. */
	EXPECT_ERR(sendfile(fd, p[0], NULL, 10), EINVAL);
	EXPECT_ERR(sendfile(p[1], 9999, NULL, 10), EBADF);
	EXPECT_ERR(sendfile(p[0], fd, NULL, 10), EBADF);
	close(p[0]);
	close(p[1]);
	close(fd);
	unlink(T("sf"));
}

static const struct ktap_case cases[] = {
	KTAP_CASE(open_creat_rdwr),
	KTAP_CASE(open_lowest_fd),
	KTAP_CASE(open_enoent),
	KTAP_CASE(open_eexist),
	KTAP_CASE(open_efault),
	KTAP_CASE(open_enotdir),
	KTAP_CASE(open_eisdir),
	KTAP_CASE(open_trunc),
	KTAP_CASE(open_append),
	KTAP_CASE(open_creat_mode),
	KTAP_CASE(openat_dirfd),
	KTAP_CASE(openat_at_fdcwd),
	KTAP_CASE(openat_errors),
	KTAP_CASE(close),
	KTAP_CASE(read_eof),
	KTAP_CASE(read_errors),
	KTAP_CASE(write_errors),
	KTAP_CASE(write_large),
	KTAP_CASE(lseek_whence),
	KTAP_CASE(lseek_errors),
	KTAP_CASE(lseek_hole),
	KTAP_CASE(llseek),
	KTAP_CASE(llseek_errors),
	KTAP_CASE(writev_readv),
	KTAP_CASE(sendfile),
	KTAP_CASE(readv_writev_errors),
	KTAP_CASE(two_opens),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
