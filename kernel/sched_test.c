// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched_test.c - tests of kernel threads, switching, wait queues
 * and task reaping.  They run in the init task, so the threads they
 * start compete with it on the run queue.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/irqflags.h>

static char order[64];
static volatile int order_len, finished;

static void note(char c)
{
	unsigned long flags;

	local_irq_save(flags);
	if (order_len < (int)sizeof(order) - 1)
		order[order_len++] = c;
	order[order_len] = '\0';
	local_irq_restore(flags);
}

/* Waits (by yielding) until n threads said they finished. */
static int wait_finished(int n)
{
	int spins = 100000;

	while (finished < n && --spins)
		yield();
	return finished >= n;
}

static int yielder(void *arg)
{
	int i;

	for (i = 0; i < 3; i++) {
		note((char)(unsigned long)arg);
		yield();
	}
	finished++;
	return 0;
}

static void sched_threads_interleave(struct ktest *t)
{
	order_len = 0;
	finished = 0;
	KTEST_ASSERT(t, kthread_run(yielder, (void *)'a', "ya") != NULL);
	KTEST_ASSERT(t, kthread_run(yielder, (void *)'b', "yb") != NULL);
	KTEST_ASSERT(t, wait_finished(2));
	KTEST_EXPECT_STREQ(t, order, "ababab");
}

/*
 * Each thread sets its own x87 control word (rounding and precision
 * bits) and checks, after yielding to the others, that it kept it.
 */
static int fpu_user(void *arg)
{
	u16 mine = (u16)(unsigned long)arg, now;
	int i;

	__asm__ __volatile__("fldcw %0" : : "m"(mine));
	for (i = 0; i < 5; i++) {
		yield();
		__asm__ __volatile__("fnstcw %0" : "=m"(now));
		if (now != mine)
			note('!');
	}
	finished++;
	return 0;
}

static void sched_fpu_state_per_task(struct ktest *t)
{
	order_len = 0;
	order[0] = '\0';
	finished = 0;
	KTEST_ASSERT(t, kthread_run(fpu_user, (void *)0x037fUL, "f1") != NULL);
	KTEST_ASSERT(t, kthread_run(fpu_user, (void *)0x0c7fUL, "f2") != NULL);
	KTEST_ASSERT(t, wait_finished(2));
	KTEST_EXPECT_STREQ(t, order, "");
}

static DECLARE_WAIT_QUEUE_HEAD(test_wq);
static volatile int wq_flag;

static int sleeper(void *arg)
{
	note('s');
	wait_event(test_wq, wq_flag);
	note('w');
	finished++;
	return 0;
}

static void sched_wait_queue_wakes(struct ktest *t)
{
	struct task_struct *k;
	int i;

	order_len = 0;
	finished = 0;
	wq_flag = 0;
	k = kthread_run(sleeper, NULL, "sleeper");
	KTEST_ASSERT(t, k != NULL);
	for (i = 0; i < 5; i++)
		yield();
	/* It ran, found the flag clear and went to sleep. */
	KTEST_EXPECT_STREQ(t, order, "s");
	KTEST_EXPECT_EQ(t, k->state, TASK_UNINTERRUPTIBLE);
	wake_up(&test_wq);		/* a wake-up without the condition */
	for (i = 0; i < 5; i++)
		yield();
	KTEST_EXPECT_STREQ(t, order, "s");
	wq_flag = 1;
	wake_up(&test_wq);
	KTEST_EXPECT(t, wait_finished(1));
	KTEST_EXPECT_STREQ(t, order, "sw");
}

static int quick_exit(void *arg)
{
	finished++;
	return 0;
}

/* Dead threads are reaped: task count and free memory come back. */
static void sched_exit_reaps(struct ktest *t)
{
	unsigned int tasks = nr_tasks();
	unsigned long pages;
	int i;

	/* Let earlier tests' threads finish dying first. */
	yield();
	tasks = nr_tasks();
	pages = nr_free_pages();
	finished = 0;
	for (i = 0; i < 20; i++)
		KTEST_ASSERT(t, kthread_run(quick_exit, NULL, "quick") != NULL);
	KTEST_EXPECT_EQ(t, nr_tasks(), tasks + 20);
	KTEST_ASSERT(t, wait_finished(20));
	yield();
	KTEST_EXPECT_EQ(t, nr_tasks(), tasks);
	KTEST_EXPECT_EQ(t, nr_free_pages(), pages);
}

static const struct ktest_case sched_cases[] = {
	KTEST_CASE(sched_threads_interleave),
	KTEST_CASE(sched_fpu_state_per_task),
	KTEST_CASE(sched_wait_queue_wakes),
	KTEST_CASE(sched_exit_reaps),
	{}
};
KTEST_SUITE(sched, sched_cases);
