/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PROCESS_H
#define _LINUX_PROCESS_H

#include <linux/types.h>
#include <linux/compiler.h>

/* clone() flags of the Linux ABI. */
#define CSIGNAL			0x000000ff
#define CLONE_VM		0x00000100
#define CLONE_FS		0x00000200
#define CLONE_FILES		0x00000400
#define CLONE_SIGHAND		0x00000800
#define CLONE_VFORK		0x00004000
#define CLONE_PARENT		0x00008000
#define CLONE_THREAD		0x00010000
#define CLONE_SETTLS		0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_CHILD_SETTID	0x01000000

/* wait4() options. */
#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define WCONTINUED	0x00000008
#define __WALL		0x40000000
#define __WCLONE	0x80000000

struct task_struct;
struct pt_regs;

struct task_struct *copy_process(unsigned long flags, unsigned long newsp,
				 struct pt_regs *regs, unsigned long tls);
void free_task(struct task_struct *t);
void release_user_task(void);
/* Arch: the child's stack, returning to user mode with regs, %eax = 0. */
void copy_thread_user(struct task_struct *t, struct pt_regs *regs,
		      unsigned long newsp);

void __noreturn do_group_exit(int status);

/* Arch, from ret_from_fork: the ends of a new task's first run. */
void kthread_return(int ret);
void ret_to_user_first(struct pt_regs *regs);

/* Replaces the current program; 0 or -errno (the old one is intact). */
int do_execve(const char *filename, const char *const *kargv,
	      const char *const *kenvp, const char __user *const __user *uargv,
	      const char __user *const __user *uenvp);

#endif /* _LINUX_PROCESS_H */
