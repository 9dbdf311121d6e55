// SPDX-License-Identifier: GPL-2.0
/*
 * stat: stat64, lstat64, fstat64, fstatat64 and getdents64, called raw with
 * the kernel's own structure layouts (glibc would use statx instead);
 * statfs; the chown family, whose owners stat shows.
 */
#include <fcntl.h>
#include <stdint.h>
#include <time.h>
#include <sys/sysmacros.h>
#include <sys/statfs.h>
#include "ktap.h"

/* The i386 kernel's struct stat64. */
struct kstat64 {
	uint64_t st_dev;
	uint32_t __pad0;
	uint32_t __st_ino;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	uint32_t __pad3;
	int64_t st_size;
	uint32_t st_blksize;
	uint64_t st_blocks;
	uint32_t st_atime_, st_atime_nsec;
	uint32_t st_mtime_, st_mtime_nsec;
	uint32_t st_ctime_, st_ctime_nsec;
	uint64_t st_ino;
};
_Static_assert(sizeof(struct kstat64) == 96, "kernel stat64 layout");

struct kdirent64 {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	char d_name[];
};

static int kstat(const char *p, struct kstat64 *st)
{
	return syscall(SYS_stat64, p, st);
}

static int klstat(const char *p, struct kstat64 *st)
{
	return syscall(SYS_lstat64, p, st);
}

static int kfstat(int fd, struct kstat64 *st)
{
	return syscall(SYS_fstat64, fd, st);
}

static int kfstatat(int dfd, const char *p, struct kstat64 *st, int flags)
{
	return syscall(SYS_fstatat64, dfd, p, st, flags);
}

static int put_file(const char *path, const char *s)
{
	int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);

	if (fd < 0)
		return -1;
	if (write(fd, s, strlen(s)) != (ssize_t)strlen(s)) {
		close(fd);
		return -1;
	}
	return close(fd);
}

static void test_stat_regular(void)
{
	struct kstat64 st;
	time_t t0 = time(NULL);

	ASSERT_OK(put_file(T("reg"), "twelve bytes"));
	memset(&st, 0xa5, sizeof(st));
	ASSERT_OK(kstat(T("reg"), &st));
	EXPECT(S_ISREG(st.st_mode));
	EXPECT_EQ(st.st_mode & 07777, 0644 & ~022);
	EXPECT_EQ(st.st_size, 12);
	EXPECT_EQ(st.st_nlink, 1);
	EXPECT_EQ(st.st_uid, getuid());
	EXPECT_EQ(st.st_gid, getgid());
	EXPECT_NE(st.st_ino, 0);
	EXPECT_EQ(st.__st_ino, (uint32_t)st.st_ino);
	EXPECT_GT(st.st_blksize, 0);
	/* Times are set at creation, to about now. */
	EXPECT_GE(st.st_mtime_, t0 - 2);
	EXPECT_LE(st.st_mtime_, time(NULL) + 2);
	EXPECT_LT(st.st_mtime_nsec, 1000000000);
	unlink(T("reg"));
}

static void test_stat_directory(void)
{
	struct kstat64 st;

	ASSERT_OK(kstat(ktap_tmp, &st));
	EXPECT(S_ISDIR(st.st_mode));
	EXPECT_GE(st.st_nlink, 1);
	ASSERT_OK(kstat("/", &st));
	EXPECT(S_ISDIR(st.st_mode));
}

static void test_stat_dev_null(void)
{
	struct kstat64 st;

	ASSERT_OK(kstat("/dev/null", &st));
	EXPECT(S_ISCHR(st.st_mode));
	EXPECT_EQ(st.st_rdev, makedev(1, 3));
}

static void test_stat_errors(void)
{
	struct kstat64 st;

	ASSERT_OK(put_file(T("se"), "x"));
	EXPECT_ERR(kstat(T("nothing"), &st), ENOENT);
	EXPECT_ERR(kstat("", &st), ENOENT);
	EXPECT_ERR(kstat(T("se/x"), &st), ENOTDIR);
	EXPECT_ERR(kstat(BAD_USER, &st), EFAULT);
	EXPECT_ERR(kstat(T("se"), BAD_USER), EFAULT);
	EXPECT_ERR(kstat(T("se"), BAD_KERNEL), EFAULT);
	unlink(T("se"));
}

static void test_lstat(void)
{
	struct kstat64 a, b;

	ASSERT_OK(put_file(T("ls"), "abc"));
	ASSERT_OK(kstat(T("ls"), &a));
	ASSERT_OK(klstat(T("ls"), &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_EQ(a.st_dev, b.st_dev);
	EXPECT_EQ(b.st_size, 3);
	EXPECT(S_ISREG(b.st_mode));
	ASSERT_OK(klstat(ktap_tmp, &b));
	EXPECT(S_ISDIR(b.st_mode));
	EXPECT_ERR(klstat(T("none"), &b), ENOENT);
	EXPECT_ERR(klstat(BAD_USER, &b), EFAULT);
	EXPECT_ERR(klstat(T("ls"), BAD_USER), EFAULT);
	unlink(T("ls"));
}

/* /proc/self/exe is the one symlink we can count on, where there is /proc. */
static void test_lstat_symlink(void)
{
	struct kstat64 l, s;

	if (klstat("/proc/self/exe", &l))
		KTAP_SKIP("no /proc/self/exe");
	EXPECT(S_ISLNK(l.st_mode));
	ASSERT_OK(kstat("/proc/self/exe", &s));
	EXPECT(S_ISREG(s.st_mode));
}

static void test_fstat(void)
{
	struct kstat64 a, b;
	int fd;

	ASSERT_OK(put_file(T("fs"), "hello"));
	fd = open(T("fs"), O_RDWR);
	ASSERT_OK(fd);
	ASSERT_OK(kstat(T("fs"), &a));
	ASSERT_OK(kfstat(fd, &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_EQ(a.st_dev, b.st_dev);
	EXPECT_EQ(b.st_size, 5);
	/* The size follows writes through the descriptor. */
	EXPECT_EQ(pwrite(fd, "world", 5, 5), 5);
	ASSERT_OK(kfstat(fd, &b));
	EXPECT_EQ(b.st_size, 10);
	EXPECT_OK(ftruncate(fd, 2));
	ASSERT_OK(kfstat(fd, &b));
	EXPECT_EQ(b.st_size, 2);
	close(fd);
	unlink(T("fs"));
}

static void test_fstat_errors(void)
{
	struct kstat64 st;

	EXPECT_ERR(kfstat(9999, &st), EBADF);
	EXPECT_ERR(kfstat(-1, &st), EBADF);
	EXPECT_ERR(kfstat(1, BAD_USER), EFAULT);
	EXPECT_ERR(kfstat(1, BAD_KERNEL), EFAULT);
}

static void test_fstat_pipe(void)
{
	struct kstat64 st;
	int p[2];

	ASSERT_OK(pipe(p));
	EXPECT_OK(kfstat(p[0], &st));
	EXPECT(S_ISFIFO(st.st_mode));
	EXPECT_OK(kfstat(p[1], &st));
	EXPECT(S_ISFIFO(st.st_mode));
	close(p[0]);
	close(p[1]);
}

static void test_fstatat(void)
{
	struct kstat64 a, b;
	char cwd[PATH_MAX];
	int dfd;

	ASSERT_OK(mkdir(T("at"), 0755));
	ASSERT_OK(put_file(T("at/f"), "1234"));
	dfd = open(T("at"), O_RDONLY | O_DIRECTORY);
	ASSERT_OK(dfd);
	ASSERT_OK(kfstatat(dfd, "f", &a, 0));
	EXPECT_EQ(a.st_size, 4);
	ASSERT_OK(kstat(T("at/f"), &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_OK(kfstatat(dfd, "f", &a, AT_SYMLINK_NOFOLLOW));
	EXPECT_OK(kfstatat(9999, T("at/f"), &a, 0));
	ASSERT(getcwd(cwd, sizeof(cwd)));
	ASSERT_OK(chdir(T("at")));
	EXPECT_OK(kfstatat(AT_FDCWD, "f", &a, 0));
	EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_OK(chdir(cwd));
	close(dfd);
	unlink(T("at/f"));
	rmdir(T("at"));
}

static void test_fstatat_errors(void)
{
	struct kstat64 st;
	int fd;

	ASSERT_OK(put_file(T("fe"), ""));
	fd = open(T("fe"), O_RDONLY);
	ASSERT_OK(fd);
	EXPECT_ERR(kfstatat(9999, "fe", &st, 0), EBADF);
	EXPECT_ERR(kfstatat(fd, "x", &st, 0), ENOTDIR);
	EXPECT_ERR(kfstatat(AT_FDCWD, T("fe"), &st, 0x1), EINVAL);
	EXPECT_ERR(kfstatat(AT_FDCWD, BAD_USER, &st, 0), EFAULT);
	EXPECT_ERR(kfstatat(AT_FDCWD, T("fe"), BAD_USER, 0), EFAULT);
	EXPECT_ERR(kfstatat(AT_FDCWD, T("nope"), &st, 0), ENOENT);
	close(fd);
	unlink(T("fe"));
}

/*
 * Reads the whole directory with buffers of bufsz bytes; counts each name
 * of want[] seen (and fails on a malformed record).  Returns the number of
 * records, or -1.
 */
static int scan_dir(int fd, size_t bufsz, const char **want, int *seen,
		    int nwant, unsigned char *types)
{
	char buf[4096] __attribute__((aligned(8)));
	int n, i, records = 0;

	for (;;) {
		n = syscall(SYS_getdents64, fd, buf, bufsz);
		if (n < 0)
			return -1;
		if (n == 0)
			return records;
		for (i = 0; i < n;) {
			struct kdirent64 *d = (void *)(buf + i);
			int k;

			if (d->d_reclen < sizeof(*d) + 1 || i + d->d_reclen > n)
				return -1;
			for (k = 0; k < nwant; k++) {
				if (strcmp(d->d_name, want[k]))
					continue;
				seen[k]++;
				types[k] = d->d_type;
			}
			records++;
			i += d->d_reclen;
		}
	}
}

static void test_getdents_entries(void)
{
	const char *want[] = { ".", "..", "one", "two", "three", "sub" };
	const unsigned char type[] = {
		DT_DIR, DT_DIR, DT_REG, DT_REG, DT_REG, DT_DIR,
	};
	char buf[256] __attribute__((aligned(8)));
	unsigned char types[6];
	int seen[6] = { 0 };
	int fd, i;

	ASSERT_OK(mkdir(T("gd"), 0755));
	ASSERT_OK(put_file(T("gd/one"), "1"));
	ASSERT_OK(put_file(T("gd/two"), "2"));
	ASSERT_OK(put_file(T("gd/three"), "3"));
	ASSERT_OK(mkdir(T("gd/sub"), 0755));
	fd = open(T("gd"), O_RDONLY | O_DIRECTORY);
	ASSERT_OK(fd);
	EXPECT_EQ(scan_dir(fd, 4096, want, seen, 6, types), 6);
	for (i = 0; i < 6; i++) {
		EXPECT_EQ(seen[i], 1);
		/* DT_UNKNOWN is allowed by the ABI; a wrong type is not. */
		if (types[i] != DT_UNKNOWN)
			EXPECT_EQ(types[i], type[i]);
	}
	/* At the end it keeps returning 0. */
	EXPECT_EQ(syscall(SYS_getdents64, fd, buf, sizeof(buf)), 0);
	close(fd);
	ktap_rm_rf(T("gd"));
}

static void test_getdents_many(void)
{
	const char *want[] = { "f0", "f99", "f199" };
	unsigned char types[3];
	int seen[3] = { 0 };
	char name[32];
	int fd, i;

	ASSERT_OK(mkdir(T("many"), 0755));
	for (i = 0; i < 200; i++) {
		snprintf(name, sizeof(name), "many/f%d", i);
		ASSERT_OK(put_file(T(name), ""));
	}
	EXPECT_OK(unlink(T("many/f7")));
	fd = open(T("many"), O_RDONLY | O_DIRECTORY);
	ASSERT_OK(fd);
	/* Small buffers: many calls, each resuming where the last stopped. */
	EXPECT_EQ(scan_dir(fd, 200, want, seen, 3, types), 199 + 2);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(seen[i], 1);
	close(fd);
	ktap_rm_rf(T("many"));
}

static void test_getdents_errors(void)
{
	char buf[512];
	int fd, dfd;

	ASSERT_OK(put_file(T("nd"), ""));
	fd = open(T("nd"), O_RDONLY);
	dfd = open(ktap_tmp, O_RDONLY | O_DIRECTORY);
	ASSERT_OK(fd);
	ASSERT_OK(dfd);
	EXPECT_ERR(syscall(SYS_getdents64, 9999, buf, sizeof(buf)), EBADF);
	EXPECT_ERR(syscall(SYS_getdents64, fd, buf, sizeof(buf)), ENOTDIR);
	/* Too small for even one record. */
	EXPECT_ERR(syscall(SYS_getdents64, dfd, buf, 1), EINVAL);
	EXPECT_ERR(syscall(SYS_getdents64, dfd, BAD_USER, 512), EFAULT);
	close(fd);
	close(dfd);
	unlink(T("nd"));
}

/* statfs: the filesystem's type; ramfs and proc have no size. */
static void test_statfs(void)
{
	struct statfs s;
	struct statfs64 s64;
	int fd;

	if (ktap_host())
		KTAP_SKIP("the host's filesystems are others");
	ASSERT_OK(statfs("/", &s));
	EXPECT_EQ((unsigned long)s.f_type, 0x858458f6UL);	/* RAMFS_MAGIC */
	EXPECT_EQ(s.f_bsize, 4096);
	EXPECT_EQ(s.f_namelen, 255);
	ASSERT_OK(statfs("/proc", &s));
	EXPECT_EQ((unsigned long)s.f_type, 0x9fa0UL);		/* PROC_SUPER_MAGIC */
	ASSERT_OK(statfs64("/", &s64));
	EXPECT_EQ((unsigned long)s64.f_type, 0x858458f6UL);
	fd = open("/", O_RDONLY);
	ASSERT_OK(fd);
	ASSERT_OK(fstatfs(fd, &s));
	EXPECT_EQ((unsigned long)s.f_type, 0x858458f6UL);
	ASSERT_OK(fstatfs64(fd, &s64));
	EXPECT_EQ(s64.f_bsize, 4096);
	/* The raw 64-bit call checks the size it is given. */
	EXPECT_ERR(syscall(SYS_fstatfs64, fd, 10, &s64), EINVAL);
	close(fd);
	EXPECT_ERR(statfs("/no/such/dir", &s), ENOENT);
	EXPECT_ERR(fstatfs(9999, &s), EBADF);
	EXPECT_ERR(syscall(SYS_statfs, "/", (void *)4), EFAULT);
}

static int owner_is(const char *path, uid_t uid, gid_t gid)
{
	struct stat st;

	return !lstat(path, &st) && st.st_uid == uid && st.st_gid == gid;
}

/* Root gives files away: every form of chown, and -1 keeping an id. */
static void test_chown(void)
{
	const char *f = T("own"), *l = T("ownlink");
	struct stat st;
	int fd;

	if (geteuid())
		KTAP_SKIP("chown to others needs root");
	fd = open(f, O_RDWR | O_CREAT | O_TRUNC, 0755);
	ASSERT(fd >= 0);
	ASSERT_OK(symlink("own", l));
	EXPECT_OK(syscall(SYS_chown32, f, 1000, 2000));
	EXPECT(owner_is(f, 1000, 2000));
	EXPECT_OK(syscall(SYS_chown32, f, -1, 3000));
	EXPECT(owner_is(f, 1000, 3000));
	EXPECT_OK(syscall(SYS_fchown32, fd, 4000, -1));
	EXPECT(owner_is(f, 4000, 3000));
	/* lchown changes the link, chown through it the target. */
	EXPECT_OK(syscall(SYS_lchown32, l, 5, 6));
	EXPECT(owner_is(l, 5, 6));
	EXPECT(owner_is(f, 4000, 3000));
	EXPECT_OK(syscall(SYS_chown32, l, 7, 8));
	EXPECT(owner_is(f, 7, 8));
	EXPECT_OK(fchownat(AT_FDCWD, l, 9, 10, AT_SYMLINK_NOFOLLOW));
	EXPECT(owner_is(l, 9, 10));
	EXPECT_OK(fchownat(fd, "", 0, 0, AT_EMPTY_PATH));
	EXPECT(owner_is(f, 0, 0));
	/* The 16-bit call: 0xffff is -1. */
	EXPECT_OK(syscall(SYS_chown, f, 0xffff, 12));
	EXPECT(owner_is(f, 0, 12));
	/* A change of owner drops set-user-ID, and set-group-ID with g+x. */
	ASSERT_OK(fchmod(fd, 06755));
	EXPECT_OK(syscall(SYS_fchown32, fd, -1, -1));
	ASSERT_OK(fstat(fd, &st));
	EXPECT_EQ(st.st_mode & 07777, 0755);
	close(fd);
	EXPECT_ERR(syscall(SYS_chown32, T("none"), 1, 1), ENOENT);
	EXPECT_ERR(syscall(SYS_fchown32, 9999, 1, 1), EBADF);
	EXPECT_ERR(fchownat(AT_FDCWD, f, 1, 1, 0x1234), EINVAL);
	EXPECT_ERR(syscall(SYS_chown32, (void *)4, 1, 1), EFAULT);
	unlink(l);
	unlink(f);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(stat_regular),
	KTAP_CASE(stat_directory),
	KTAP_CASE(stat_dev_null),
	KTAP_CASE(stat_errors),
	KTAP_CASE(lstat),
	KTAP_CASE(lstat_symlink),
	KTAP_CASE(fstat),
	KTAP_CASE(fstat_errors),
	KTAP_CASE(fstat_pipe),
	KTAP_CASE(fstatat),
	KTAP_CASE(fstatat_errors),
	KTAP_CASE(getdents_entries),
	KTAP_CASE(getdents_many),
	KTAP_CASE(getdents_errors),
	KTAP_CASE(statfs),
	KTAP_CASE(chown),
	{}
};

int main(int argc, char **argv)
{
	umask(022);
	return ktap_main(argc, argv, cases);
}
