/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_DIV64_H
#define _ASM_I386_DIV64_H

#include <linux/types.h>

/*
 * Divides *n by a 32-bit base in place and returns the remainder, with two
 * 32-bit divl instructions: the kernel links without libgcc, so a plain
 * u64 division (a call to __udivdi3) would not link.
 */
static inline u32 __div64_32(u64 *n, u32 base)
{
#if defined(__i386__)
	u32 hi = (u32)(*n >> 32), lo = (u32)*n, qhi = 0, rem;

	if (hi >= base) {
		qhi = hi / base;
		hi %= base;
	}
	__asm__("divl %2" : "=a"(lo), "=d"(rem) : "rm"(base), "0"(lo), "1"(hi));
	*n = ((u64)qhi << 32) | lo;
	return rem;
#else
	u32 rem = (u32)(*n % base);

	*n /= base;
	return rem;
#endif
}

#define do_div(n, base)	__div64_32(&(n), (base))

static inline u64 div_u64_rem(u64 n, u32 d, u32 *rem)
{
	*rem = __div64_32(&n, d);
	return n;
}

static inline u64 div_u64(u64 n, u32 d)
{
	__div64_32(&n, d);
	return n;
}

/* Full 64-by-64 division (lib/div64.c). */
u64 div64_u64(u64 n, u64 d);

/* (a * b) >> shift without losing the top bits of the 96-bit product. */
static inline u64 mul_u64_u32_shr(u64 a, u32 b, unsigned int shift)
{
	u64 lo = (u64)(u32)a * b;
	u64 hi = (u64)(u32)(a >> 32) * b;

	if (shift <= 32)
		return (lo >> shift) + (hi << (32 - shift));
	/* Shift the sum, not each part, or a carry is lost; it fits in u64. */
	return (hi + (lo >> 32)) >> (shift - 32);
}

#endif /* _ASM_I386_DIV64_H */
