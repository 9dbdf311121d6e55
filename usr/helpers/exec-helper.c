// SPDX-License-Identifier: GPL-2.0
/*
 * exec-helper: what the execve tests run.  argv[1] picks a check; the
 * exit status is the answer (0 = as expected, anything else names the
 * failed check).
 *
 *	exit N		exit with status N
 *	args A...	argv[2..] are "one", "two words", "" and the
 *			environment is exactly KTAP_A=1, KTAP_B=
 *	fds OPEN SHUT	descriptor OPEN is open, SHUT is closed
 *	signals		SIGUSR1 default, SIGUSR2 ignored, SIGINT blocked
 *	same PID PPID	getpid() == PID and getppid() == PPID
 *	auxv		the kernel passed a sane auxiliary vector
 *	argc N S...	argc == N and all the S are equal
 *	itimer		ITIMER_REAL is running: wait for it to end us
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/time.h>

extern char **environ;

static int check_args(int argc, char **argv)
{
	if (argc != 5 || strcmp(argv[2], "one") ||
	    strcmp(argv[3], "two words") || strcmp(argv[4], ""))
		return 1;
	if (!environ[0] || strcmp(environ[0], "KTAP_A=1") ||
	    !environ[1] || strcmp(environ[1], "KTAP_B=") || environ[2])
		return 2;
	return 0;
}

static int check_fds(int open_fd, int shut_fd)
{
	if (fcntl(open_fd, F_GETFD) < 0)
		return 1;
	if (fcntl(shut_fd, F_GETFD) != -1 || errno != EBADF)
		return 2;
	return 0;
}

/* Handlers cannot survive exec (the code is gone); the rest can. */
static int check_signals(void)
{
	struct sigaction sa;
	sigset_t mask;

	if (sigaction(SIGUSR1, NULL, &sa) || sa.sa_handler != SIG_DFL)
		return 1;
	if (sigaction(SIGUSR2, NULL, &sa) || sa.sa_handler != SIG_IGN)
		return 2;
	if (sigprocmask(SIG_BLOCK, NULL, &mask) || !sigismember(&mask, SIGINT))
		return 3;
	if (sigismember(&mask, SIGUSR1))
		return 4;
	return 0;
}

static int check_auxv(void)
{
	if (getauxval(AT_PAGESZ) != 4096)
		return 1;
	if (!getauxval(AT_PHDR) || getauxval(AT_PHNUM) < 2)
		return 2;
	if (!getauxval(AT_ENTRY))
		return 3;
	if (!getauxval(AT_RANDOM))
		return 4;
	if (getauxval(AT_UID) != getuid() || getauxval(AT_EUID) != geteuid())
		return 5;
	return 0;
}

static int check_argc(int argc, char **argv)
{
	int i;

	if (argc != atoi(argv[2]))
		return 1;
	for (i = 4; i < argc; i++)
		if (strcmp(argv[i], argv[3]))
			return 2;
	return 0;
}

/* The timer set before exec runs on; its SIGALRM ends the process. */
static int check_itimer(void)
{
	struct itimerval v;

	if (getitimer(ITIMER_REAL, &v))
		return 1;
	if (!v.it_value.tv_sec && !v.it_value.tv_usec)
		return 2;
	for (;;)
		pause();
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	if (!strcmp(mode, "exit") && argc == 3)
		return atoi(argv[2]);
	if (!strcmp(mode, "args"))
		return check_args(argc, argv);
	if (!strcmp(mode, "fds") && argc == 4)
		return check_fds(atoi(argv[2]), atoi(argv[3]));
	if (!strcmp(mode, "signals"))
		return check_signals();
	if (!strcmp(mode, "same") && argc == 4)
		return getpid() != atoi(argv[2]) || getppid() != atoi(argv[3]);
	if (!strcmp(mode, "auxv"))
		return check_auxv();
	if (!strcmp(mode, "argc") && argc >= 3)
		return check_argc(argc, argv);
	if (!strcmp(mode, "itimer"))
		return check_itimer();
	return 99;
}
