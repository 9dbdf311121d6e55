// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/lib/insn.c - instruction lengths in 32-bit protected mode,
 * for the boot-time patcher.
 *
 * One attribute byte per opcode, for the one-byte map and the 0x0f map,
 * says what follows the opcode.  An entry left at 0 is an opcode the
 * decoder does not know, and decoding it fails: a forgotten entry costs
 * a refused patch, never a wrong length.  Prefix bytes are 0 in the
 * one-byte map for that reason, and so is 0x67, which is refused: with
 * 16-bit addressing ModRM means something else.
 */
#include <linux/types.h>
#include <asm/insn.h>

#define A_OK		0x01	/* a known opcode */
#define A_MODRM		0x02	/* ModRM, maybe SIB and displacement */
#define A_IB		0x04	/* imm8 or rel8 */
#define A_IW		0x08	/* imm16 */
#define A_IZ		0x10	/* imm32 or rel32, 16-bit with 0x66 */
#define A_I32		0x20	/* 4 bytes whatever 0x66 says: moffs32 */
#define A_REL		0x40	/* relative branch: refused with 0x66 */
#define A_SPECIAL	0x80	/* more rules, in special() */

#define N	A_OK
#define B	(A_OK | A_IB)
#define W	(A_OK | A_IW)
#define Z	(A_OK | A_IZ)
#define M	(A_OK | A_MODRM)
#define MB	(M | A_IB)
#define MZ	(M | A_IZ)
#define MS	(M | A_SPECIAL)
#define J8	(B | A_REL)
#define J32	(Z | A_REL)

static const u8 onebyte[256] = {
	/* ALU ops, segment push/pop, BCD adjusts; 0x0f is an escape */
	[0x00 ... 0x03] = M, [0x04] = B, [0x05] = Z, [0x06 ... 0x07] = N,
	[0x08 ... 0x0b] = M, [0x0c] = B, [0x0d] = Z, [0x0e] = N,
	[0x10 ... 0x13] = M, [0x14] = B, [0x15] = Z, [0x16 ... 0x17] = N,
	[0x18 ... 0x1b] = M, [0x1c] = B, [0x1d] = Z, [0x1e ... 0x1f] = N,
	[0x20 ... 0x23] = M, [0x24] = B, [0x25] = Z, [0x27] = N,
	[0x28 ... 0x2b] = M, [0x2c] = B, [0x2d] = Z, [0x2f] = N,
	[0x30 ... 0x33] = M, [0x34] = B, [0x35] = Z, [0x37] = N,
	[0x38 ... 0x3b] = M, [0x3c] = B, [0x3d] = Z, [0x3f] = N,
	/* inc, dec, push, pop of registers */
	[0x40 ... 0x5f] = N,
	/* pusha, popa, bound (or EVEX), arpl, push, imul, ins, outs */
	[0x60 ... 0x61] = N, [0x62] = MS, [0x63] = M,
	[0x68] = Z, [0x69] = MZ, [0x6a] = B, [0x6b] = MB, [0x6c ... 0x6f] = N,
	/* jcc rel8 */
	[0x70 ... 0x7f] = J8,
	/* group 1, test, xchg, mov, lea, pop r/m (or XOP) */
	[0x80] = MB, [0x81] = MZ, [0x82 ... 0x83] = MB,
	[0x84 ... 0x8e] = M, [0x8f] = MS,
	/* xchg, cwde, cdq, fwait, pushf, popf, sahf, lahf; not far call */
	[0x90 ... 0x99] = N, [0x9b ... 0x9f] = N,
	/* mov moffs32, string ops, test imm */
	[0xa0 ... 0xa3] = A_OK | A_I32, [0xa4 ... 0xa7] = N,
	[0xa8] = B, [0xa9] = Z, [0xaa ... 0xaf] = N,
	/* mov imm to register */
	[0xb0 ... 0xb7] = B, [0xb8 ... 0xbf] = Z,
	/* shifts, ret, les/lds (or VEX), mov imm, enter, leave, lret, int */
	[0xc0 ... 0xc1] = MB, [0xc2] = W, [0xc3] = N, [0xc4 ... 0xc5] = MS,
	[0xc6] = MB, [0xc7] = MZ, [0xc8] = A_OK | A_IW | A_IB, [0xc9] = N,
	[0xca] = W, [0xcb ... 0xcc] = N, [0xcd] = B, [0xce ... 0xcf] = N,
	/* shifts, aam, aad, xlat, x87; not the undocumented salc */
	[0xd0 ... 0xd3] = M, [0xd4 ... 0xd5] = B, [0xd7] = N,
	[0xd8 ... 0xdf] = M,
	/* loop, jecxz, in, out, call, jmp; not far jmp */
	[0xe0 ... 0xe3] = J8, [0xe4 ... 0xe7] = B, [0xe8 ... 0xe9] = J32,
	[0xeb] = J8, [0xec ... 0xef] = N,
	/* int1, hlt, cmc, group 3, flag ops, groups 4 and 5 */
	[0xf1] = N, [0xf4 ... 0xf5] = N, [0xf6 ... 0xf7] = MS,
	[0xf8 ... 0xfd] = N, [0xfe ... 0xff] = M,
};

/* 0x0f 0x38 and 0x0f 0x3a lead to three-byte maps, handled apart. */
static const u8 twobyte[256] = {
	/* groups 6 and 7, lar, lsl, system ops, ud2, prefetch; not 3DNow! */
	[0x00 ... 0x03] = M, [0x05 ... 0x09] = N, [0x0b] = N, [0x0d] = M,
	/* SSE moves, prefetch and hint NOPs (multi-byte nopl, endbr32) */
	[0x10 ... 0x1f] = M,
	/* mov to and from control and debug registers */
	[0x20 ... 0x23] = MS,
	[0x28 ... 0x2f] = M,
	/* wrmsr, rdtsc, rdmsr, rdpmc, sysenter, sysexit */
	[0x30 ... 0x35] = N,
	/* cmovcc, SSE and MMX; pshuf and shift groups take an imm8 */
	[0x40 ... 0x4f] = M, [0x50 ... 0x6f] = M,
	[0x70 ... 0x73] = MB, [0x74 ... 0x76] = M, [0x77] = N,
	[0x78 ... 0x79] = MS, [0x7c ... 0x7f] = M,
	/* jcc rel32, setcc */
	[0x80 ... 0x8f] = J32, [0x90 ... 0x9f] = M,
	/* push/pop fs and gs, cpuid, rsm, bt*, shld/shrd, group 15, imul */
	[0xa0 ... 0xa2] = N, [0xa3] = M, [0xa4] = MB, [0xa5] = M,
	[0xa8 ... 0xaa] = N, [0xab] = M, [0xac] = MB, [0xad ... 0xaf] = M,
	/* cmpxchg, lss/lfs/lgs, movzx/sx, popcnt, ud1, bt*, bsf/bsr */
	[0xb0 ... 0xb7] = M, [0xb8] = MS, [0xb9] = M, [0xba] = MB,
	[0xbb ... 0xbf] = M,
	/* xadd, cmpps, movnti, pinsrw, pextrw, shufps, group 9, bswap */
	[0xc0 ... 0xc1] = M, [0xc2] = MB, [0xc3] = M, [0xc4 ... 0xc6] = MB,
	[0xc7] = M, [0xc8 ... 0xcf] = N,
	/* MMX and SSE; not ud0, whose ModRM the vendors disagree on */
	[0xd0 ... 0xfe] = M,
};

/* Legacy prefixes, by what they change for the decoder. */
#define P_SEG	0x01
#define P_66	0x02
#define P_REP	0x04	/* 0xf2 or 0xf3 */
#define P_F3	0x08
#define P_LOCK	0x10

static unsigned int prefix_kind(u8 b)
{
	switch (b) {
	case 0x26: case 0x2e: case 0x36: case 0x3e: case 0x64: case 0x65:
		return P_SEG;
	case 0x66:
		return P_66;
	case 0xf0:
		return P_LOCK;
	case 0xf2:
		return P_REP;
	case 0xf3:
		return P_REP | P_F3;
	}
	return 0;
}

/*
 * The rules of the A_SPECIAL opcodes.  Returns the bytes of immediate
 * beyond the table's, or -1 to refuse; may turn *modrm into its
 * register form when the CPU ignores the mod field.
 */
static int special(const struct insn *insn, u8 *modrm, unsigned int pfx)
{
	unsigned int mod = *modrm >> 6, reg = (*modrm >> 3) & 7;
	u8 op = insn->opcode[insn->opcode_len - 1];

	if (insn->opcode_len == 1) {
		switch (op) {
		case 0x62:		/* mod 3 makes it EVEX */
		case 0xc4:		/* and these VEX */
		case 0xc5:
			return mod == 3 ? -1 : 0;
		case 0x8f:		/* AMD's XOP unless /0 */
			return reg ? -1 : 0;
		case 0xf6:		/* test /0 and /1 have an immediate */
			return reg < 2 ? 1 : 0;
		case 0xf7:
			return reg >= 2 ? 0 : (pfx & P_66) ? 2 : 4;
		}
		return -1;
	}
	switch (op) {
	case 0x20 ... 0x23:		/* always a register operand */
		*modrm |= 0xc0;
		return 0;
	case 0x78:			/* vmread/vmwrite, not SSE4a */
	case 0x79:
		return pfx & (P_66 | P_REP) ? -1 : 0;
	case 0xb8:			/* popcnt; jmpe without 0xf3 */
		return pfx & P_F3 ? 0 : -1;
	}
	return -1;
}

/*
 * The bytes after ModRM with 32-bit addressing: SIB, then displacement.
 * p points after ModRM, avail bytes readable there.  -1 if SIB is
 * beyond them.
 */
static int modrm_tail(const u8 *p, unsigned int avail, u8 modrm)
{
	unsigned int mod = modrm >> 6, rm = modrm & 7;
	unsigned int sib = 0;

	if (mod == 3)
		return 0;
	if (rm == 4) {
		if (!avail)
			return -1;
		sib = 1;
		rm = p[0] & 7;	/* a base of 5 acts as rm 5 does */
	}
	if (mod == 1)
		return sib + 1;
	if (mod == 2 || rm == 5)
		return sib + 4;
	return sib;
}

/* Reads the one, two or three opcode bytes at p; returns their table entry. */
static int read_opcode(const u8 *p, unsigned int avail, struct insn *insn)
{
	unsigned int i;

	for (i = 0; i < 3; i++) {
		if (i >= avail)
			return -1;
		insn->opcode[i] = p[i];
		insn->opcode_len = i + 1;
		if (i == 0 && p[0] != 0x0f)
			return onebyte[p[0]];
		if (i == 1 && p[1] != 0x38 && p[1] != 0x3a)
			return twobyte[p[1]];
	}
	return p[1] == 0x38 ? M : MB;
}

int insn_decode(const u8 *p, unsigned int max, struct insn *insn)
{
	unsigned int limit = max < INSN_MAX_LEN ? max : INSN_MAX_LEN;
	unsigned int i, kind, pfx = 0, imm = 0;
	int attr, extra;
	u8 modrm = 0;

	insn->seg_prefix = 0;
	for (i = 0; i < limit && (kind = prefix_kind(p[i])); i++) {
		pfx |= kind;
		if (kind == P_SEG)
			insn->seg_prefix = p[i];
	}
	insn->nr_prefixes = i;

	attr = read_opcode(p + i, limit - i, insn);
	if (attr <= 0 || ((attr & A_REL) && (pfx & P_66)))
		return -1;
	i += insn->opcode_len;

	insn->has_modrm = !!(attr & A_MODRM);
	if (insn->has_modrm) {
		if (i >= limit)
			return -1;
		modrm = p[i++];
	}
	if (attr & A_SPECIAL) {
		extra = special(insn, &modrm, pfx);
		if (extra < 0)
			return -1;
		imm += extra;
	}
	if (insn->has_modrm) {
		extra = modrm_tail(p + i, limit - i, modrm);
		if (extra < 0)
			return -1;
		i += extra;
	}

	if (attr & A_IB)
		imm += 1;
	if (attr & A_IW)
		imm += 2;
	if (attr & A_IZ)
		imm += pfx & P_66 ? 2 : 4;
	if (attr & A_I32)
		imm += 4;
	if (i + imm > limit)
		return -1;
	insn->len = i + imm;
	return insn->len;
}
