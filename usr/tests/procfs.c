// SPDX-License-Identifier: GPL-2.0
/*
 * procfs: the /proc files ps, top, free and uptime read, in Linux's
 * formats: /proc/self, /proc/PID/{stat,status,statm,cmdline,comm,maps},
 * /proc/stat, /proc/loadavg, /proc/cpuinfo, /proc/filesystems; and the
 * magic links /proc/PID/fd/N, cwd and root with /dev/fd, /dev/stdin...
 * that lead to them.  The same cases pass on Linux.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "ktap.h"

static char text[16384];

/* The whole of a /proc file into text; its length, or -1. */
static int slurp(const char *path)
{
	int fd = open(path, O_RDONLY), n, got = 0;

	if (fd < 0)
		return -1;
	while (got < (int)sizeof(text) - 1 &&
	       (n = read(fd, text + got, sizeof(text) - 1 - got)) > 0)
		got += n;
	close(fd);
	text[got] = 0;
	return got;
}

static void test_self_link(void)
{
	char buf[32], want[32];
	ssize_t n = readlink("/proc/self", buf, sizeof(buf) - 1);

	ASSERT(n > 0);
	buf[n] = 0;
	snprintf(want, sizeof(want), "%d", getpid());
	EXPECT_STREQ(buf, want);
}

/* pid (comm) state ppid pgrp session ... as ps parses them. */
static void test_pid_stat(void)
{
	int pid, ppid, pgrp, sid;
	char comm[64], state;
	unsigned long utime, vsize;
	long rss;

	ASSERT(slurp("/proc/self/stat") > 0);
	ASSERT_EQ(sscanf(text, "%d (%63[^)]) %c %d %d %d %*d %*d %*u %*u %*u %*u %*u %lu %*u %*d %*d %*d %*d %*d %*d %*u %lu %ld",
			 &pid, comm, &state, &ppid, &pgrp, &sid, &utime,
			 &vsize, &rss), 9);
	EXPECT_EQ(pid, getpid());
	EXPECT_EQ(ppid, getppid());
	EXPECT_EQ(pgrp, getpgrp());
	EXPECT_EQ(sid, getsid(0));
	EXPECT_EQ(state, 'R');
	EXPECT(vsize > 0);
	EXPECT(rss > 0);
}

static void test_pid_status_comm(void)
{
	char want[32];

	ASSERT(slurp("/proc/self/status") > 0);
	snprintf(want, sizeof(want), "\nPid:\t%d\n", getpid());
	EXPECT(strstr(text, want) != NULL);
	EXPECT(strstr(text, "\nState:\tR (running)\n") != NULL);
	EXPECT(strstr(text, "\nVmRSS:") != NULL);
	ASSERT(slurp("/proc/self/comm") > 0);
	EXPECT_STREQ(text, "procfs\n");
	ASSERT(slurp("/proc/self/statm") > 0);
	EXPECT(atol(text) > 0);
}

/* cmdline: the arguments, NUL-separated; also of a child by its pid. */
static void test_pid_cmdline(void)
{
	char path[64];
	pid_t pid;
	int n, st;

	n = slurp("/proc/self/cmdline");
	ASSERT(n > 0);
	EXPECT(strstr(text, "procfs") != NULL);
	EXPECT_EQ(text[n - 1], 0);
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "sleep", "7", NULL };

		execv("/bin/sleep", argv);
		_exit(127);
	}
	ASSERT(pid > 0);
	/* Until the child has exec'd, it shows this program's arguments. */
	snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
	for (n = 0; n < 300; n++) {
		if (slurp(path) == 8 && !memcmp(text, "sleep\0" "7", 8))
			break;
		usleep(10000);
	}
	EXPECT_EQ(slurp(path), 8);
	EXPECT(!memcmp(text, "sleep\0" "7\0", 8));
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	/* Gone: its directory too. */
	EXPECT_EQ(slurp(path), -1);
	EXPECT_EQ(errno, ENOENT);
}

static void test_pid_maps(void)
{
	unsigned long lo, hi;
	char perms[8];

	ASSERT(slurp("/proc/self/maps") > 0);
	EXPECT(strstr(text, "[stack]") != NULL);
	ASSERT_EQ(sscanf(text, "%lx-%lx %4s", &lo, &hi, perms), 3);
	EXPECT(lo < hi);
	EXPECT_EQ(strlen(perms), 4);
}

/* /proc lists this process, and nothing for a pid that does not exist. */
static void test_proc_readdir(void)
{
	char want[16];
	struct dirent *e;
	DIR *d = opendir("/proc");
	int found = 0, self = 0;

	ASSERT(d != NULL);
	snprintf(want, sizeof(want), "%d", getpid());
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, want))
			found = 1;
		if (!strcmp(e->d_name, "self"))
			self = 1;
	}
	closedir(d);
	EXPECT(found);
	EXPECT(self);
	EXPECT_ERR(open("/proc/999999/stat", O_RDONLY), ENOENT);
}

static void test_system_files(void)
{
	double l1, l5, l15;
	int running, total;

	ASSERT(slurp("/proc/stat") > 0);
	EXPECT(!strncmp(text, "cpu ", 4));
	EXPECT(strstr(text, "\nctxt ") != NULL);
	EXPECT(strstr(text, "\nbtime ") != NULL);
	ASSERT(slurp("/proc/loadavg") > 0);
	EXPECT_EQ(sscanf(text, "%lf %lf %lf %d/%d", &l1, &l5, &l15, &running,
			 &total), 5);
	EXPECT(running >= 1 && total >= running);
	ASSERT(slurp("/proc/cpuinfo") > 0);
	EXPECT(!strncmp(text, "processor\t: 0\n", 14));
	EXPECT(strstr(text, "\nflags\t\t:") != NULL);
	ASSERT(slurp("/proc/filesystems") > 0);
	EXPECT(strstr(text, "\tproc\n") != NULL);
}

/* readlink of path into buf, NUL-terminated; its length or -1. */
static int link_of(const char *path, char *buf, size_t size)
{
	ssize_t n = readlink(path, buf, size - 1);

	if (n < 0)
		return -1;
	buf[n] = 0;
	return n;
}

static const char *fd_link(int fd)
{
	static char path[64];

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	return path;
}

/* Each descriptor shows what it was opened as: a path, a pipe. */
static void test_fd_names(void)
{
	char buf[4096], want[64];
	int fd, dir, p[2];
	struct stat st;

	fd = open(T("named"), O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT(fd >= 0);
	ASSERT(link_of(fd_link(fd), buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, T("named"));
	dir = open(T(""), O_RDONLY | O_DIRECTORY);
	ASSERT(dir >= 0);
	ASSERT(link_of(fd_link(dir), buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, ktap_tmp);
	ASSERT_OK(pipe(p));
	ASSERT_OK(fstat(p[0], &st));
	snprintf(want, sizeof(want), "pipe:[%lu]", (unsigned long)st.st_ino);
	ASSERT(link_of(fd_link(p[1]), buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, want);
	/* The link's permissions say how the file was opened. */
	ASSERT_OK(lstat(fd_link(p[0]), &st));
	EXPECT_EQ(st.st_mode, S_IFLNK | 0500);
	ASSERT_OK(lstat(fd_link(p[1]), &st));
	EXPECT_EQ(st.st_mode, S_IFLNK | 0300);
	ASSERT_OK(lstat(fd_link(fd), &st));
	EXPECT_EQ(st.st_mode, S_IFLNK | 0700);
	/* A deleted file says so; a closed descriptor is gone. */
	ASSERT_OK(unlink(T("named")));
	ASSERT(link_of(fd_link(fd), buf, sizeof(buf)) > 0);
	snprintf(want, sizeof(want), "%.40s (deleted)", T("named"));
	EXPECT_STREQ(buf, want);
	close(p[0]);
	EXPECT_ERR(readlink(fd_link(p[0]), buf, sizeof(buf)), ENOENT);
	EXPECT_ERR(open(fd_link(p[0]), O_RDONLY), ENOENT);
	close(p[1]);
	close(dir);
	close(fd);
}

/* Opening a link opens the same file anew, even a pipe or a deleted file. */
static void test_fd_reopen(void)
{
	char buf[16];
	int fd, again, p[2], r, w;
	struct stat a, b;

	ASSERT_OK(pipe(p));
	ASSERT_EQ(write(p[1], "hi", 2), 2);
	snprintf(buf, sizeof(buf), "/dev/fd/%d", p[0]);
	r = open(buf, O_RDONLY);
	ASSERT(r >= 0);
	ASSERT_OK(fstat(p[0], &a));
	ASSERT_OK(fstat(r, &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	EXPECT_EQ(read(r, buf, sizeof(buf)), 2);
	/* A writer opened by name keeps the pipe open after the first goes. */
	w = open(fd_link(p[1]), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT(w >= 0);
	close(p[1]);
	EXPECT_EQ(write(w, "yo", 2), 2);
	EXPECT_EQ(read(p[0], buf, sizeof(buf)), 2);
	close(w);
	EXPECT_EQ(read(r, buf, sizeof(buf)), 0);
	close(r);
	close(p[0]);

	/* A new open file: its own offset, and the same name. */
	fd = open(T("re"), O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT(fd >= 0);
	ASSERT_EQ(write(fd, "abcdef", 6), 6);
	ASSERT_OK(unlink(T("re")));
	again = open(fd_link(fd), O_RDONLY);
	ASSERT(again >= 0);
	EXPECT_EQ(read(again, buf, 3), 3);
	EXPECT(!memcmp(buf, "abc", 3));
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 6);
	close(fd);
	EXPECT_EQ(read(again, buf, 3), 3);
	EXPECT(!memcmp(buf, "def", 3));
	close(again);
	/* Not a directory, so nothing below it. */
	EXPECT_ERR(open("/proc/self/fd/0/", O_RDONLY), ENOTDIR);
	EXPECT_ERR(open("/proc/self/fd/0/x", O_RDONLY), ENOTDIR);
	EXPECT_ERR(open(fd_link(0), O_RDONLY | O_NOFOLLOW), ELOOP);
}

/* fd/ lists the open descriptors, no more. */
static void test_fd_readdir(void)
{
	char name[16];
	struct dirent *e;
	int fd = open("/dev/null", O_RDONLY), gone, found = 0, stale = 0;
	DIR *d;

	ASSERT(fd >= 0);
	gone = dup2(fd, 200);	/* high: opendir takes the lowest free */
	ASSERT_EQ(gone, 200);
	close(gone);
	d = opendir("/proc/self/fd");
	ASSERT(d != NULL);
	snprintf(name, sizeof(name), "%d", fd);
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, name))
			found = e->d_type == DT_LNK;
		if (atoi(e->d_name) == gone)
			stale = 1;
	}
	closedir(d);
	close(fd);
	EXPECT(found);
	EXPECT(!stale);
}

/* cwd and root lead to the directories; the /dev names to the fds. */
static void test_fs_links(void)
{
	char buf[4096], cwd[4096];
	struct stat a, b;
	int fd;

	ASSERT(getcwd(cwd, sizeof(cwd)) != NULL);
	ASSERT(link_of("/proc/self/cwd", buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, cwd);
	ASSERT(link_of("/proc/self/root", buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, "/");
	ASSERT_OK(stat("/proc/self/root/proc", &a));
	ASSERT_OK(stat("/proc", &b));
	EXPECT_EQ(a.st_ino, b.st_ino);
	/* A directory descriptor's link works as a directory in a path. */
	fd = open(T("in"), O_WRONLY | O_CREAT, 0644);
	ASSERT(fd >= 0);
	close(fd);
	fd = open(T(""), O_RDONLY | O_DIRECTORY);
	ASSERT(fd >= 0);
	snprintf(buf, sizeof(buf), "/dev/fd/%d/in", fd);
	EXPECT_OK(access(buf, F_OK));
	close(fd);
	ASSERT(link_of("/dev/fd", buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, "/proc/self/fd");
	ASSERT(link_of("/dev/stdin", buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, "/proc/self/fd/0");
	ASSERT(link_of("/dev/stderr", buf, sizeof(buf)) > 0);
	EXPECT_STREQ(buf, "/proc/self/fd/2");
}

static const struct ktap_case cases[] = {
	KTAP_CASE(self_link),
	KTAP_CASE(pid_stat),
	KTAP_CASE(pid_status_comm),
	KTAP_CASE(pid_cmdline),
	KTAP_CASE(pid_maps),
	KTAP_CASE(proc_readdir),
	KTAP_CASE(system_files),
	KTAP_CASE(fd_names),
	KTAP_CASE(fd_reopen),
	KTAP_CASE(fd_readdir),
	KTAP_CASE(fs_links),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
