/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TIME32_H
#define _LINUX_TIME32_H

#include <linux/types.h>

/* Times as the i386 system calls pass them: 32-bit and 64-bit. */
struct old_timespec32 {
	s32 tv_sec;
	s32 tv_nsec;
};

struct old_timeval32 {
	s32 tv_sec;
	s32 tv_usec;
};

struct old_utimbuf32 {
	s32 actime;
	s32 modtime;
};

struct kernel_timespec {
	s64 tv_sec;
	long long tv_nsec;
};

#endif /* _LINUX_TIME32_H */
