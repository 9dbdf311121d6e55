// SPDX-License-Identifier: GPL-2.0
/*
 * fs/pipe_test.c - tests of pipes: data integrity across the ring's
 * wrap-around, end of file, EPIPE, non-blocking and atomic writes, and
 * blocking transfers between the init task and a kernel thread.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/mm.h>
#include <linux/poll.h>
#include "internal.h"

#define PIPE_CAPACITY	(64 * 1024)

static u8 pattern(size_t i)
{
	return (u8)(i * 31 + (i >> 11));
}

static ssize_t pwrite_k(struct file *f, const void *buf, size_t n)
{
	loff_t pos = 0;

	return kernel_write(f, buf, n, &pos);
}

static ssize_t pread_k(struct file *f, void *buf, size_t n)
{
	loff_t pos = 0;

	return kernel_read(f, buf, n, &pos);
}

static void pipe_roundtrip_and_eof(struct ktest *t)
{
	struct file *p[2];
	char buf[16];

	KTEST_ASSERT(t, !create_pipe_files(p, 0));
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], "hello", 5), 5);
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], "", 0), 0);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, 3), 3);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf + 3, sizeof(buf)), 2);
	KTEST_EXPECT_EQ(t, memcmp(buf, "hello", 5), 0);
	/* Data written before the last writer closed is still read. */
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], "!", 1), 1);
	fput(p[1]);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, sizeof(buf)), 1);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, sizeof(buf)), 0);
	fput(p[0]);
}

static void pipe_epipe_without_readers(struct ktest *t)
{
	struct file *p[2];

	KTEST_ASSERT(t, !create_pipe_files(p, 0));
	fput(p[0]);
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], "x", 1), -EPIPE);
	fput(p[1]);
}

static void pipe_nonblocking_and_atomic(struct ktest *t)
{
	static char buf[5000];
	struct file *p[2];
	ssize_t n, total = 0;

	KTEST_ASSERT(t, !create_pipe_files(p, O_NONBLOCK));
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, 1), -EAGAIN);
	while ((n = pwrite_k(p[1], buf, PIPE_BUF)) > 0)
		total += n;
	KTEST_EXPECT_EQ(t, n, -EAGAIN);
	KTEST_EXPECT_EQ(t, total, PIPE_CAPACITY);
	/* 100 bytes free: a PIPE_BUF write waits (here: EAGAIN) whole... */
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, 100), 100);
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], buf, PIPE_BUF), -EAGAIN);
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], buf, 101), -EAGAIN);
	/* ...a longer one writes what fits. */
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], buf, sizeof(buf)), 100);
	fput(p[0]);
	fput(p[1]);
}

static void pipe_wraparound(struct ktest *t)
{
	const size_t first = 60000, second = 30000;
	u8 *buf = kmalloc(first + second, GFP_KERNEL);
	struct file *p[2];
	size_t i, bad = 0;

	KTEST_ASSERT(t, buf);
	KTEST_ASSERT(t, !create_pipe_files(p, O_NONBLOCK));
	for (i = 0; i < first + second; i++)
		buf[i] = pattern(i);
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], buf, first), first);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, second), second);
	/* The ring is not empty, so this write runs past its end. */
	KTEST_EXPECT_EQ(t, pwrite_k(p[1], buf + first, second), second);
	memset(buf, 0, first + second);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, first + second), first);
	for (i = 0; i < first; i++)
		bad += buf[i] != pattern(second + i);
	KTEST_EXPECT_EQ(t, bad, 0);
	KTEST_EXPECT_EQ(t, pread_k(p[0], buf, 1), -EAGAIN);
	fput(p[0]);
	fput(p[1]);
	kfree(buf);
}

#define TRANSFER	300000

static volatile int writer_done;

/* Writes TRANSFER bytes of the pattern in odd-sized pieces, then closes. */
static int pipe_writer(void *arg)
{
	struct file *w = arg;
	static u8 chunk[7001];
	size_t off = 0, n, i;

	while (off < TRANSFER) {
		n = min((size_t)TRANSFER - off, sizeof(chunk) - off % 3);
		for (i = 0; i < n; i++)
			chunk[i] = pattern(off + i);
		if (pwrite_k(w, chunk, n) != (ssize_t)n)
			break;
		off += n;
	}
	fput(w);
	writer_done = 1;
	return 0;
}

static void pipe_blocking_transfer(struct ktest *t)
{
	static u8 buf[3000];
	struct file *p[2];
	size_t total = 0, bad = 0;
	ssize_t n, i;

	KTEST_ASSERT(t, !create_pipe_files(p, 0));
	writer_done = 0;
	KTEST_ASSERT(t, kthread_run(pipe_writer, p[1], "pipew"));
	while ((n = pread_k(p[0], buf, sizeof(buf))) > 0) {
		for (i = 0; i < n; i++)
			bad += buf[i] != pattern(total + i);
		total += n;
	}
	KTEST_EXPECT_EQ(t, n, 0);
	KTEST_EXPECT_EQ(t, total, TRANSFER);
	KTEST_EXPECT_EQ(t, bad, 0);
	KTEST_EXPECT(t, writer_done);
	fput(p[0]);
}

static volatile ssize_t reader_got = -1;

static int pipe_reader(void *arg)
{
	char c;

	reader_got = pread_k(arg, &c, 1);
	return 0;
}

static void pipe_close_wakes_reader(struct ktest *t)
{
	struct file *p[2];
	int spins = 1000;

	KTEST_ASSERT(t, !create_pipe_files(p, 0));
	reader_got = -1;
	KTEST_ASSERT(t, kthread_run(pipe_reader, p[0], "piper"));
	yield();
	yield();
	KTEST_EXPECT_EQ(t, reader_got, -1);	/* still asleep */
	fput(p[1]);
	while (reader_got == -1 && --spins)
		yield();
	KTEST_EXPECT_EQ(t, reader_got, 0);
	fput(p[0]);
}

static void pipe_is_a_stream(struct ktest *t)
{
	struct file *p[2];
	char c;

	KTEST_ASSERT(t, !create_pipe_files(p, 0));
	KTEST_EXPECT(t, S_ISFIFO(file_mode(p[0])));
	KTEST_EXPECT_EQ(t, vfs_llseek(p[0], 0, SEEK_SET), -ESPIPE);
	KTEST_EXPECT_EQ(t, pread_k(p[1], &c, 1), -EBADF);
	KTEST_EXPECT_EQ(t, pwrite_k(p[0], &c, 1), -EBADF);
	KTEST_EXPECT(t, p[0]->f_inode == p[1]->f_inode);
	fput(p[0]);
	fput(p[1]);
}

static void pipe_frees_its_pages(struct ktest *t)
{
	static char buf[PIPE_CAPACITY];
	unsigned long pages = 0, inodes = 0;
	struct file *p[2];
	int round;

	for (round = 0; round < 2; round++) {
		if (round) {
			pages = nr_free_pages();
			inodes = nr_inodes();
		}
		KTEST_ASSERT(t, !create_pipe_files(p, O_NONBLOCK));
		KTEST_EXPECT_EQ(t, pwrite_k(p[1], buf, sizeof(buf)),
				sizeof(buf));
		fput(p[1]);
		fput(p[0]);
	}
	KTEST_EXPECT_EQ(t, nr_free_pages(), pages);
	KTEST_EXPECT_EQ(t, nr_inodes(), inodes);
}

static int late_writer(void *arg)
{
	yield();
	yield();
	pwrite_k(arg, "w", 1);
	fput(arg);
	return 0;
}

/* poll() on pipe ends: readiness bits, and a sleep that a write ends. */
static void pipe_poll(struct ktest *t)
{
	struct files_struct *saved = current->files;
	struct pollfd fds[3] = {
		{ .fd = 0, .events = POLLIN },
		{ .fd = 1, .events = POLLOUT },
		{ .fd = 7, .events = POLLIN },
	};
	struct file *p[2];

	KTEST_ASSERT(t, !create_pipe_files(p, 0));
	current->files = files_alloc();
	KTEST_ASSERT(t, current->files);
	KTEST_EXPECT_EQ(t, fd_install_lowest(current->files, p[0]), 0);
	KTEST_EXPECT_EQ(t, fd_install_lowest(current->files, p[1]), 1);
	KTEST_EXPECT_EQ(t, kernel_poll(fds, 3, 0), 2);
	KTEST_EXPECT_EQ(t, fds[0].revents, 0);
	KTEST_EXPECT_EQ(t, fds[1].revents, POLLOUT);
	KTEST_EXPECT_EQ(t, fds[2].revents, POLLNVAL);
	KTEST_ASSERT(t, kthread_run(late_writer, get_file(p[1]), "pollw"));
	KTEST_EXPECT_EQ(t, kernel_poll(fds, 1, -1), 1);
	KTEST_EXPECT_EQ(t, fds[0].revents, POLLIN);
	/* The writer's reference goes when it is done; then close ours. */
	while (p[1]->f_count > 1)
		yield();
	fput(p[1]);
	current->files->fd[1] = NULL;
	KTEST_EXPECT_EQ(t, p[0]->f_op->poll(p[0], NULL), POLLIN | POLLRDNORM |
			POLLHUP);
	files_put(current->files);
	current->files = saved;
}

static const struct ktest_case pipe_cases[] = {
	KTEST_CASE(pipe_roundtrip_and_eof),
	KTEST_CASE(pipe_epipe_without_readers),
	KTEST_CASE(pipe_nonblocking_and_atomic),
	KTEST_CASE(pipe_wraparound),
	KTEST_CASE(pipe_blocking_transfer),
	KTEST_CASE(pipe_close_wakes_reader),
	KTEST_CASE(pipe_is_a_stream),
	KTEST_CASE(pipe_frees_its_pages),
	KTEST_CASE(pipe_poll),
	{}
};
KTEST_SUITE(pipe, pipe_cases);
