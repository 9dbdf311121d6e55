// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/exit.c - the end of a task: exit, exit_group, and wait4.
 *
 * An exiting process gives back its memory, files and filesystem
 * context at once, hands its children to init, and stays a zombie
 * holding only its exit status until its parent collects it with wait4
 * (or at once when the parent ignores SIGCHLD).  Kernel threads have no
 * parent to wait: the next task frees them.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/tty.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/signal.h>
#include <linux/errno.h>
#include <linux/process.h>
#include <linux/completion.h>
#include <linux/futex.h>
#include <asm/uaccess.h>
#include <asm/mmu_context.h>
#include <asm/irqflags.h>

static void release_resources(struct task_struct *t)
{
	struct mm_struct *mm = t->mm;

	if (t->robust_list && mm)
		exit_robust_list(t);
	/* Threads learn of each other's exit through this word (futex). */
	if (t->clear_child_tid && mm && mm->users > 1) {
		put_user(0, t->clear_child_tid);
		futex_wake_addr((unsigned long)t->clear_child_tid, 1);
	}
	if (mm) {
		/* Leave the address space before it can be freed. */
		t->mm = NULL;
		switch_mm(mm, NULL);
		mmput(mm);
	}
	if (t->files) {
		files_put(t->files);
		t->files = NULL;
	}
	if (t->fs) {
		fs_put(t->fs);
		t->fs = NULL;
	}
	if (t->vfork_done) {
		complete(t->vfork_done);
		t->vfork_done = NULL;
	}
}

/* Orphans go to init, which waits for them. */
static void reparent_children(struct task_struct *t)
{
	struct task_struct *init = find_task_by_pid(1), *c, *n;

	list_for_each_entry_safe(c, n, &t->children, sibling) {
		list_del(&c->sibling);
		c->parent = init;
		if (init && init != t) {
			list_add_tail(&c->sibling, &init->children);
			if (c->state == TASK_ZOMBIE)
				wake_up(&init->wait_child);
		} else {
			c->parent = NULL;
		}
	}
}

/* Tells the parent; returns 1 if the task can be freed right away. */
static int notify_parent(struct task_struct *t)
{
	struct task_struct *p = t->parent;
	struct kinfo info = { .code = CLD_EXITED, .pid = t->pid };
	const struct k_sigaction *ka;

	if (!p || t->exit_signal < 0)
		return t->exit_signal < 0;
	ka = &p->sighand->action[SIGCHLD - 1];
	if (t->exit_signal == SIGCHLD &&
	    (ka->handler == SIG_IGN || (ka->flags & SA_NOCLDWAIT)))
		return 1;
	if (t->exit_state & 0x7f) {
		info.code = CLD_KILLED;
		info.status = t->exit_state & 0x7f;
	} else {
		info.status = (t->exit_state >> 8) & 0xff;
	}
	send_sig_info(t->exit_signal, &info, p);
	wake_up(&p->wait_child);
	return 0;
}

/* Ends the current task with wait status code. */
void do_exit(int code)
{
	struct task_struct *t = current;

	if (t->pid == 1 && !(t->flags & PF_KTHREAD))
		panic("Attempted to kill init! exit code %#x", code);
	local_irq_enable();
	t->flags |= PF_EXITING;
	if (t->pid == t->tgid)
		itimer_exit(t);
	if (t->pid == t->sid && !(t->flags & PF_KTHREAD))
		tty_session_leader_exit(t->sid);
	if (t->pid == t->tgid && !(t->flags & PF_KTHREAD))
		exit_orphaned_pgrps(t);
	release_resources(t);

	local_irq_disable();
	if (t->pid != t->tgid && !(t->flags & PF_KTHREAD)) {
		struct task_struct *l = find_task_by_pid(t->tgid);

		if (l) {	/* the group keeps the time of its threads */
			l->dead_utime += t->utime;
			l->dead_stime += t->stime;
		}
	}
	reparent_children(t);
	t->exit_code = code;
	t->exit_state = code;
	if (t->flags & PF_KTHREAD) {
		t->state = TASK_DEAD;
	} else {
		release_user_task();
		if (notify_parent(t)) {
			if (t->parent)
				list_del(&t->sibling);
			t->state = TASK_DEAD;	/* no one will wait: free */
		} else {
			t->state = TASK_ZOMBIE;
		}
	}
	schedule();
	panic("do_exit: dead task %d scheduled again", t->pid);
}

void do_group_exit(int status)
{
	struct task_struct *t;

	/* Other threads of the group die with it, and with its status. */
	for_each_task(t) {
		if (t != current && t->tgid == current->tgid && t->mm &&
		    t->state != TASK_ZOMBIE && t->state != TASK_DEAD) {
			t->group_exit = 1;
			t->group_exit_code = status;
			send_sig(SIGKILL, t);
		}
	}
	do_exit(status);
}

long sys_exit(int code)
{
	do_exit((code & 0xff) << 8);
}

long sys_exit_group(int code)
{
	do_group_exit((code & 0xff) << 8);
}

/* Frees a zombie the parent has collected. */
static void reap(struct task_struct *c)
{
	list_del(&c->sibling);
	sched_remove_task(c);
	sighand_put(c->sighand);
	free_task(c);
}

static int child_matches(struct task_struct *c, pid_t pid)
{
	if (pid > 0)
		return c->pid == pid;
	if (pid == 0)
		return c->pgid == current->pgid;
	if (pid < -1)
		return c->pgid == -pid;
	return 1;
}

/*
 * A child matching pid that wait4 can report with these options: a
 * zombie, or (WUNTRACED) a stop, or (WCONTINUED) a continuation not yet
 * reported.  *any: whether any child matches at all.
 */
static struct task_struct *find_waitable(pid_t pid, int options, int *any)
{
	struct task_struct *c;

	*any = 0;
	list_for_each_entry(c, &current->children, sibling) {
		if (!child_matches(c, pid))
			continue;
		*any = 1;
		if (c->state == TASK_ZOMBIE ||
		    ((options & WUNTRACED) && c->group_stop_sig &&
		     c->stop_unreported) ||
		    ((options & WCONTINUED) && c->cont_unreported))
			return c;
	}
	return NULL;
}

long sys_wait4(pid_t pid, int __user *status, int options, void __user *ru)
{
	struct task_struct *c;
	int any, st, err;
	pid_t cpid;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WALL | __WCLONE))
		return -EINVAL;
	for (;;) {
		local_irq_disable();
		c = find_waitable(pid, options, &any);
		local_irq_enable();
		if (c)
			break;
		if (!any)
			return -ECHILD;
		if (options & WNOHANG)
			return 0;
		err = wait_event_interruptible(current->wait_child,
				find_waitable(pid, options, &any) || !any);
		if (err)
			return err;
	}
	cpid = c->pid;
	if (c->state != TASK_ZOMBIE) {	/* a stop or a continuation */
		local_irq_disable();
		if (c->group_stop_sig && c->stop_unreported &&
		    (options & WUNTRACED)) {
			st = (c->group_stop_sig << 8) | 0x7f;
			c->stop_unreported = 0;
		} else {
			st = 0xffff;
			c->cont_unreported = 0;
		}
		local_irq_enable();
		if (status && put_user(st, status))
			return -EFAULT;
		if (ru && put_rusage(ru, c->utime + c->dead_utime,
				     c->stime + c->dead_stime))
			return -EFAULT;
		return cpid;
	}
	st = c->exit_state;
	if (status && put_user(st, status))
		return -EFAULT;
	local_irq_disable();
	/* The child's CPU time, and its own children's, become ours. */
	current->cutime += c->utime + c->dead_utime + c->cutime;
	current->cstime += c->stime + c->dead_stime + c->cstime;
	local_irq_enable();
	if (ru && put_rusage(ru, c->utime + c->dead_utime + c->cutime,
			     c->stime + c->dead_stime + c->cstime))
		return -EFAULT;
	local_irq_disable();
	reap(c);
	local_irq_enable();
	return cpid;
}

long sys_waitpid(pid_t pid, int __user *status, int options)
{
	return sys_wait4(pid, status, options, NULL);
}
