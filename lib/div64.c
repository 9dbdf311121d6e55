// SPDX-License-Identifier: GPL-2.0
/*
 * lib/div64.c - 64-by-64-bit division without libgcc.
 */
#include <linux/types.h>
#include <asm/div64.h>

/*
 * Shift the divisor down to 32 bits, divide with divl, then correct the
 * estimate, which is at most one too large.
 */
u64 div64_u64(u64 n, u64 d)
{
	u32 dhi = (u32)(d >> 32);
	unsigned int shift = 0;
	u64 q, tmp;

	if (!dhi)
		return div_u64(n, (u32)d);
	/* Bits in dhi; shifting a u32 by 32 would be undefined. */
	while (shift < 32 && (dhi >> shift))
		shift++;
	tmp = n >> 1;
	q = div_u64(tmp, (u32)(d >> shift)) >> (shift - 1);
	if (q)
		q--;
	if (n - q * d >= d)
		q++;
	return q;
}
