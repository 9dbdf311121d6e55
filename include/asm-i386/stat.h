/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_STAT_H
#define _ASM_I386_STAT_H

#include <linux/types.h>

/*
 * struct stat64 of the i386 ABI (96 bytes): the layout of glibc 2.1,
 * with padding around the 64-bit device numbers and the inode number
 * twice, truncated at offset 12 and whole at the end.  fs/stat.c checks
 * the offsets at build time.
 */
struct stat64 {
	unsigned long long st_dev;
	unsigned char __pad0[4];
	unsigned long __st_ino;
	unsigned int st_mode;
	unsigned int st_nlink;
	unsigned long st_uid;
	unsigned long st_gid;
	unsigned long long st_rdev;
	unsigned char __pad3[4];
	long long st_size;
	unsigned long st_blksize;
	unsigned long long st_blocks;
	unsigned long st_atime;
	unsigned long st_atime_nsec;
	unsigned long st_mtime;
	unsigned int st_mtime_nsec;
	unsigned long st_ctime;
	unsigned long st_ctime_nsec;
	unsigned long long st_ino;
};

#endif /* _ASM_I386_STAT_H */
