// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sys.c - small process-wide system calls: identities, process
 * groups and sessions, uname, sysinfo, reboot.
 *
 * Everything runs as root and the kernel keeps no credentials, so the
 * uid/gid calls report 0 and accept only 0.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/time.h>
#include <linux/reboot.h>
#include <asm/uaccess.h>
#include <asm/div64.h>

long sys_getpid(void) { return current->tgid; }
long sys_gettid(void) { return current->pid; }

long sys_getppid(void)
{
	return current->parent ? current->parent->tgid : 0;
}

long sys_set_tid_address(u32 __user *tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}

long sys_getuid(void) { return 0; }
long sys_geteuid(void) { return 0; }
long sys_getgid(void) { return 0; }
long sys_getegid(void) { return 0; }
long sys_getuid32(void) { return 0; }
long sys_geteuid32(void) { return 0; }
long sys_getgid32(void) { return 0; }
long sys_getegid32(void) { return 0; }

static long only_root(long id)
{
	return id == 0 || id == -1 ? 0 : -EPERM;
}

long sys_setuid(long uid) { return only_root(uid); }
long sys_setgid(long gid) { return only_root(gid); }
long sys_setuid32(long uid) { return only_root(uid); }
long sys_setgid32(long gid) { return only_root(gid); }

long sys_setresuid32(long r, long e, long s)
{
	return only_root(r) ?: only_root(e) ?: only_root(s);
}

long sys_setresgid32(long r, long e, long s)
{
	return only_root(r) ?: only_root(e) ?: only_root(s);
}

long sys_setreuid32(long r, long e)
{
	return only_root(r) ?: only_root(e);
}

long sys_setregid32(long r, long e)
{
	return only_root(r) ?: only_root(e);
}

static long put_three_zeros(u32 __user *a, u32 __user *b, u32 __user *c)
{
	if (put_user(0, a) || put_user(0, b) || put_user(0, c))
		return -EFAULT;
	return 0;
}

long sys_getresuid32(u32 __user *r, u32 __user *e, u32 __user *s)
{
	return put_three_zeros(r, e, s);
}

long sys_getresgid32(u32 __user *r, u32 __user *e, u32 __user *s)
{
	return put_three_zeros(r, e, s);
}

long sys_getgroups32(int size, u32 __user *list)
{
	return size < 0 ? -EINVAL : 0;
}

long sys_setgroups32(int size, u32 __user *list)
{
	return size ? -EPERM : 0;
}

long sys_getpgid(pid_t pid)
{
	struct task_struct *t = pid ? find_task_by_pid(pid) : current;

	return t ? t->pgid : -ESRCH;
}

long sys_getpgrp(void)
{
	return current->pgid;
}

long sys_getsid(pid_t pid)
{
	struct task_struct *t = pid ? find_task_by_pid(pid) : current;

	return t ? t->sid : -ESRCH;
}

/* pid 0 is the caller, pgid 0 means "its own pid". */
long sys_setpgid(pid_t pid, pid_t pgid)
{
	struct task_struct *t = pid ? find_task_by_pid(pid) : current;

	if (pgid < 0)
		return -EINVAL;
	if (!t || (t != current && t->parent != current))
		return -ESRCH;
	if (t->sid != current->sid || t->pid == t->sid)
		return -EPERM;
	t->pgid = pgid ? pgid : t->pid;
	return 0;
}

long sys_setsid(void)
{
	struct task_struct *t;

	/* A process group leader cannot start a session, nor can anyone
	 * whose pid names another process's group. */
	if (current->pgid == current->pid)
		return -EPERM;
	for_each_task(t)
		if (t->pgid == current->pid && t != current)
			return -EPERM;
	current->sid = current->pgid = current->pid;
	return current->sid;
}

long sys_sched_yield(void)
{
	yield();
	return 0;
}

struct new_utsname {
	char sysname[65], nodename[65], release[65], version[65], machine[65],
	     domainname[65];
};

long sys_newuname(struct new_utsname __user *u)
{
	static const struct new_utsname uts = {
		.sysname = "Linux",
		.nodename = "pvkernel",
		.release = "4.19.0-pvkernel-" UTS_RELEASE,
		.version = "#1 " __DATE__,
		.machine = "i686",
		.domainname = "(none)",
	};

	return copy_to_user(u, &uts, sizeof(uts)) ? -EFAULT : 0;
}

long sys_uname(struct new_utsname __user *u)
{
	return sys_newuname(u);
}

struct sysinfo32 {
	s32 uptime;
	u32 loads[3];
	u32 totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	u16 procs, pad;
	u32 totalhigh, freehigh, mem_unit;
	char _f[8];
};

long sys_sysinfo(struct sysinfo32 __user *info)
{
	struct sysinfo32 si;

	memset(&si, 0, sizeof(si));
	si.uptime = (s32)div_u64(ktime_get_ns(), NSEC_PER_SEC);
	si.totalram = totalram_pages();
	si.freeram = nr_free_pages();
	si.procs = nr_tasks();
	si.mem_unit = PAGE_SIZE;
	return copy_to_user(info, &si, sizeof(si)) ? -EFAULT : 0;
}

#define LINUX_REBOOT_MAGIC1	0xfee1dead
#define LINUX_REBOOT_MAGIC2	672274793
#define LINUX_REBOOT_MAGIC2A	85072278
#define LINUX_REBOOT_MAGIC2B	369367448
#define LINUX_REBOOT_MAGIC2C	537993216
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xcdef0123
#define LINUX_REBOOT_CMD_CAD_ON		0x89abcdef
#define LINUX_REBOOT_CMD_CAD_OFF	0x00000000
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedc

long sys_reboot(u32 magic1, u32 magic2, u32 cmd, void __user *arg)
{
	if (magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_CAD_ON:
	case LINUX_REBOOT_CMD_CAD_OFF:
		return 0;
	case LINUX_REBOOT_CMD_POWER_OFF:
	case LINUX_REBOOT_CMD_HALT:
		pr_notice("reboot: Power down\n");
		machine_power_off();
	case LINUX_REBOOT_CMD_RESTART:
		pr_notice("reboot: Restarting system\n");
		machine_restart();
	default:
		return -EINVAL;
	}
}

#define PR_SET_NAME	15
#define PR_GET_NAME	16
#define PR_CAPBSET_READ	23
#define CAP_LAST_CAP	40	/* CAP_CHECKPOINT_RESTORE */

/*
 * prctl: the thread's name (comm, 15 bytes and a NUL), as ps and
 * /proc show it; whether a capability is in the bounding set (all are:
 * everything runs as root, as zsh asks at start).  Other options are
 * refused with EINVAL and one line.
 */
long sys_prctl(int option, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5)
{
	char name[TASK_COMM_LEN];
	long n;

	switch (option) {
	case PR_SET_NAME:
		n = strncpy_from_user(name, (const char __user *)arg2,
				      sizeof(name) - 1);
		if (n < 0)
			return n;
		name[n] = '\0';
		strlcpy(current->comm, name, sizeof(current->comm));
		return 0;
	case PR_GET_NAME:
		strlcpy(name, current->comm, sizeof(name));
		return copy_to_user((char __user *)arg2, name, sizeof(name)) ?
			-EFAULT : 0;
	case PR_CAPBSET_READ:
		return arg2 <= CAP_LAST_CAP ? 1 : -EINVAL;
	}
	pr_info_once("%s[%d]: prctl option %d is not supported\n", current->comm,
		current->pid, option);
	return -EINVAL;
}

#define PRIO_PROCESS	0
#define PRIO_PGRP	1
#define PRIO_USER	2

/* Does t fall under which/who (who 0: the caller's own)? */
static int prio_match(struct task_struct *t, int which, int who)
{
	if (t->flags & PF_KTHREAD)
		return 0;
	switch (which) {
	case PRIO_PROCESS:
		return t->pid == (who ? who : current->pid);
	case PRIO_PGRP:
		return t->pgid == (who ? who : current->pgid);
	case PRIO_USER:
		return who == 0;	/* everything runs as root */
	}
	return 0;
}

/*
 * The scheduler reads a task's nice value for the length of its time
 * slice (task_timeslice()).  getpriority returns 20 - nice, 1..40, as
 * the raw Linux call does (the C library turns it back).
 */
long sys_getpriority(int which, int who)
{
	struct task_struct *t;
	int best = -ESRCH;

	if (which < PRIO_PROCESS || which > PRIO_USER)
		return -EINVAL;
	for_each_task(t)
		if (prio_match(t, which, who) && 20 - t->nice > best)
			best = 20 - t->nice;
	return best;
}

long sys_setpriority(int which, int who, int niceval)
{
	struct task_struct *t;
	int found = 0;

	if (which < PRIO_PROCESS || which > PRIO_USER)
		return -EINVAL;
	niceval = clamp(niceval, -20, 19);
	for_each_task(t) {
		if (prio_match(t, which, who)) {
			t->nice = niceval;
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

long sys_nice(int inc)
{
	current->nice = clamp(current->nice + clamp(inc, -40, 40), -20, 19);
	return 0;
}
