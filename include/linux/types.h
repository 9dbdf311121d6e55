/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdbool.h>

typedef unsigned char		u8;
typedef unsigned short		u16;
typedef unsigned int		u32;
typedef unsigned long long	u64;
typedef signed char		s8;
typedef signed short		s16;
typedef signed int		s32;
typedef signed long long	s64;
typedef unsigned long		uintptr_t;

typedef long ssize_t;
typedef long long loff_t;
typedef u32 phys_addr_t;	/* lowmem only: the direct map ends below 4 GiB */
typedef unsigned int gfp_t;
typedef int pid_t;

#endif /* __ASSEMBLY__ */
#endif /* _LINUX_TYPES_H */
