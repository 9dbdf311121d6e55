/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _USR_KTAP_H
#define _USR_KTAP_H

/*
 * User-space test harness: one program is one KTAP suite.
 *
 *	static void test_foo(void)
 *	{
 *		EXPECT_EQ(foo(2), 4);
 *	}
 *	static const struct ktap_case cases[] = { KTAP_CASE(foo), {} };
 *	int main(int argc, char **argv) { return ktap_main(argc, argv, cases); }
 *
 * prints "KTAP version 1", the plan "1..N" before any case runs (so a crash
 * leaves fewer results than planned), then "ok N prog.foo" or
 * "not ok N prog.foo" with the failed expectations above it as "# "
 * diagnostics, and exits 0 only if no case failed.  Cases run in order in
 * the one process; a case that needs isolation forks for itself.
 */

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

struct ktap_case {
	const char *name;
	void (*run)(void);
};

#define KTAP_CASE(n)	{ .name = #n, .run = test_##n }

/* Pointers the kernel must refuse with EFAULT: unmapped, and kernel space. */
#define BAD_USER	((void *)16)
#define BAD_KERNEL	((void *)0xc0100000)

static const char *ktap_suite;
static const char *ktap_case_name;
static const char *ktap_skip_reason;
static int ktap_failed;
static char ktap_selfdir[PATH_MAX];
static char ktap_tmp[PATH_MAX];

/* Set by the host runner: cases unsafe for a shared machine skip. */
static inline int ktap_host(void)
{
	const char *s = getenv("KTAP_HOST");

	return s && *s;
}

static void __attribute__((format(printf, 3, 4)))
ktap_fail(const char *file, int line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printf("# %s: %s:%d: %s\n", ktap_case_name, file, line, msg);
	ktap_failed = 1;
}

static inline const char *ktap_errname(int e)
{
	const char *s = strerrorname_np(e);

	return s ? s : "?";
}

#define KTAP_SKIP(why) do {						\
	ktap_skip_reason = (why);					\
	return;								\
} while (0)

#define EXPECT(cond) do {						\
	if (!(cond))							\
		ktap_fail(__FILE__, __LINE__, "expected %s", #cond);	\
} while (0)

/* Stops the case: what follows would be meaningless. */
#define ASSERT(cond) do {						\
	if (!(cond)) {							\
		ktap_fail(__FILE__, __LINE__, "assertion %s", #cond);	\
		return;							\
	}								\
} while (0)

#define __EXPECT_CMP(a, op, b, fail_action) do {			\
	long long __a = (long long)(a), __b = (long long)(b);		\
	if (!(__a op __b)) {						\
		ktap_fail(__FILE__, __LINE__,				\
			  "expected %s %s %s, got %lld (%#llx) and %lld", \
			  #a, #op, #b, __a, __a, __b);			\
		fail_action;						\
	}								\
} while (0)

#define EXPECT_EQ(a, b)	__EXPECT_CMP(a, ==, b, (void)0)
#define EXPECT_NE(a, b)	__EXPECT_CMP(a, !=, b, (void)0)
#define EXPECT_LT(a, b)	__EXPECT_CMP(a, <, b, (void)0)
#define EXPECT_LE(a, b)	__EXPECT_CMP(a, <=, b, (void)0)
#define EXPECT_GE(a, b)	__EXPECT_CMP(a, >=, b, (void)0)
#define EXPECT_GT(a, b)	__EXPECT_CMP(a, >, b, (void)0)
#define ASSERT_EQ(a, b)	__EXPECT_CMP(a, ==, b, return)

#define EXPECT_STREQ(a, b) do {						\
	const char *__a = (a), *__b = (b);				\
	if (strcmp(__a, __b))						\
		ktap_fail(__FILE__, __LINE__,				\
			  "expected %s == \"%s\", got \"%s\"",		\
			  #a, __b, __a);				\
} while (0)

/* A call that must succeed (return >= 0); reports errno otherwise. */
#define __EXPECT_OK(expr, fail_action) do {				\
	long __r = (long)(expr);					\
	if (__r < 0) {							\
		int __e = errno;					\
		ktap_fail(__FILE__, __LINE__,				\
			  "%s failed: %ld (%s)", #expr, __r,		\
			  ktap_errname(__e));				\
		fail_action;						\
	}								\
} while (0)
#define EXPECT_OK(expr)	__EXPECT_OK(expr, (void)0)
#define ASSERT_OK(expr)	__EXPECT_OK(expr, return)

/* A call that must fail with -1 and errno == err. */
#define EXPECT_ERR(expr, err) do {					\
	long __r;							\
	int __e;							\
	errno = 0;							\
	__r = (long)(expr);						\
	__e = errno;							\
	if (__r != -1 || __e != (err))					\
		ktap_fail(__FILE__, __LINE__,				\
			  "expected %s to fail with %s, got %ld (%s)",	\
			  #expr, #err, __r,				\
			  __r == -1 ? ktap_errname(__e) : "no error");	\
} while (0)

/* Wait statuses. */
#define EXPECT_EXITED(st, code) do {					\
	int __s = (st);							\
	if (!WIFEXITED(__s) || WEXITSTATUS(__s) != (code))		\
		ktap_fail(__FILE__, __LINE__,				\
			  "expected exit(%d), got status %#x%s%s",	\
			  (code), __s,					\
			  WIFSIGNALED(__s) ? " signal " : "",		\
			  WIFSIGNALED(__s) ?				\
			  sigabbrev_np(WTERMSIG(__s)) : "");		\
} while (0)

#define EXPECT_SIGNALED(st, sig) do {					\
	int __s = (st);							\
	if (!WIFSIGNALED(__s) || WTERMSIG(__s) != (sig))		\
		ktap_fail(__FILE__, __LINE__,				\
			  "expected death by SIG%s, got status %#x",	\
			  sigabbrev_np(sig), __s);			\
} while (0)

/*
 * Runs fn in a forked child and returns its wait status.  The child exits
 * 1 if one of its expectations failed, so EXPECT_EXITED(st, 0) carries
 * a child's failures back to the case.
 */
static inline int ktap_in_child(void (*fn)(void))
{
	int st = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		ktap_failed = 0;
		fn();
		_exit(ktap_failed);
	}
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

/* Path of a file in this suite's scratch directory (rotating buffers). */
static inline const char *T(const char *name)
{
	static char buf[8][PATH_MAX];
	static int i;
	char *p = buf[i++ & 7];

	if (snprintf(p, PATH_MAX, "%s/%s", ktap_tmp, name) >= PATH_MAX)
		p[0] = 0;
	return p;
}

/* Path of a helper program, built into ../helpers beside the tests. */
static inline const char *ktap_helper(const char *name)
{
	static char buf[PATH_MAX];
	const char *dir = getenv("KTAP_HELPERS");

	int n;

	if (dir && *dir)
		n = snprintf(buf, sizeof(buf), "%s/%s", dir, name);
	else
		n = snprintf(buf, sizeof(buf), "%s/../helpers/%s",
			     ktap_selfdir, name);
	if (n >= (int)sizeof(buf))
		buf[0] = 0;
	return buf;
}

/* Creates the scratch directory in /tmp, or in the cwd if /tmp is not ours. */
static inline void ktap_mktmp(void)
{
	char cwd[PATH_MAX / 2];

	snprintf(ktap_tmp, sizeof(ktap_tmp), "/tmp/ktap-%s-%d", ktap_suite,
		 getpid());
	if (mkdir(ktap_tmp, 0755) == 0)
		return;
	if (!getcwd(cwd, sizeof(cwd)))
		strcpy(cwd, ".");
	snprintf(ktap_tmp, sizeof(ktap_tmp), "%s/ktap-%s-%d", cwd, ktap_suite,
		 getpid());
	if (mkdir(ktap_tmp, 0755))
		printf("# cannot create a scratch directory: %s\n",
		       ktap_errname(errno));
}

static inline void ktap_rm_rf(const char *path)
{
	char sub[PATH_MAX];
	struct dirent *d;
	DIR *dir;

	if (unlink(path) == 0 || errno == ENOENT)
		return;
	dir = opendir(path);
	if (!dir)
		return;
	while ((d = readdir(dir))) {
		if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
			continue;
		if (snprintf(sub, sizeof(sub), "%s/%s", path, d->d_name) <
		    (int)sizeof(sub))
			ktap_rm_rf(sub);
	}
	closedir(dir);
	rmdir(path);
}

/* Our own directory, made absolute: cases may chdir. */
static inline void ktap_set_selfdir(const char *argv0, const char *slash)
{
	char cwd[PATH_MAX / 2] = ".";
	int len = slash ? (int)(slash - argv0) : 0;

	if (argv0[0] == '/') {
		snprintf(ktap_selfdir, sizeof(ktap_selfdir), "%.*s", len,
			 argv0);
		return;
	}
	if (!getcwd(cwd, sizeof(cwd)))
		strcpy(cwd, ".");
	snprintf(ktap_selfdir, sizeof(ktap_selfdir), "%s/%.*s", cwd,
		 len ? len : 1, len ? argv0 : ".");
}

static inline int ktap_main(int argc, char **argv,
			    const struct ktap_case *cases)
{
	const struct ktap_case *c;
	struct rlimit nocore = { 0, 0 };
	const char *slash;
	int n = 0, failures = 0;

	(void)argc;
	/* Tests crash children on purpose: no core files (errors ignored). */
	setrlimit(RLIMIT_CORE, &nocore);
	/* Unbuffered: forked children must not replay our output. */
	setvbuf(stdout, NULL, _IONBF, 0);
	slash = strrchr(argv[0], '/');
	ktap_suite = slash ? slash + 1 : argv[0];
	ktap_set_selfdir(argv[0], slash);
	for (c = cases; c->name; c++)
		n++;
	printf("KTAP version 1\n1..%d\n", n);
	ktap_mktmp();

	n = 0;
	for (c = cases; c->name; c++) {
		char name[128];

		snprintf(name, sizeof(name), "%s.%s", ktap_suite, c->name);
		ktap_case_name = name;
		ktap_failed = 0;
		ktap_skip_reason = NULL;
		c->run();
		n++;
		if (ktap_failed) {
			failures++;
			printf("not ok %d %s\n", n, name);
		} else if (ktap_skip_reason) {
			printf("ok %d %s # SKIP %s\n", n, name,
			       ktap_skip_reason);
		} else {
			printf("ok %d %s\n", n, name);
		}
	}
	ktap_rm_rf(ktap_tmp);
	return failures ? 1 : 0;
}

#endif /* _USR_KTAP_H */
