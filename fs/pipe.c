// SPDX-License-Identifier: GPL-2.0
/*
 * fs/pipe.c - pipes.
 *
 * A pipe is a 64 KiB byte ring of sixteen pages, allocated as they are
 * first written and freed with the pipe.  head and tail count bytes
 * written and read; when they meet the ring is empty and both go back
 * to 0, so a pipe that never holds much uses one page.
 *
 * Readers sleep while the pipe is empty and has writers; writers sleep
 * while there is no room.  A write of at most PIPE_BUF bytes waits for
 * room for all of it, so it is never interleaved with other writers';
 * a longer one writes what fits and goes on.  Both sleeps end early on
 * a signal: with -ERESTARTSYS if nothing was moved yet.  Reading with
 * no writer left is end of file; writing with no reader is EPIPE and
 * SIGPIPE.  One wait queue serves both sides: every change wakes all.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/uio.h>
#include <linux/wait.h>
#include <linux/poll.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <asm/ioctls.h>
#include <asm/uaccess.h>
#include "internal.h"

#define PIPE_SIZE	(64 * 1024)
#define PIPE_PAGES	(PIPE_SIZE / PAGE_SIZE)

struct pipe_inode_info {
	struct wait_queue_head wait;
	void *pages[PIPE_PAGES];
	unsigned int head, tail;	/* bytes written, read */
	int readers, writers;		/* open ends */
};

static struct super_block pipe_sb;

static unsigned int pipe_len(const struct pipe_inode_info *p)
{
	return p->head - p->tail;
}

/* Moves up to n bytes of the ring into to; returns the count. */
static size_t copy_out(struct pipe_inode_info *p, struct iov_iter *to)
{
	size_t done = 0;

	while (pipe_len(p) && iov_iter_count(to)) {
		unsigned int at = p->tail % PIPE_SIZE;
		unsigned int off = at % PAGE_SIZE;
		size_t n = min(PAGE_SIZE - off, iov_iter_count(to)), got;

		if (n > pipe_len(p))
			n = pipe_len(p);

		got = copy_to_iter(p->pages[at / PAGE_SIZE] + off, n, to);
		p->tail += got;
		done += got;
		if (got < n)
			break;
	}
	if (!pipe_len(p))
		p->head = p->tail = 0;
	return done;
}

/* Moves up to n bytes of from into the ring; -errno if none moved. */
static ssize_t copy_in(struct pipe_inode_info *p, struct iov_iter *from,
		       size_t n)
{
	size_t done = 0;

	while (done < n) {
		unsigned int at = p->head % PIPE_SIZE;
		unsigned int off = at % PAGE_SIZE;
		void **page = &p->pages[at / PAGE_SIZE];
		size_t len = min(n - done, PAGE_SIZE - off), got;

		if (!*page)
			*page = __get_free_pages(GFP_KERNEL, 0);
		if (!*page)
			return done ? (ssize_t)done : -ENOMEM;
		got = copy_from_iter(*page + off, len, from);
		p->head += got;
		done += got;
		if (got < len)
			return done ? (ssize_t)done : -EFAULT;
	}
	return done;
}

static ssize_t pipe_read(struct file *f, struct iov_iter *to, loff_t *pos)
{
	struct pipe_inode_info *p = f->f_inode->i_pipe;
	size_t got;
	int err;

	if (!iov_iter_count(to))
		return 0;
	for (;;) {
		if (pipe_len(p)) {
			got = copy_out(p, to);
			wake_up(&p->wait);
			return got ? (ssize_t)got : -EFAULT;
		}
		if (!p->writers)
			return 0;
		if (f->f_flags & O_NONBLOCK)
			return -EAGAIN;
		err = wait_event_interruptible(p->wait,
					       pipe_len(p) || !p->writers);
		if (err)
			return err;
	}
}

static ssize_t pipe_write(struct file *f, struct iov_iter *from, loff_t *pos)
{
	struct pipe_inode_info *p = f->f_inode->i_pipe;
	size_t total = iov_iter_count(from), done = 0;
	/* Room needed before writing anything: all of a small write. */
	size_t need = total <= PIPE_BUF ? total : 1;
	ssize_t n;
	int err;

	while (done < total) {
		if (!p->readers) {
			send_sig(SIGPIPE, current);
			return done ? (ssize_t)done : -EPIPE;
		}
		if (PIPE_SIZE - pipe_len(p) >= need) {
			n = copy_in(p, from, min(total - done,
					(size_t)(PIPE_SIZE - pipe_len(p))));
			if (n > 0)
				wake_up(&p->wait);
			if (n < 0)
				return done ? (ssize_t)done : n;
			done += n;
			continue;
		}
		if (f->f_flags & O_NONBLOCK)
			return done ? (ssize_t)done : -EAGAIN;
		err = wait_event_interruptible(p->wait, !p->readers ||
					       PIPE_SIZE - pipe_len(p) >= need);
		if (err)
			return done ? (ssize_t)done : err;
	}
	if (done)
		inode_touch_mtime(f->f_inode);
	return done;
}

static long pipe_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	struct pipe_inode_info *p = f->f_inode->i_pipe;

	if (cmd != FIONREAD)
		return -ENOTTY;
	return put_user((int)pipe_len(p), (int __user *)arg);
}

static unsigned int pipe_poll(struct file *f, struct poll_table *pt)
{
	struct pipe_inode_info *p = f->f_inode->i_pipe;
	unsigned int mask = 0;

	poll_wait(f, &p->wait, pt);
	if (f->f_mode & FMODE_READ) {
		if (pipe_len(p))
			mask |= POLLIN | POLLRDNORM;
		if (!p->writers)
			mask |= POLLHUP;
	}
	if (f->f_mode & FMODE_WRITE) {
		if (PIPE_SIZE - pipe_len(p) >= PIPE_BUF)
			mask |= POLLOUT | POLLWRNORM;
		if (!p->readers)
			mask |= POLLERR;
	}
	return mask;
}

static int pipe_release(struct inode *inode, struct file *f)
{
	struct pipe_inode_info *p = inode->i_pipe;

	if (f->f_mode & FMODE_READ)
		p->readers--;
	if (f->f_mode & FMODE_WRITE)
		p->writers--;
	wake_up(&p->wait);
	return 0;
}

/*
 * A pipe opened again by name (/proc/PID/fd/N, /dev/fd/N): one more
 * reader or writer.  Unlike a FIFO's open this never waits for the
 * other end: an anonymous pipe reached this way has had both.
 */
static int pipe_open(struct inode *inode, struct file *f)
{
	struct pipe_inode_info *p = inode->i_pipe;

	if (f->f_mode & FMODE_READ)
		p->readers++;
	if (f->f_mode & FMODE_WRITE)
		p->writers++;
	return 0;
}

static const struct file_operations pipefifo_fops = {
	.open = pipe_open,
	.read_iter = pipe_read,
	.write_iter = pipe_write,
	.llseek = no_llseek,
	.ioctl = pipe_ioctl,
	.poll = pipe_poll,
	.release = pipe_release,
};

static void pipefs_evict_inode(struct inode *inode)
{
	struct pipe_inode_info *p = inode->i_pipe;
	int i;

	if (!p)
		return;
	for (i = 0; i < PIPE_PAGES; i++)
		if (p->pages[i])
			free_page(p->pages[i]);
	kfree(p);
}

static const struct super_operations pipefs_ops = {
	.evict_inode = pipefs_evict_inode,
};

static struct inode *new_pipe_inode(void)
{
	struct inode *inode;

	if (!pipe_sb.s_op) {
		init_anon_sb(&pipe_sb, &pipefs_ops);
		pipe_sb.s_magic = 0x50495045;	/* PIPEFS_MAGIC */
	}
	inode = new_inode(&pipe_sb, S_IFIFO | 0600);
	if (!inode)
		return NULL;
	inode->i_pipe = kzalloc(sizeof(*inode->i_pipe), GFP_KERNEL);
	if (!inode->i_pipe) {
		iput(inode);
		return NULL;
	}
	init_waitqueue_head(&inode->i_pipe->wait);
	inode->i_pipe->readers = 1;
	inode->i_pipe->writers = 1;
	inode->i_fop = &pipefifo_fops;
	return inode;
}

int create_pipe_files(struct file **res, int flags)
{
	struct inode *inode = new_pipe_inode();
	struct file *r, *w;

	if (!inode)
		return -ENFILE;
	flags &= O_NONBLOCK;
	w = alloc_file(igrab(inode), O_WRONLY | flags, &pipefifo_fops);
	if (IS_ERR(w)) {
		inode->i_pipe->writers = 0;
		iput(inode);
		return PTR_ERR(w);
	}
	r = alloc_file(inode, O_RDONLY | flags, &pipefifo_fops);
	if (IS_ERR(r)) {
		fput(w);
		return PTR_ERR(r);
	}
	res[0] = r;
	res[1] = w;
	return 0;
}

long sys_pipe2(int __user *fildes, int flags)
{
	struct file *files[2];
	int fd[2], err;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	err = create_pipe_files(files, flags);
	if (err)
		return err;
	fd[0] = fd_alloc(files[0], flags);
	if (fd[0] < 0) {
		fput(files[1]);
		return fd[0];
	}
	fd[1] = fd_alloc(files[1], flags);
	if (fd[1] < 0) {
		sys_close(fd[0]);
		return fd[1];
	}
	if (copy_to_user(fildes, fd, sizeof(fd))) {
		sys_close(fd[0]);
		sys_close(fd[1]);
		return -EFAULT;
	}
	return 0;
}

long sys_pipe(int __user *fildes)
{
	return sys_pipe2(fildes, 0);
}
