/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_NAMEI_H
#define _LINUX_NAMEI_H

#include <linux/fs.h>
#include <linux/fcntl.h>

/*
 * Path lookup and the operations on names, for kernel-space strings.
 * The system calls copy their user arguments in and call these; kernel
 * code (initramfs, tests) calls them directly.  dfd is AT_FDCWD or a
 * descriptor of the current task for relative paths.
 */
#define LOOKUP_FOLLOW		0x01	/* follow a final symlink */
#define LOOKUP_DIRECTORY	0x02	/* the result must be a directory */
#define LOOKUP_EMPTY		0x04	/* "" names dfd itself */

/* The lookup a *at() call's AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH ask for. */
static inline unsigned int at_lookup_flags(int at_flags)
{
	unsigned int lflags = LOOKUP_FOLLOW;

	if (at_flags & AT_SYMLINK_NOFOLLOW)
		lflags &= ~LOOKUP_FOLLOW;
	if (at_flags & AT_EMPTY_PATH)
		lflags |= LOOKUP_EMPTY;
	return lflags;
}

/* Finds path; *res is counted (iput() it). */
int kern_path_at(int dfd, const char *path, unsigned int flags,
		 struct inode **res);

int do_mkdirat(int dfd, const char *path, umode_t mode);
int do_mknodat(int dfd, const char *path, umode_t mode, dev_t dev);
int do_rmdir(int dfd, const char *path);
int do_unlinkat(int dfd, const char *path);
int do_renameat(int odfd, const char *oldpath, int ndfd,
		const char *newpath);
int do_symlinkat(const char *target, int dfd, const char *path);
int do_linkat(int odfd, const char *oldpath, int ndfd, const char *newpath,
	      int flags);
/* Copies at most size bytes of the target (no NUL); returns the count. */
int do_readlinkat(int dfd, const char *path, char *buf, int size);
int do_chdir(const char *path);
/* The current directory as an absolute path, NUL included: returns the
 * length with the NUL, -ERANGE if size is too small. */
int vfs_getcwd(char *buf, size_t size);
/* The same for any directory, as the current task sees it. */
int dir_path(struct inode *dir, char *buf, size_t size);
/* The name of an open file as /proc/PID/fd/N shows it, the same way. */
int file_path(struct file *f, char *buf, size_t size);
/* flags: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH. */
int vfs_fstatat(int dfd, const char *path, struct kstat *st, int flags);

#endif /* _LINUX_NAMEI_H */
