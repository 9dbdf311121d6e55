/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>

struct task_struct;

/*
 * A wait queue: tasks sleeping until something happens.  The waker
 * calls wake_up(); sleepers recheck their condition, so a spurious
 * wake-up is harmless.
 */
struct wait_queue_head {
	struct list_head head;
};

struct wait_queue_entry {
	struct task_struct *task;
	struct list_head entry;
};

#define WAIT_QUEUE_HEAD_INIT(name) { LIST_HEAD_INIT((name).head) }
#define DECLARE_WAIT_QUEUE_HEAD(name) \
	struct wait_queue_head name = WAIT_QUEUE_HEAD_INIT(name)

static inline void init_waitqueue_head(struct wait_queue_head *wq)
{
	INIT_LIST_HEAD(&wq->head);
}

void add_wait_queue(struct wait_queue_head *wq, struct wait_queue_entry *w);
void remove_wait_queue(struct wait_queue_head *wq, struct wait_queue_entry *w);

/* Wakes every task on the queue. */
void wake_up(struct wait_queue_head *wq);

/* Nonzero when the current task has an unblocked signal pending. */
int signal_pending_current(void);

void prepare_to_wait(struct wait_queue_head *wq, struct wait_queue_entry *w,
		     int state);
void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *w);
void schedule(void);

/*
 * Sleeps until cond is true or a signal arrives.  Evaluates to 0 when
 * cond became true, -ERESTARTSYS when interrupted by a signal.  After a
 * wake-up cond is tested before queueing again: the entry is still on
 * the queue, and finish_wait() takes it off if cond holds, so the
 * usual wake-up costs no second prepare_to_wait().
 */
#define wait_event_interruptible(wq, cond) ({				\
	struct wait_queue_entry __w = { .task = current };		\
	int __ret = 0;							\
	for (;;) {							\
		prepare_to_wait(&(wq), &__w, TASK_INTERRUPTIBLE);	\
		if (cond)						\
			break;						\
		if (signal_pending_current()) {				\
			__ret = -ERESTARTSYS;				\
			break;						\
		}							\
		schedule();						\
		if (cond)						\
			break;						\
	}								\
	finish_wait(&(wq), &__w);					\
	__ret;								\
})

/* Sleeps until cond is true; signals do not interrupt it. */
#define wait_event(wq, cond) do {					\
	struct wait_queue_entry __w = { .task = current };		\
	for (;;) {							\
		prepare_to_wait(&(wq), &__w, TASK_UNINTERRUPTIBLE);	\
		if (cond)						\
			break;						\
		schedule();						\
		if (cond)						\
			break;						\
	}								\
	finish_wait(&(wq), &__w);					\
} while (0)

#endif /* _LINUX_WAIT_H */
