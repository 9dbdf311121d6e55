/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_INSN_H
#define _ASM_I386_INSN_H

#include <linux/types.h>

/*
 * One decoded 32-bit protected-mode instruction: enough to know its
 * length and where its opcode starts, nothing of its meaning.
 */
struct insn {
	u8 len;			/* whole instruction, prefixes included */
	u8 nr_prefixes;		/* legacy prefix bytes before the opcode */
	u8 seg_prefix;		/* last segment-override prefix, 0 if none */
	u8 opcode[3];		/* opcode bytes, after the prefixes */
	u8 opcode_len;		/* 1 to 3 */
	u8 has_modrm;
};

/* The architectural limit: a longer instruction raises #GP. */
#define INSN_MAX_LEN	15

/*
 * Decodes the instruction at p, reading at most max bytes of it.
 * Returns its length, or -1 if the bytes do not form an instruction the
 * decoder knows with certainty (0x67 addressing, 0x66 on a relative
 * branch, VEX/EVEX/XOP, far pointers, undefined opcodes...) or if it
 * would be longer than max or than INSN_MAX_LEN.  On -1, *insn is
 * undefined.
 */
int insn_decode(const u8 *p, unsigned int max, struct insn *insn);

#endif /* _ASM_I386_INSN_H */
