/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/wait.h>

/* A one-shot event: one side waits until the other says it is done. */
struct completion {
	int done;
	struct wait_queue_head wait;
};

static inline void init_completion(struct completion *c)
{
	c->done = 0;
	init_waitqueue_head(&c->wait);
}

static inline void complete(struct completion *c)
{
	c->done = 1;
	wake_up(&c->wait);
}

#define wait_for_completion(c)	wait_event((c)->wait, (c)->done)

#endif /* _LINUX_COMPLETION_H */
