// SPDX-License-Identifier: GPL-2.0
/*
 * fs/select.c - poll() and select().
 *
 * Both scan their descriptors with the files' poll methods until one is
 * ready, a signal comes or the timeout passes.  The first scan also
 * puts the task on every wait queue the files name (holding the files,
 * so a close meanwhile cannot free a queue under it); later scans only
 * look.  The task marks itself asleep before each scan, so a wake-up
 * during the scan is seen, not lost, and the decision to sleep is
 * taken with interrupts off.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/time32.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>
#include <asm/div64.h>
#include <linux/signal.h>

struct poll_entry {
	struct wait_queue_entry wait;
	struct wait_queue_head *wq;
	struct file *file;
};

struct poll_wqueues {
	struct poll_table pt;
	struct poll_entry *entries;
	unsigned int nr, max;
};

/* Each file names at most one queue here; extra ones are not watched. */
static void queue_wait(struct file *f, struct wait_queue_head *wq,
		       struct poll_table *pt)
{
	struct poll_wqueues *pw = container_of(pt, struct poll_wqueues, pt);
	struct poll_entry *e;

	if (pw->nr == pw->max)
		return;
	e = &pw->entries[pw->nr++];
	e->wq = wq;
	e->file = get_file(f);
	e->wait.task = current;
	add_wait_queue(wq, &e->wait);
}

static void poll_freewait(struct poll_wqueues *pw)
{
	unsigned int i;

	for (i = 0; i < pw->nr; i++) {
		remove_wait_queue(pw->entries[i].wq, &pw->entries[i].wait);
		fput(pw->entries[i].file);
	}
	kfree(pw->entries);
}

/* The events of fd among want (errors and hang-ups always count). */
static unsigned int poll_one(int fd, unsigned int want, struct poll_table *pt)
{
	struct file *f;
	unsigned int mask;

	if (fd < 0)
		return 0;
	f = fget(fd);
	if (!f)
		return POLLNVAL;
	if (f->f_op && f->f_op->poll)
		mask = f->f_op->poll(f, pt);
	else
		mask = DEFAULT_POLLMASK;
	fput(f);
	return mask & (want | POLLERR | POLLHUP);
}

/* Returns how many are ready (or -errno); never sleeps. */
typedef int (*poll_scan_t)(void *arg, struct poll_table *pt);

/*
 * Scans until something is ready, a signal or the timeout (ns; negative
 * means none).  Returns the scan's count, 0 on timeout or -EINTR.
 */
static int do_wait(poll_scan_t scan, void *arg, unsigned int max_queues,
		   s64 timeout)
{
	struct poll_wqueues pw = { .pt.qproc = queue_wait, .max = max_queues };
	u64 deadline = ktime_get_ns() + timeout, now;
	unsigned long flags;
	int n;

	pw.entries = kmalloc((max_queues ? max_queues : 1) *
			     sizeof(*pw.entries), GFP_KERNEL);
	if (!pw.entries)
		return -ENOMEM;
	if (!timeout)
		pw.pt.qproc = NULL;
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		n = scan(arg, &pw.pt);
		pw.pt.qproc = NULL;
		if (n || !timeout)
			break;
		if (signal_pending_current()) {
			n = -EINTR;
			break;
		}
		local_irq_save(flags);
		now = ktime_get_ns();
		if (current->state == TASK_RUNNING) {
			/* Woken during the scan: look again. */
		} else if (timeout < 0) {
			schedule();
		} else if (now < deadline) {
			schedule_timeout(deadline - now, TASK_INTERRUPTIBLE);
		} else {
			local_irq_restore(flags);
			break;
		}
		local_irq_restore(flags);
	}
	__set_current_state(TASK_RUNNING);
	poll_freewait(&pw);
	return n;
}

struct poll_args {
	struct pollfd *fds;
	unsigned int nfds;
};

static int poll_scan(void *arg, struct poll_table *pt)
{
	struct poll_args *a = arg;
	unsigned int i;
	int count = 0;

	for (i = 0; i < a->nfds; i++) {
		struct pollfd *p = &a->fds[i];

		p->revents = poll_one(p->fd, (unsigned short)p->events, pt);
		if (p->revents)
			count++;
	}
	return count;
}

int kernel_poll(struct pollfd *fds, unsigned int nfds, s64 timeout)
{
	struct poll_args a = { .fds = fds, .nfds = nfds };

	return do_wait(poll_scan, &a, nfds, timeout);
}

static long core_poll(struct pollfd __user *ufds, unsigned int nfds,
		      s64 timeout)
{
	struct poll_args a = { .nfds = nfds };
	size_t size = nfds * sizeof(struct pollfd);
	long ret;

	if (nfds > NR_OPEN_DEFAULT)
		return -EINVAL;
	a.fds = kmalloc(size ? size : 1, GFP_KERNEL);
	if (!a.fds)
		return -ENOMEM;
	ret = -EFAULT;
	if (!copy_from_user(a.fds, ufds, size)) {
		ret = kernel_poll(a.fds, nfds, timeout);
		if (ret >= 0 && copy_to_user(ufds, a.fds, size))
			ret = -EFAULT;
	}
	kfree(a.fds);
	return ret;
}

long sys_poll(struct pollfd __user *ufds, unsigned int nfds, int timeout_ms)
{
	return core_poll(ufds, nfds,
			 timeout_ms >= 0 ? (s64)timeout_ms * NSEC_PER_MSEC : -1);
}

#define POLLIN_SET	(POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR)
#define POLLOUT_SET	(POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR)
#define POLLEX_SET	POLLPRI

#define FDS_WORDS	(NR_OPEN_DEFAULT / 32)

/* The three sets in and out, as bitmaps of 32-bit words (i386 longs). */
struct select_args {
	unsigned int n;
	u32 in[FDS_WORDS], out[FDS_WORDS], ex[FDS_WORDS];
	u32 res_in[FDS_WORDS], res_out[FDS_WORDS], res_ex[FDS_WORDS];
};

static bool test_fd(const u32 *set, unsigned int fd)
{
	return set[fd / 32] & (1U << (fd % 32));
}

static void set_fd(u32 *set, unsigned int fd)
{
	set[fd / 32] |= 1U << (fd % 32);
}

static int select_scan(void *arg, struct poll_table *pt)
{
	struct select_args *a = arg;
	unsigned int fd, mask, want;
	int count = 0;

	memset(a->res_in, 0, sizeof(a->res_in));
	memset(a->res_out, 0, sizeof(a->res_out));
	memset(a->res_ex, 0, sizeof(a->res_ex));
	for (fd = 0; fd < a->n; fd++) {
		want = (test_fd(a->in, fd) ? POLLIN_SET : 0) |
		       (test_fd(a->out, fd) ? POLLOUT_SET : 0) |
		       (test_fd(a->ex, fd) ? POLLEX_SET : 0);
		if (!want)
			continue;
		mask = poll_one(fd, want, pt);
		if (mask & POLLNVAL)
			return -EBADF;
		if (test_fd(a->in, fd) && (mask & POLLIN_SET)) {
			set_fd(a->res_in, fd);
			count++;
		}
		if (test_fd(a->out, fd) && (mask & POLLOUT_SET)) {
			set_fd(a->res_out, fd);
			count++;
		}
		if (test_fd(a->ex, fd) && (mask & POLLEX_SET)) {
			set_fd(a->res_ex, fd);
			count++;
		}
	}
	return count;
}

static int get_set(u32 *set, const void __user *uset, size_t bytes)
{
	memset(set, 0, FDS_WORDS * sizeof(u32));
	return uset && copy_from_user(set, uset, bytes) ? -EFAULT : 0;
}

static int put_set(void __user *uset, const u32 *set, size_t bytes)
{
	return uset && copy_to_user(uset, set, bytes) ? -EFAULT : 0;
}

static long core_select(int n, void __user *inp, void __user *outp,
			void __user *exp, s64 timeout)
{
	struct select_args *a;
	size_t bytes;
	long ret;

	if (n < 0)
		return -EINVAL;
	if (n > NR_OPEN_DEFAULT)
		n = NR_OPEN_DEFAULT;
	a = kmalloc(sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->n = n;
	bytes = DIV_ROUND_UP(n, 32) * sizeof(u32);
	ret = get_set(a->in, inp, bytes) ?: get_set(a->out, outp, bytes) ?:
	      get_set(a->ex, exp, bytes);
	if (!ret)
		ret = do_wait(select_scan, a, n, timeout);
	if (ret >= 0 && (put_set(inp, a->res_in, bytes) ||
			 put_set(outp, a->res_out, bytes) ||
			 put_set(exp, a->res_ex, bytes)))
		ret = -EFAULT;
	kfree(a);
	return ret;
}

long sys_newselect(int n, void __user *inp, void __user *outp,
		   void __user *exp, struct old_timeval32 __user *tvp)
{
	struct old_timeval32 tv;
	s64 timeout = -1;

	if (tvp) {
		if (copy_from_user(&tv, tvp, sizeof(tv)))
			return -EFAULT;
		if (tv.tv_sec < 0 || tv.tv_usec < 0 ||
		    tv.tv_usec >= (s32)USEC_PER_SEC)
			return -EINVAL;
		timeout = (s64)tv.tv_sec * NSEC_PER_SEC +
			  tv.tv_usec * NSEC_PER_USEC;
	}
	return core_select(n, inp, outp, exp, timeout);
}

/*
 * pselect6 and ppoll: select and poll with a timespec, and a signal mask
 * that is in place only while they wait.  A signal that interrupts them
 * is delivered with the caller's own mask saved in its frame (as after
 * sigsuspend); otherwise the mask is put back at once.  The time left is
 * written back, as Linux does.
 */
struct ts_arg {
	bool is64;
	void __user *p;
};

static int get_timeout(struct ts_arg ts, s64 *timeout)
{
	struct old_timespec32 t32;
	struct kernel_timespec t64;
	s64 sec, nsec;

	*timeout = -1;
	if (!ts.p)
		return 0;
	if (ts.is64) {
		if (copy_from_user(&t64, ts.p, sizeof(t64)))
			return -EFAULT;
		sec = t64.tv_sec;
		nsec = t64.tv_nsec;
	} else {
		if (copy_from_user(&t32, ts.p, sizeof(t32)))
			return -EFAULT;
		sec = t32.tv_sec;
		nsec = t32.tv_nsec;
	}
	if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*timeout = sec * NSEC_PER_SEC + nsec;
	return 0;
}

static void put_timeleft(struct ts_arg ts, s64 timeout, u64 start)
{
	u64 spent = ktime_get_ns() - start;
	s64 left = timeout > (s64)spent ? timeout - (s64)spent : 0;
	struct old_timespec32 t32;
	struct kernel_timespec t64;
	u32 rem;
	u64 sec;

	if (!ts.p || timeout < 0)
		return;
	sec = left;
	rem = do_div(sec, NSEC_PER_SEC);
	if (ts.is64) {
		t64.tv_sec = sec;
		t64.tv_nsec = rem;
		if (copy_to_user(ts.p, &t64, sizeof(t64)))
			return;
	} else {
		t32.tv_sec = sec;
		t32.tv_nsec = rem;
		if (copy_to_user(ts.p, &t32, sizeof(t32)))
			return;
	}
}

/* Puts mask in place for the wait; 0, or an error. */
static int set_wait_mask(const sigset_t __user *umask, size_t size)
{
	sigset_t mask;

	if (!umask)
		return 0;
	if (size != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&mask, umask, sizeof(mask)))
		return -EFAULT;
	current->saved_sigmask = current->blocked;
	current->restore_sigmask = 1;
	current->blocked = mask & ~SIG_UNBLOCKABLE;
	return 0;
}

/* After the wait: the old mask back unless a signal will restore it. */
static void end_wait_mask(long ret)
{
	if (current->restore_sigmask && ret != -EINTR) {
		current->blocked = current->saved_sigmask;
		current->restore_sigmask = 0;
	}
}

static long do_pselect6(int n, void __user *inp, void __user *outp,
			void __user *exp, struct ts_arg ts,
			const u32 __user *sig)
{
	u32 sigargs[2] = { 0, 0 };	/* const sigset_t *, size_t */
	u64 start = ktime_get_ns();
	s64 timeout;
	long ret;

	ret = get_timeout(ts, &timeout);
	if (ret)
		return ret;
	if (sig && copy_from_user(sigargs, sig, sizeof(sigargs)))
		return -EFAULT;
	ret = set_wait_mask((const sigset_t __user *)sigargs[0], sigargs[1]);
	if (ret)
		return ret;
	ret = core_select(n, inp, outp, exp, timeout);
	end_wait_mask(ret);
	put_timeleft(ts, timeout, start);
	return ret;
}

long sys_pselect6(int n, void __user *inp, void __user *outp,
		  void __user *exp, struct old_timespec32 __user *tsp,
		  const u32 __user *sig)
{
	struct ts_arg ts = { false, tsp };

	return do_pselect6(n, inp, outp, exp, ts, sig);
}

long sys_pselect6_time64(int n, void __user *inp, void __user *outp,
			 void __user *exp, struct kernel_timespec __user *tsp,
			 const u32 __user *sig)
{
	struct ts_arg ts = { true, tsp };

	return do_pselect6(n, inp, outp, exp, ts, sig);
}

static long do_ppoll(struct pollfd __user *ufds, unsigned int nfds,
		     struct ts_arg ts, const sigset_t __user *mask,
		     size_t size)
{
	u64 start = ktime_get_ns();
	s64 timeout;
	long ret;

	ret = get_timeout(ts, &timeout);
	if (ret)
		return ret;
	ret = set_wait_mask(mask, size);
	if (ret)
		return ret;
	ret = core_poll(ufds, nfds, timeout);
	end_wait_mask(ret);
	put_timeleft(ts, timeout, start);
	return ret;
}

long sys_ppoll(struct pollfd __user *ufds, unsigned int nfds,
	       struct old_timespec32 __user *tsp, const sigset_t __user *mask,
	       size_t size)
{
	struct ts_arg ts = { false, tsp };

	return do_ppoll(ufds, nfds, ts, mask, size);
}

long sys_ppoll_time64(struct pollfd __user *ufds, unsigned int nfds,
		      struct kernel_timespec __user *tsp,
		      const sigset_t __user *mask, size_t size)
{
	struct ts_arg ts = { true, tsp };

	return do_ppoll(ufds, nfds, ts, mask, size);
}
