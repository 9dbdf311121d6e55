// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/signal.c - sending, blocking and delivering signals, and the
 * signal system calls.
 *
 * Each task has a pending and a blocked set (64 signals, standard
 * semantics: a signal pending twice is delivered once) and shares a
 * table of actions with the tasks of its CLONE_SIGHAND group.  Delivery
 * happens on the way back to user mode: a handler gets a frame on the
 * user stack (arch/i386/kernel/signal.c), a default action ignores the
 * signal, ends the process, or stops it (job control: SIGSTOP, SIGTSTP,
 * SIGTTIN, SIGTTOU stop the whole thread group until SIGCONT; the
 * parent hears of both through SIGCHLD and wait4's WUNTRACED and
 * WCONTINUED).
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/wait.h>
#include <linux/time.h>
#include <asm/uaccess.h>
#include <asm/ptrace.h>
#include <asm/irqflags.h>
#include <asm/syscall.h>
#include <asm/traps.h>

void __noreturn do_group_exit(int status);

static const sigset_t default_ignored = (1ULL << (SIGCHLD - 1)) |
	(1ULL << (SIGCONT - 1)) | (1ULL << (SIGURG - 1)) |
	(1ULL << (SIGWINCH - 1));
static const sigset_t stop_signals = (1ULL << (SIGSTOP - 1)) |
	(1ULL << (SIGTSTP - 1)) | (1ULL << (SIGTTIN - 1)) |
	(1ULL << (SIGTTOU - 1));

struct sighand_struct *sighand_alloc(void)
{
	struct sighand_struct *sh = kzalloc(sizeof(*sh), GFP_KERNEL);

	if (sh)
		sh->count = 1;
	return sh;
}

struct sighand_struct *sighand_dup(struct sighand_struct *old)
{
	struct sighand_struct *sh = kmalloc(sizeof(*sh), GFP_KERNEL);

	if (sh) {
		memcpy(sh, old, sizeof(*sh));
		sh->count = 1;
	}
	return sh;
}

void sighand_put(struct sighand_struct *sh)
{
	if (sh && !--sh->count)
		kfree(sh);
}

void flush_signal_handlers(struct task_struct *t)
{
	struct k_sigaction *ka = t->sighand->action;
	int i;

	for (i = 0; i < _NSIG; i++) {
		if (ka[i].handler != SIG_IGN)
			ka[i].handler = SIG_DFL;
		ka[i].flags = 0;
		ka[i].mask = 0;
		ka[i].restorer = 0;
	}
}

static int sig_ignored(struct task_struct *t, int sig)
{
	unsigned long h = t->sighand->action[sig - 1].handler;

	if (sig == SIGKILL || sig == SIGSTOP)
		return 0;
	if (t->blocked & sigmask(sig))
		return 0;	/* the handler may change before unblocking */
	return h == SIG_IGN ||
	       (h == SIG_DFL && (default_ignored & sigmask(sig)));
}

static struct task_struct *group_leader_of(struct task_struct *t)
{
	struct task_struct *l = find_task_by_pid(t->tgid);

	return l ? l : t;
}

/* SIGCHLD to the parent of a group that stopped or continued. */
static void notify_parent_jobctl(struct task_struct *leader, int why,
				 int status)
{
	struct task_struct *p = leader->parent;
	struct kinfo info = { .code = why, .pid = leader->pid,
			      .status = status };

	if (!p || !p->sighand)
		return;
	if (!(p->sighand->action[SIGCHLD - 1].flags & SA_NOCLDSTOP))
		send_sig_info(SIGCHLD, &info, p);
	wake_up(&p->wait_child);
}

/*
 * SIGCONT continues a stopped group, ignored or not, and cancels the
 * stop signals still pending in it; a stop signal cancels a pending
 * SIGCONT.  Interrupts are off.
 */
static void job_control(int sig, struct task_struct *t)
{
	struct task_struct *l = group_leader_of(t), *s;

	if (sig == SIGCONT) {
		for_each_task(s) {
			if (s->tgid != t->tgid)
				continue;
			s->pending &= ~stop_signals;
			wake_up_stopped(s);
		}
		if (l->group_stop_sig) {
			l->group_stop_sig = 0;
			l->stop_unreported = 0;
			l->cont_unreported = 1;
			notify_parent_jobctl(l, CLD_CONTINUED, SIGCONT);
		}
	} else if (stop_signals & sigmask(sig)) {
		for_each_task(s)
			if (s->tgid == t->tgid)
				s->pending &= ~sigmask(SIGCONT);
	}
}

int send_sig_info(int sig, const struct kinfo *info, struct task_struct *t)
{
	unsigned long flags;

	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	if (!t->sighand || (t->flags & PF_KTHREAD) || t->state == TASK_ZOMBIE)
		return 0;
	local_irq_save(flags);
	job_control(sig, t);
	if (sig == SIGKILL)
		wake_up_stopped(t);
	if (!sig_ignored(t, sig)) {
		t->pending |= sigmask(sig);
		t->sig_info[sig - 1] = *info;
		/* Wake an interruptible sleeper; SIGKILL wakes any. */
		if (t->state == TASK_INTERRUPTIBLE ||
		    (sig == SIGKILL && t->state == TASK_UNINTERRUPTIBLE))
			wake_up_process(t);
	}
	local_irq_restore(flags);
	return 0;
}

int send_sig(int sig, struct task_struct *t)
{
	struct kinfo info = { .code = SI_KERNEL };

	return send_sig_info(sig, &info, t);
}

int kill_pgrp(int pgrp, int sig)
{
	struct kinfo info = { .code = SI_KERNEL };
	struct task_struct *t;
	int found = 0;

	for_each_task(t) {
		if (t->pgid == pgrp && t->mm && t->state != TASK_ZOMBIE &&
		    t->state != TASK_DEAD) {
			send_sig_info(sig, &info, t);
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

void force_sig_fault(int sig, int code, struct pt_regs *regs,
		     unsigned long addr)
{
	struct task_struct *t = current;
	struct kinfo info = { .code = code, .addr = addr };
	struct k_sigaction *ka = &t->sighand->action[sig - 1];

	/* A blocked or ignored fault signal cannot be: take the default. */
	if ((t->blocked & sigmask(sig)) || ka->handler == SIG_IGN) {
		t->blocked &= ~sigmask(sig);
		ka->handler = SIG_DFL;
	}
	t->fault_sig = sig;
	t->pending |= sigmask(sig);
	t->sig_info[sig - 1] = info;
	pr_info("%s[%d]: %s at %08lx ip %08lx sp %08lx\n", t->comm, t->pid,
		sig == SIGSEGV ? "segfault" : sig == SIGILL ? "illegal instruction" :
		sig == SIGFPE ? "arithmetic exception" : sig == SIGBUS ? "bus error" :
		"trap", info.addr, regs->ip, regs->sp);
}

/* The lowest-numbered signal of a non-empty set (no libgcc: 32-bit halves). */
static int lowest_signal(sigset_t set)
{
	if ((u32)set)
		return __builtin_ctz((u32)set) + 1;
	return __builtin_ctz((u32)(set >> 32)) + 33;
}

int next_signal(void)
{
	sigset_t ready = current->pending & ~(current->blocked & ~SIG_UNBLOCKABLE);

	if (!ready)
		return 0;
	if (ready & sigmask(SIGKILL))
		return SIGKILL;
	return lowest_signal(ready);
}

int signal_pending_current(void)
{
	return current->sighand && next_signal() != 0;
}

/* Restarts or fails a system call a signal interrupted. */
static void handle_restart(struct pt_regs *regs, const struct k_sigaction *ka)
{
	if (regs->vector != SYSCALL_VECTOR || (long)regs->ax != -ERESTARTSYS)
		return;
	if (ka && !(ka->flags & SA_RESTART)) {
		regs->ax = -EINTR;
		return;
	}
	regs->ax = regs->orig_ax;
	regs->ip -= 2;		/* back over "int $0x80" */
}

/*
 * Stops the current thread, and with it its group: the first thread to
 * stop tells the other threads (a SIGSTOP each) and the parent; the
 * thread sleeps in TASK_STOPPED until SIGCONT or SIGKILL.
 */
static void do_signal_stop(int sig)
{
	struct task_struct *t = current, *l = group_leader_of(t), *s;
	unsigned long flags;

	local_irq_save(flags);
	if (!l->group_stop_sig) {
		l->group_stop_sig = sig;
		l->stop_unreported = 1;
		l->cont_unreported = 0;
		for_each_task(s) {
			if (s->tgid == t->tgid && s != t) {
				s->pending |= sigmask(SIGSTOP);
				wake_up_process(s);
			}
		}
		notify_parent_jobctl(l, CLD_STOPPED, sig);
	}
	t->state = TASK_STOPPED;
	schedule();
	local_irq_restore(flags);
}

void do_signal(struct pt_regs *regs)
{
	struct task_struct *t = current;
	struct k_sigaction *ka;
	struct kinfo info;
	sigset_t oldmask;
	int sig;

	while ((sig = next_signal())) {
		t->pending &= ~sigmask(sig);
		info = t->sig_info[sig - 1];
		ka = &t->sighand->action[sig - 1];
		if (ka->handler == SIG_IGN && sig != SIGKILL)
			continue;
		if (sig == SIGKILL && t->group_exit)
			do_exit(t->group_exit_code);
		if (ka->handler == SIG_DFL || sig == SIGKILL) {
			if (default_ignored & sigmask(sig))
				continue;
			if (stop_signals & sigmask(sig)) {
				/* No one could continue an orphaned group. */
				if (sig == SIGSTOP || !pgrp_orphaned(t->pgid, NULL))
					do_signal_stop(sig);
				continue;
			}
			do_group_exit(sig);	/* killed: wait status = sig */
		}
		handle_restart(regs, ka);
		/* After sigsuspend the handler's frame keeps the old mask. */
		oldmask = t->restore_sigmask ? t->saved_sigmask : t->blocked;
		t->restore_sigmask = 0;
		if (setup_rt_frame(sig, ka, &info, oldmask, regs)) {
			pr_info("%s[%d]: cannot deliver signal %d, killed\n",
				t->comm, t->pid, sig);
			do_group_exit(SIGSEGV);
		}
		t->blocked |= ka->mask;
		if (!(ka->flags & SA_NODEFER))
			t->blocked |= sigmask(sig);
		t->blocked &= ~SIG_UNBLOCKABLE;
		if (ka->flags & SA_RESETHAND)
			ka->handler = SIG_DFL;
		return;
	}
	if (t->restore_sigmask) {
		t->restore_sigmask = 0;
		t->blocked = t->saved_sigmask;
	}
	handle_restart(regs, NULL);
}

long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
		      struct k_sigaction __user *oact, size_t size)
{
	struct k_sigaction *ka, new;

	if (size != sizeof(sigset_t) || sig < 1 || sig > _NSIG)
		return -EINVAL;
	ka = &current->sighand->action[sig - 1];
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	if (oact && copy_to_user(oact, ka, sizeof(*ka)))
		return -EFAULT;
	if (act) {
		new.mask &= ~SIG_UNBLOCKABLE;
		*ka = new;
		/* Setting SIG_IGN discards what is pending (POSIX). */
		if (sig_ignored(current, sig))
			current->pending &= ~sigmask(sig);
	}
	return 0;
}

long sys_rt_sigprocmask(int how, const sigset_t __user *set,
			sigset_t __user *oset, size_t size)
{
	sigset_t new, old = current->blocked;

	if (size != sizeof(sigset_t))
		return -EINVAL;
	if (set) {
		if (copy_from_user(&new, set, sizeof(new)))
			return -EFAULT;
		switch (how) {
		case SIG_BLOCK:
			current->blocked |= new;
			break;
		case SIG_UNBLOCK:
			current->blocked &= ~new;
			break;
		case SIG_SETMASK:
			current->blocked = new;
			break;
		default:
			return -EINVAL;
		}
		current->blocked &= ~SIG_UNBLOCKABLE;
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

long sys_rt_sigpending(sigset_t __user *set, size_t size)
{
	sigset_t p = current->pending & current->blocked;

	if (size != sizeof(sigset_t))
		return -EINVAL;
	return copy_to_user(set, &p, sizeof(p)) ? -EFAULT : 0;
}

/* Waits for a signal with the given mask in place. */
long sys_rt_sigsuspend(const sigset_t __user *mask, size_t size)
{
	sigset_t new;

	if (size != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&new, mask, sizeof(new)))
		return -EFAULT;
	current->saved_sigmask = current->blocked;
	current->restore_sigmask = 1;
	current->blocked = new & ~SIG_UNBLOCKABLE;
	while (!signal_pending_current()) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!signal_pending_current())
			schedule();
		__set_current_state(TASK_RUNNING);
	}
	return -EINTR;
}

long sys_pause(void)
{
	while (!signal_pending_current()) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!signal_pending_current())
			schedule();
		__set_current_state(TASK_RUNNING);
	}
	return -ERESTARTSYS;
}

static int kill_one(struct task_struct *t, int sig, int code)
{
	struct kinfo info = { .code = code, .pid = current->tgid };

	if (!sig)
		return 0;
	return send_sig_info(sig, &info, t);
}

long sys_kill(pid_t pid, int sig)
{
	struct task_struct *t;
	int found = 0, err = 0;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid > 0) {
		t = find_task_by_pid(pid);
		if (!t || (!t->mm && t->state != TASK_ZOMBIE))
			return -ESRCH;
		/* A zombie still exists: the signal is accepted and lost. */
		return kill_one(t, sig, SI_USER);
	}
	for_each_task(t) {
		if (!t->mm || t->state == TASK_ZOMBIE || t->state == TASK_DEAD)
			continue;
		if (pid == 0 && t->pgid != current->pgid)
			continue;
		if (pid < -1 && t->pgid != -pid)
			continue;
		if (pid == -1 && (t->pid == 1 || t == current))
			continue;
		found = 1;
		err = kill_one(t, sig, SI_USER);
	}
	return found ? err : -ESRCH;
}

long sys_tgkill(pid_t tgid, pid_t tid, int sig)
{
	struct task_struct *t;

	if (sig < 0 || sig > _NSIG || tid <= 0 || (tgid <= 0 && tgid != -1))
		return -EINVAL;
	t = find_task_by_pid(tid);
	if (!t || !t->mm || t->state == TASK_ZOMBIE ||
	    (tgid > 0 && t->tgid != tgid))
		return -ESRCH;
	return kill_one(t, sig, SI_TKILL);
}

long sys_tkill(pid_t tid, int sig)
{
	return sys_tgkill(-1, tid, sig);
}

/*
 * Waits for one of the signals in "these" (normally blocked by the
 * caller), takes it off the pending set and returns its number.  Other
 * signals interrupt the wait; a timeout ends it with -EAGAIN.
 */
static long do_sigtimedwait(const sigset_t __user *uthese, void __user *uinfo,
			    u64 timeout_ns, int has_timeout, size_t size)
{
	u64 deadline = ktime_get_ns() + timeout_ns;
	sigset_t these, ready;
	struct kinfo info;
	int sig;

	if (size != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&these, uthese, sizeof(these)))
		return -EFAULT;
	these &= ~SIG_UNBLOCKABLE;
	for (;;) {
		local_irq_disable();
		ready = current->pending & these;
		if (ready) {
			sig = lowest_signal(ready);
			current->pending &= ~sigmask(sig);
			info = current->sig_info[sig - 1];
			local_irq_enable();
			if (uinfo && copy_siginfo_to_user(uinfo, sig, &info))
				return -EFAULT;
			return sig;
		}
		if (signal_pending_current()) {
			local_irq_enable();
			return -EINTR;
		}
		if (has_timeout && ktime_get_ns() >= deadline) {
			local_irq_enable();
			return -EAGAIN;
		}
		local_irq_enable();
		if (has_timeout)
			schedule_timeout(deadline - ktime_get_ns(),
					 TASK_INTERRUPTIBLE);
		else {
			set_current_state(TASK_INTERRUPTIBLE);
			if (!(current->pending & these) && !signal_pending_current())
				schedule();
			__set_current_state(TASK_RUNNING);
		}
	}
}

/* The timeout is NULL (none) or a timespec of sec, nsec already read. */
static long sigtimedwait_ts(const sigset_t __user *uthese, void __user *uinfo,
			    int has_timeout, s64 sec, s64 nsec, size_t size)
{
	if (!has_timeout)
		return do_sigtimedwait(uthese, uinfo, 0, 0, size);
	if (sec < 0 || nsec < 0 || nsec >= 1000000000)
		return -EINVAL;
	return do_sigtimedwait(uthese, uinfo,
			       (u64)sec * 1000000000ULL + nsec, 1, size);
}

long sys_rt_sigtimedwait(const sigset_t __user *uthese, void __user *uinfo,
			 const struct timespec32 __user *uts, size_t size)
{
	struct timespec32 ts = { 0, 0 };

	if (uts && copy_from_user(&ts, uts, sizeof(ts)))
		return -EFAULT;
	return sigtimedwait_ts(uthese, uinfo, uts != NULL, ts.tv_sec,
			       ts.tv_nsec, size);
}

long sys_rt_sigtimedwait_time64(const sigset_t __user *uthese,
				void __user *uinfo,
				const struct timespec64u __user *uts, size_t size)
{
	struct timespec64u ts = { 0, 0 };

	if (uts && copy_from_user(&ts, uts, sizeof(ts)))
		return -EFAULT;
	return sigtimedwait_ts(uthese, uinfo, uts != NULL, ts.tv_sec,
			       ts.tv_nsec, size);
}
