// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/wait.c - wait queues.
 *
 * A sleeper adds itself and sets its state before testing its condition
 * (prepare_to_wait), so a wake-up between the test and schedule() only
 * makes schedule() return at once: no wake-up is lost.  Interrupts are
 * off while a queue is changed because interrupt handlers wake queues.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <asm/irqflags.h>

void add_wait_queue(struct wait_queue_head *wq, struct wait_queue_entry *w)
{
	unsigned long flags;

	local_irq_save(flags);
	list_add_tail(&w->entry, &wq->head);
	local_irq_restore(flags);
}

void remove_wait_queue(struct wait_queue_head *wq, struct wait_queue_entry *w)
{
	unsigned long flags;

	local_irq_save(flags);
	list_del_init(&w->entry);
	local_irq_restore(flags);
}

void prepare_to_wait(struct wait_queue_head *wq, struct wait_queue_entry *w,
		     int state)
{
	unsigned long flags;

	local_irq_save(flags);
	if (!w->entry.next || list_empty(&w->entry))
		list_add_tail(&w->entry, &wq->head);
	set_current_state(state);
	local_irq_restore(flags);
}

void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *w)
{
	unsigned long flags;

	local_irq_save(flags);
	__set_current_state(TASK_RUNNING);
	if (w->entry.next && !list_empty(&w->entry))
		list_del_init(&w->entry);
	local_irq_restore(flags);
}

/*
 * An empty queue needs no interrupts off: the kernel is not preempted
 * and interrupt handlers only wake, so no sleeper can join the queue
 * before this task returns.
 */
void wake_up(struct wait_queue_head *wq)
{
	struct wait_queue_entry *w, *n;
	unsigned long flags;

	if (list_empty(&wq->head))
		return;
	local_irq_save(flags);
	list_for_each_entry_safe(w, n, &wq->head, entry)
		__wake_up_process(w->task);
	local_irq_restore(flags);
}
