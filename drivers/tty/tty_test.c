// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_test.c - tests of the N_TTY line discipline, fed bytes
 * directly: canonical editing and echo, EOF, partial reads, VMIN/VTIME,
 * the signal characters and output processing.  The tty under test has
 * a driver that records what it is asked to send, and a kill_pgrp hook
 * that records signals.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/tty.h>
#include <linux/uio.h>
#include <linux/poll.h>
#include <linux/errno.h>

static char sent[256];
static size_t sent_len;
static int sig_pgrp, sig_num, sig_count;

static void record_write(struct tty_struct *tty, const char *buf, size_t n)
{
	n = min(n, sizeof(sent) - 1 - sent_len);
	memcpy(sent + sent_len, buf, n);
	sent_len += n;
	sent[sent_len] = '\0';
}

static const struct tty_operations record_ops = {
	.write = record_write,
};

static int record_kill(int pgrp, int sig)
{
	sig_pgrp = pgrp;
	sig_num = sig;
	sig_count++;
	return 0;
}

static struct tty_struct *tty;

static int tty_test_init(void)
{
	tty = kmalloc(sizeof(*tty), GFP_KERNEL);
	if (!tty)
		return -ENOMEM;
	tty_init_struct(tty, "ktest", &record_ops);
	tty->kill_pgrp = record_kill;
	sent_len = 0;
	sent[0] = '\0';
	sig_pgrp = sig_num = sig_count = 0;
	return 0;
}

static void tty_test_exit(void)
{
	kfree(tty);
}

static void feed(const char *s)
{
	n_tty_receive_buf(tty, s, strlen(s));
}

/* Reads into buf (NUL-terminated); returns what n_tty_read() returned. */
static ssize_t rd(char *buf, size_t size, bool nonblock)
{
	struct kvec v = { .iov_base = buf, .iov_len = size - 1 };
	struct iov_iter it;
	ssize_t n;

	iov_iter_kvec(&it, &v, 1, size - 1);
	n = n_tty_read(tty, &it, nonblock);
	buf[n > 0 ? n : 0] = '\0';
	return n;
}

static void set_lflag(tcflag_t on, tcflag_t off, int vmin, int vtime)
{
	struct termios t = tty->termios;

	t.c_lflag = (t.c_lflag | on) & ~off;
	t.c_cc[VMIN] = vmin;
	t.c_cc[VTIME] = vtime;
	tty_set_termios(tty, &t);
}

static void tty_canonical_line_and_echo(struct ktest *t)
{
	char buf[32];

	feed("ab");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), true), -EAGAIN);
	KTEST_EXPECT_EQ(t, n_tty_chars_in_buffer(tty), 0);
	KTEST_EXPECT_EQ(t, n_tty_poll(tty, NULL, NULL), POLLOUT | POLLWRNORM);
	feed("\r");			/* ICRNL: the serial line sends \r */
	KTEST_EXPECT_EQ(t, n_tty_chars_in_buffer(tty), 3);
	KTEST_EXPECT_EQ(t, n_tty_poll(tty, NULL, NULL) & POLLIN, POLLIN);
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 3);
	KTEST_EXPECT_STREQ(t, buf, "ab\n");
	KTEST_EXPECT_STREQ(t, sent, "ab\r\n");
	/* One read returns one line. */
	feed("one\ntwo\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 4);
	KTEST_EXPECT_STREQ(t, buf, "one\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 4);
	KTEST_EXPECT_STREQ(t, buf, "two\n");
}

static void tty_canonical_editing(struct ktest *t)
{
	char buf[32];

	/* DEL and backspace erase; control characters echo as ^X. */
	feed("abx\x7f" "c\x08" "d\x01\x7f\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 4);
	KTEST_EXPECT_STREQ(t, buf, "abd\n");
	KTEST_EXPECT_STREQ(t, sent,
			   "abx\b \bc\b \bd^A\b \b\b \b\r\n");
	/* ^U kills the line, ^W a word; erasing stops at the line start. */
	sent_len = 0;
	feed("zz\x15" "\x7f" "q w  \x17" "e\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 4);
	KTEST_EXPECT_STREQ(t, buf, "q e\n");
	KTEST_EXPECT(t, !strncmp(sent, "zz\b \b\b \bq w  ", 13));
	/* Without ECHO nothing is sent back. */
	set_lflag(0, ECHO, 1, 0);
	sent_len = 0;
	sent[0] = '\0';
	feed("s\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 2);
	KTEST_EXPECT_STREQ(t, sent, "");
}

static void tty_canonical_eof_and_partial(struct ktest *t)
{
	char buf[32];

	feed("\x04");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 0);
	feed("xy\x04");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 2);
	KTEST_EXPECT_STREQ(t, buf, "xy");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), true), -EAGAIN);
	/* A line longer than the buffer comes in pieces. */
	feed("hello\n");
	KTEST_EXPECT_EQ(t, rd(buf, 3, false), 2);
	KTEST_EXPECT_STREQ(t, buf, "he");
	KTEST_EXPECT_EQ(t, rd(buf, 3, false), 2);
	KTEST_EXPECT_EQ(t, rd(buf, 3, false), 2);
	KTEST_EXPECT_STREQ(t, buf, "o\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), true), -EAGAIN);
}

static volatile ssize_t bg_result;
static char bg_buf[32];

static int bg_reader(void *arg)
{
	bg_result = rd(bg_buf, sizeof(bg_buf), false);
	return 0;
}

static void tty_noncanonical_vmin_vtime(struct ktest *t)
{
	char buf[32];
	u64 start;
	int spins = 1000;

	/* What busybox's line editing uses: VMIN=1, VTIME=0, no echo. */
	set_lflag(0, ICANON | ECHO, 1, 0);
	feed("x\x7fy\r");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 4);
	KTEST_EXPECT_STREQ(t, buf, "x\x7fy\n");
	KTEST_EXPECT_STREQ(t, sent, "");
	/* VMIN=0, VTIME=0: a poll. */
	set_lflag(0, ICANON | ECHO, 0, 0);
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 0);
	/* VMIN=0, VTIME=1: gives up after a tenth of a second. */
	set_lflag(0, ICANON | ECHO, 0, 1);
	start = ktime_get_ns();
	if (start) {
		KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 0);
		KTEST_EXPECT(t, ktime_get_ns() - start >= 90 * NSEC_PER_MSEC);
	} else {
		pr_info("    # no clock yet: VTIME timeout not tested\n");
	}
	/* ...or returns as soon as a byte is there. */
	feed("v");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 1);
	/* VMIN=2: a reader sleeps until the second byte arrives. */
	set_lflag(0, ICANON | ECHO, 2, 0);
	bg_result = -1;
	KTEST_ASSERT(t, kthread_run(bg_reader, NULL, "ttyrd"));
	yield();
	feed("1");
	yield();
	KTEST_EXPECT_EQ(t, bg_result, -1);
	feed("2");
	while (bg_result == -1 && --spins)
		yield();
	KTEST_EXPECT_EQ(t, bg_result, 2);
	KTEST_EXPECT_STREQ(t, bg_buf, "12");
	/* Back to canonical: unread raw bytes become the line being edited. */
	feed("ab");
	set_lflag(ICANON, 0, 1, 0);
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), true), -EAGAIN);
	feed("\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 3);
	KTEST_EXPECT_STREQ(t, buf, "ab\n");
}

static void tty_signal_characters(struct ktest *t)
{
	char buf[32];

	tty->pgrp = 42;
	feed("junk\x03");
	KTEST_EXPECT_EQ(t, sig_count, 1);
	KTEST_EXPECT_EQ(t, sig_pgrp, 42);
	KTEST_EXPECT_EQ(t, sig_num, SIGINT);
	KTEST_EXPECT_STREQ(t, sent, "junk^C");
	/* The pending input was flushed. */
	feed("\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 1);
	feed("\x1c");
	KTEST_EXPECT_EQ(t, sig_num, SIGQUIT);
	/* Without ISIG, ^C is data; without a foreground group, no signal. */
	set_lflag(0, ISIG, 1, 0);
	feed("\x03\n");
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), false), 2);
	KTEST_EXPECT_EQ(t, buf[0], 3);
	set_lflag(ISIG, 0, 1, 0);
	tty->pgrp = 0;
	feed("\x03");
	KTEST_EXPECT_EQ(t, sig_count, 2);
}

static ssize_t wr(const char *s)
{
	struct kvec v = { .iov_base = (void *)s, .iov_len = strlen(s) };
	struct iov_iter it;

	iov_iter_kvec(&it, &v, 1, v.iov_len);
	return n_tty_write(tty, &it);
}

static void tty_output_processing(struct ktest *t)
{
	struct termios tm = tty->termios;

	KTEST_EXPECT_EQ(t, wr("a\nb\n"), 4);
	KTEST_EXPECT_STREQ(t, sent, "a\r\nb\r\n");
	tm.c_oflag &= ~OPOST;
	tty_set_termios(tty, &tm);
	sent_len = 0;
	KTEST_EXPECT_EQ(t, wr("a\nb"), 3);
	KTEST_EXPECT_STREQ(t, sent, "a\nb");
	/* Input mapping: IGNCR drops \r, INLCR turns \n into \r. */
	tm.c_iflag = IGNCR | INLCR;
	tm.c_lflag &= ~(ICANON | ECHO);
	tty_set_termios(tty, &tm);
	feed("p\rq\n");
	{
		char buf[8];

		KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), true), 3);
		KTEST_EXPECT_STREQ(t, buf, "pq\r");
	}
}

static void tty_full_buffer_keeps_room_for_newline(struct ktest *t)
{
	char *big = kmalloc(N_TTY_BUF_SIZE + 16, GFP_KERNEL);
	char buf[8];

	KTEST_ASSERT(t, big);
	set_lflag(0, ECHO, 1, 0);
	memset(big, 'k', N_TTY_BUF_SIZE + 8);
	n_tty_receive_buf(tty, big, N_TTY_BUF_SIZE + 8);
	feed("\n");
	KTEST_EXPECT_EQ(t, n_tty_chars_in_buffer(tty), N_TTY_BUF_SIZE);
	KTEST_EXPECT_EQ(t, rd(big, N_TTY_BUF_SIZE + 1, false), N_TTY_BUF_SIZE);
	KTEST_EXPECT_EQ(t, big[N_TTY_BUF_SIZE - 1], '\n');
	KTEST_EXPECT_EQ(t, rd(buf, sizeof(buf), true), -EAGAIN);
	kfree(big);
}

static const struct ktest_case tty_cases[] = {
	KTEST_CASE(tty_canonical_line_and_echo),
	KTEST_CASE(tty_canonical_editing),
	KTEST_CASE(tty_canonical_eof_and_partial),
	KTEST_CASE(tty_noncanonical_vmin_vtime),
	KTEST_CASE(tty_signal_characters),
	KTEST_CASE(tty_output_processing),
	KTEST_CASE(tty_full_buffer_keeps_room_for_newline),
	{}
};
KTEST_SUITE_EXT(tty, tty_cases, tty_test_init, tty_test_exit);
