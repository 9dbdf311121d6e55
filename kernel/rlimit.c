// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/rlimit.c - resource limits: the defaults, the four system calls
 * that read and set them (linux/resource.h says where they are
 * enforced).
 *
 * The hard limit of open files is the size of the descriptor table
 * (NR_OPEN_DEFAULT): it cannot be raised above it (EPERM, as Linux does
 * above nr_open).  Everything runs as root, so any limit may be raised
 * up to that.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/resource.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>

#define INF	RLIM64_INFINITY

static const struct rlimit64 defaults[RLIM_NLIMITS] = {
	[RLIMIT_CPU]		= { INF, INF },
	[RLIMIT_FSIZE]		= { INF, INF },
	[RLIMIT_DATA]		= { INF, INF },
	[RLIMIT_STACK]		= { STACK_MAX, INF },
	[RLIMIT_CORE]		= { 0, INF },
	[RLIMIT_RSS]		= { INF, INF },
	[RLIMIT_NPROC]		= { MAX_USER_TASKS, MAX_USER_TASKS },
	[RLIMIT_NOFILE]		= { NR_OPEN_DEFAULT, NR_OPEN_DEFAULT },
	[RLIMIT_MEMLOCK]	= { 8 << 20, 8 << 20 },
	[RLIMIT_AS]		= { INF, INF },
	[RLIMIT_LOCKS]		= { INF, INF },
	[RLIMIT_SIGPENDING]	= { 1024, 1024 },
	[RLIMIT_MSGQUEUE]	= { 819200, 819200 },
	[RLIMIT_NICE]		= { 0, 0 },
	[RLIMIT_RTPRIO]		= { 0, 0 },
	[RLIMIT_RTTIME]		= { INF, INF },
};

void rlimit_init_task(struct task_struct *t)
{
	memcpy(t->rlim, defaults, sizeof(defaults));
}

u64 rlimit(unsigned int res)
{
	return current->rlim[res].cur;
}

static struct task_struct *target(pid_t pid)
{
	if (pid < 0)
		return NULL;
	return pid ? find_task_by_pid(pid) : current;
}

/* Sets t's group's limit res to v, or says why not. */
static int set_limit(struct task_struct *t, unsigned int res,
		     const struct rlimit64 *v)
{
	struct task_struct *s;
	unsigned long flags;

	if (v->cur > v->max)
		return -EINVAL;
	if (res == RLIMIT_NOFILE && v->max > NR_OPEN_DEFAULT)
		return -EPERM;
	local_irq_save(flags);
	for_each_task(s)
		if (s->tgid == t->tgid && !(s->flags & PF_KTHREAD))
			s->rlim[res] = *v;
	local_irq_restore(flags);
	return 0;
}

long sys_prlimit64(pid_t pid, unsigned int res,
		   const struct rlimit64 __user *new, struct rlimit64 __user *old)
{
	struct task_struct *t = target(pid);
	struct rlimit64 v, prev;

	if (res >= RLIM_NLIMITS)
		return -EINVAL;
	if (!t)
		return -ESRCH;
	if (new && copy_from_user(&v, new, sizeof(v)))
		return -EFAULT;
	prev = t->rlim[res];
	if (new) {
		int err = set_limit(t, res, &v);

		if (err)
			return err;
	}
	if (old && copy_to_user(old, &prev, sizeof(prev)))
		return -EFAULT;
	return 0;
}

/* The 32-bit calls: RLIM_INFINITY is ~0UL. */
struct rlimit32 {
	u32 cur, max;
};

static u32 to32(u64 v, u32 inf)
{
	return v >= inf ? inf : v;
}

static u64 from32(u32 v)
{
	return v == ~0U ? INF : v;
}

long sys_ugetrlimit(unsigned int res, struct rlimit32 __user *rl)
{
	struct rlimit32 v;

	if (res >= RLIM_NLIMITS)
		return -EINVAL;
	v.cur = to32(current->rlim[res].cur, ~0U);
	v.max = to32(current->rlim[res].max, ~0U);
	return copy_to_user(rl, &v, sizeof(v)) ? -EFAULT : 0;
}

/* The old getrlimit, from before ~0UL meant infinity: 0x7fffffff. */
long sys_getrlimit(unsigned int res, struct rlimit32 __user *rl)
{
	struct rlimit32 v;

	if (res >= RLIM_NLIMITS)
		return -EINVAL;
	v.cur = to32(current->rlim[res].cur, 0x7fffffff);
	v.max = to32(current->rlim[res].max, 0x7fffffff);
	return copy_to_user(rl, &v, sizeof(v)) ? -EFAULT : 0;
}

long sys_setrlimit(unsigned int res, const struct rlimit32 __user *rl)
{
	struct rlimit32 v;
	struct rlimit64 w;

	if (res >= RLIM_NLIMITS)
		return -EINVAL;
	if (copy_from_user(&v, rl, sizeof(v)))
		return -EFAULT;
	w.cur = from32(v.cur);
	w.max = from32(v.max);
	return set_limit(current, res, &w);
}
