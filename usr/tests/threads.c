// SPDX-License-Identifier: GPL-2.0
/*
 * threads: clone as glibc uses it for fork and threads (CLONE_SETTLS,
 * CLONE_PARENT_SETTID, CLONE_CHILD_SETTID, CLONE_CHILD_CLEARTID), TLS
 * descriptors in the GDT through set_thread_area, and glibc's own threads
 * and __thread variables.
 *
 * Threads started here with a TLS block of our own must not call into
 * glibc (errno lives in TLS): they only touch globals and return.
 */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <asm/ldt.h>
#include <sys/mman.h>
#include "ktap.h"

#define THREAD_FLAGS	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | \
			 CLONE_THREAD | CLONE_SYSVSEM)
#define STACK_SIZE	65536

static char stack[2][STACK_SIZE] __attribute__((aligned(16)));
static volatile pid_t ptid, ctid;
static volatile int shared;
static volatile pid_t thread_tid, thread_pid;

static void *stack_top(int i)
{
	return stack[i] + STACK_SIZE;
}

/* Waits (up to ~5 s) for a CLONE_CHILD_CLEARTID word to drop to 0. */
static int wait_cleared(volatile pid_t *word)
{
	int i;

	for (i = 0; i < 5000 && *word; i++)
		usleep(1000);
	return *word == 0;
}

static int thread_body(void *arg)
{
	thread_tid = syscall(SYS_gettid);
	thread_pid = syscall(SYS_getpid);
	shared = (intptr_t)arg;
	return 0;
}

static void test_clone_thread(void)
{
	int tid;

	shared = 0;
	ctid = -1;
	tid = clone(thread_body, stack_top(0),
		    THREAD_FLAGS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID,
		    (void *)1234, &ptid, NULL, &ctid);
	ASSERT_OK(tid);
	/* PARENT_SETTID: written before clone returns. */
	EXPECT_EQ(ptid, tid);
	EXPECT(wait_cleared(&ctid));
	EXPECT_EQ(shared, 1234);
	EXPECT_EQ(thread_tid, tid);
	EXPECT_EQ(thread_pid, getpid());
	EXPECT_NE(tid, getpid());
	/* A thread is no child to wait for. */
	EXPECT_ERR(waitpid(tid, NULL, __WALL | WNOHANG), ECHILD);
}

static int settid_body(void *arg)
{
	shared = ctid == syscall(SYS_gettid);
	return 0;
}

/* CHILD_SETTID: the new thread finds its tid already stored. */
static void test_clone_child_settid(void)
{
	int tid;

	shared = -1;
	ctid = -1;
	tid = clone(settid_body, stack_top(0),
		    THREAD_FLAGS | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID,
		    NULL, NULL, NULL, &ctid);
	ASSERT_OK(tid);
	EXPECT(wait_cleared(&ctid));
	EXPECT_EQ(shared, 1);
}

/* In a forked (not VM-sharing) child, CHILD_SETTID writes the child's copy. */
static void test_clone_fork_settid(void)
{
	static pid_t word;
	int st;
	pid_t pid;

	word = 0;
	pid = syscall(SYS_clone, SIGCHLD | CLONE_CHILD_SETTID |
		      CLONE_PARENT_SETTID, 0, &ptid, NULL, &word);
	ASSERT_OK(pid);
	if (pid == 0)
		_exit(word == syscall(SYS_getpid) ? 0 : 1);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(word, 0);
	EXPECT_EQ(ptid, pid);
}

/* clone(SIGCHLD) is fork: own memory, reaped by waitpid. */
static void test_clone_as_fork(void)
{
	int st;
	pid_t pid;

	shared = 1;
	pid = syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, NULL);
	ASSERT_OK(pid);
	if (pid == 0) {
		shared = 2;
		_exit(getppid() == 0 ? 1 : 0);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(shared, 1);
}

static void test_clone_errors(void)
{
	/* Sharing handlers needs shared memory; a thread shares handlers. */
	EXPECT_ERR(syscall(SYS_clone, CLONE_SIGHAND | SIGCHLD, 0, NULL, NULL,
			   NULL), EINVAL);
	EXPECT_ERR(syscall(SYS_clone, CLONE_VM | CLONE_THREAD, 0, NULL, NULL,
			   NULL), EINVAL);
}

static uint32_t gs_word0(void)
{
	uint32_t v;

	asm volatile("movl %%gs:0, %0" : "=r"(v));
	return v;
}

static uint16_t gs_selector(void)
{
	uint16_t v;

	asm volatile("movw %%gs, %0" : "=r"(v));
	return v;
}

/* A TLS block for a thread of ours: a copy of glibc's TCB header (the
 * thread's exit path calls through it), with its own self pointer. */
static uint32_t fake_tls[64];

static int settls_body(void *arg)
{
	shared = gs_word0();
	return 0;
}

/*
 * CLONE_SETTLS installs the thread's own descriptor in the slot %gs
 * selects; the parent's descriptor in that slot stays as it was.
 */
static void test_clone_settls(void)
{
	struct user_desc ud = {
		.entry_number = gs_selector() >> 3,
		.base_addr = (uintptr_t)fake_tls,
		.limit = 0xfffff,
		.seg_32bit = 1,
		.limit_in_pages = 1,
		.useable = 1,
	};
	uint32_t mine = gs_word0();
	int tid;

	ASSERT(gs_selector() != 0);
	memcpy(fake_tls, (void *)(uintptr_t)mine, sizeof(fake_tls));
	fake_tls[0] = (uintptr_t)fake_tls;
	shared = 0;
	ctid = -1;
	tid = clone(settls_body, stack_top(1),
		    THREAD_FLAGS | CLONE_SETTLS | CLONE_CHILD_CLEARTID,
		    NULL, NULL, &ud, &ctid);
	ASSERT_OK(tid);
	EXPECT(wait_cleared(&ctid));
	EXPECT_EQ(shared, (uintptr_t)fake_tls);
	EXPECT_EQ(gs_word0(), mine);
}

/* Returning from the thread function ends the thread, not the process. */
static void test_thread_exit(void)
{
	int tid, i;

	ctid = -1;
	tid = clone(thread_body, stack_top(0),
		    THREAD_FLAGS | CLONE_CHILD_CLEARTID, NULL, NULL, NULL,
		    &ctid);
	ASSERT_OK(tid);
	EXPECT(wait_cleared(&ctid));
	/* The thread is gone (its tid is cleared a little before it is
	 * released); we are still here. */
	for (i = 0; i < 1000 && !syscall(SYS_tgkill, getpid(), tid, 0); i++)
		usleep(1000);
	EXPECT_ERR(syscall(SYS_tgkill, getpid(), tid, 0), ESRCH);
	EXPECT_EQ(syscall(SYS_tgkill, getpid(), getpid(), 0), 0);
}

static int group_exit_body(void *arg)
{
	syscall(SYS_exit_group, 5);
	return 0;
}

static void child_group_exit(void)
{
	int p[2];
	char c;

	if (pipe(p) || clone(group_exit_body, stack_top(0), THREAD_FLAGS,
			     NULL) < 0)
		_exit(1);
	/* Blocks forever: only the thread's exit_group can end us. */
	read(p[0], &c, 1);
	_exit(2);
}

static void test_thread_exit_group(void)
{
	EXPECT_EXITED(ktap_in_child(child_group_exit), 5);
}

static void test_set_thread_area(void)
{
	struct user_desc ud = {
		.entry_number = -1,
		.base_addr = (uintptr_t)fake_tls,
		.limit = 0xfffff,
		.seg_32bit = 1,
		.limit_in_pages = 1,
		.useable = 1,
	};
	uint32_t v = 0;
	uint16_t sel;

	fake_tls[1] = 0x5eed;
	ASSERT_EQ(syscall(SYS_set_thread_area, &ud), 0);
	/* The kernel picks a free TLS slot (6, 7 or 8 on i386 Linux). */
	EXPECT_NE(ud.entry_number, (unsigned int)-1);
	EXPECT_NE(ud.entry_number, gs_selector() >> 3u);
	sel = ud.entry_number * 8 + 3;
	asm volatile("movw %1, %%fs\n\t"
		     "movl %%fs:4, %0\n\t"
		     "movw %2, %%fs"
		     : "=&r"(v) : "r"(sel), "r"((uint16_t)0));
	EXPECT_EQ(v, 0x5eed);
	/* Clearing: an empty descriptor in the same slot. */
	memset(&ud, 0, sizeof(ud));
	ud.entry_number = sel >> 3;
	ud.read_exec_only = 1;
	ud.seg_not_present = 1;
	EXPECT_EQ(syscall(SYS_set_thread_area, &ud), 0);
}

static void test_set_thread_area_errors(void)
{
	struct user_desc ud = {
		.base_addr = (uintptr_t)fake_tls,
		.limit = 0xfffff,
		.seg_32bit = 1,
		.limit_in_pages = 1,
		.useable = 1,
	};

	ud.entry_number = 3;
	EXPECT_ERR(syscall(SYS_set_thread_area, &ud), EINVAL);
	ud.entry_number = 100;
	EXPECT_ERR(syscall(SYS_set_thread_area, &ud), EINVAL);
	EXPECT_ERR(syscall(SYS_set_thread_area, BAD_USER), EFAULT);
}

static __thread int tls_var = 5;

/* A forked child has its own copy of __thread data and of errno. */
static void test_tls_fork(void)
{
	pid_t pid;
	int st;

	tls_var = 10;
	errno = 0;
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		tls_var = 20;
		close(-1);
		_exit(tls_var == 20 && errno == EBADF ? 0 : 1);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(tls_var, 10);
	EXPECT_EQ(errno, 0);
}

static void *pthread_body(void *arg)
{
	tls_var = (intptr_t)arg;
	close(-1);
	usleep(1000);
	return (void *)(intptr_t)(tls_var * 100 + (errno == EBADF));
}

/* glibc threads: each has its own __thread copy and errno. */
static void test_pthreads(void)
{
	pthread_t t[3];
	void *ret;
	int i;

	tls_var = 7;
	errno = 0;
	for (i = 0; i < 3; i++)
		ASSERT_EQ(pthread_create(&t[i], NULL, pthread_body,
					 (void *)(intptr_t)(i + 1)), 0);
	for (i = 0; i < 3; i++) {
		EXPECT_EQ(pthread_join(t[i], &ret), 0);
		EXPECT_EQ((intptr_t)ret, (i + 1) * 100 + 1);
	}
	EXPECT_EQ(tls_var, 7);
	EXPECT_EQ(errno, 0);
}

/*
 * Robust futexes: a child holds two locks on its robust list (one named
 * by its tid, one by another) in memory shared with us, and exits: the
 * first gets FUTEX_OWNER_DIED, the second is left alone.
 */
struct robust_head {
	uint32_t next;
	int32_t futex_offset;
	uint32_t pending;
};

struct robust_lock {
	uint32_t next;
	uint32_t word;
};

static void test_robust_list(void)
{
	char *mem = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	struct robust_head *head = (void *)mem, *got;
	struct robust_lock *a = (void *)(mem + 64), *b = (void *)(mem + 128);
	size_t len;
	pid_t pid;
	int st;

	ASSERT(mem != MAP_FAILED);
	pid = fork();
	if (pid == 0) {
		head->next = (uint32_t)(uintptr_t)&a->next;
		head->futex_offset = 4;		/* from next to word */
		head->pending = 0;
		a->next = (uint32_t)(uintptr_t)&b->next;
		b->next = (uint32_t)(uintptr_t)head;
		a->word = syscall(SYS_gettid);
		b->word = 12345;
		if (syscall(SYS_set_robust_list, head, sizeof(*head)))
			_exit(1);
		_exit(0);
	}
	ASSERT(pid > 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT_EQ(a->word, 0x40000000U);	/* FUTEX_OWNER_DIED */
	EXPECT_EQ(b->word, 12345U);
	EXPECT_ERR(syscall(SYS_set_robust_list, head, 11), EINVAL);
	ASSERT_OK(syscall(SYS_set_robust_list, head, sizeof(*head)));
	ASSERT_OK(syscall(SYS_get_robust_list, 0, &got, &len));
	EXPECT(got == head);
	EXPECT_EQ(len, sizeof(*head));
	syscall(SYS_set_robust_list, NULL, sizeof(*head));
	munmap(mem, 4096);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(clone_thread),
	KTAP_CASE(clone_child_settid),
	KTAP_CASE(clone_fork_settid),
	KTAP_CASE(clone_as_fork),
	KTAP_CASE(clone_errors),
	KTAP_CASE(clone_settls),
	KTAP_CASE(thread_exit),
	KTAP_CASE(thread_exit_group),
	KTAP_CASE(set_thread_area),
	KTAP_CASE(set_thread_area_errors),
	KTAP_CASE(tls_fork),
	KTAP_CASE(pthreads),
	KTAP_CASE(robust_list),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
