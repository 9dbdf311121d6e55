// SPDX-License-Identifier: GPL-2.0
/*
 * procfs: the /proc files ps, top, free and uptime read, in Linux's
 * formats: /proc/self, /proc/PID/{stat,status,statm,cmdline,comm,maps},
 * /proc/stat, /proc/loadavg, /proc/cpuinfo, /proc/filesystems.  The same
 * cases pass on Linux.
 */
#include <dirent.h>
#include <fcntl.h>
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

static const struct ktap_case cases[] = {
	KTAP_CASE(self_link),
	KTAP_CASE(pid_stat),
	KTAP_CASE(pid_status_comm),
	KTAP_CASE(pid_cmdline),
	KTAP_CASE(pid_maps),
	KTAP_CASE(proc_readdir),
	KTAP_CASE(system_files),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
