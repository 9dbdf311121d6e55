/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define __always_inline	inline __attribute__((always_inline))
#define noinline	__attribute__((noinline))
#define __noreturn	__attribute__((noreturn))
#define __packed	__attribute__((packed))
#define __aligned(x)	__attribute__((aligned(x)))
#define __section(s)	__attribute__((section(s)))
#define __used		__attribute__((used))
#define __unused	__attribute__((unused))
#define __weak		__attribute__((weak))
#define __printf(a, b)	__attribute__((format(printf, a, b)))
#define asmlinkage	__attribute__((regparm(0)))

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define barrier()	__asm__ __volatile__("" ::: "memory")
/*
 * An asm GCC counts as one instruction when it decides to inline or
 * unroll, whatever the length of its template (section switches and
 * records included): a patch site must weigh what it patches to.
 */
#define asm_inline	__asm__ __inline__

#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))

#ifdef __CHECKER__
#define __user		__attribute__((noderef, address_space(1)))
#define __iomem		__attribute__((noderef, address_space(2)))
#define __force		__attribute__((force))
#else
#define __user
#define __iomem
#define __force
#endif

#endif /* _LINUX_COMPILER_H */
