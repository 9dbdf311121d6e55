/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>

/* Signal numbers of the Linux i386 ABI. */
#define SIGHUP		 1
#define SIGINT		 2
#define SIGQUIT		 3
#define SIGILL		 4
#define SIGTRAP		 5
#define SIGABRT		 6
#define SIGBUS		 7
#define SIGFPE		 8
#define SIGKILL		 9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31
#define SIGRTMIN	32
#define _NSIG		64

#define SIG_DFL		0UL
#define SIG_IGN		1UL

#define SA_NOCLDSTOP	0x00000001
#define SA_NOCLDWAIT	0x00000002
#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

/* si_code values. */
#define SI_USER		0
#define SI_KERNEL	0x80
#define SI_TKILL	(-6)
#define SEGV_MAPERR	1
#define SEGV_ACCERR	2
#define ILL_ILLOPN	2
#define FPE_INTDIV	1
#define TRAP_BRKPT	1
#define TRAP_TRACE	2
#define TRAP_HWBKPT	4
#define BUS_ADRERR	2
#define CLD_EXITED	1
#define CLD_KILLED	2
#define CLD_STOPPED	5
#define CLD_CONTINUED	6

typedef u64 sigset_t;

static inline sigset_t sigmask(int sig)
{
	return 1ULL << (sig - 1);
}

#define SIG_UNBLOCKABLE	(sigmask(SIGKILL) | sigmask(SIGSTOP))

/* An action as rt_sigaction() passes it on i386. */
struct k_sigaction {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	sigset_t mask;
};

struct sighand_struct {
	int count;			/* tasks sharing it (CLONE_SIGHAND) */
	struct k_sigaction action[_NSIG];
};

/* What is kept about a pending signal until it is delivered. */
struct kinfo {
	int code;
	int pid;			/* sender, or child for SIGCHLD */
	int status;			/* SIGCHLD: exit status or signal */
	unsigned long addr;		/* faults: the address */
};

struct task_struct;
struct pt_regs;

/* Sends sig to one task / every task of a process group. */
int send_sig(int sig, struct task_struct *t);
int send_sig_info(int sig, const struct kinfo *info, struct task_struct *t);
int kill_pgrp(int pgrp, int sig);
/* No member of pgrp (ignoring one task) has a parent that could continue it. */
bool pgrp_orphaned(int pgrp, const struct task_struct *ignored);
/* SIGHUP and SIGCONT to the stopped groups an exiting process orphans. */
void exit_orphaned_pgrps(struct task_struct *t);
/* A fault in user mode: the signal is delivered, even if blocked. */
void force_sig_fault(int sig, int code, struct pt_regs *regs,
		     unsigned long addr);

/* The next unblocked pending signal of the current task, or 0. */
int next_signal(void);
/* Delivers pending signals on the way back to user mode. */
void do_signal(struct pt_regs *regs);

struct sighand_struct *sighand_alloc(void);
struct sighand_struct *sighand_dup(struct sighand_struct *old);
void sighand_put(struct sighand_struct *sh);
/* exec: caught signals go back to their default action. */
void flush_signal_handlers(struct task_struct *t);

/* Arch: writes a siginfo_t for sig in the i386 layout. */
int copy_siginfo_to_user(void __user *to, int sig, const struct kinfo *info);

/* Arch: builds the handler's frame on the user stack (0 or -EFAULT). */
int setup_rt_frame(int sig, const struct k_sigaction *ka,
		   const struct kinfo *info, sigset_t oldmask,
		   struct pt_regs *regs);

#endif /* _LINUX_SIGNAL_H */
