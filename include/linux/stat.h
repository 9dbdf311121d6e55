/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_STAT_H
#define _LINUX_STAT_H

#include <linux/types.h>
#include <linux/time.h>
#include <linux/kdev_t.h>

typedef unsigned int umode_t;

/* File types and permission bits of st_mode (the same on every ABI). */
#define S_IFMT		00170000
#define S_IFSOCK	0140000
#define S_IFLNK		0120000
#define S_IFREG		0100000
#define S_IFBLK		0060000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFIFO		0010000
#define S_ISUID		0004000
#define S_ISGID		0002000
#define S_ISVTX		0001000

#define S_ISLNK(m)	(((m) & S_IFMT) == S_IFLNK)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m)	(((m) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(m)	(((m) & S_IFMT) == S_IFIFO)
#define S_ISSOCK(m)	(((m) & S_IFMT) == S_IFSOCK)

#define S_IRWXUGO	00777
#define S_IALLUGO	07777
#define S_IXUGO		00111
#define S_IXGRP		00010

/* What stat() reports, before it is laid out for an ABI. */
struct kstat {
	dev_t dev;
	unsigned long ino;
	unsigned int mode;
	unsigned int nlink;
	u32 uid, gid;
	dev_t rdev;
	loff_t size;
	unsigned long blksize;
	u64 blocks;			/* 512-byte units */
	struct timespec64 atime, mtime, ctime;
};

#endif /* _LINUX_STAT_H */
