// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/fork.c - creating processes and threads: fork, vfork, clone.
 *
 * The child gets a copy (or, with the CLONE_* flags, a share) of the
 * parent's address space, file table, filesystem context and signal
 * actions, and a kernel stack whose top holds a copy of the parent's
 * user registers with %eax = 0, so it returns from the same system call.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/signal.h>
#include <linux/completion.h>
#include <linux/process.h>
#include <asm/uaccess.h>
#include <asm/syscall.h>
#include <asm/fpu.h>
#include <asm/tls.h>
#include <asm/irqflags.h>


static int nr_user_tasks;

/* Frees a task that never ran or has been reaped. */
void free_task(struct task_struct *t)
{
	if (t->stack)
		free_kernel_stack(t->stack);
	fpu_free_state(t->thread.fpu);
	kfree(t->sig_info);
	kfree(t);
}

static int copy_resources(struct task_struct *t, unsigned long flags)
{
	struct task_struct *p = current;

	if (flags & CLONE_VM) {
		t->mm = p->mm;
		if (t->mm)
			t->mm->users++;
	} else if (p->mm) {
		t->mm = dup_mm(p->mm);
		if (!t->mm)
			return -ENOMEM;
	}
	if (flags & CLONE_FILES) {
		t->files = p->files;
		if (t->files)
			t->files->count++;
	} else if (p->files) {
		t->files = files_dup(p->files);
		if (!t->files)
			return -ENOMEM;
	}
	if (flags & CLONE_FS) {
		t->fs = p->fs;
		if (t->fs)
			t->fs->count++;
	} else if (p->fs) {
		t->fs = fs_dup(p->fs);
		if (!t->fs)
			return -ENOMEM;
	}
	if (flags & CLONE_SIGHAND) {
		t->sighand = p->sighand;
		t->sighand->count++;
	} else {
		t->sighand = p->sighand ? sighand_dup(p->sighand)
					: sighand_alloc();
		if (!t->sighand)
			return -ENOMEM;
	}
	return 0;
}

static void put_resources(struct task_struct *t)
{
	mmput(t->mm);
	t->mm = NULL;
	if (t->files)
		files_put(t->files);
	t->files = NULL;
	if (t->fs)
		fs_put(t->fs);
	t->fs = NULL;
	sighand_put(t->sighand);
	t->sighand = NULL;
}

/*
 * Creates the child of a user process.  regs are the parent's user
 * registers; the child returns to user mode with a copy of them.
 */
struct task_struct *copy_process(unsigned long flags, unsigned long newsp,
				 struct pt_regs *regs, unsigned long tls)
{
	struct task_struct *t, *p = current;
	int err = -ENOMEM;

	if ((flags & CLONE_SIGHAND) && !(flags & CLONE_VM))
		return ERR_PTR(-EINVAL);
	if ((flags & CLONE_THREAD) && !(flags & CLONE_SIGHAND))
		return ERR_PTR(-EINVAL);
	if (nr_user_tasks >= MAX_USER_TASKS ||
	    nr_user_tasks >= rlimit(RLIMIT_NPROC))
		return ERR_PTR(-EAGAIN);

	t = kzalloc(sizeof(*t), GFP_KERNEL);
	if (!t)
		return ERR_PTR(-ENOMEM);
	t->stack = alloc_kernel_stack();
	t->thread.fpu = fpu_alloc_state();
	t->sig_info = kzalloc(_NSIG * sizeof(struct kinfo), GFP_KERNEL);
	if (!t->stack || !t->thread.fpu || !t->sig_info)
		goto fail;
	err = copy_resources(t, flags);
	if (err)
		goto fail_resources;

	fpu_save(p->thread.fpu);
	memcpy(t->thread.fpu, p->thread.fpu, FPU_STATE_SIZE);
	memcpy(t->thread.tls_array, p->thread.tls_array,
	       sizeof(t->thread.tls_array));
	if (flags & CLONE_SETTLS) {
		err = tls_set_desc(t, (void __user *)tls);
		if (err)
			goto fail_resources;
	}

	t->pid = alloc_pid();
	t->tgid = (flags & CLONE_THREAD) ? p->tgid : t->pid;
	t->pgid = p->pgid;
	t->sid = p->sid;
	strlcpy(t->comm, p->comm, TASK_COMM_LEN);
	memcpy(t->rlim, p->rlim, sizeof(t->rlim));
	t->nice = p->nice;
	t->start_time = ktime_get_ns();
	t->blocked = p->blocked;
	t->exit_signal = (flags & CLONE_THREAD) ? -1 : (int)(flags & CSIGNAL);
	t->parent = (flags & (CLONE_PARENT | CLONE_THREAD)) && p->parent ?
		    p->parent : p;
	INIT_LIST_HEAD(&t->children);
	init_waitqueue_head(&t->wait_child);
	if (flags & CLONE_CHILD_SETTID)
		t->set_child_tid = (u32 __user *)regs->di;
	if (flags & CLONE_CHILD_CLEARTID)
		t->clear_child_tid = (u32 __user *)regs->di;
	copy_thread_user(t, regs, newsp);

	local_irq_disable();
	list_add_tail(&t->sibling, &t->parent->children);
	nr_user_tasks++;
	local_irq_enable();
	return t;

fail_resources:
	put_resources(t);
fail:
	free_task(t);
	return ERR_PTR(err);
}

/* The end of a user task's life as far as fork is concerned. */
void release_user_task(void)
{
	nr_user_tasks--;
}

static long do_fork(unsigned long flags, unsigned long newsp,
		    u32 __user *parent_tid, unsigned long tls)
{
	struct pt_regs *regs = task_pt_regs(current);
	struct completion vfork;
	struct task_struct *t;
	pid_t pid;

	t = copy_process(flags, newsp, regs, tls);
	if (IS_ERR(t))
		return PTR_ERR(t);
	pid = t->pid;
	if ((flags & CLONE_PARENT_SETTID) && put_user(pid, parent_tid)) {
		/* The child exists already; Linux ignores this failure too. */
	}
	if (flags & CLONE_VFORK) {
		init_completion(&vfork);
		t->vfork_done = &vfork;
	}
	sched_add_task(t);
	if (flags & CLONE_VFORK)
		wait_for_completion(&vfork);
	return pid;
}

long sys_fork(void)
{
	return do_fork(SIGCHLD, 0, NULL, 0);
}

long sys_vfork(void)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, 0, NULL, 0);
}

/* i386 argument order: flags, newsp, parent_tid, tls, child_tid. */
long sys_clone(unsigned long flags, unsigned long newsp,
	       u32 __user *parent_tid, unsigned long tls,
	       u32 __user *child_tid)
{
	return do_fork(flags, newsp, parent_tid, tls);
}
