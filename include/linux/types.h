/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

typedef uint8_t  u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t   s8;
typedef int16_t  s16;
typedef int32_t  s32;
typedef int64_t  s64;

typedef long ssize_t;
typedef long long loff_t;
typedef u32 phys_addr_t;	/* lowmem only: the direct map ends below 4 GiB */
typedef unsigned int gfp_t;

#endif /* __ASSEMBLY__ */
#endif /* _LINUX_TYPES_H */
