// SPDX-License-Identifier: GPL-2.0
/*
 * dirs: the namespace calls mkdir, rmdir, unlink, rename, chdir, getcwd,
 * umask, access and readlink, each with its documented errors.
 */
#include <fcntl.h>
#include "ktap.h"

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

static int exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static void test_mkdir(void)
{
	struct stat st;

	EXPECT_EQ(syscall(SYS_mkdir, T("d"), 0777), 0);
	ASSERT_OK(stat(T("d"), &st));
	EXPECT(S_ISDIR(st.st_mode));
	EXPECT_EQ(st.st_mode & 0777, 0755);
	/* A file can be created inside the new directory. */
	EXPECT_OK(put_file(T("d/f"), "x"));
	ktap_rm_rf(T("d"));
}

static void test_mkdir_errors(void)
{
	ASSERT_OK(mkdir(T("me"), 0755));
	ASSERT_OK(put_file(T("mf"), ""));
	EXPECT_ERR(syscall(SYS_mkdir, T("me"), 0755), EEXIST);
	EXPECT_ERR(syscall(SYS_mkdir, T("mf"), 0755), EEXIST);
	EXPECT_ERR(syscall(SYS_mkdir, T("no/sub"), 0755), ENOENT);
	EXPECT_ERR(syscall(SYS_mkdir, T("mf/sub"), 0755), ENOTDIR);
	EXPECT_ERR(syscall(SYS_mkdir, BAD_USER, 0755), EFAULT);
	EXPECT_ERR(syscall(SYS_mkdir, "", 0755), ENOENT);
	rmdir(T("me"));
	unlink(T("mf"));
}

static void test_rmdir(void)
{
	ASSERT_OK(mkdir(T("r"), 0755));
	EXPECT_EQ(syscall(SYS_rmdir, T("r")), 0);
	EXPECT(!exists(T("r")));
}

static void test_rmdir_errors(void)
{
	ASSERT_OK(mkdir(T("full"), 0755));
	ASSERT_OK(put_file(T("full/f"), ""));
	ASSERT_OK(put_file(T("rf"), ""));
	EXPECT_ERR(syscall(SYS_rmdir, T("full")), ENOTEMPTY);
	EXPECT_ERR(syscall(SYS_rmdir, T("gone")), ENOENT);
	EXPECT_ERR(syscall(SYS_rmdir, T("rf")), ENOTDIR);
	EXPECT_ERR(syscall(SYS_rmdir, T("full/.")), EINVAL);
	EXPECT_ERR(syscall(SYS_rmdir, BAD_USER), EFAULT);
	EXPECT(exists(T("full/f")));
	ktap_rm_rf(T("full"));
	unlink(T("rf"));
}

/* An unlinked file lives on while a descriptor holds it. */
static void test_unlink_open_file(void)
{
	char buf[8] = "";
	int fd;

	ASSERT_OK(put_file(T("u"), "alive"));
	fd = open(T("u"), O_RDONLY);
	ASSERT_OK(fd);
	EXPECT_EQ(syscall(SYS_unlink, T("u")), 0);
	EXPECT(!exists(T("u")));
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 5);
	EXPECT_STREQ(buf, "alive");
	close(fd);
	/* The name is free again. */
	EXPECT_OK(put_file(T("u"), "new"));
	unlink(T("u"));
}

static void test_unlink_errors(void)
{
	ASSERT_OK(mkdir(T("ud"), 0755));
	ASSERT_OK(put_file(T("uf"), ""));
	EXPECT_ERR(syscall(SYS_unlink, T("nothing")), ENOENT);
	EXPECT_ERR(syscall(SYS_unlink, T("ud")), EISDIR);
	EXPECT_ERR(syscall(SYS_unlink, T("uf/x")), ENOTDIR);
	EXPECT_ERR(syscall(SYS_unlink, BAD_USER), EFAULT);
	EXPECT_ERR(syscall(SYS_unlink, BAD_KERNEL), EFAULT);
	rmdir(T("ud"));
	unlink(T("uf"));
}

static void test_rename_file(void)
{
	char buf[8] = "";
	int fd;

	ASSERT_OK(put_file(T("old"), "data"));
	EXPECT_EQ(syscall(SYS_rename, T("old"), T("new")), 0);
	EXPECT(!exists(T("old")));
	fd = open(T("new"), O_RDONLY);
	ASSERT_OK(fd);
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 4);
	EXPECT_STREQ(buf, "data");
	close(fd);
	unlink(T("new"));
}

static void test_rename_replace(void)
{
	struct stat a, b;

	ASSERT_OK(put_file(T("src"), "source"));
	ASSERT_OK(put_file(T("dst"), "target"));
	ASSERT_OK(stat(T("src"), &a));
	EXPECT_EQ(syscall(SYS_rename, T("src"), T("dst")), 0);
	ASSERT_OK(stat(T("dst"), &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_EQ(b.st_size, 6);
	EXPECT(!exists(T("src")));
	/* Renaming a file onto itself changes nothing. */
	EXPECT_EQ(syscall(SYS_rename, T("dst"), T("dst")), 0);
	EXPECT(exists(T("dst")));
	unlink(T("dst"));
}

static void test_rename_dir(void)
{
	ASSERT_OK(mkdir(T("da"), 0755));
	ASSERT_OK(put_file(T("da/f"), "in"));
	ASSERT_OK(mkdir(T("db"), 0755));
	ASSERT_OK(mkdir(T("dc"), 0755));
	EXPECT_EQ(syscall(SYS_rename, T("da"), T("dz")), 0);
	EXPECT(exists(T("dz/f")));
	EXPECT(!exists(T("da")));
	/* A directory may replace an empty one, not a full one. */
	EXPECT_EQ(syscall(SYS_rename, T("db"), T("dc")), 0);
	EXPECT(!exists(T("db")));
	EXPECT_ERR(syscall(SYS_rename, T("dc"), T("dz")), ENOTEMPTY);
	/* Into another directory. */
	EXPECT_EQ(syscall(SYS_rename, T("dc"), T("dz/dc")), 0);
	EXPECT(exists(T("dz/dc")));
	ktap_rm_rf(T("dz"));
}

static void test_rename_errors(void)
{
	ASSERT_OK(mkdir(T("rd"), 0755));
	ASSERT_OK(mkdir(T("rd/sub"), 0755));
	ASSERT_OK(put_file(T("rf"), ""));
	EXPECT_ERR(syscall(SYS_rename, T("absent"), T("x")), ENOENT);
	EXPECT_ERR(syscall(SYS_rename, T("rf"), T("no/x")), ENOENT);
	EXPECT_ERR(syscall(SYS_rename, T("rf"), T("rd")), EISDIR);
	EXPECT_ERR(syscall(SYS_rename, T("rd"), T("rf")), ENOTDIR);
	/* A directory cannot move below itself. */
	EXPECT_ERR(syscall(SYS_rename, T("rd"), T("rd/sub/rd")), EINVAL);
	EXPECT_ERR(syscall(SYS_rename, BAD_USER, T("x")), EFAULT);
	EXPECT_ERR(syscall(SYS_rename, T("rf"), BAD_USER), EFAULT);
	EXPECT(exists(T("rf")));
	EXPECT(exists(T("rd/sub")));
	ktap_rm_rf(T("rd"));
	unlink(T("rf"));
}

static void test_chdir_getcwd(void)
{
	char old[PATH_MAX], buf[PATH_MAX];
	size_t len;

	ASSERT(getcwd(old, sizeof(old)));
	ASSERT_OK(mkdir(T("cd"), 0755));
	EXPECT_EQ(syscall(SYS_chdir, ktap_tmp), 0);
	ASSERT(getcwd(buf, sizeof(buf)));
	EXPECT_STREQ(buf, ktap_tmp);
	/* Relative moves: down, nowhere, up. */
	EXPECT_EQ(syscall(SYS_chdir, "cd"), 0);
	ASSERT(getcwd(buf, sizeof(buf)));
	len = strlen(buf);
	EXPECT(len > 3 && !strcmp(buf + len - 3, "/cd"));
	EXPECT_EQ(syscall(SYS_chdir, "."), 0);
	EXPECT_EQ(syscall(SYS_chdir, ".."), 0);
	ASSERT(getcwd(buf, sizeof(buf)));
	EXPECT_STREQ(buf, ktap_tmp);
	/* Relative paths resolve from the new cwd. */
	EXPECT_OK(put_file("cd/../rel", "r"));
	EXPECT(exists(T("rel")));
	EXPECT_EQ(syscall(SYS_chdir, "/"), 0);
	ASSERT(getcwd(buf, sizeof(buf)));
	EXPECT_STREQ(buf, "/");
	EXPECT_OK(chdir(old));
	rmdir(T("cd"));
	unlink(T("rel"));
}

static void test_chdir_errors(void)
{
	ASSERT_OK(put_file(T("cf"), ""));
	EXPECT_ERR(syscall(SYS_chdir, T("missing")), ENOENT);
	EXPECT_ERR(syscall(SYS_chdir, T("cf")), ENOTDIR);
	EXPECT_ERR(syscall(SYS_chdir, BAD_USER), EFAULT);
	EXPECT_ERR(syscall(SYS_chdir, ""), ENOENT);
	unlink(T("cf"));
}

/* The raw call returns the length including the NUL. */
static void test_getcwd_raw(void)
{
	char old[PATH_MAX], buf[PATH_MAX];

	ASSERT(getcwd(old, sizeof(old)));
	ASSERT_OK(chdir(ktap_tmp));
	EXPECT_EQ(syscall(SYS_getcwd, buf, sizeof(buf)), strlen(ktap_tmp) + 1);
	EXPECT_STREQ(buf, ktap_tmp);
	EXPECT_ERR(syscall(SYS_getcwd, buf, strlen(ktap_tmp)), ERANGE);
	EXPECT_ERR(syscall(SYS_getcwd, buf, 0), ERANGE);
	EXPECT_ERR(syscall(SYS_getcwd, BAD_USER, sizeof(buf)), EFAULT);
	EXPECT_OK(chdir(old));
}

static void test_umask(void)
{
	struct stat st;
	int fd;

	syscall(SYS_umask, 022);
	EXPECT_EQ(syscall(SYS_umask, 077), 022);
	fd = open(T("um"), O_CREAT | O_WRONLY, 0666);
	ASSERT_OK(fd);
	close(fd);
	ASSERT_OK(mkdir(T("umd"), 0777));
	ASSERT_OK(stat(T("um"), &st));
	EXPECT_EQ(st.st_mode & 0777, 0600);
	ASSERT_OK(stat(T("umd"), &st));
	EXPECT_EQ(st.st_mode & 0777, 0700);
	/* Only the permission bits are kept. */
	EXPECT_EQ(syscall(SYS_umask, 07777), 077);
	EXPECT_EQ(syscall(SYS_umask, 022), 0777);
	unlink(T("um"));
	rmdir(T("umd"));
}

static void test_umask_inherited(void)
{
	int st;
	pid_t pid;

	umask(027);
	pid = fork();
	if (pid == 0)
		_exit(umask(0));
	ASSERT_OK(waitpid(pid, &st, 0));
	EXPECT_EXITED(st, 027);
	EXPECT_EQ(umask(022), 027);
}

static void test_access(void)
{
	ASSERT_OK(put_file(T("ac"), ""));
	ASSERT_OK(chmod(T("ac"), 0));
	EXPECT_EQ(syscall(SYS_access, T("ac"), F_OK), 0);
	EXPECT_ERR(syscall(SYS_access, T("gone"), F_OK), ENOENT);
	EXPECT_ERR(syscall(SYS_access, T("ac/x"), F_OK), ENOTDIR);
	EXPECT_ERR(syscall(SYS_access, T("ac"), 8), EINVAL);
	EXPECT_ERR(syscall(SYS_access, BAD_USER, F_OK), EFAULT);
	unlink(T("ac"));
}

/* Root may read and write anything, but execute only what has an x bit. */
static void test_access_root(void)
{
	if (geteuid() != 0)
		KTAP_SKIP("not root");
	ASSERT_OK(put_file(T("ar"), ""));
	ASSERT_OK(chmod(T("ar"), 0));
	EXPECT_EQ(syscall(SYS_access, T("ar"), R_OK | W_OK), 0);
	EXPECT_ERR(syscall(SYS_access, T("ar"), X_OK), EACCES);
	ASSERT_OK(chmod(T("ar"), 0100));
	EXPECT_EQ(syscall(SYS_access, T("ar"), X_OK), 0);
	EXPECT_EQ(syscall(SYS_access, ktap_tmp, R_OK | W_OK | X_OK), 0);
	unlink(T("ar"));
}

static void test_readlink_proc_self_exe(void)
{
	char buf[PATH_MAX];
	struct stat a, b;
	long n;

	if (access("/proc/self/exe", F_OK))
		KTAP_SKIP("no /proc/self/exe");
	memset(buf, 'Z', sizeof(buf));
	n = syscall(SYS_readlink, "/proc/self/exe", buf, sizeof(buf));
	ASSERT(n > 0 && n < (long)sizeof(buf));
	/* No NUL is added. */
	EXPECT_EQ(buf[n], 'Z');
	buf[n] = 0;
	EXPECT_EQ(buf[0], '/');
	ASSERT_OK(stat(buf, &a));
	ASSERT_OK(stat("/proc/self/exe", &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	/* A short buffer truncates silently. */
	EXPECT_EQ(syscall(SYS_readlink, "/proc/self/exe", buf, 2), 2);
}

static void test_readlink_errors(void)
{
	char buf[64];

	ASSERT_OK(put_file(T("nl"), ""));
	EXPECT_ERR(syscall(SYS_readlink, T("nl"), buf, sizeof(buf)), EINVAL);
	EXPECT_ERR(syscall(SYS_readlink, ktap_tmp, buf, sizeof(buf)), EINVAL);
	EXPECT_ERR(syscall(SYS_readlink, T("none"), buf, sizeof(buf)), ENOENT);
	EXPECT_ERR(syscall(SYS_readlink, T("nl"), buf, 0), EINVAL);
	EXPECT_ERR(syscall(SYS_readlink, BAD_USER, buf, sizeof(buf)), EFAULT);
	unlink(T("nl"));
}

static void test_deep_tree(void)
{
	char path[PATH_MAX] = "";
	int i;

	for (i = 0; i < 16; i++) {
		strcat(path, i ? "/d" : "deep");
		ASSERT_OK(mkdir(T(path), 0755));
	}
	strcat(path, "/leaf");
	EXPECT_OK(put_file(T(path), "bottom"));
	EXPECT(exists(T(path)));
	EXPECT_ERR(rmdir(T("deep")), ENOTEMPTY);
	ktap_rm_rf(T("deep"));
	EXPECT(!exists(T("deep")));
}

static const struct ktap_case cases[] = {
	KTAP_CASE(mkdir),
	KTAP_CASE(mkdir_errors),
	KTAP_CASE(rmdir),
	KTAP_CASE(rmdir_errors),
	KTAP_CASE(unlink_open_file),
	KTAP_CASE(unlink_errors),
	KTAP_CASE(rename_file),
	KTAP_CASE(rename_replace),
	KTAP_CASE(rename_dir),
	KTAP_CASE(rename_errors),
	KTAP_CASE(chdir_getcwd),
	KTAP_CASE(chdir_errors),
	KTAP_CASE(getcwd_raw),
	KTAP_CASE(umask),
	KTAP_CASE(umask_inherited),
	KTAP_CASE(access),
	KTAP_CASE(access_root),
	KTAP_CASE(readlink_proc_self_exe),
	KTAP_CASE(readlink_errors),
	KTAP_CASE(deep_tree),
	{}
};

int main(int argc, char **argv)
{
	umask(022);
	return ktap_main(argc, argv, cases);
}
