/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_RESOURCE_H
#define _LINUX_RESOURCE_H

/*
 * Resource limits (getrlimit/setrlimit/prlimit64), per process: each
 * task has a copy, a new thread or child starts with its creator's, and
 * setrlimit sets them for every thread of the group.  Enforced where the
 * kernel has the resource: open files (fs/file.c), processes (fork),
 * the stack (its growth) and the address space (mmap, brk); the others
 * are kept and reported.
 */
#include <linux/types.h>

#define RLIMIT_CPU		0
#define RLIMIT_FSIZE		1
#define RLIMIT_DATA		2
#define RLIMIT_STACK		3
#define RLIMIT_CORE		4
#define RLIMIT_RSS		5
#define RLIMIT_NPROC		6
#define RLIMIT_NOFILE		7
#define RLIMIT_MEMLOCK		8
#define RLIMIT_AS		9
#define RLIMIT_LOCKS		10
#define RLIMIT_SIGPENDING	11
#define RLIMIT_MSGQUEUE		12
#define RLIMIT_NICE		13
#define RLIMIT_RTPRIO		14
#define RLIMIT_RTTIME		15
#define RLIM_NLIMITS		16

#define RLIM64_INFINITY		(~0ULL)

struct rlimit64 {
	u64 cur, max;
};

struct task_struct;

/* The defaults of the first process (kernel/rlimit.c). */
void rlimit_init_task(struct task_struct *t);
/* The running process's soft limit for res. */
u64 rlimit(unsigned int res);

#endif /* _LINUX_RESOURCE_H */
