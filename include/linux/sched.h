/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/resource.h>
#include <linux/types.h>
#include <linux/list.h>
#include <linux/wait.h>
#include <linux/sched_stack.h>
#include <asm/processor.h>
#include <asm/ptrace.h>



/* Task states; a sleeping task is off the run queue. */
#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1	/* a signal wakes it too */
#define TASK_UNINTERRUPTIBLE	2
#define TASK_ZOMBIE		4	/* exited, waiting for its parent */
#define TASK_DEAD		8	/* reaped; freed by the next task */
#define TASK_STOPPED		16	/* job control: until SIGCONT */

/* Task flags. */
#define PF_KTHREAD		0x01	/* no user context */
#define PF_IDLE			0x02
#define PF_EXITING		0x04

#define TASK_COMM_LEN		16
#define MAX_USER_TASKS		256	/* fork fails with EAGAIN beyond this */

struct mm_struct;
struct sighand_struct;
struct kinfo;
struct completion;
struct files_struct;
struct fs_struct;

struct task_struct {
	struct thread_struct thread;	/* arch state: first, see switch.S */
	volatile long state;
	unsigned int flags;
	int need_resched;
	int time_slice;			/* ticks left before preemption */
	int nice;			/* -20..19: longer or shorter slices */
	void *stack;			/* lowest address of the kernel stack */
	pid_t pid;
	char comm[TASK_COMM_LEN];

	struct list_head run_list;	/* on the run queue when runnable */
	struct list_head tasks;		/* every task */
	struct mm_struct *mm;
	struct files_struct *files;	/* open file descriptors */
	struct fs_struct *fs;		/* root, cwd, umask */
	pid_t tgid, pgid, sid;		/* thread group, process group, session */

	struct task_struct *parent;
	struct list_head children;	/* my children, through sibling */
	struct list_head sibling;
	struct wait_queue_head wait_child;	/* wait4() sleeps here */
	int exit_signal;		/* sent to the parent at exit */
	int exit_state;			/* wait status once a zombie */
	int group_exit;			/* exit_group by another thread: */
	int group_exit_code;		/* ... die with this status */

	struct sighand_struct *sighand;
	u64 blocked;			/* sigset_t */
	u64 pending;
	struct kinfo *sig_info;		/* [_NSIG], per pending signal */
	int fault_sig;			/* the pending signal came from a fault */
	u64 saved_sigmask;		/* sigsuspend: restored by sigreturn */
	int restore_sigmask;

	u32 __user *set_child_tid;
	u32 __user *clear_child_tid;
	void __user *robust_list;	/* set_robust_list() */
	struct completion *vfork_done;	/* the vfork parent waits on it */

	u64 it_real_expires;		/* ITIMER_REAL, ns; 0: not armed */
	u64 it_real_interval;
	struct list_head it_real_list;	/* on kernel/itimer.c's list */
	u64 it_cpu_value[2];		/* ITIMER_VIRTUAL, _PROF: ns of CPU */
	u64 it_cpu_interval[2];		/* time left; 0: not armed */
	u64 sleep_until;		/* schedule_timeout() deadline (ns) */
	struct list_head timer_list;	/* on the sleep list while timed */
	unsigned long nvcsw, nivcsw;	/* voluntary / forced switches */
	/* CPU time in ticks, sampled by the tick: this thread's ... */
	unsigned long utime, stime;
	/* ... the group's threads that exited (on the leader) ... */
	unsigned long dead_utime, dead_stime;
	/* ... and the waited-for children's, theirs included */
	unsigned long cutime, cstime;
	struct rlimit64 rlim[RLIM_NLIMITS];	/* the process's, copied */
	u64 start_time;			/* ktime_get_ns() at creation */
	/*
	 * Job control, on the thread-group leader: the signal that stopped
	 * the group (0: running), and what wait4 has still to report
	 * (WUNTRACED: the stop, WCONTINUED: the continuation).
	 */
	int group_stop_sig;
	int stop_unreported, cont_unreported;
	int exit_code;
	void *priv;			/* for the owner of a kernel thread */
};

extern struct task_struct *current_task;
#define current current_task

static inline void __set_current_state(long state)
{
	current->state = state;
}

static inline void set_current_state(long state)
{
	current->state = state;
	__asm__ __volatile__("" ::: "memory");
}

/* The ticks a task runs before another runnable task gets the CPU. */
#define DEF_TIMESLICE		3
/* A task's slice in ticks: 6 at nice -20, DEF_TIMESLICE at 0, 1 at 19. */
static inline int task_timeslice(const struct task_struct *t)
{
	return 1 + (19 - t->nice) * (2 * DEF_TIMESLICE - 1) / 39;
}

void sched_init(void);
void schedule(void);
/* Makes a sleeping task runnable; returns 1 if it was asleep. */
int wake_up_process(struct task_struct *t);
/* The same with interrupts already off (a wait queue's walk). */
int __wake_up_process(struct task_struct *t);
/* Called on every tick: accounting, time slices and sleep deadlines. */
void scheduler_tick(void);
/*
 * kernel/sys_time.c: the CPU time of a thread group in ticks (the
 * leader's, the group's dead threads', the live threads'), and a struct
 * rusage with those times in user space.
 */
void group_cputime(struct task_struct *leader, unsigned long *utime,
		   unsigned long *stime);
int put_rusage(void __user *ru, unsigned long utime, unsigned long stime);

/* kernel/itimer.c: ITIMER_REAL, from the tick and at exit. */
void itimer_tick(u64 now);
/* The tick charged t's process one tick of CPU time (user: in user mode). */
void itimer_cpu_tick(struct task_struct *t, bool user);
void itimer_exit(struct task_struct *p);
/* Gives up the CPU to any other runnable task. */
void yield(void);
/* Sleeps for at least ns nanoseconds; returns early (with the time left)
 * only if woken for another reason. */
u64 schedule_timeout(u64 ns, long state);

/* Starts a kernel thread running fn(arg); returns its task or NULL. */
struct task_struct *kthread_run(int (*fn)(void *), void *arg,
				const char *name);
/* Ends the current task. */
void __noreturn do_exit(int code);

/* Scheduler bookkeeping for new and finished tasks. */
void sched_add_task(struct task_struct *t);
void sched_remove_task(struct task_struct *t);
pid_t alloc_pid(void);
void arch_sched_init(struct task_struct *idle);

/* Every task, idle included (walk with interrupts off). */
extern struct list_head all_tasks;
#define for_each_task(t) list_for_each_entry(t, &all_tasks, tasks)
struct task_struct *find_task_by_pid(pid_t pid);
pid_t last_pid_allocated(void);
void wake_up_stopped(struct task_struct *t);

/* Ticks of the CPU by kind, and context switches (/proc/stat). */
struct cpu_stat {
	unsigned long user, nice, system, idle;
	unsigned long ctxt;
};
extern struct cpu_stat cpu_stat;

/* Load averages over 1, 5, 15 minutes, fixed point (/proc/loadavg). */
#define FSHIFT		11
#define FIXED_1		(1 << FSHIFT)
extern unsigned long avenrun[3];

/* Tasks that exist (for tests and accounting). */
unsigned int nr_tasks(void);
unsigned int nr_running(void);

/* Arch: prepares a new task's stack so that it starts in fn(arg). */
void copy_thread_kernel(struct task_struct *t, int (*fn)(void *), void *arg);
/* Arch: saves prev, restores next; returns the task switched away from
 * as seen by next. */
struct task_struct *switch_to(struct task_struct *prev,
			      struct task_struct *next);
/* Arch: first C code of a new task; finishes the switch. */
void schedule_tail(struct task_struct *prev);

#endif /* _LINUX_SCHED_H */
