// SPDX-License-Identifier: GPL-2.0
/*
 * tty: ioctl on the terminal on stdin (TCGETS, TCSETS, TCSETSW, TCSETSF,
 * TIOCGWINSZ, TIOCGPGRP, TIOCSPGRP), and ioctl's errors on things that
 * are no terminal; the console as a session's controlling terminal with
 * job control (SIGTTIN, SIGTTOU, TOSTOP, orphaned groups).  The
 * terminal cases skip when stdin is not a tty; the process group ones
 * also when it is not our controlling tty (as for /dev/console on Linux).
 */
#include <fcntl.h>
#include <stdint.h>
#include <termios.h>
#include <sys/ioctl.h>
#include "ktap.h"

/* The kernel's struct termios (glibc's has more fields). */
struct kterm {
	uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
	uint8_t c_line;
	uint8_t c_cc[19];
};

static long kioctl(int fd, unsigned long req, void *arg)
{
	return syscall(SYS_ioctl, fd, req, arg);
}

static void test_ioctl_notty(void)
{
	struct kterm t;
	int p[2], fd;

	ASSERT_OK(pipe(p));
	EXPECT_ERR(kioctl(p[0], TCGETS, &t), ENOTTY);
	EXPECT_ERR(kioctl(p[1], TIOCGWINSZ, &t), ENOTTY);
	fd = open("/dev/null", O_RDWR);
	ASSERT_OK(fd);
	EXPECT_ERR(kioctl(fd, TCGETS, &t), ENOTTY);
	close(fd);
	fd = open(T("f"), O_CREAT | O_RDWR, 0644);
	ASSERT_OK(fd);
	EXPECT_ERR(kioctl(fd, TCGETS, &t), ENOTTY);
	EXPECT_ERR(kioctl(fd, TIOCGPGRP, &t), ENOTTY);
	close(fd);
	unlink(T("f"));
	close(p[0]);
	close(p[1]);
}

static void test_ioctl_ebadf(void)
{
	struct kterm t;

	EXPECT_ERR(kioctl(9999, TCGETS, &t), EBADF);
	EXPECT_ERR(kioctl(-1, TIOCGWINSZ, &t), EBADF);
}

static void test_tcgets(void)
{
	struct kterm t;

	if (!isatty(0))
		KTAP_SKIP("no tty");
	memset(&t, 0, sizeof(t));
	EXPECT_EQ(kioctl(0, TCGETS, &t), 0);
	/* A terminal has a character size and can read. */
	EXPECT_NE(t.c_cflag & CSIZE, 0);
	EXPECT_NE(t.c_cflag & CREAD, 0);
	EXPECT_ERR(kioctl(0, TCGETS, BAD_USER), EFAULT);
}

/* Turn ECHO over with each of the three set calls, then put it back. */
static void test_tcsets(void)
{
	static const unsigned long set[] = { TCSETS, TCSETSW, TCSETSF };
	struct kterm orig, t;
	unsigned int i;

	if (!isatty(0))
		KTAP_SKIP("no tty");
	ASSERT_EQ(kioctl(0, TCGETS, &orig), 0);
	for (i = 0; i < 3; i++) {
		t = orig;
		t.c_lflag ^= ECHO;
		t.c_cc[VMIN] = 1 + i;
		EXPECT_EQ(kioctl(0, set[i], &t), 0);
		memset(&t, 0, sizeof(t));
		EXPECT_EQ(kioctl(0, TCGETS, &t), 0);
		EXPECT_EQ(t.c_lflag & ECHO, (orig.c_lflag ^ ECHO) & ECHO);
		EXPECT_EQ(t.c_cc[VMIN], 1 + i);
	}
	EXPECT_EQ(kioctl(0, TCSETS, &orig), 0);
	EXPECT_ERR(kioctl(0, TCSETS, BAD_USER), EFAULT);
	EXPECT_EQ(kioctl(0, TCGETS, &t), 0);
	EXPECT_EQ(t.c_lflag, orig.c_lflag);
}

static void test_tiocgwinsz(void)
{
	struct winsize ws;

	if (!isatty(0))
		KTAP_SKIP("no tty");
	memset(&ws, 0xff, sizeof(ws));
	EXPECT_EQ(kioctl(0, TIOCGWINSZ, &ws), 0);
	/* A serial console may not know its size, but answers sanely. */
	EXPECT_LT(ws.ws_row, 10000);
	EXPECT_LT(ws.ws_col, 10000);
	EXPECT_ERR(kioctl(0, TIOCGWINSZ, BAD_USER), EFAULT);
}

/* The foreground group, or 0 with the reason to skip. */
static pid_t fg_group(const char **why)
{
	pid_t pg = 0;

	*why = NULL;
	if (!isatty(0))
		*why = "no tty";
	else if (kioctl(0, TIOCGPGRP, &pg) < 0)
		*why = errno == ENOTTY ? "not the controlling tty" : NULL;
	return pg;
}

static void test_tiocgpgrp(void)
{
	const char *why;
	pid_t pg = fg_group(&why);

	if (why)
		KTAP_SKIP(why);
	EXPECT_GT(pg, 0);
	/* The group exists, in our session. */
	EXPECT_EQ(kill(-pg, 0), 0);
	EXPECT_EQ(getsid(pg), getsid(0));
	EXPECT_ERR(kioctl(0, TIOCGPGRP, BAD_USER), EFAULT);
}

static void test_tiocspgrp(void)
{
	const char *why;
	pid_t pg = fg_group(&why), bad = 1 << 30, neg = -1;

	if (why)
		KTAP_SKIP(why);
	/* Setting the group that already is foreground changes nothing. */
	EXPECT_EQ(kioctl(0, TIOCSPGRP, &pg), 0);
	EXPECT_ERR(kioctl(0, TIOCSPGRP, &bad), ESRCH);
	EXPECT_ERR(kioctl(0, TIOCSPGRP, &neg), EINVAL);
	EXPECT_ERR(kioctl(0, TIOCSPGRP, BAD_USER), EFAULT);
	pg = 0;
	EXPECT_EQ(kioctl(0, TIOCGPGRP, &pg), 0);
	EXPECT_EQ(pg, fg_group(&why));
}

/* A new session has no controlling terminal: /dev/tty is ENXIO. */
static void no_ctty_child(void)
{
	if (setsid() < 0)
		_exit(1);
	if (open("/dev/tty", O_RDWR) != -1 || errno != ENXIO)
		_exit(2);
	if (ioctl(0, TIOCNOTTY) != -1 || errno != ENOTTY)
		_exit(3);
	_exit(0);
}

static void test_new_session_no_ctty(void)
{
	pid_t pid = fork();
	int st;

	if (pid == 0)
		no_ctty_child();
	ASSERT(pid > 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
}

/*
 * A session leader takes the console with TIOCSCTTY; then /dev/tty
 * opens, tcgetsid answers, and a background group reading it is stopped
 * by SIGTTIN.  Exit codes say which step failed.
 */
static void ctty_child(void)
{
	pid_t bg;
	int fd, st;
	char c;

	if (setsid() < 0)
		_exit(1);
	fd = open("/dev/console", O_RDWR);
	if (fd < 0)
		_exit(2);
	if (ioctl(fd, TIOCSCTTY, 0))
		_exit(3);
	if (tcgetsid(fd) != getpid())
		_exit(4);
	st = open("/dev/tty", O_RDWR);
	if (st < 0)
		_exit(5);
	close(st);
	bg = fork();
	if (bg == 0) {
		setpgid(0, 0);			/* not the foreground */
		read(fd, &c, 1);
		_exit(9);
	}
	if (waitpid(bg, &st, WUNTRACED) != bg || !WIFSTOPPED(st) ||
	    WSTOPSIG(st) != SIGTTIN)
		_exit(6);
	kill(bg, SIGKILL);
	waitpid(bg, &st, 0);
	/* Giving it up hangs up the foreground group: this one. */
	signal(SIGHUP, SIG_IGN);
	if (ioctl(fd, TIOCNOTTY))
		_exit(7);
	if (open("/dev/tty", O_RDWR) != -1 || errno != ENXIO)
		_exit(8);
	_exit(0);
}

/* Runs child, which exits 0 when all went well, in a process of its own. */
static void console_case(void (*child)(void))
{
	pid_t pid;
	int st;

	if (ktap_host())
		KTAP_SKIP("the host's console is not ours to take");
	pid = fork();
	if (pid == 0)
		child();
	ASSERT(pid > 0);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
}

static void test_ctty_and_sigttin(void)
{
	console_case(ctty_child);
}

/*
 * Makes the caller a session leader with the console as its terminal,
 * SIGTTOU unblocked (main blocks it for the other cases).
 */
static int take_console(void)
{
	sigset_t set;
	int fd;

	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	if (setsid() < 0)
		_exit(1);
	fd = open("/dev/console", O_RDWR);
	if (fd < 0 || ioctl(fd, TIOCSCTTY, 0))
		_exit(2);
	return fd;
}

/* Runs fn(fd) in a new background group; returns its wait status. */
static int in_background(int fd, int (*fn)(int fd), int options)
{
	pid_t bg = fork();
	int st;

	if (bg == 0) {
		setpgid(0, 0);
		_exit(fn(fd));
	}
	if (bg < 0 || waitpid(bg, &st, options) != bg)
		return -1;
	if (WIFSTOPPED(st)) {
		kill(bg, SIGKILL);
		waitpid(bg, NULL, 0);
	}
	return st;
}

static int set_same_termios(int fd)
{
	struct termios t;

	return tcgetattr(fd, &t) || tcsetattr(fd, TCSANOW, &t) ? 1 : 0;
}

static int set_termios_ttou_ignored(int fd)
{
	signal(SIGTTOU, SIG_IGN);
	return set_same_termios(fd);
}

static int write_byte(int fd)
{
	return write(fd, "", 1) == 1 ? 0 : 1;
}

/*
 * A background group changing the terminal is stopped by SIGTTOU, unless
 * it ignores SIGTTOU; writing stops it only with TOSTOP.  Exit codes say
 * which step failed.
 */
static void ttou_child(void)
{
	int fd = take_console(), st;
	struct termios t;

	st = in_background(fd, set_same_termios, WUNTRACED);
	if (!WIFSTOPPED(st) || WSTOPSIG(st) != SIGTTOU)
		_exit(3);
	st = in_background(fd, set_termios_ttou_ignored, WUNTRACED);
	if (!WIFEXITED(st) || WEXITSTATUS(st))
		_exit(4);
	if (tcgetattr(fd, &t))
		_exit(5);
	t.c_lflag |= TOSTOP;
	if (tcsetattr(fd, TCSANOW, &t))
		_exit(6);
	st = in_background(fd, write_byte, WUNTRACED);
	t.c_lflag &= ~TOSTOP;
	tcsetattr(fd, TCSANOW, &t);
	if (!WIFSTOPPED(st) || WSTOPSIG(st) != SIGTTOU)
		_exit(7);
	_exit(0);
}

static void test_background_sigttou(void)
{
	console_case(ttou_child);
}

/*
 * An orphaned background group cannot be stopped and continued: reading
 * the terminal or changing it fails with EIO instead.
 */
static void orphan_io_child(void)
{
	int fd = take_console(), p[2], st;
	char res[2] = "";
	pid_t mid;

	if (pipe(p))
		_exit(3);
	mid = fork();
	if (mid == 0) {
		if (fork() == 0) {
			struct termios t;
			char c;

			setpgid(0, 0);
			while (getppid() == mid)	/* until orphaned */
				usleep(1000);
			res[0] = read(fd, &c, 1) < 0 && errno == EIO ? 'r' : '-';
			tcgetattr(fd, &t);
			res[1] = tcsetattr(fd, TCSANOW, &t) < 0 &&
				 errno == EIO ? 's' : '-';
			write(p[1], res, 2);
		}
		_exit(0);
	}
	close(p[1]);
	if (mid < 0 || waitpid(mid, &st, 0) != mid)
		_exit(4);
	alarm(5);
	if (read(p[0], res, 2) != 2)
		_exit(5);
	if (res[0] != 'r')
		_exit(6);
	if (res[1] != 's')
		_exit(7);
	_exit(0);
}

static void test_orphaned_background_eio(void)
{
	console_case(orphan_io_child);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(ioctl_notty),
	KTAP_CASE(ioctl_ebadf),
	KTAP_CASE(tcgets),
	KTAP_CASE(tcsets),
	KTAP_CASE(tiocgwinsz),
	KTAP_CASE(tiocgpgrp),
	KTAP_CASE(tiocspgrp),
	KTAP_CASE(new_session_no_ctty),
	KTAP_CASE(ctty_and_sigttin),
	KTAP_CASE(background_sigttou),
	KTAP_CASE(orphaned_background_eio),
	{}
};

int main(int argc, char **argv)
{
	sigset_t set;

	/* Run from a background group, the set calls would stop us. */
	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigprocmask(SIG_BLOCK, &set, NULL);
	return ktap_main(argc, argv, cases);
}
