// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/pgrp.c - orphaned process groups.
 *
 * POSIX calls a process group orphaned when no member has a parent in
 * another group of the same session: no shell is left that could
 * continue it.  Job control then changes: the terminal stop signals
 * (SIGTSTP, SIGTTIN, SIGTTOU) do not stop its members, a background
 * read or change of the terminal fails with EIO, and a group orphaned
 * by an exit while some of it is stopped gets SIGHUP and SIGCONT, so
 * it is not stopped forever.  init does not count as a parent, as on
 * Linux.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>

static bool alive(const struct task_struct *t)
{
	return t->mm && t->state != TASK_ZOMBIE && t->state != TASK_DEAD;
}

bool pgrp_orphaned(int pgrp, const struct task_struct *ignored)
{
	struct task_struct *t, *p;

	for_each_task(t) {
		if (t->pgid != pgrp || t == ignored || !alive(t))
			continue;
		p = t->parent;
		if (!p || p == ignored || p->pid == 1 || !alive(p))
			continue;
		if (p->pgid != pgrp && p->sid == t->sid)
			return false;
	}
	return true;
}

static bool has_stopped_jobs(int pgrp)
{
	struct task_struct *t;

	for_each_task(t)
		if (t->pgid == pgrp && t->state == TASK_STOPPED)
			return true;
	return false;
}

/* Hangs up and continues pgrp if t's exit orphans it with stopped jobs. */
static void orphaned_by(int pgrp, const struct task_struct *t)
{
	if (pgrp_orphaned(pgrp, t) && has_stopped_jobs(pgrp)) {
		kill_pgrp(pgrp, SIGHUP);
		kill_pgrp(pgrp, SIGCONT);
	}
}

/*
 * A process t is exiting: its own group loses t as a link if t's parent
 * is in another group of the session, and each child's group loses t's
 * when t was in another group of the child's session.
 */
void exit_orphaned_pgrps(struct task_struct *t)
{
	struct task_struct *p = t->parent, *c;

	if (p && p->pgid != t->pgid && p->sid == t->sid)
		orphaned_by(t->pgid, t);
	list_for_each_entry(c, &t->children, sibling)
		if (c->pgid != t->pgid && c->sid == t->sid)
			orphaned_by(c->pgid, t);
}
