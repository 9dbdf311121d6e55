// SPDX-License-Identifier: GPL-2.0
/*
 * fs/file.c - descriptor tables: the numbers a process uses for its open
 * files, with a close-on-exec bit each.  fork() copies or shares a
 * table, exec closes the descriptors marked close-on-exec.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include "internal.h"

struct files_struct *files_alloc(void)
{
	struct files_struct *files = kzalloc(sizeof(*files), GFP_KERNEL);

	if (files)
		files->count = 1;
	return files;
}

struct files_struct *files_dup(struct files_struct *old)
{
	struct files_struct *files = files_alloc();
	int fd;

	if (!files)
		return NULL;
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++)
		if (old->fd[fd])
			files->fd[fd] = get_file(old->fd[fd]);
	memcpy(files->close_on_exec, old->close_on_exec,
	       sizeof(files->close_on_exec));
	return files;
}

void files_put(struct files_struct *files)
{
	int fd;

	if (--files->count)
		return;
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++)
		if (files->fd[fd])
			fput(files->fd[fd]);
	kfree(files);
}

void fd_set_cloexec(struct files_struct *files, unsigned int fd, bool on)
{
	if (on)
		files->close_on_exec[fd / 32] |= 1U << (fd % 32);
	else
		files->close_on_exec[fd / 32] &= ~(1U << (fd % 32));
}

bool fd_get_cloexec(struct files_struct *files, unsigned int fd)
{
	return files->close_on_exec[fd / 32] & (1U << (fd % 32));
}

void files_close_on_exec(struct files_struct *files)
{
	unsigned int fd;

	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		if (!fd_get_cloexec(files, fd))
			continue;
		fd_set_cloexec(files, fd, false);
		if (files->fd[fd]) {
			fput(files->fd[fd]);
			files->fd[fd] = NULL;
		}
	}
}

unsigned int fd_limit(void)
{
	u64 lim = rlimit(RLIMIT_NOFILE);

	return lim < NR_OPEN_DEFAULT ? lim : NR_OPEN_DEFAULT;
}

/* Installs f at the lowest free descriptor >= start (F_DUPFD). */
int fd_install_from(struct files_struct *files, struct file *f,
		    unsigned int start)
{
	unsigned int fd, limit = fd_limit();

	for (fd = start; fd < limit; fd++) {
		if (!files->fd[fd]) {
			files->fd[fd] = f;
			fd_set_cloexec(files, fd, false);
			return fd;
		}
	}
	return -EMFILE;
}

int fd_install_lowest(struct files_struct *files, struct file *f)
{
	return fd_install_from(files, f, 0);
}

/*
 * Gives f a descriptor in the current task (O_CLOEXEC in flags marks
 * it); on failure drops the caller's reference.
 */
int fd_alloc(struct file *f, unsigned int flags)
{
	struct files_struct *files = current->files;
	int fd = files ? fd_install_lowest(files, f) : -EMFILE;

	if (fd < 0)
		fput(f);
	else if (flags & O_CLOEXEC)
		fd_set_cloexec(files, fd, true);
	return fd;
}

struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;

	if (!files || fd >= NR_OPEN_DEFAULT || !files->fd[fd])
		return NULL;
	return get_file(files->fd[fd]);
}

long sys_close(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *f;

	if (!files || fd >= NR_OPEN_DEFAULT || !files->fd[fd])
		return -EBADF;
	f = files->fd[fd];
	files->fd[fd] = NULL;
	fd_set_cloexec(files, fd, false);
	fput(f);
	return 0;
}

/* Points newfd at oldfd's file, closing what newfd had. */
static long do_dup2(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct files_struct *files = current->files;
	struct file *f = fget(oldfd), *old;

	if (!f)
		return -EBADF;
	if (newfd >= fd_limit()) {
		fput(f);
		return -EBADF;
	}
	old = files->fd[newfd];
	files->fd[newfd] = f;
	fd_set_cloexec(files, newfd, flags & O_CLOEXEC);
	if (old)
		fput(old);
	return newfd;
}

long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	if (flags & ~O_CLOEXEC)
		return -EINVAL;
	if (oldfd == newfd)
		return -EINVAL;
	return do_dup2(oldfd, newfd, flags);
}

long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	struct file *f;

	if (oldfd == newfd) {
		f = fget(oldfd);
		if (!f)
			return -EBADF;
		fput(f);
		return newfd;
	}
	return do_dup2(oldfd, newfd, 0);
}

long sys_dup(unsigned int fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return fd_alloc(f, 0);
}
