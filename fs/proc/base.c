// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/base.c - /proc/PID and /proc/self.
 *
 * A process's directory, and each file in it, is an inode made by the
 * lookup and freed when the last reference goes (i_transient);
 * what it shows is made when the file is opened, from the task found by
 * its pid then, so a process that has gone gives ESRCH.  The files are
 * those ps, top and pgrep read, in Linux's formats: stat, status, statm,
 * cmdline, comm and maps; fd/, cwd and root are in fd.c.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/string.h>
#include <linux/dirent.h>
#include <linux/signal.h>
#include <linux/time.h>
#include <asm/pgtable.h>
#include <asm/div64.h>
#include "../internal.h"
#include "internal.h"

/* Inode numbers as readdir gives them, so that names can be found. */
#define PID_INO_BASE	0x40000000UL
#define PID_INO(pid)		(PID_INO_BASE + (pid) * 16)
#define ENTRY_INO(pid, i)	(PID_INO(pid) + (i) + 1)

typedef int (*pid_show_t)(struct task_struct *t, char *buf, size_t size);

struct pid_entry {
	const char *name;
	umode_t mode;
	pid_show_t show;		/* regular files: the text */
};

struct task_struct *proc_pid_task(pid_t pid)
{
	struct task_struct *t = find_task_by_pid(pid);

	if (!t || (t->flags & PF_IDLE) || t->state == TASK_DEAD)
		return NULL;
	return t;
}

static char task_state_char(const struct task_struct *t)
{
	switch (t->state) {
	case TASK_RUNNING:		return 'R';
	case TASK_INTERRUPTIBLE:	return 'S';
	case TASK_UNINTERRUPTIBLE:	return 'D';
	case TASK_ZOMBIE:		return 'Z';
	case TASK_STOPPED:		return 'T';
	}
	return 'X';
}

static const char *task_state_name(const struct task_struct *t)
{
	switch (t->state) {
	case TASK_RUNNING:		return "running";
	case TASK_INTERRUPTIBLE:	return "sleeping";
	case TASK_UNINTERRUPTIBLE:	return "disk sleep";
	case TASK_ZOMBIE:		return "zombie";
	case TASK_STOPPED:		return "stopped";
	}
	return "dead";
}

static int nr_threads(const struct task_struct *t)
{
	struct task_struct *s;
	int n = 0;

	for_each_task(s)
		if (s->tgid == t->tgid)
			n++;
	return n;
}

static unsigned long vm_size(struct mm_struct *mm)
{
	struct vm_area_struct *v;
	unsigned long n = 0;

	if (!mm)
		return 0;
	list_for_each_entry(v, &mm->vmas, list)
		n += v->end - v->start;
	return n;
}

/* Copies up to len bytes at addr of mm's memory; returns how many. */
static int read_mm(struct mm_struct *mm, unsigned long addr, char *buf,
		   int len)
{
	int done = 0, n;
	pte_t *pte;

	while (done < len) {
		pte = user_pte(mm, addr, 0);
		if (!pte || !pte_present(*pte))
			break;
		n = min(len - done, (int)(PAGE_SIZE - (addr & ~PAGE_MASK)));
		memcpy(buf + done, (char *)pfn_to_virt(pte_pfn(*pte)) +
		       (addr & ~PAGE_MASK), n);
		done += n;
		addr += n;
	}
	return done;
}

static int cmdline_pid_show(struct task_struct *t, char *buf, size_t size)
{
	struct mm_struct *mm = t->mm;

	if (!mm || !mm->arg_end || mm->arg_end <= mm->arg_start)
		return 0;
	return read_mm(mm, mm->arg_start, buf,
		       min(mm->arg_end - mm->arg_start, (unsigned long)size));
}

static int comm_show(struct task_struct *t, char *buf, size_t size)
{
	return scnprintf(buf, size, "%s\n", t->comm);
}

static int maps_show(struct task_struct *t, char *buf, size_t size)
{
	struct mm_struct *mm = t->mm;
	struct vm_area_struct *v;
	const char *name;
	int n = 0;

	if (!mm)
		return 0;
	list_for_each_entry(v, &mm->vmas, list) {
		name = "";
		if (v->flags & VM_GROWSDOWN)
			name = "[stack]";
		else if (v->start >= mm->start_brk && v->end <= mm->brk &&
			 mm->brk > mm->start_brk)
			name = "[heap]";
		n += scnprintf(buf + n, size - n,
			       "%08lx-%08lx %c%c%c%c 00000000 00:00 0%s%s\n",
			       v->start, v->end,
			       v->flags & VM_READ ? 'r' : '-',
			       v->flags & VM_WRITE ? 'w' : '-',
			       v->flags & VM_EXEC ? 'x' : '-',
			       v->flags & VM_SHARED ? 's' : 'p',
			       *name ? "                          " : "", name);
	}
	return n;
}

static unsigned long ns_to_ticks(u64 ns)
{
	do_div(ns, NSEC_PER_SEC / 100);
	return ns;
}

static int stat_pid_show(struct task_struct *t, char *buf, size_t size)
{
	struct mm_struct *mm = t->mm;
	unsigned long utime, stime;
	pid_t ppid = t->parent ? t->parent->tgid : 0;

	group_cputime(t, &utime, &stime);
	return scnprintf(buf, size,
		"%d (%s) %c %d %d %d 0 -1 %u 0 0 0 0 %lu %lu %lu %lu %d %d %d 0 %lu %lu %lu %lu %lu %lu %lu 0 0 %u %u 0 0 0 0 0 %d 0 0 0 0 0 0 0 0 %lu %lu %lu %lu %lu %d\n",
		t->pid, t->comm, task_state_char(t), ppid, t->pgid, t->sid,
		t->flags & PF_KTHREAD ? 0x00200040U : 0x00400100U,
		utime, stime, t->cutime, t->cstime, 20 + t->nice, t->nice,
		nr_threads(t), ns_to_ticks(t->start_time), vm_size(mm),
		mm ? mm->nr_pages : 0, 0xffffffffUL,
		mm ? 0x08048000UL : 0, mm ? mm->start_brk : 0,
		mm ? mm->start_stack : 0, (unsigned int)t->pending,
		(unsigned int)t->blocked, t->exit_signal,
		mm ? mm->start_brk : 0, mm ? mm->brk : 0,
		mm ? mm->arg_start : 0, mm ? mm->arg_end : 0,
		mm ? mm->arg_end : 0, t->exit_code);
}

static int statm_show(struct task_struct *t, char *buf, size_t size)
{
	struct mm_struct *mm = t->mm;

	return scnprintf(buf, size, "%lu %lu 0 0 0 0 0\n",
			 vm_size(mm) >> PAGE_SHIFT, mm ? mm->nr_pages : 0);
}

static int status_show(struct task_struct *t, char *buf, size_t size)
{
	struct mm_struct *mm = t->mm;
	pid_t ppid = t->parent ? t->parent->tgid : 0;
	int n;

	n = scnprintf(buf, size,
		      "Name:\t%s\nUmask:\t0022\nState:\t%c (%s)\nTgid:\t%d\n"
		      "Ngid:\t0\nPid:\t%d\nPPid:\t%d\nTracerPid:\t0\n"
		      "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nFDSize:\t%u\n"
		      "Groups:\t\nNSpgid:\t%d\nNSsid:\t%d\n",
		      t->comm, task_state_char(t), task_state_name(t), t->tgid,
		      t->pid, ppid, NR_OPEN_DEFAULT, t->pgid, t->sid);
	if (mm)
		n += scnprintf(buf + n, size - n,
			       "VmPeak:\t%8lu kB\nVmSize:\t%8lu kB\n"
			       "VmRSS:\t%8lu kB\n",
			       vm_size(mm) >> 10, vm_size(mm) >> 10,
			       mm->nr_pages << (PAGE_SHIFT - 10));
	n += scnprintf(buf + n, size - n,
		       "Threads:\t%d\nSigPnd:\t%016llx\nSigBlk:\t%016llx\n"
		       "voluntary_ctxt_switches:\t%lu\n"
		       "nonvoluntary_ctxt_switches:\t%lu\n",
		       nr_threads(t), (unsigned long long)t->pending,
		       (unsigned long long)t->blocked, t->nvcsw, t->nivcsw);
	return n;
}

static const struct pid_entry pid_entries[] = {
	{ "cmdline", S_IFREG | 0444, cmdline_pid_show },
	{ "comm", S_IFREG | 0444, comm_show },
	{ "cwd", S_IFLNK | 0777 },
	{ "fd", S_IFDIR | 0500 },
	{ "maps", S_IFREG | 0444, maps_show },
	{ "root", S_IFLNK | 0777 },
	{ "stat", S_IFREG | 0444, stat_pid_show },
	{ "statm", S_IFREG | 0444, statm_show },
	{ "status", S_IFREG | 0444, status_show },
};

/* A file's inode carries its process and its entry: pid << 4 | index. */
#define FILE_KEY(pid, i)	((void *)(((unsigned long)(pid) << 4) | (i)))
#define KEY_PID(k)		((pid_t)((unsigned long)(k) >> 4))
#define KEY_INDEX(k)		((unsigned int)((unsigned long)(k) & 15))

struct pid_show_arg {
	struct task_struct *t;
	pid_show_t show;
};

static int show_pid_file(char *buf, size_t size, void *arg)
{
	struct pid_show_arg *a = arg;

	return a->show(a->t, buf, size);
}

static int pid_file_open(struct inode *inode, struct file *f)
{
	void *key = inode->i_private;
	struct pid_show_arg a;

	a.t = proc_pid_task(KEY_PID(key));
	if (!a.t)
		return -ESRCH;
	a.show = pid_entries[KEY_INDEX(key)].show;
	return proc_open_text(f, show_pid_file, &a);
}

static const struct file_operations pid_file_operations = {
	.open = pid_file_open,
	.release = proc_file_release,
	.read_iter = proc_file_read_iter,
	.llseek = generic_file_llseek,
};

static int name_is(const struct qstr *q, const char *s)
{
	return strlen(s) == q->len && !memcmp(s, q->name, q->len);
}

struct inode *proc_dynamic_inode(struct inode *dir, umode_t mode,
				 unsigned long ino)
{
	struct inode *inode = new_inode(&proc_sb, mode);

	if (!inode)
		return NULL;
	inode->i_ino = ino;
	inode->i_nlink = S_ISDIR(mode) ? 2 : 1;
	inode->i_transient = true;
	inode->i_parent = igrab(dir);
	return inode;
}

static struct inode *pid_dir_lookup(struct inode *dir, const struct qstr *name)
{
	pid_t pid = (pid_t)(unsigned long)dir->i_private;
	struct inode *inode;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(pid_entries); i++) {
		if (!name_is(name, pid_entries[i].name))
			continue;
		if (!proc_pid_task(pid))
			return NULL;
		if (S_ISDIR(pid_entries[i].mode))
			inode = proc_fd_dir(dir, pid);
		else if (S_ISLNK(pid_entries[i].mode))
			inode = proc_fs_link(dir, pid, name_is(name, "root"));
		else
			inode = proc_dynamic_inode(dir, pid_entries[i].mode, 0);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		if (IS_ERR(inode))
			return inode;
		inode->i_ino = ENTRY_INO(pid, i);
		if (!S_ISREG(inode->i_mode))
			return inode;
		inode->i_fop = &pid_file_operations;
		inode->i_private = FILE_KEY(pid, i);
		return inode;
	}
	return NULL;
}

static int pid_dir_readdir(struct inode *dir, struct dir_context *ctx)
{
	pid_t pid = (pid_t)(unsigned long)dir->i_private;
	unsigned int i;

	if (!proc_emit_dots(dir, ctx))
		return 0;
	for (i = ctx->pos - 2; i < ARRAY_SIZE(pid_entries); i++) {
		const char *n = pid_entries[i].name;

		if (!dir_emit(ctx, n, strlen(n),
			      ENTRY_INO(pid, i), dt_type(pid_entries[i].mode), i + 3))
			return 0;
	}
	return 0;
}

static const struct inode_operations pid_dir_inode_operations = {
	.lookup = pid_dir_lookup,
	.readdir = pid_dir_readdir,
};


static const struct inode_operations self_inode_operations = {
	.get_link = proc_get_link,
};

/* "self": a symlink to the caller's process; or "PID": its directory. */
struct inode *proc_pid_lookup(struct inode *root, const struct qstr *name)
{
	struct inode *inode;
	char num[12];
	int pid;

	if (name_is(name, "self")) {
		inode = proc_dynamic_inode(root, S_IFLNK | 0777,
					   PID_INO_BASE - 1);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		inode->i_link = kmalloc(12, GFP_KERNEL);
		if (!inode->i_link) {
			iput(inode);
			return ERR_PTR(-ENOMEM);
		}
		snprintf(inode->i_link, 12, "%d", current->tgid);
		inode->i_size = strlen(inode->i_link);
		inode->i_op = &self_inode_operations;
		return inode;
	}
	if (!name->len || name->len >= sizeof(num) || name->name[0] == '0')
		return NULL;
	memcpy(num, name->name, name->len);
	num[name->len] = '\0';
	if (kstrtoint(num, 10, &pid) || pid <= 0 || !proc_pid_task(pid))
		return NULL;
	inode = proc_dynamic_inode(root, S_IFDIR | 0555, PID_INO(pid));
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_op = &pid_dir_inode_operations;
	inode->i_fop = &proc_dir_operations;
	inode->i_private = (void *)(unsigned long)pid;
	return inode;
}

/* After the fixed entries: "self", then each process by pid. */
int proc_pid_readdir(struct dir_context *ctx, unsigned int first)
{
	struct task_struct *t;
	char num[12];
	pid_t pid, last = last_pid_allocated();
	int len;

	if (ctx->pos < first)
		return 0;
	if (ctx->pos == first &&
	    !dir_emit(ctx, "self", 4, PID_INO_BASE - 1, DT_LNK, first + 1))
		return 0;
	for (pid = ctx->pos - first; pid <= last; pid++) {
		if (pid < 1)
			continue;
		t = proc_pid_task(pid);
		if (!t || t->pid != t->tgid)	/* processes, not threads */
			continue;
		len = snprintf(num, sizeof(num), "%d", pid);
		if (!dir_emit(ctx, num, len, PID_INO(pid), DT_DIR,
			      first + pid + 1))
			return 0;
	}
	return 0;
}
