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

/* The C99 names, as Linux has them (interface headers use them). */
typedef u8			uint8_t;
typedef u16			uint16_t;
typedef u32			uint32_t;
typedef u64			uint64_t;
typedef s8			int8_t;
typedef s16			int16_t;
typedef s32			int32_t;
typedef s64			int64_t;

typedef long ssize_t;
typedef long long loff_t;
typedef u32 phys_addr_t;	/* lowmem only: the direct map ends below 4 GiB */
typedef unsigned int gfp_t;
typedef int pid_t;

#endif /* __ASSEMBLY__ */
#endif /* _LINUX_TYPES_H */
