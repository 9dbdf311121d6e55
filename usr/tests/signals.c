// SPDX-License-Identifier: GPL-2.0
/*
 * signals: rt_sigaction, rt_sigprocmask, kill and tgkill; delivery and
 * return through both frame types (glibc returns from a plain handler with
 * sigreturn and from an SA_SIGINFO one with rt_sigreturn); the handler
 * flags; default actions; and the signals the CPU raises: SIGSEGV, SIGFPE,
 * SIGILL, SIGTRAP and privileged instructions in user mode.
 */
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <stdint.h>
#include <sys/ucontext.h>
#include "ktap.h"

static volatile sig_atomic_t hits, depth, max_depth;
static volatile int last_sig;
static siginfo_t last_info;
static volatile void *last_uc;
static sigset_t mask_in_handler;
static sigjmp_buf jump;

/* Kernel's i386 sigaction, for the calls glibc would check itself. */
struct ksigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	uint32_t mask[2];
};

static void count_handler(int sig)
{
	hits++;
	last_sig = sig;
	sigprocmask(SIG_BLOCK, NULL, &mask_in_handler);
}

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	hits++;
	last_sig = sig;
	last_info = *si;
	last_uc = uc;
}

static void jump_handler(int sig, siginfo_t *si, void *uc)
{
	last_sig = sig;
	last_info = *si;
	siglongjmp(jump, 1);
}

static int handle(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa = { .sa_handler = fn, .sa_flags = flags };

	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, NULL);
}

static int handle_info(int sig, void (*fn)(int, siginfo_t *, void *),
		       int flags)
{
	struct sigaction sa = { .sa_sigaction = fn,
				.sa_flags = SA_SIGINFO | flags };

	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, NULL);
}

static void reset(int sig)
{
	signal(sig, SIG_DFL);
	hits = 0;
	last_sig = 0;
}

static void test_handler_runs(void)
{
	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, count_handler, 0));
	EXPECT_EQ(kill(getpid(), SIGUSR1), 0);
	/* Delivered on the way out of kill itself. */
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(last_sig, SIGUSR1);
	/* The signal was blocked while its handler ran, and is not now. */
	EXPECT(sigismember(&mask_in_handler, SIGUSR1));
	EXPECT_EQ(kill(getpid(), SIGUSR1), 0);
	EXPECT_EQ(hits, 2);
	reset(SIGUSR1);
}

static void test_sigaction_old(void)
{
	struct sigaction sa, old;

	reset(SIGUSR2);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = count_handler;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGINT);
	ASSERT_OK(sigaction(SIGUSR2, &sa, &old));
	EXPECT(old.sa_handler == SIG_DFL);
	ASSERT_OK(sigaction(SIGUSR2, NULL, &old));
	EXPECT(old.sa_handler == count_handler);
	EXPECT(old.sa_flags & SA_RESTART);
	EXPECT(sigismember(&old.sa_mask, SIGINT));
	EXPECT(!sigismember(&old.sa_mask, SIGTERM));
	reset(SIGUSR2);
}

static void test_sigaction_errors(void)
{
	struct ksigaction ka = { .handler = SIG_IGN }, old;

	EXPECT_ERR(syscall(SYS_rt_sigaction, SIGKILL, &ka, NULL, 8), EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigaction, SIGSTOP, &ka, NULL, 8), EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigaction, 0, NULL, &old, 8), EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigaction, 65, NULL, &old, 8), EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old, 4), EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigaction, SIGUSR1, BAD_USER, NULL, 8),
		   EFAULT);
	EXPECT_ERR(syscall(SYS_rt_sigaction, SIGUSR1, NULL, BAD_USER, 8),
		   EFAULT);
	/* Asking about SIGKILL is fine. */
	EXPECT_EQ(syscall(SYS_rt_sigaction, SIGKILL, NULL, &old, 8), 0);
}

/* A blocked signal stays pending (once), and arrives on unblocking. */
static void test_blocked_pending(void)
{
	sigset_t set, old;

	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, count_handler, 0));
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	ASSERT_EQ(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8), 0);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	EXPECT_EQ(hits, 0);
	EXPECT_EQ(syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old, NULL, 8), 0);
	/* Standard signals do not queue: one delivery. */
	EXPECT_EQ(hits, 1);
	reset(SIGUSR1);
}

static void test_sigprocmask(void)
{
	sigset_t set, cur;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGKILL);
	sigaddset(&set, SIGSTOP);
	ASSERT_EQ(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8), 0);
	ASSERT_EQ(syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &cur, 8), 0);
	EXPECT(sigismember(&cur, SIGUSR2));
	/* SIGKILL and SIGSTOP cannot be blocked: silently dropped. */
	EXPECT(!sigismember(&cur, SIGKILL));
	EXPECT(!sigismember(&cur, SIGSTOP));
	ASSERT_EQ(syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, &cur, 8), 0);
	EXPECT(sigismember(&cur, SIGUSR2));
	ASSERT_EQ(syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &cur, 8), 0);
	EXPECT(!sigismember(&cur, SIGUSR2));
}

static void test_sigprocmask_errors(void)
{
	sigset_t set;

	sigemptyset(&set);
	EXPECT_ERR(syscall(SYS_rt_sigprocmask, 99, &set, NULL, 8), EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 4),
		   EINVAL);
	EXPECT_ERR(syscall(SYS_rt_sigprocmask, SIG_BLOCK, BAD_USER, NULL, 8),
		   EFAULT);
	EXPECT_ERR(syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, BAD_USER, 8),
		   EFAULT);
}

/* sa_mask is added while the handler runs, and removed afterwards. */
static void test_handler_mask(void)
{
	struct sigaction sa = { .sa_handler = count_handler };
	sigset_t after;

	reset(SIGUSR1);
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	ASSERT_OK(sigaction(SIGUSR1, &sa, NULL));
	kill(getpid(), SIGUSR1);
	EXPECT_EQ(hits, 1);
	EXPECT(sigismember(&mask_in_handler, SIGUSR1));
	EXPECT(sigismember(&mask_in_handler, SIGUSR2));
	sigprocmask(SIG_BLOCK, NULL, &after);
	EXPECT(!sigismember(&after, SIGUSR1));
	EXPECT(!sigismember(&after, SIGUSR2));
	reset(SIGUSR1);
}

static volatile sig_atomic_t raises;

/* Raises its own signal again, twice in all. */
static void nested_handler(int sig)
{
	depth++;
	if (depth > max_depth)
		max_depth = depth;
	if (raises < 2) {
		raises++;
		kill(getpid(), sig);
	}
	depth--;
	hits++;
}

/*
 * Without SA_NODEFER a signal raised in its own handler waits for the
 * handler to return; with it, the handler nests.
 */
static void test_sa_nodefer(void)
{
	reset(SIGUSR1);
	depth = max_depth = raises = 0;
	ASSERT_OK(handle(SIGUSR1, nested_handler, 0));
	kill(getpid(), SIGUSR1);
	EXPECT_EQ(max_depth, 1);
	EXPECT_EQ(hits, 3);
	hits = 0;
	depth = max_depth = raises = 0;
	ASSERT_OK(handle(SIGUSR1, nested_handler, SA_NODEFER));
	kill(getpid(), SIGUSR1);
	EXPECT_EQ(max_depth, 3);
	EXPECT_EQ(hits, 3);
	reset(SIGUSR1);
}

static void test_sa_resethand(void)
{
	struct sigaction old;

	reset(SIGUSR2);
	ASSERT_OK(handle(SIGUSR2, count_handler, SA_RESETHAND));
	kill(getpid(), SIGUSR2);
	EXPECT_EQ(hits, 1);
	ASSERT_OK(sigaction(SIGUSR2, NULL, &old));
	EXPECT(old.sa_handler == SIG_DFL);
	reset(SIGUSR2);
}

static void test_sa_siginfo(void)
{
	reset(SIGUSR1);
	memset(&last_info, 0, sizeof(last_info));
	ASSERT_OK(handle_info(SIGUSR1, info_handler, 0));
	kill(getpid(), SIGUSR1);
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(last_info.si_signo, SIGUSR1);
	EXPECT_EQ(last_info.si_code, SI_USER);
	EXPECT_EQ(last_info.si_pid, getpid());
	EXPECT_EQ(last_info.si_uid, getuid());
	EXPECT(last_uc != NULL);
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1);
	EXPECT_EQ(hits, 2);
	EXPECT_EQ(last_info.si_code, SI_TKILL);
	EXPECT_EQ(last_info.si_pid, getpid());
	reset(SIGUSR1);
}

/*
 * A child sends SIGUSR1 every 10 ms until told to stop; we block in read
 * on a pipe.  Without SA_RESTART the read fails with EINTR; with it, the
 * read goes on until the child writes.
 */
static void restart_case(int flags)
{
	int data[2], ctl[2], st;
	pid_t pid, parent = getpid();
	char c = 0;
	long r;

	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, count_handler, flags));
	ASSERT_OK(pipe(data));
	ASSERT_OK(pipe2(ctl, O_NONBLOCK));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		int i;

		for (i = 0; i < 500 && read(ctl[0], &c, 1) != 1; i++) {
			kill(parent, SIGUSR1);
			usleep(10000);
			if (flags && i == 5)
				write(data[1], "d", 1);
		}
		_exit(0);
	}
	r = read(data[0], &c, 1);
	if (flags) {
		EXPECT_EQ(r, 1);
		EXPECT_EQ(c, 'd');
	} else {
		EXPECT_EQ(r, -1);
		EXPECT_EQ(errno, EINTR);
	}
	EXPECT_GE(hits, 1);
	write(ctl[1], "s", 1);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	close(data[0]);
	close(data[1]);
	close(ctl[0]);
	close(ctl[1]);
	reset(SIGUSR1);
}

static void test_eintr(void)
{
	restart_case(0);
}

static void test_sa_restart(void)
{
	restart_case(SA_RESTART);
}

static void test_sig_ign(void)
{
	sigset_t set, old;

	ASSERT(signal(SIGUSR1, SIG_IGN) != SIG_ERR);
	EXPECT_EQ(kill(getpid(), SIGUSR1), 0);
	/* An ignored signal is discarded, even when it was pending. */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, &old);
	kill(getpid(), SIGUSR2);
	signal(SIGUSR2, SIG_IGN);
	sigprocmask(SIG_SETMASK, &old, NULL);
	hits = 0;
	handle(SIGUSR2, count_handler, 0);
	EXPECT_EQ(hits, 0);
	reset(SIGUSR1);
	reset(SIGUSR2);
}

static int child_raise(int sig)
{
	pid_t pid;
	int st;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		signal(sig, SIG_DFL);
		kill(getpid(), sig);
		_exit(100);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

static void test_default_actions(void)
{
	static const int fatal[] = {
		SIGTERM, SIGUSR1, SIGUSR2, SIGHUP, SIGINT, SIGALRM, SIGKILL,
		SIGQUIT, SIGABRT,
	};
	unsigned int i;

	for (i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		EXPECT_SIGNALED(child_raise(fatal[i]), fatal[i]);
	/* These are ignored by default. */
	EXPECT_EXITED(child_raise(SIGCHLD), 100);
	EXPECT_EXITED(child_raise(SIGWINCH), 100);
	EXPECT_EXITED(child_raise(SIGURG), 100);
}

static void test_kill_errors(void)
{
	EXPECT_EQ(syscall(SYS_kill, getpid(), 0), 0);
	EXPECT_ERR(syscall(SYS_kill, getpid(), 999), EINVAL);
	EXPECT_ERR(syscall(SYS_kill, getpid(), -1), EINVAL);
	EXPECT_ERR(syscall(SYS_kill, 1 << 30, SIGUSR1), ESRCH);
	EXPECT_ERR(syscall(SYS_kill, 1 << 30, 0), ESRCH);
}

static void test_tgkill(void)
{
	pid_t pid = getpid(), tid = syscall(SYS_gettid);

	reset(SIGUSR2);
	ASSERT_OK(handle(SIGUSR2, count_handler, 0));
	EXPECT_EQ(syscall(SYS_tgkill, pid, tid, SIGUSR2), 0);
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(syscall(SYS_tgkill, pid, tid, 0), 0);
	EXPECT_ERR(syscall(SYS_tgkill, 0, tid, SIGUSR2), EINVAL);
	EXPECT_ERR(syscall(SYS_tgkill, pid, 0, SIGUSR2), EINVAL);
	EXPECT_ERR(syscall(SYS_tgkill, pid, tid, 999), EINVAL);
	EXPECT_ERR(syscall(SYS_tgkill, pid, 1 << 30, SIGUSR2), ESRCH);
	/* The right tid in the wrong group is no match. */
	EXPECT_ERR(syscall(SYS_tgkill, getppid(), tid, SIGUSR2), ESRCH);
	EXPECT_EQ(hits, 1);
	reset(SIGUSR2);
}

/* Many signals in a row, each handled and returned from. */
static void test_many_signals(void)
{
	int i;

	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, count_handler, 0));
	for (i = 0; i < 2000; i++)
		kill(getpid(), SIGUSR1);
	EXPECT_EQ(hits, 2000);
	reset(SIGUSR1);
}

/*
 * Registers across a handler: kill(getpid(), sig) by hand with known
 * values in every register the i386 syscall ABI preserves; the handler
 * (plain C) clobbers them; sigreturn must put them back.
 */
static uint32_t regs_out[6] __attribute__((used));

static long kill_self_keeping_regs(int sig)
{
	long ret;

	asm volatile("pushl %%ebp\n\t"
		     "movl $0x5a5a0005, %%ebp\n\t"
		     "int $0x80\n\t"
		     "movl %%ebx, regs_out\n\t"
		     "movl %%ecx, regs_out+4\n\t"
		     "movl %%edx, regs_out+8\n\t"
		     "movl %%esi, regs_out+12\n\t"
		     "movl %%edi, regs_out+16\n\t"
		     "movl %%ebp, regs_out+20\n\t"
		     "popl %%ebp"
		     : "=a"(ret)
		     : "a"(SYS_kill), "b"(getpid()), "c"(sig),
		       "d"(0x5a5a0002), "S"(0x5a5a0003), "D"(0x5a5a0004)
		     : "memory", "cc");
	return ret;
}

static void clobber_handler(int sig)
{
	/* Use the registers for something the compiler cannot skip. */
	volatile uint32_t a = 1, b = 2, c = 3, d = 4, e = 5;

	hits++;
	a = a * b + c * d - e;
	b = a ^ c ^ d;
	(void)b;
}

static void clobber_info_handler(int sig, siginfo_t *si, void *uc)
{
	clobber_handler(sig);
}

static void check_regs(void)
{
	memset(regs_out, 0, sizeof(regs_out));
	hits = 0;
	EXPECT_EQ(kill_self_keeping_regs(SIGUSR1), 0);
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(regs_out[0], getpid());
	EXPECT_EQ(regs_out[1], SIGUSR1);
	EXPECT_EQ(regs_out[2], 0x5a5a0002);
	EXPECT_EQ(regs_out[3], 0x5a5a0003);
	EXPECT_EQ(regs_out[4], 0x5a5a0004);
	EXPECT_EQ(regs_out[5], 0x5a5a0005);
}

static void test_sigreturn_registers(void)
{
	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, clobber_handler, 0));
	check_regs();
	reset(SIGUSR1);
}

static void test_rt_sigreturn_registers(void)
{
	reset(SIGUSR1);
	ASSERT_OK(handle_info(SIGUSR1, clobber_info_handler, 0));
	check_regs();
	reset(SIGUSR1);
}

static void fpu_handler(int sig)
{
	/* Wipe the x87 state: the kernel must have saved ours. */
	asm volatile("fninit\n\tfld1\n\tfld1\n\tfaddp\n\tfld1" ::: "memory");
	hits++;
}

static void test_fpu_preserved(void)
{
	double pi = 0, two = 0;
	long ret;

	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, fpu_handler, 0));
	asm volatile("fld1\n\t"
		     "fld1\n\t"
		     "faddp\n\t"
		     "fldpi\n\t"
		     "int $0x80\n\t"
		     "fstpl %1\n\t"
		     "fstpl %2"
		     : "=a"(ret), "=m"(pi), "=m"(two)
		     : "a"(SYS_kill), "b"(getpid()), "c"(SIGUSR1)
		     : "memory");
	EXPECT_EQ(ret, 0);
	EXPECT_EQ(hits, 1);
	EXPECT(pi > 3.14159 && pi < 3.1416);
	EXPECT(two == 2.0);
	reset(SIGUSR1);
}

static void test_sigchld(void)
{
	pid_t pid;
	int st;

	reset(SIGCHLD);
	ASSERT_OK(handle_info(SIGCHLD, info_handler, 0));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0)
		_exit(42);
	while (!hits)
		usleep(1000);
	EXPECT_EQ(last_info.si_signo, SIGCHLD);
	EXPECT_EQ(last_info.si_code, CLD_EXITED);
	EXPECT_EQ(last_info.si_pid, pid);
	EXPECT_EQ(last_info.si_status, 42);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	reset(SIGCHLD);
}

/* A child inherits handlers and mask, but not the pending signals. */
static void test_fork_inherits(void)
{
	sigset_t set, old;
	pid_t pid;
	int st;

	reset(SIGUSR1);
	ASSERT_OK(handle(SIGUSR1, count_handler, 0));
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, &old);
	kill(getpid(), SIGUSR1);
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		sigset_t cur;
		int blocked;

		sigprocmask(SIG_BLOCK, NULL, &cur);
		blocked = sigismember(&cur, SIGUSR1);
		sigprocmask(SIG_SETMASK, &old, NULL);
		if (!blocked || hits)
			_exit(1);
		kill(getpid(), SIGUSR1);
		_exit(hits == 1 ? 0 : 2);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	sigprocmask(SIG_SETMASK, &old, NULL);
	EXPECT_EQ(hits, 1);
	reset(SIGUSR1);
}

/* Faults a child cannot survive, by default. */
static void null_deref(void)
{
	*(volatile int *)0 = 1;
}

static void divide_by_zero(void)
{
	volatile int zero = 0, x = 7;

	x /= zero;
}

static void do_ud2(void)
{
	asm volatile("ud2");
}

static void do_int3(void)
{
	asm volatile("int3");
}

static void do_cli(void)
{
	asm volatile("cli");
}

static void do_hlt(void)
{
	asm volatile("hlt");
}

static void do_inb(void)
{
	asm volatile("inb $0x80, %%al" ::: "eax");
}

static void do_outb(void)
{
	asm volatile("outb %%al, $0x80" :: "a"(0));
}

static void do_lgdt(void)
{
	uint64_t desc = 0;

	asm volatile("lgdt %0" :: "m"(desc));
}

static void do_mov_cr3(void)
{
	asm volatile("movl %%eax, %%cr3" :: "a"(0));
}

static void test_fault_sigsegv(void)
{
	EXPECT_SIGNALED(ktap_in_child(null_deref), SIGSEGV);
}

static void test_fault_sigfpe(void)
{
	EXPECT_SIGNALED(ktap_in_child(divide_by_zero), SIGFPE);
}

static void test_fault_sigill(void)
{
	EXPECT_SIGNALED(ktap_in_child(do_ud2), SIGILL);
}

static void test_fault_sigtrap(void)
{
	EXPECT_SIGNALED(ktap_in_child(do_int3), SIGTRAP);
}

static void test_privileged_instructions(void)
{
	EXPECT_SIGNALED(ktap_in_child(do_cli), SIGSEGV);
	EXPECT_SIGNALED(ktap_in_child(do_hlt), SIGSEGV);
	EXPECT_SIGNALED(ktap_in_child(do_inb), SIGSEGV);
	EXPECT_SIGNALED(ktap_in_child(do_outb), SIGSEGV);
	EXPECT_SIGNALED(ktap_in_child(do_lgdt), SIGSEGV);
	EXPECT_SIGNALED(ktap_in_child(do_mov_cr3), SIGSEGV);
}

/* A fault that is blocked or ignored still kills. */
static void null_deref_blocked(void)
{
	sigset_t set;

	sigfillset(&set);
	sigprocmask(SIG_BLOCK, &set, NULL);
	null_deref();
}

static void null_deref_ignored(void)
{
	signal(SIGSEGV, SIG_IGN);
	null_deref();
}

static void test_fault_blocked_or_ignored(void)
{
	EXPECT_SIGNALED(ktap_in_child(null_deref_blocked), SIGSEGV);
	EXPECT_SIGNALED(ktap_in_child(null_deref_ignored), SIGSEGV);
}

static volatile uintptr_t low_addr = 0x10;

static void test_sigsegv_siginfo(void)
{
	ASSERT_OK(handle_info(SIGSEGV, jump_handler, SA_NODEFER));
	memset(&last_info, 0, sizeof(last_info));
	if (!sigsetjmp(jump, 1)) {
		*(volatile int *)low_addr = 1;
		ktap_fail(__FILE__, __LINE__, "write to 0x10 did not fault");
	}
	EXPECT_EQ(last_info.si_signo, SIGSEGV);
	EXPECT_EQ(last_info.si_code, SEGV_MAPERR);
	EXPECT_EQ((uintptr_t)last_info.si_addr, 0x10);
	/* Again, from a kernel address. */
	if (!sigsetjmp(jump, 1)) {
		(void)*(volatile int *)BAD_KERNEL;
		ktap_fail(__FILE__, __LINE__, "read of BAD_KERNEL worked");
	}
	EXPECT_EQ(last_info.si_signo, SIGSEGV);
	reset(SIGSEGV);
}

static void test_sigfpe_siginfo(void)
{
	ASSERT_OK(handle_info(SIGFPE, jump_handler, SA_NODEFER));
	memset(&last_info, 0, sizeof(last_info));
	if (!sigsetjmp(jump, 1))
		divide_by_zero();
	EXPECT_EQ(last_info.si_signo, SIGFPE);
	EXPECT_EQ(last_info.si_code, FPE_INTDIV);
	reset(SIGFPE);
}

static volatile uint32_t ill_eip;

/* Steps over the 2-byte ud2 by editing the saved context. */
static void skip_ud2(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	hits++;
	last_info = *si;
	ill_eip = uc->uc_mcontext.gregs[REG_EIP];
	uc->uc_mcontext.gregs[REG_EIP] += 2;
}

static void test_sigill_resume(void)
{
	reset(SIGILL);
	ASSERT_OK(handle_info(SIGILL, skip_ud2, 0));
	do_ud2();
	do_ud2();
	EXPECT_EQ(hits, 2);
	EXPECT_EQ(last_info.si_signo, SIGILL);
	EXPECT_EQ(last_info.si_code, ILL_ILLOPN);
	EXPECT_EQ((uintptr_t)last_info.si_addr, ill_eip);
	reset(SIGILL);
}

/* int3 is a trap: the handler returns to the instruction after it. */
static void test_sigtrap_resume(void)
{
	reset(SIGTRAP);
	ASSERT_OK(handle(SIGTRAP, count_handler, 0));
	do_int3();
	do_int3();
	EXPECT_EQ(hits, 2);
	EXPECT_EQ(last_sig, SIGTRAP);
	reset(SIGTRAP);
}

/* Clears the trap flag in the interrupted context, so it goes on. */
static void trace_handler(int sig, siginfo_t *si, void *uc)
{
	ucontext_t *u = uc;

	hits++;
	last_sig = sig;
	last_info = *si;
	u->uc_mcontext.gregs[REG_EFL] &= ~0x100;
}

/*
 * The trap flag: a SIGTRAP after one more instruction, reported as a
 * trace trap (the kernel reads DR6), not a breakpoint.
 */
static void test_single_step(void)
{
	reset(SIGTRAP);
	ASSERT_OK(handle_info(SIGTRAP, trace_handler, 0));
	asm volatile("pushfl\n\t"
		     "orl $0x100, (%%esp)\n\t"
		     "popfl\n\t"
		     "nop" ::: "memory", "cc");
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(last_sig, SIGTRAP);
	EXPECT_EQ(last_info.si_code, TRAP_TRACE);
	reset(SIGTRAP);
}

/* A child that waits to be killed, counting SIGCONTs it catches. */
static volatile int conts;

static void on_cont(int sig)
{
	conts++;
}

/*
 * A child in a group of its own: its parent (the test, in another group
 * of the session) keeps the group from being orphaned, whatever group
 * the test runs in, so the terminal stop signals stop it.
 */
static pid_t spinner(void)
{
	pid_t pid = fork();

	if (pid > 0)
		setpgid(pid, pid);
	if (pid == 0) {
		struct sigaction sa = { .sa_handler = on_cont };

		setpgid(0, 0);
		sigemptyset(&sa.sa_mask);
		sigaction(SIGCONT, &sa, NULL);
		for (;;)
			pause();
	}
	return pid;
}

/* SIGSTOP stops, wait4(WUNTRACED) reports it once, SIGCONT continues. */
static void test_stop_cont(void)
{
	pid_t pid = spinner();
	int st;

	ASSERT(pid > 0);
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_EQ(waitpid(pid, &st, WUNTRACED), pid);
	EXPECT(WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP);
	/* Reported once: nothing more to wait for without WCONTINUED. */
	EXPECT_EQ(waitpid(pid, &st, WUNTRACED | WNOHANG), 0);
	ASSERT_OK(kill(pid, SIGCONT));
	ASSERT_EQ(waitpid(pid, &st, WCONTINUED), pid);
	EXPECT(WIFCONTINUED(st));
	EXPECT_EQ(waitpid(pid, &st, WCONTINUED | WNOHANG), 0);
	/* SIGTSTP stops it too; SIGKILL ends it while stopped. */
	ASSERT_OK(kill(pid, SIGTSTP));
	ASSERT_EQ(waitpid(pid, &st, WUNTRACED), pid);
	EXPECT(WIFSTOPPED(st) && WSTOPSIG(st) == SIGTSTP);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
}

static volatile int chld_code;

static void on_chld(int sig, siginfo_t *si, void *uc)
{
	chld_code = si->si_code;
}

/* The parent hears of the stop through SIGCHLD (CLD_STOPPED). */
static void test_stop_sigchld(void)
{
	struct sigaction sa = { .sa_sigaction = on_chld,
				.sa_flags = SA_SIGINFO };
	pid_t pid;
	int st, i;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	chld_code = 0;
	pid = spinner();
	ASSERT(pid > 0);
	ASSERT_OK(kill(pid, SIGSTOP));
	for (i = 0; i < 200 && !chld_code; i++)
		usleep(5000);
	EXPECT_EQ(chld_code, CLD_STOPPED);
	chld_code = 0;
	ASSERT_OK(kill(pid, SIGCONT));
	for (i = 0; i < 200 && !chld_code; i++)
		usleep(5000);
	EXPECT_EQ(chld_code, CLD_CONTINUED);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	signal(SIGCHLD, SIG_DFL);
}

static volatile sig_atomic_t got_hup;

static void on_hup(int sig)
{
	got_hup = 1;
}

/* The orphaned group's member: stops, then reports through fd. */
static void orphan_child(int fd)
{
	signal(SIGHUP, on_hup);
	setpgid(0, 0);
	raise(SIGSTOP);
	/* Continued by the orphaning; now SIGTSTP must not stop it. */
	raise(SIGTSTP);
	write(fd, got_hup ? "hup" : "no!", 3);
	_exit(0);
}

/*
 * A stopped group whose last parent in another group of the session
 * exits gets SIGHUP and SIGCONT; orphaned, it ignores SIGTSTP.
 */
static void test_orphaned_pgrp(void)
{
	struct pollfd pfd;
	char buf[4] = "";
	pid_t mid, c = 0;
	int p[2], st;

	ASSERT_OK(pipe(p));
	mid = fork();
	if (mid == 0) {
		close(p[0]);
		c = fork();
		if (c == 0)
			orphan_child(p[1]);
		if (c < 0 || waitpid(c, &st, WUNTRACED) != c ||
		    !WIFSTOPPED(st))
			_exit(1);
		write(p[1], &c, sizeof(c));
		_exit(0);		/* orphans c's group */
	}
	close(p[1]);
	ASSERT(mid > 0);
	ASSERT_EQ(waitpid(mid, &st, 0), mid);
	EXPECT_EXITED(st, 0);
	ASSERT_EQ(read(p[0], &c, sizeof(c)), (ssize_t)sizeof(c));
	pfd.fd = p[0];
	pfd.events = POLLIN;
	EXPECT_EQ(poll(&pfd, 1, 5000), 1);
	EXPECT_EQ(read(p[0], buf, 3), 3);
	EXPECT_STREQ(buf, "hup");
	kill(c, SIGKILL);	/* if still stopped: init reaps it */
	close(p[0]);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(handler_runs),
	KTAP_CASE(sigaction_old),
	KTAP_CASE(sigaction_errors),
	KTAP_CASE(blocked_pending),
	KTAP_CASE(sigprocmask),
	KTAP_CASE(sigprocmask_errors),
	KTAP_CASE(handler_mask),
	KTAP_CASE(sa_nodefer),
	KTAP_CASE(sa_resethand),
	KTAP_CASE(sa_siginfo),
	KTAP_CASE(eintr),
	KTAP_CASE(sa_restart),
	KTAP_CASE(sig_ign),
	KTAP_CASE(default_actions),
	KTAP_CASE(kill_errors),
	KTAP_CASE(tgkill),
	KTAP_CASE(many_signals),
	KTAP_CASE(sigreturn_registers),
	KTAP_CASE(rt_sigreturn_registers),
	KTAP_CASE(fpu_preserved),
	KTAP_CASE(sigchld),
	KTAP_CASE(fork_inherits),
	KTAP_CASE(fault_sigsegv),
	KTAP_CASE(fault_sigfpe),
	KTAP_CASE(fault_sigill),
	KTAP_CASE(fault_sigtrap),
	KTAP_CASE(privileged_instructions),
	KTAP_CASE(fault_blocked_or_ignored),
	KTAP_CASE(sigsegv_siginfo),
	KTAP_CASE(sigfpe_siginfo),
	KTAP_CASE(sigill_resume),
	KTAP_CASE(sigtrap_resume),
	KTAP_CASE(single_step),
	KTAP_CASE(stop_cont),
	KTAP_CASE(stop_sigchld),
	KTAP_CASE(orphaned_pgrp),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
