// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-div64.c - include/asm-i386/div64.h and lib/div64.c:
 * do_div (with its divl path, as this program is 32-bit), div_u64_rem,
 * div64_u64 and mul_u64_u32_shr against the host compiler's 64-bit
 * arithmetic, on edge values and many random ones.
 */
#include <linux/kernel.h>
#include <asm/div64.h>
#include "harness.h"

#define ROUNDS	200000

static const u64 edge_n[] = {
	0, 1, 2, 9, 10, 0xffffffffULL, 0x100000000ULL, 0x100000001ULL,
	0x7fffffffffffffffULL, 0x8000000000000000ULL,
	0xfffffffeffffffffULL, 0xffffffffffffffffULL, 1000000000000000000ULL,
};

static const u32 edge_base[] = {
	1, 2, 3, 7, 10, 1000, 1000000000, 0x7fffffff, 0x80000000,
	0xfffffffe, 0xffffffff,
};

static const u64 edge_d[] = {
	1, 2, 3, 0xffffffffULL, 0x100000000ULL, 0x100000001ULL,
	0x1ffffffffULL, 0x123456789abULL, 0x7fffffffffffffffULL,
	0x8000000000000000ULL, 0xffffffffffffffffULL,
};

/* A random value of random magnitude: small values matter most. */
static u64 random_value(void)
{
	return ht_random64() >> (ht_random32() % 64);
}

static void check_do_div(u64 n, u32 base)
{
	u64 q = n;
	u32 rem = do_div(q, base);

	if (q != n / base || rem != n % base)
		ht_fail(__FILE__, __LINE__,
			"do_div(%#llx, %#x) gave %#llx rem %#x, want %#llx rem %#llx",
			n, base, q, rem, n / base, n % base);
}

static void check_div64_u64(u64 n, u64 d)
{
	u64 q = div64_u64(n, d);

	if (q != n / d)
		ht_fail(__FILE__, __LINE__,
			"div64_u64(%#llx, %#llx) gave %#llx, want %#llx",
			n, d, q, n / d);
}

static void do_div_updates_in_place(void)
{
	u64 n = 1000;
	u32 rem = do_div(n, 7);

	HT_EXPECT_EQ(n, 142);
	HT_EXPECT_EQ(rem, 6);
}

static void do_div_edges(void)
{
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(edge_n); i++)
		for (j = 0; j < ARRAY_SIZE(edge_base); j++)
			check_do_div(edge_n[i], edge_base[j]);
	for (j = 0; j < ARRAY_SIZE(edge_base); j++) {
		u64 b = edge_base[j];

		check_do_div(b * b, edge_base[j]);
		check_do_div(b * b - 1, edge_base[j]);
		check_do_div((b << 32) - 1, edge_base[j]);
	}
}

static void do_div_random(void)
{
	int i;

	for (i = 0; i < ROUNDS; i++) {
		u32 base = (u32)random_value();

		check_do_div(random_value(), base ? base : 1);
	}
}

static void div_u64_and_rem(void)
{
	u32 rem = 99;

	HT_EXPECT_EQ(div_u64_rem(0x123456789abcdefULL, 1000, &rem),
		     0x123456789abcdefULL / 1000);
	HT_EXPECT_EQ(rem, 0x123456789abcdefULL % 1000);
	HT_EXPECT_EQ(div_u64(~0ULL, 0xffffffff), 0x100000001ULL);
	HT_EXPECT_EQ(div_u64(5, 10), 0);
}

static void div64_u64_edges(void)
{
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(edge_n); i++) {
		for (j = 0; j < ARRAY_SIZE(edge_d); j++)
			check_div64_u64(edge_n[i], edge_d[j]);
		if (edge_n[i]) {
			check_div64_u64(edge_n[i], edge_n[i]);
			check_div64_u64(edge_n[i] - 1, edge_n[i]);
		}
		if (edge_n[i] > 1)
			check_div64_u64(edge_n[i], edge_n[i] - 1);
		if (edge_n[i] != ~0ULL)
			check_div64_u64(edge_n[i], edge_n[i] + 1);
	}
}

static void div64_u64_random(void)
{
	int i;

	for (i = 0; i < ROUNDS; i++) {
		u64 d = random_value();

		check_div64_u64(random_value(), d ? d : 1);
		/* Divisors just above 32 bits take the estimate path. */
		check_div64_u64(ht_random64(), (d >> 30) | 0x100000000ULL);
	}
}

/* (a * b) >> shift, low 64 bits, by long multiplication, bit by bit. */
static u64 reference_mul_shr(u64 a, u32 b, unsigned int shift)
{
	u64 hi = 0, lo = 0;
	unsigned int i;

	for (i = 0; i < 32; i++) {
		u64 add_lo, add_hi;

		if (!(b & (1U << i)))
			continue;
		add_lo = a << i;
		add_hi = i ? a >> (64 - i) : 0;
		lo += add_lo;
		hi += add_hi + (lo < add_lo);
	}
	return shift ? (lo >> shift) | (hi << (64 - shift)) : lo;
}

static void check_mul_shr(u64 a, u32 b, unsigned int shift)
{
	u64 got = mul_u64_u32_shr(a, b, shift);
	u64 want = reference_mul_shr(a, b, shift);

	if (got != want)
		ht_fail(__FILE__, __LINE__,
			"mul_u64_u32_shr(%#llx, %#x, %u) gave %#llx, want %#llx",
			a, b, shift, got, want);
}

static void mul_u64_u32_shr_edges(void)
{
	unsigned int shift;

	HT_EXPECT_EQ(mul_u64_u32_shr(1000000, 4194304000U, 22), 1000000000ULL);
	HT_EXPECT_EQ(mul_u64_u32_shr(~0ULL, 0xffffffff, 32), 0xfffffffeffffffffULL);
	for (shift = 0; shift < 64; shift++) {
		check_mul_shr(~0ULL, 0xffffffff, shift);
		check_mul_shr(0x100000000ULL, 0x80000000, shift);
		check_mul_shr(0xffffffffULL, 0xffffffff, shift);
		check_mul_shr(1, 1, shift);
		check_mul_shr(0, 0xffffffff, shift);
	}
}

static void mul_u64_u32_shr_random(void)
{
	int i;

	for (i = 0; i < ROUNDS; i++)
		check_mul_shr(random_value(), ht_random32(), ht_random32() % 64);
}

static const struct ht_case cases[] = {
	HT_CASE(do_div_updates_in_place),
	HT_CASE(do_div_edges),
	HT_CASE(do_div_random),
	HT_CASE(div_u64_and_rem),
	HT_CASE(div64_u64_edges),
	HT_CASE(div64_u64_random),
	HT_CASE(mul_u64_u32_shr_edges),
	HT_CASE(mul_u64_u32_shr_random),
	{}
};
HT_SUITE(div64, cases);
