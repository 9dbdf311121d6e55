// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/n_tty.c - the N_TTY line discipline.
 *
 * Input arrives from the device's interrupt handler into a 4 KiB ring.
 * Each byte gets marks in a parallel array: TTY_LINE_END after which a
 * canonical read stops, TTY_EOF on a VEOF that ended a line (it is not
 * data).  In canonical mode canon_head is the end of the last complete
 * line: bytes after it are the line still being edited, which erase,
 * word-erase and kill take back.  Non-canonical reads wait for VMIN
 * bytes, or VTIME tenths of a second, as termios(3) describes.
 *
 * Echo and output go through the same output processing (OPOST, ONLCR,
 * OCRNL) to the driver's write().  The signal characters flush the
 * input and signal the foreground process group.
 *
 * The ring is shared with the interrupt handler, so it is changed with
 * interrupts off; a reader copies to user space with them on and only
 * then consumes what it copied (unless a flush came in between).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/wait.h>
#include <linux/time.h>
#include <linux/tty.h>
#include <linux/uio.h>
#include <linux/poll.h>
#include <linux/errno.h>
#include <asm/irqflags.h>

#define RING(i)		((i) % N_TTY_BUF_SIZE)
#define L_FLAG(t, f)	((t)->termios.c_lflag & (f))
#define I_FLAG(t, f)	((t)->termios.c_iflag & (f))
#define O_FLAG(t, f)	((t)->termios.c_oflag & (f))
#define DECISECOND	(NSEC_PER_SEC / 10)
#define CHUNK		128

static bool is_cc(struct tty_struct *tty, unsigned char c, int idx)
{
	cc_t cc = tty->termios.c_cc[idx];

	return cc && c == cc;	/* 0 disables a control character */
}

static bool is_ctrl(unsigned char c)
{
	return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

/* Output processing of n bytes into out (twice as big); returns its size. */
static size_t process_output(struct tty_struct *tty, const char *in,
			     size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		char c = in[i];

		if (O_FLAG(tty, OPOST)) {
			if (c == '\n' && O_FLAG(tty, ONLCR))
				out[o++] = '\r';
			else if (c == '\r' && O_FLAG(tty, OCRNL))
				c = '\n';
			else if (O_FLAG(tty, OLCUC) && c >= 'a' && c <= 'z')
				c -= 'a' - 'A';
		}
		out[o++] = c;
	}
	return o;
}

static void output(struct tty_struct *tty, const char *s, size_t n)
{
	char out[2 * 8];
	size_t i;

	for (i = 0; i < n; i += 8) {
		size_t len = min(n - i, (size_t)8);

		tty->ops->write(tty, out, process_output(tty, s + i, len, out));
	}
}

/* Echoes one input byte: a control character as ^X under ECHOCTL. */
static void echo_char(struct tty_struct *tty, unsigned char c)
{
	char ctl[2] = { '^', c ^ 0x40 };

	if (!L_FLAG(tty, ECHO))
		return;
	if (L_FLAG(tty, ECHOCTL) && is_ctrl(c))
		output(tty, ctl, 2);
	else
		output(tty, (char *)&c, 1);
}

static unsigned int buffered(struct tty_struct *tty)
{
	return tty->read_head - tty->read_tail;
}

/*
 * Stores one byte.  In canonical mode the last slot is kept for a line
 * end, so a full line can always be finished.
 */
static bool store(struct tty_struct *tty, unsigned char c, u8 marks)
{
	unsigned int room = N_TTY_BUF_SIZE - buffered(tty);

	if (!room || (room == 1 && L_FLAG(tty, ICANON) && !marks))
		return false;
	tty->read_buf[RING(tty->read_head)] = c;
	tty->read_flags[RING(tty->read_head)] = marks;
	tty->read_head++;
	return true;
}

void n_tty_flush_input(struct tty_struct *tty)
{
	unsigned long flags;

	local_irq_save(flags);
	tty->read_tail = tty->read_head;
	tty->canon_head = tty->read_head;
	local_irq_restore(flags);
}

/* Takes back the last byte of the line being edited, on screen too. */
static bool erase_one(struct tty_struct *tty)
{
	unsigned char c;

	if (tty->read_head == tty->canon_head)
		return false;
	c = tty->read_buf[RING(--tty->read_head)];
	if (!L_FLAG(tty, ECHO))
		return true;
	if (!L_FLAG(tty, ECHOE)) {
		echo_char(tty, tty->termios.c_cc[VERASE]);
		return true;
	}
	output(tty, "\b \b", 3);
	if (L_FLAG(tty, ECHOCTL) && is_ctrl(c))
		output(tty, "\b \b", 3);
	return true;
}

static void erase_word(struct tty_struct *tty)
{
	unsigned int last;

	for (;;) {
		last = RING(tty->read_head - 1);
		if (tty->read_head == tty->canon_head ||
		    tty->read_buf[last] != ' ' || !erase_one(tty))
			break;
	}
	for (;;) {
		last = RING(tty->read_head - 1);
		if (tty->read_head == tty->canon_head ||
		    tty->read_buf[last] == ' ' || !erase_one(tty))
			break;
	}
}

static void kill_line(struct tty_struct *tty)
{
	if (L_FLAG(tty, ECHO) && !L_FLAG(tty, ECHOKE)) {
		tty->read_head = tty->canon_head;
		echo_char(tty, tty->termios.c_cc[VKILL]);
		if (L_FLAG(tty, ECHOK))
			output(tty, "\n", 1);
		return;
	}
	while (erase_one(tty))
		;
}

/* A complete line (or an EOF) is there for readers. */
static void commit_line(struct tty_struct *tty)
{
	tty->canon_head = tty->read_head;
	wake_up(&tty->read_wait);
}

static void receive_canon(struct tty_struct *tty, unsigned char c)
{
	if (is_cc(tty, c, VERASE) || c == '\b') {
		erase_one(tty);
	} else if (is_cc(tty, c, VKILL)) {
		kill_line(tty);
	} else if (is_cc(tty, c, VWERASE) && L_FLAG(tty, IEXTEN)) {
		erase_word(tty);
	} else if (is_cc(tty, c, VEOF)) {
		if (store(tty, c, TTY_LINE_END | TTY_EOF))
			commit_line(tty);
	} else if (c == '\n' || is_cc(tty, c, VEOL) || is_cc(tty, c, VEOL2)) {
		if (!store(tty, c, TTY_LINE_END))
			return;
		if (L_FLAG(tty, ECHO) || (c == '\n' && L_FLAG(tty, ECHONL)))
			output(tty, (char *)&c, 1);
		commit_line(tty);
	} else if (store(tty, c, 0)) {
		echo_char(tty, c);
	}
}

/* VINTR, VQUIT and VSUSP: flush, echo, signal the foreground group. */
static bool receive_signal_char(struct tty_struct *tty, unsigned char c)
{
	int sig = 0;

	if (is_cc(tty, c, VINTR))
		sig = SIGINT;
	else if (is_cc(tty, c, VQUIT))
		sig = SIGQUIT;
	else if (is_cc(tty, c, VSUSP))
		sig = SIGTSTP;
	if (!sig)
		return false;
	if (!L_FLAG(tty, NOFLSH)) {
		tty->read_tail = tty->read_head;
		tty->canon_head = tty->read_head;
	}
	echo_char(tty, c);
	if (tty->pgrp > 0 && tty->kill_pgrp)
		tty->kill_pgrp(tty->pgrp, sig);
	wake_up(&tty->read_wait);
	return true;
}

static void receive_char(struct tty_struct *tty, unsigned char c)
{
	if (I_FLAG(tty, ISTRIP))
		c &= 0x7f;
	if (c == '\r') {
		if (I_FLAG(tty, IGNCR))
			return;
		if (I_FLAG(tty, ICRNL))
			c = '\n';
	} else if (c == '\n' && I_FLAG(tty, INLCR)) {
		c = '\r';
	}
	if (L_FLAG(tty, ISIG) && receive_signal_char(tty, c))
		return;
	if (L_FLAG(tty, ICANON)) {
		receive_canon(tty, c);
	} else if (store(tty, c, 0)) {
		echo_char(tty, c);
		wake_up(&tty->read_wait);
	}
}

void n_tty_receive_buf(struct tty_struct *tty, const char *buf, size_t n)
{
	unsigned long flags;

	local_irq_save(flags);
	while (n--)
		receive_char(tty, *buf++);
	local_irq_restore(flags);
}

unsigned int n_tty_chars_in_buffer(struct tty_struct *tty)
{
	if (L_FLAG(tty, ICANON))
		return tty->canon_head - tty->read_tail;
	return buffered(tty);
}

static bool input_ready(struct tty_struct *tty, unsigned int want)
{
	if (L_FLAG(tty, ICANON))
		return tty->canon_head != tty->read_tail;
	return buffered(tty) >= want;
}

unsigned int n_tty_poll(struct tty_struct *tty, struct file *f,
			struct poll_table *pt)
{
	unsigned int mask = POLLOUT | POLLWRNORM;

	poll_wait(f, &tty->read_wait, pt);
	if (input_ready(tty, 1))
		mask |= POLLIN | POLLRDNORM;
	return mask;
}

/*
 * Sleeps until want bytes (canonical: a line) are there, a signal
 * arrives or timeout ns pass (0: no limit).  Returns 0, -ERESTARTSYS or
 * -ETIME.  The test and the sleep happen with interrupts off, so input
 * arriving in between is not missed.
 */
static int wait_input(struct tty_struct *tty, unsigned int want, u64 timeout)
{
	struct wait_queue_entry w = { .task = current };
	u64 deadline = timeout ? ktime_get_ns() + timeout : 0, now;
	unsigned long flags;
	int ret = 0;

	for (;;) {
		prepare_to_wait(&tty->read_wait, &w, TASK_INTERRUPTIBLE);
		local_irq_save(flags);
		if (input_ready(tty, want)) {
			local_irq_restore(flags);
			break;
		}
		if (signal_pending_current()) {
			local_irq_restore(flags);
			ret = -ERESTARTSYS;
			break;
		}
		now = ktime_get_ns();
		if (deadline && now >= deadline) {
			local_irq_restore(flags);
			ret = -ETIME;
			break;
		}
		if (deadline)
			schedule_timeout(deadline - now, TASK_INTERRUPTIBLE);
		else
			schedule();
		local_irq_restore(flags);
	}
	finish_wait(&tty->read_wait, &w);
	return ret;
}

/*
 * Copies buffered input to the reader: in canonical mode up to the end
 * of one line (an EOF mark ends it without being data).  Returns the
 * bytes copied or -EFAULT; *line_done says a line end was consumed.
 */
static ssize_t copy_input(struct tty_struct *tty, struct iov_iter *to,
			  bool *line_done)
{
	bool canon = L_FLAG(tty, ICANON);
	unsigned int start, tail, end, n;
	unsigned long flags;
	ssize_t done = 0;
	char chunk[CHUNK];
	size_t got;

	*line_done = false;
	while (iov_iter_count(to) && !*line_done) {
		local_irq_save(flags);
		tail = tty->read_tail;
		end = canon ? tty->canon_head : tty->read_head;
		for (n = 0; n < CHUNK && n < iov_iter_count(to) && tail != end;) {
			u8 marks = tty->read_flags[RING(tail)];

			if (!(marks & TTY_EOF))
				chunk[n++] = tty->read_buf[RING(tail)];
			tail++;
			if (canon && (marks & TTY_LINE_END)) {
				*line_done = true;
				break;
			}
		}
		start = tty->read_tail;
		local_irq_restore(flags);
		if (tail == start)
			break;
		got = copy_to_iter(chunk, n, to);
		if (got < n)
			return done ? done : -EFAULT;
		local_irq_save(flags);
		if (tty->read_tail == start)	/* no flush meanwhile */
			tty->read_tail = tail;
		local_irq_restore(flags);
		done += n;
	}
	return done;
}

/* How many bytes a non-canonical read waits for, and for how long. */
static int raw_wait(struct tty_struct *tty, size_t count, bool nonblock)
{
	unsigned int vmin = tty->termios.c_cc[VMIN];
	u64 vtime = tty->termios.c_cc[VTIME] * (u64)DECISECOND;
	unsigned int want = min((size_t)vmin, count), have;
	int err;

	if (!vmin && !vtime)
		return 0;
	if (nonblock)
		return buffered(tty) ? 0 : -EAGAIN;
	if (!vmin) {
		err = wait_input(tty, 1, vtime);
		return err == -ETIME ? 0 : err;
	}
	if (!vtime)
		return wait_input(tty, want, 0);
	/* VTIME with VMIN: an inter-byte timer, started by the first byte. */
	err = wait_input(tty, 1, 0);
	while (!err && (have = buffered(tty)) < want) {
		err = wait_input(tty, have + 1, vtime);
		if (err == -ETIME)
			return 0;
	}
	return err;
}

ssize_t n_tty_read(struct tty_struct *tty, struct iov_iter *to, bool nonblock)
{
	size_t count = iov_iter_count(to);
	bool line_done;
	int err;

	if (!count)
		return 0;
	if (!L_FLAG(tty, ICANON)) {
		err = raw_wait(tty, count, nonblock);
		return err ? err : copy_input(tty, to, &line_done);
	}
	if (!input_ready(tty, 0)) {
		if (nonblock)
			return -EAGAIN;
		err = wait_input(tty, 0, 0);
		if (err)
			return err;
	}
	return copy_input(tty, to, &line_done);
}

ssize_t n_tty_write(struct tty_struct *tty, struct iov_iter *from)
{
	char in[CHUNK], out[2 * CHUNK];
	ssize_t done = 0;
	size_t n, want;

	while (iov_iter_count(from)) {
		want = min(iov_iter_count(from), sizeof(in));
		n = copy_from_iter(in, want, from);
		if (n)
			tty->ops->write(tty, out, process_output(tty, in, n, out));
		done += n;
		if (n < want)
			return done ? done : -EFAULT;
	}
	return done;
}

/*
 * Turning ICANON on makes the unread bytes the start of a line being
 * edited; turning it off makes them all readable at once.
 */
void tty_set_termios(struct tty_struct *tty, const struct termios *t)
{
	bool was_canon = L_FLAG(tty, ICANON);
	unsigned long flags;

	local_irq_save(flags);
	tty->termios = *t;
	if (!was_canon && L_FLAG(tty, ICANON))
		tty->canon_head = tty->read_tail;
	local_irq_restore(flags);
	wake_up(&tty->read_wait);
}
