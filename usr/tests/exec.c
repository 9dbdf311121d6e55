// SPDX-License-Identifier: GPL-2.0
/*
 * exec: execve of real static programs (helpers/exec-helper, helpers/tiny)
 * and of files that are not: each attempt runs in a child, so a kernel
 * that wrongly accepts a bad file cannot take the test with it.
 */
#include <fcntl.h>
#include "ktap.h"

static char *const no_env[] = { NULL };

/*
 * fork, execve(path, argv, envp) in the child; returns the wait status.
 * A failed execve exits 200 + errno.  (void *: argv may be a bad pointer.)
 */
static int run(const void *path, const void *argv, const void *envp)
{
	pid_t pid;
	int st;

	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		syscall(SYS_execve, path, argv, envp);
		_exit(errno < 56 ? 200 + errno : 255);
	}
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

/* The errno execve gives for path in a child, or -1 if it did not fail. */
static int exec_errno(const char *path)
{
	char *argv[] = { (char *)path, NULL };
	int st = run(path, argv, no_env);

	if (WIFEXITED(st) && WEXITSTATUS(st) >= 200 && WEXITSTATUS(st) < 255)
		return WEXITSTATUS(st) - 200;
	return -1;
}

static const char *helper(void)
{
	return ktap_helper("exec-helper");
}

static void test_exec_status(void)
{
	char *argv[] = { "exec-helper", "exit", "42", NULL };

	EXPECT_EXITED(run(helper(), argv, no_env), 42);
	argv[2] = "0";
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
}

static void test_exec_tiny(void)
{
	char *argv[] = { "tiny", NULL };

	EXPECT_EXITED(run(ktap_helper("tiny"), argv, no_env), 0);
}

static void test_exec_args_env(void)
{
	char *argv[] = { "exec-helper", "args", "one", "two words", "", NULL };
	char *envp[] = { "KTAP_A=1", "KTAP_B=", NULL };

	EXPECT_EXITED(run(helper(), argv, envp), 0);
}

/* About 128 KiB of arguments: several pages of strings and pointers. */
static void test_exec_many_args(void)
{
	static char *argv[2005];
	char pad[61], count[16];
	int i;

	memset(pad, 'x', sizeof(pad) - 1);
	pad[sizeof(pad) - 1] = 0;
	snprintf(count, sizeof(count), "%d", 2003);
	argv[0] = "exec-helper";
	argv[1] = "argc";
	argv[2] = count;
	for (i = 3; i < 2003; i++)
		argv[i] = pad;
	argv[2003] = NULL;
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
}

/*
 * Argument space as on Linux: one string up to 128 KiB with its NUL,
 * and in all a quarter of the stack limit (2 MiB with 8 MiB).
 */
static void test_exec_arg_space(void)
{
	static char *argv[30010];
	char count[16];
	char *big = malloc(131073);
	int i;

	ASSERT(big != NULL);
	memset(big, 'x', 131072);
	big[131071] = 0;			/* 131071 + NUL: the longest */
	argv[0] = "exec-helper";
	argv[1] = "argc";
	argv[2] = "4";
	argv[3] = big;
	argv[4] = NULL;
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
	big[131071] = 'x';
	big[131072] = 0;			/* one more: too long */
	EXPECT_EXITED(run(helper(), argv, no_env), 200 + E2BIG);
	big[131071] = 0;
	/* Twelve of them, 1.5 MiB, fit; twenty-four, 3 MiB, do not. */
	for (i = 3; i < 15; i++)
		argv[i] = big;
	argv[2] = "15";
	argv[15] = NULL;
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
	for (i = 3; i < 27; i++)
		argv[i] = big;
	argv[27] = NULL;
	EXPECT_EXITED(run(helper(), argv, no_env), 200 + E2BIG);
	/* 30000 small ones, as $(seq 1 30000) gives (the helper wants
	 * them equal). */
	snprintf(count, sizeof(count), "%d", 30003);
	argv[2] = count;
	for (i = 0; i < 30000; i++)
		argv[3 + i] = "12345";
	argv[30003] = NULL;
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
	free(big);
}

static void test_exec_auxv(void)
{
	char *argv[] = { "exec-helper", "auxv", NULL };

	EXPECT_EXITED(run(helper(), argv, no_env), 0);
}

/* execve keeps the pid and the parent. */
static void test_exec_same_process(void)
{
	char pid[16], ppid[16];
	char *argv[] = { "exec-helper", "same", pid, ppid, NULL };
	pid_t child;
	int st;

	child = fork();
	ASSERT_OK(child);
	if (child == 0) {
		snprintf(pid, sizeof(pid), "%d", getpid());
		snprintf(ppid, sizeof(ppid), "%d", getppid());
		execve(helper(), argv, no_env);
		_exit(100);
	}
	ASSERT_EQ(waitpid(child, &st, 0), child);
	EXPECT_EXITED(st, 0);
}

static void test_exec_cloexec(void)
{
	char open_s[16], shut_s[16];
	char *argv[] = { "exec-helper", "fds", open_s, shut_s, NULL };
	int keep = open("/dev/null", O_RDONLY);
	int shut = open("/dev/null", O_RDONLY | O_CLOEXEC);

	ASSERT_OK(keep);
	ASSERT_OK(shut);
	snprintf(open_s, sizeof(open_s), "%d", keep);
	snprintf(shut_s, sizeof(shut_s), "%d", shut);
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
	/* FD_CLOEXEC set later through fcntl works the same. */
	EXPECT_OK(fcntl(keep, F_SETFD, FD_CLOEXEC));
	EXPECT_OK(fcntl(shut, F_SETFD, 0));
	snprintf(open_s, sizeof(open_s), "%d", shut);
	snprintf(shut_s, sizeof(shut_s), "%d", keep);
	EXPECT_EXITED(run(helper(), argv, no_env), 0);
	close(keep);
	close(shut);
}

static void on_usr1(int sig)
{
}

static void signals_then_exec(void)
{
	char *argv[] = { "exec-helper", "signals", NULL };
	sigset_t set;

	signal(SIGUSR1, on_usr1);
	signal(SIGUSR2, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	execve(helper(), argv, no_env);
	_exit(100);
}

/* Handlers reset to default, ignored stays ignored, the mask is kept. */
static void test_exec_signals(void)
{
	EXPECT_EXITED(ktap_in_child(signals_then_exec), 0);
}

static void test_vfork_exec(void)
{
	char *argv[] = { "exec-helper", "exit", "7", NULL };
	pid_t pid;
	int st;

	pid = vfork();
	if (pid == 0) {
		execve(helper(), argv, no_env);
		_exit(100);
	}
	ASSERT_OK(pid);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 7);
}

/* A relative path resolves from the cwd. */
static void test_exec_relative(void)
{
	char *argv[] = { "./tiny", NULL };
	char old[PATH_MAX], dir[PATH_MAX];

	ASSERT(getcwd(old, sizeof(old)));
	snprintf(dir, sizeof(dir), "%s", ktap_helper(""));
	ASSERT_OK(chdir(dir));
	EXPECT_EXITED(run("./tiny", argv, no_env), 0);
	EXPECT_EXITED(run("../helpers/tiny", argv, no_env), 0);
	EXPECT_OK(chdir(old));
}

static void test_exec_errors(void)
{
	char *argv[] = { "x", NULL };
	int fd;

	fd = open(T("plain"), O_CREAT | O_WRONLY, 0644);
	ASSERT_OK(fd);
	close(fd);
	EXPECT_EQ(exec_errno(T("missing")), ENOENT);
	EXPECT_EQ(exec_errno(T("plain")), EACCES);
	EXPECT_EQ(exec_errno(ktap_tmp), EACCES);
	EXPECT_EQ(exec_errno(T("plain/x")), ENOTDIR);
	EXPECT_EXITED(run(BAD_USER, argv, no_env), 200 + EFAULT);
	EXPECT_EXITED(run(helper(), BAD_USER, no_env), 200 + EFAULT);
	EXPECT_EXITED(run(helper(), argv, BAD_USER), 200 + EFAULT);
	unlink(T("plain"));
}

/* Writes len bytes of the helper, patched at one offset, as a program. */
static int write_bad_elf(const char *path, size_t len, int off, int byte)
{
	static unsigned char buf[4096];
	int in, out;
	ssize_t n;

	in = open(helper(), O_RDONLY);
	if (in < 0)
		return -1;
	n = read(in, buf, len);
	close(in);
	if (n != (ssize_t)len)
		return -1;
	if (off >= 0)
		buf[off] = byte;
	out = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0755);
	if (out < 0)
		return -1;
	n = write(out, buf, len);
	close(out);
	return n == (ssize_t)len ? 0 : -1;
}

static void test_exec_enoexec(void)
{
	int fd;

	/* Cut inside the ELF header, and after it but before the rest. */
	ASSERT_OK(write_bad_elf(T("cut40"), 40, -1, 0));
	EXPECT_EQ(exec_errno(T("cut40")), ENOEXEC);
	ASSERT_OK(write_bad_elf(T("cut100"), 100, -1, 0));
	EXPECT_EQ(exec_errno(T("cut100")), ENOEXEC);
	/* A whole header, for an ARM machine (e_machine = 40). */
	ASSERT_OK(write_bad_elf(T("arm"), 4096, 18, 40));
	EXPECT_EQ(exec_errno(T("arm")), ENOEXEC);
	/* Text without "#!", and an empty file. */
	fd = open(T("text"), O_CREAT | O_WRONLY, 0755);
	ASSERT_OK(fd);
	EXPECT_EQ(write(fd, "echo hello\n", 11), 11);
	close(fd);
	EXPECT_EQ(exec_errno(T("text")), ENOEXEC);
	fd = open(T("empty"), O_CREAT | O_WRONLY, 0755);
	close(fd);
	EXPECT_EQ(exec_errno(T("empty")), ENOEXEC);
	/* And the process that failed to exec lives on: run() saw it exit. */
	unlink(T("cut40"));
	unlink(T("cut100"));
	unlink(T("arm"));
	unlink(T("text"));
	unlink(T("empty"));
}

/*
 * A hand-made program of one segment at vaddr: exit(0) in 12 bytes.
 * Linux and this kernel refuse a segment below mmap_min_addr (64 KiB).
 */
static int write_tiny_elf_at(const char *path, unsigned int vaddr)
{
	static const unsigned char code[] = {
		0xb8, 0x01, 0x00, 0x00, 0x00,	/* mov $1, %eax (exit) */
		0x31, 0xdb,			/* xor %ebx, %ebx */
		0xcd, 0x80,			/* int $0x80 */
	};
	unsigned char buf[52 + 32 + sizeof(code)];
	unsigned int entry = vaddr + 52 + 32, size = sizeof(buf);
	int fd;

	memset(buf, 0, sizeof(buf));
	memcpy(buf, "\177ELF\1\1\1", 7);		/* 32-bit, LSB, v1 */
	buf[16] = 2;					/* e_type: EXEC */
	buf[18] = 3;					/* e_machine: i386 */
	buf[20] = 1;					/* e_version */
	memcpy(buf + 24, &entry, 4);			/* e_entry */
	buf[28] = 52;					/* e_phoff */
	buf[40] = 52;					/* e_ehsize */
	buf[42] = 32;					/* e_phentsize */
	buf[44] = 1;					/* e_phnum */
	buf[52] = 1;					/* p_type: LOAD */
	memcpy(buf + 52 + 8, &vaddr, 4);		/* p_vaddr */
	memcpy(buf + 52 + 12, &vaddr, 4);		/* p_paddr */
	memcpy(buf + 52 + 16, &size, 4);		/* p_filesz */
	memcpy(buf + 52 + 20, &size, 4);		/* p_memsz */
	buf[52 + 24] = 5;				/* p_flags: R X */
	buf[52 + 29] = 0x10;				/* p_align: 4096 */
	memcpy(buf + 52 + 32, code, sizeof(code));
	fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0755);
	if (fd < 0)
		return -1;
	if (write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf)) {
		close(fd);
		return -1;
	}
	return close(fd);
}

static void test_exec_below_mmap_min_addr(void)
{
	char *argv[] = { "low", NULL };

	/*
	 * On a Linux host the limit is a sysctl (4096 on some), root may go
	 * below it, and a program below it is killed after the point of no
	 * return rather than refused.
	 */
	if (ktap_host())
		KTAP_SKIP("the host's vm.mmap_min_addr and capabilities decide");

	ASSERT_OK(write_tiny_elf_at(T("low"), 0));
	EXPECT_EQ(exec_errno(T("low")), EPERM);
	/* The same program one page above the limit runs. */
	ASSERT_OK(write_tiny_elf_at(T("high"), 0x10000));
	EXPECT_EXITED(run(T("high"), argv, no_env), 0);
	unlink(T("low"));
	unlink(T("high"));
}

static const struct ktap_case cases[] = {
	KTAP_CASE(exec_status),
	KTAP_CASE(exec_below_mmap_min_addr),
	KTAP_CASE(exec_tiny),
	KTAP_CASE(exec_args_env),
	KTAP_CASE(exec_many_args),
	KTAP_CASE(exec_arg_space),
	KTAP_CASE(exec_auxv),
	KTAP_CASE(exec_same_process),
	KTAP_CASE(exec_cloexec),
	KTAP_CASE(exec_signals),
	KTAP_CASE(vfork_exec),
	KTAP_CASE(exec_relative),
	KTAP_CASE(exec_errors),
	KTAP_CASE(exec_enoexec),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
