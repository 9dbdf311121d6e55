// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched.c - the scheduler: one CPU, round robin with time slices.
 *
 * Runnable tasks sit on one queue.  The tick takes a tick off the running
 * task's slice and asks for a reschedule when it is used up; the request
 * is honoured on the way back to user mode and in the idle loop (the
 * kernel itself is not preempted).  schedule() puts the current task at
 * the back of the queue if it is still runnable and switches to the task
 * at the front, or to the idle task when the queue is empty.
 *
 * Everything here runs with interrupts off: interrupt handlers wake
 * tasks, and there is no other CPU.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/time.h>
#include <asm/irqflags.h>
#include <asm/fpu.h>
#include <linux/signal.h>
#include <linux/process.h>
#include <linux/interrupt.h>
#include <linux/clockchips.h>

struct task_struct *current_task;
static struct task_struct idle_task;
static LIST_HEAD(run_queue);
LIST_HEAD(all_tasks);
static LIST_HEAD(sleepers);		/* tasks in schedule_timeout() */
static unsigned int task_count, running_count;
struct cpu_stat cpu_stat;
unsigned long avenrun[3];

/*
 * The load average, as Linux computes it: every 5 s each average decays
 * towards the number of runnable tasks, with the 1, 5 and 15 minute
 * factors, in fixed point of FSHIFT bits.
 */
#define LOAD_TICKS	(5 * TICK_HZ + 1)
static const unsigned long load_exp[3] = { 1884, 2014, 2037 };

static void calc_load(void)
{
	static unsigned int ticks;
	unsigned long active = (unsigned long)running_count << FSHIFT;
	unsigned int i;

	if (++ticks < LOAD_TICKS)
		return;
	ticks = 0;
	for (i = 0; i < 3; i++)
		avenrun[i] = (avenrun[i] * load_exp[i] +
			      active * (FIXED_1 - load_exp[i])) >> FSHIFT;
}

/* The boot context becomes the idle task (pid 0). */
void __init sched_init(void)
{
	extern char init_stack[];

	idle_task.state = TASK_RUNNING;
	idle_task.flags = PF_KTHREAD | PF_IDLE;
	idle_task.stack = init_stack;
	strlcpy(idle_task.comm, "swapper", TASK_COMM_LEN);
	INIT_LIST_HEAD(&idle_task.run_list);
	INIT_LIST_HEAD(&idle_task.timer_list);
	INIT_LIST_HEAD(&idle_task.children);
	init_waitqueue_head(&idle_task.wait_child);
	list_add(&idle_task.tasks, &all_tasks);
	task_count = 1;
	current_task = &idle_task;
	arch_sched_init(&idle_task);
}

static void enqueue(struct task_struct *t)
{
	if (list_empty(&t->run_list) && !(t->flags & PF_IDLE)) {
		list_add_tail(&t->run_list, &run_queue);
		running_count++;
	}
}

static void dequeue(struct task_struct *t)
{
	if (!list_empty(&t->run_list)) {
		list_del_init(&t->run_list);
		running_count--;
	}
}

/* Adds a newly created task to the task list and the run queue. */
void sched_add_task(struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	INIT_LIST_HEAD(&t->run_list);
	INIT_LIST_HEAD(&t->timer_list);
	list_add_tail(&t->tasks, &all_tasks);
	task_count++;
	t->state = TASK_RUNNING;
	t->time_slice = task_timeslice(t);
	enqueue(t);
	if (current->flags & PF_IDLE)
		current->need_resched = 1;
	local_irq_restore(flags);
}

/* Removes a dead task from the task list (its memory is the caller's). */
void sched_remove_task(struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	dequeue(t);
	list_del(&t->tasks);
	task_count--;
	local_irq_restore(flags);
}

/* Resumes a task stopped by job control (SIGCONT, SIGKILL). */
void wake_up_stopped(struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	if (t->state == TASK_STOPPED) {
		t->state = TASK_RUNNING;
		enqueue(t);
		if (current->flags & PF_IDLE)
			current->need_resched = 1;
	}
	local_irq_restore(flags);
}

int __wake_up_process(struct task_struct *t)
{
	if (t->state != TASK_INTERRUPTIBLE && t->state != TASK_UNINTERRUPTIBLE)
		return 0;
	t->state = TASK_RUNNING;
	enqueue(t);
	if (current->flags & PF_IDLE)
		current->need_resched = 1;
	return 1;
}

int wake_up_process(struct task_struct *t)
{
	unsigned long flags;
	int woke;

	local_irq_save(flags);
	woke = __wake_up_process(t);
	local_irq_restore(flags);
	return woke;
}

static struct task_struct *pick_next(void)
{
	if (list_empty(&run_queue))
		return &idle_task;
	return list_first_entry(&run_queue, struct task_struct, run_list);
}

void schedule(void)
{
	struct task_struct *prev = current, *next;
	unsigned long flags;

	local_irq_save(flags);
	prev->need_resched = 0;
	if (prev->state == TASK_RUNNING) {
		/* Round robin: a preempted or yielding task goes to the back. */
		dequeue(prev);
		enqueue(prev);
		prev->nivcsw++;
		cpu_stat.ctxt++;
	} else {
		dequeue(prev);
		prev->nvcsw++;
		cpu_stat.ctxt++;
	}
	next = pick_next();
	if (next != prev) {
		if (next->time_slice <= 0)
			next->time_slice = task_timeslice(next);
		current_task = next;
		prev = switch_to(prev, next);
		schedule_tail(prev);
	}
	local_irq_restore(flags);
}

void yield(void)
{
	schedule();
}

/* Wakes sleepers whose deadline has passed; the list is kept sorted. */
static void wake_sleepers(u64 now)
{
	struct task_struct *t, *n;

	list_for_each_entry_safe(t, n, &sleepers, timer_list) {
		if (t->sleep_until > now)
			break;
		list_del_init(&t->timer_list);
		wake_up_process(t);
	}
}

void scheduler_tick(void)
{
	struct task_struct *t = current;
	u64 now = ktime_get_ns();
	bool user;

	wake_sleepers(now);
	itimer_tick(now);
	calc_load();
	if (t->flags & PF_IDLE) {
		cpu_stat.idle++;
		if (!list_empty(&run_queue))
			t->need_resched = 1;
		return;
	}
	user = irq_interrupted_user();
	if (user) {
		t->utime++;
		if (t->nice > 0)
			cpu_stat.nice++;
		else
			cpu_stat.user++;
	} else {
		t->stime++;
		cpu_stat.system++;
	}
	itimer_cpu_tick(t, user);
	/* The running task is on the queue too: others wait if more are. */
	if (--t->time_slice <= 0) {
		t->time_slice = task_timeslice(t);
		if (running_count > 1)
			t->need_resched = 1;
	}
}

u64 schedule_timeout(u64 ns, long state)
{
	struct task_struct *t = current, *s;
	unsigned long flags;
	u64 now = ktime_get_ns(), left;

	local_irq_save(flags);
	t->sleep_until = now + ns;
	list_for_each_entry(s, &sleepers, timer_list)
		if (s->sleep_until > t->sleep_until)
			break;
	list_add_tail(&t->timer_list, &s->timer_list);
	t->state = state;
	schedule();
	if (!list_empty(&t->timer_list))
		list_del_init(&t->timer_list);
	local_irq_restore(flags);
	now = ktime_get_ns();
	left = t->sleep_until > now ? t->sleep_until - now : 0;
	return left;
}

unsigned int nr_tasks(void)
{
	return task_count;
}

unsigned int nr_running(void)
{
	return running_count;
}

/* Frees what is left of a task that has died (its stack, once off it). */
static void reap_dead(struct task_struct *t)
{
	sched_remove_task(t);
	sighand_put(t->sighand);
	free_task(t);
}

/*
 * Runs in the next task right after every switch, including the first
 * run of a new task (from ret_from_fork).
 */
void schedule_tail(struct task_struct *prev)
{
	if (prev->state == TASK_DEAD)
		reap_dead(prev);
}

struct task_struct *find_task_by_pid(pid_t pid)
{
	struct task_struct *t;

	list_for_each_entry(t, &all_tasks, tasks)
		if (t->pid == pid && !(t->flags & PF_IDLE) &&
		    t->state != TASK_DEAD)
			return t;
	return NULL;
}
