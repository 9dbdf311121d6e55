/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_DIRENT_H
#define _LINUX_DIRENT_H

#include <linux/types.h>

/* One getdents64(2) record; d_reclen keeps the next one 8-byte aligned. */
struct linux_dirent64 {
	u64 d_ino;
	s64 d_off;			/* where the next read resumes */
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* d_type: the S_IFMT bits of the mode shifted down by 12. */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

#endif /* _LINUX_DIRENT_H */
