// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/kthread.c - kernel threads and the end of a task.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/fpu.h>
#include <asm/irqflags.h>

static pid_t last_pid;

pid_t alloc_pid(void)
{
	return ++last_pid;
}

/* The highest pid given out so far (pids are not reused). */
pid_t last_pid_allocated(void)
{
	return last_pid;
}

struct task_struct *kthread_run(int (*fn)(void *), void *arg,
				const char *name)
{
	struct task_struct *t = kzalloc(sizeof(*t), GFP_KERNEL);

	if (!t)
		return NULL;
	rlimit_init_task(t);	/* what init, once it execs, starts with */
	t->start_time = ktime_get_ns();
	t->stack = alloc_kernel_stack();
	t->thread.fpu = fpu_alloc_state();
	if (!t->stack || !t->thread.fpu) {
		if (t->stack)
			free_kernel_stack(t->stack);
		fpu_free_state(t->thread.fpu);
		kfree(t);
		return NULL;
	}
	t->pid = alloc_pid();
	t->tgid = t->pid;
	t->flags = PF_KTHREAD;
	t->exit_signal = -1;
	INIT_LIST_HEAD(&t->children);
	init_waitqueue_head(&t->wait_child);
	strlcpy(t->comm, name, TASK_COMM_LEN);
	copy_thread_kernel(t, fn, arg);
	sched_add_task(t);
	return t;
}

