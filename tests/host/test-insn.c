// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/test-insn.c - arch/i386/lib/insn.c: instruction lengths of a
 * table of encodings (each checked against objdump when written), the
 * forms the decoder must refuse, the 15-byte limit, truncated input, and
 * two walks over real code: instructions assembled by gas, each with the
 * length gas gave it, and functions compiled by the host gcc.
 */
#include <linux/kernel.h>
#include <asm/insn.h>
#include "harness.h"

struct encoding {
	const char *what;
	u8 len;			/* the bytes listed, all of the instruction */
	u8 bytes[INSN_MAX_LEN + 1];
};

#define E(what, ...)							\
	{ what, sizeof((const u8[]){ __VA_ARGS__ }), { __VA_ARGS__ } }

static const struct encoding good[] = {
	/* one-byte opcodes and their immediates */
	E("nop", 0x90),
	E("ret", 0xc3),
	E("add %ebx,%eax", 0x01, 0xd8),
	E("add $ib,%al", 0x04, 0x7f),
	E("add $iz,%eax", 0x05, 0x78, 0x56, 0x34, 0x12),
	E("add $iw,%ax", 0x66, 0x05, 0x34, 0x12),
	E("add $ib,%eax (83)", 0x83, 0xc0, 0x01),
	E("add $iz,%ebx (81)", 0x81, 0xc3, 0x78, 0x56, 0x34, 0x12),
	E("add $iw,%bx (66 81)", 0x66, 0x81, 0xc3, 0x34, 0x12),
	E("cmpb $0,(%eax)", 0x80, 0x38, 0x00),
	E("add $1,%al (82)", 0x82, 0xc0, 0x01),
	E("mov $ib,%al", 0xb0, 0x12),
	E("mov $iz,%eax", 0xb8, 0x78, 0x56, 0x34, 0x12),
	E("mov $iw,%ax", 0x66, 0xb8, 0x34, 0x12),
	E("push $ib", 0x6a, 0x01),
	E("push $iz", 0x68, 0x78, 0x56, 0x34, 0x12),
	E("pushw $iw", 0x66, 0x68, 0x34, 0x12),
	E("imul $iz,%eax,%eax", 0x69, 0xc0, 0x78, 0x56, 0x34, 0x12),
	E("imul $iw,%ax,%ax", 0x66, 0x69, 0xc0, 0x34, 0x12),
	E("imul $ib,8(%esp),%eax", 0x6b, 0x44, 0x24, 0x08, 0x10),
	E("test $ib,%al", 0xa8, 0x01),
	E("test $iz,%eax", 0xa9, 0x78, 0x56, 0x34, 0x12),
	E("test $ib,%cl (f6 /0)", 0xf6, 0xc1, 0x80),
	E("test $ib,4(%ebx) (f6 /1)", 0xf6, 0x4b, 0x04, 0x01),
	E("neg %al (f6 /3)", 0xf6, 0xd8),
	E("test $iz,%ecx (f7 /0)", 0xf7, 0xc1, 0x78, 0x56, 0x34, 0x12),
	E("test $iw,%cx (66 f7 /0)", 0x66, 0xf7, 0xc1, 0x34, 0x12),
	E("mull 4(%esp) (f7 /4)", 0xf7, 0x64, 0x24, 0x04),
	E("idiv %ecx (f7 /7)", 0xf7, 0xf9),
	E("shl $4,%eax", 0xc1, 0xe0, 0x04),
	E("shr %eax", 0xd1, 0xe8),
	E("shl %cl,%eax", 0xd3, 0xe0),
	E("ret $4", 0xc2, 0x04, 0x00),
	E("retw $4", 0x66, 0xc2, 0x04, 0x00),
	E("lret $8", 0xca, 0x08, 0x00),
	E("lret", 0xcb),
	E("enter $16,$0", 0xc8, 0x10, 0x00, 0x00),
	E("enterw $16,$0", 0x66, 0xc8, 0x10, 0x00, 0x00),
	E("leave", 0xc9),
	E("int $0x80", 0xcd, 0x80),
	E("int3", 0xcc),
	E("into", 0xce),
	E("aam", 0xd4, 0x0a),
	E("aad", 0xd5, 0x0a),
	E("in $0x60,%al", 0xe4, 0x60),
	E("out %al,$0x80", 0xe6, 0x80),
	E("in (%dx),%al", 0xec),
	E("jmp rel8", 0xeb, 0xfe),
	E("je rel8", 0x74, 0x10),
	E("jecxz rel8", 0xe3, 0x02),
	E("loop rel8", 0xe2, 0xfe),
	E("call rel32", 0xe8, 0x00, 0x00, 0x00, 0x00),
	E("jmp rel32", 0xe9, 0x00, 0x00, 0x00, 0x00),
	E("je rel32", 0x0f, 0x84, 0x00, 0x01, 0x00, 0x00),
	E("jg rel32", 0x0f, 0x8f, 0x00, 0x01, 0x00, 0x00),
	E("mov moffs32,%eax", 0xa1, 0x78, 0x56, 0x34, 0x12),
	E("mov moffs32,%ax", 0x66, 0xa1, 0x78, 0x56, 0x34, 0x12),
	E("mov %al,moffs32", 0xa2, 0x78, 0x56, 0x34, 0x12),
	E("mov %fs:moffs32,%eax", 0x64, 0xa1, 0x10, 0x00, 0x00, 0x00),
	/* ModRM, SIB and displacements */
	E("mov (%ebx),%eax", 0x8b, 0x03),
	E("mov 8(%ebp),%eax", 0x8b, 0x45, 0x08),
	E("mov 0x100(%ebp),%eax", 0x8b, 0x85, 0x00, 0x01, 0x00, 0x00),
	E("mov (%esp),%eax", 0x8b, 0x04, 0x24),
	E("mov 4(%esp),%eax", 0x8b, 0x44, 0x24, 0x04),
	E("mov 0x100(%esp),%eax", 0x8b, 0x84, 0x24, 0x00, 0x01, 0x00, 0x00),
	E("mov abs32,%eax", 0x8b, 0x05, 0x78, 0x56, 0x34, 0x12),
	E("mov 0x1000(,%eax,4),%eax", 0x8b, 0x04, 0x85, 0x00, 0x10, 0x00, 0x00),
	E("mov 0(%ebp,%ecx,4),%eax", 0x8b, 0x44, 0x8d, 0x00),
	E("mov disp32(%ebx,%ecx,4),%eax",
	  0x8b, 0x84, 0x8b, 0x78, 0x56, 0x34, 0x12),
	E("mov %ecx,%eax", 0x8b, 0xc1),
	E("movl $iz,disp32(%eax,%ecx,4)",
	  0xc7, 0x84, 0x88, 0x78, 0x56, 0x34, 0x12, 0xef, 0xbe, 0xad, 0xde),
	E("movw $iw,disp32(%eax,%ecx,4)",
	  0x66, 0xc7, 0x84, 0x88, 0x78, 0x56, 0x34, 0x12, 0xef, 0xbe),
	E("movb $ib,3(%esp)", 0xc6, 0x44, 0x24, 0x03, 0xff),
	E("mov %gs:(%eax),%eax", 0x65, 0x8b, 0x00),
	E("call *%eax", 0xff, 0xd0),
	E("jmp *0x1000(,%eax,4)", 0xff, 0x24, 0x85, 0x00, 0x10, 0x00, 0x00),
	E("push abs32", 0xff, 0x35, 0x78, 0x56, 0x34, 0x12),
	E("pop (%eax)", 0x8f, 0x00),
	E("lea 0(%esi,%eiz,1),%esi", 0x8d, 0x74, 0x26, 0x00),
	E("lea disp32(%esi,%eiz,1),%esi",
	  0x8d, 0xb4, 0x26, 0x00, 0x00, 0x00, 0x00),
	E("les (%ebx),%eax", 0xc4, 0x03),
	E("lds (%ebx),%eax", 0xc5, 0x03),
	E("bound %eax,(%ebx)", 0x62, 0x03),
	E("arpl %cx,%ax", 0x63, 0xc8),
	E("mov %ds,%eax", 0x8c, 0xd8),
	E("mov %eax,%ds", 0x8e, 0xd8),
	/* x87 and the rest of the one-byte map */
	E("fld1", 0xd9, 0xe8),
	E("fldl 4(%esp)", 0xdd, 0x44, 0x24, 0x04),
	E("fnstsw %ax", 0xdf, 0xe0),
	E("fninit", 0xdb, 0xe3),
	E("fwait", 0x9b),
	E("xlat", 0xd7),
	E("int1", 0xf1),
	E("hlt", 0xf4),
	E("cli", 0xfa),
	E("pushf", 0x9c),
	E("pusha", 0x60),
	/* prefixes */
	E("rep movsl", 0xf3, 0xa5),
	E("rep stosl", 0xf3, 0xab),
	E("repne scasb", 0xf2, 0xae),
	E("cmpsb", 0xa6),
	E("movsw", 0x66, 0xa5),
	E("pause", 0xf3, 0x90),
	E("rep ret", 0xf3, 0xc3),
	E("lock incl (%eax)", 0xf0, 0xff, 0x00),
	E("lock cmpxchg %ecx,(%edx)", 0xf0, 0x0f, 0xb1, 0x0a),
	E("lock cmpxchg8b (%esi)", 0xf0, 0x0f, 0xc7, 0x0e),
	E("lock xadd %eax,(%ebx)", 0xf0, 0x0f, 0xc1, 0x03),
	E("lock orl $0,(%esp)", 0xf0, 0x83, 0x0c, 0x24, 0x00),
	E("ds mov (%eax),%eax", 0x3e, 0x8b, 0x00),
	E("je rel8, cs hint", 0x2e, 0x74, 0x10),
	E("je rel32, ds hint", 0x3e, 0x0f, 0x84, 0x00, 0x00, 0x00, 0x00),
	E("es ss fs gs mov", 0x26, 0x36, 0x64, 0x65, 0x8b, 0x00),
	/* the NOPs the patcher writes */
	E("nopl (%eax)", 0x0f, 0x1f, 0x00),
	E("nopl 0(%eax)", 0x0f, 0x1f, 0x40, 0x00),
	E("nopl 0(%eax,%eax,1)", 0x0f, 0x1f, 0x44, 0x00, 0x00),
	E("nopw 0(%eax,%eax,1)", 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00),
	E("nopl disp32(%eax)", 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00),
	E("nopl disp32(%eax,%eax,1)",
	  0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00),
	E("nopw disp32(%eax,%eax,1)",
	  0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00),
	E("cs nopw disp32(%eax,%eax,1)",
	  0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00),
	E("endbr32", 0xf3, 0x0f, 0x1e, 0xfb),
	/* the two-byte map */
	E("prefetcht0 (%eax)", 0x0f, 0x18, 0x08),
	E("prefetchw (%eax)", 0x0f, 0x0d, 0x08),
	E("mov %cr3,%eax", 0x0f, 0x20, 0xd8),
	E("mov %eax,%cr3", 0x0f, 0x22, 0xd8),
	E("mov %cr0,%eax", 0x0f, 0x20, 0xc0),
	E("mov %eax,%cr4", 0x0f, 0x22, 0xe0),
	E("mov %db7,%eax", 0x0f, 0x21, 0xf8),
	E("mov %eax,%db7", 0x0f, 0x23, 0xf8),
	E("mov %cr0,%ebp (mod 00)", 0x0f, 0x20, 0x05),
	E("mov %ebp,%cr0 (mod 01)", 0x0f, 0x22, 0x45),
	E("rdtsc", 0x0f, 0x31),
	E("rdmsr", 0x0f, 0x32),
	E("wrmsr", 0x0f, 0x30),
	E("rdpmc", 0x0f, 0x33),
	E("cpuid", 0x0f, 0xa2),
	E("ud2", 0x0f, 0x0b),
	E("clts", 0x0f, 0x06),
	E("wbinvd", 0x0f, 0x09),
	E("sysenter", 0x0f, 0x34),
	E("sysexit", 0x0f, 0x35),
	E("lgdt abs32", 0x0f, 0x01, 0x15, 0x78, 0x56, 0x34, 0x12),
	E("lidt (%eax)", 0x0f, 0x01, 0x18),
	E("invlpg (%eax)", 0x0f, 0x01, 0x38),
	E("xgetbv", 0x0f, 0x01, 0xd0),
	E("ltr %ax", 0x0f, 0x00, 0xd8),
	E("lar %ecx,%eax", 0x0f, 0x02, 0xc1),
	E("cmove %ecx,%eax", 0x0f, 0x44, 0xc1),
	E("sete %al", 0x0f, 0x94, 0xc0),
	E("bt %ecx,%eax", 0x0f, 0xa3, 0xc8),
	E("bts %ecx,(%eax)", 0x0f, 0xab, 0x08),
	E("bt $5,%eax", 0x0f, 0xba, 0xe0, 0x05),
	E("bts $31,4(%esp)", 0x0f, 0xba, 0x6c, 0x24, 0x04, 0x1f),
	E("shld $4,%eax,%edx", 0x0f, 0xa4, 0xc2, 0x04),
	E("shrd $4,%eax,%edx", 0x0f, 0xac, 0xc2, 0x04),
	E("shld %cl,%eax,%edx", 0x0f, 0xa5, 0xc2),
	E("imul %ecx,%eax", 0x0f, 0xaf, 0xc1),
	E("movzbl %al,%eax", 0x0f, 0xb6, 0xc0),
	E("movzwl 4(%esp),%eax", 0x0f, 0xb7, 0x44, 0x24, 0x04),
	E("movsbl (%ebx),%eax", 0x0f, 0xbe, 0x03),
	E("movswl %cx,%eax", 0x0f, 0xbf, 0xc1),
	E("bsf %ecx,%eax", 0x0f, 0xbc, 0xc1),
	E("bsr %ecx,%eax", 0x0f, 0xbd, 0xc1),
	E("popcnt %ecx,%eax", 0xf3, 0x0f, 0xb8, 0xc1),
	E("tzcnt %ecx,%eax", 0xf3, 0x0f, 0xbc, 0xc1),
	E("bswap %eax", 0x0f, 0xc8),
	E("bswap %edi", 0x0f, 0xcf),
	E("push %fs", 0x0f, 0xa0),
	E("pop %gs", 0x0f, 0xa9),
	E("lfence", 0x0f, 0xae, 0xe8),
	E("mfence", 0x0f, 0xae, 0xf0),
	E("clflush (%eax)", 0x0f, 0xae, 0x38),
	E("fxsave (%eax)", 0x0f, 0xae, 0x00),
	E("rdrand %eax", 0x0f, 0xc7, 0xf0),
	E("movnti %ecx,(%eax)", 0x0f, 0xc3, 0x08),
	E("vmread %ecx,%eax", 0x0f, 0x78, 0xc8),
	/* MMX, SSE and the three-byte maps */
	E("movaps %xmm1,%xmm0", 0x0f, 0x28, 0xc1),
	E("movdqa (%esp),%xmm0", 0x66, 0x0f, 0x6f, 0x04, 0x24),
	E("movd %eax,%mm0", 0x0f, 0x6e, 0xc0),
	E("emms", 0x0f, 0x77),
	E("pshufd $0x1b,%xmm1,%xmm0", 0x66, 0x0f, 0x70, 0xc1, 0x1b),
	E("pshufw $0x1b,%mm1,%mm0", 0x0f, 0x70, 0xc1, 0x1b),
	E("psrlq $4,%xmm0", 0x66, 0x0f, 0x73, 0xd0, 0x04),
	E("psrlw $4,%mm0", 0x0f, 0x71, 0xd0, 0x04),
	E("cmpltps %xmm1,%xmm0", 0x0f, 0xc2, 0xc1, 0x01),
	E("shufps $0x44,%xmm1,%xmm0", 0x0f, 0xc6, 0xc1, 0x44),
	E("pinsrw $3,%eax,%xmm0", 0x66, 0x0f, 0xc4, 0xc0, 0x03),
	E("pextrw $3,%mm1,%eax", 0x0f, 0xc5, 0xc1, 0x03),
	E("pxor %xmm0,%xmm0", 0x66, 0x0f, 0xef, 0xc0),
	E("paddd %mm1,%mm0", 0x0f, 0xfe, 0xc1),
	E("pshufb %xmm1,%xmm0", 0x66, 0x0f, 0x38, 0x00, 0xc1),
	E("crc32 %ecx,%eax", 0xf2, 0x0f, 0x38, 0xf1, 0xc1),
	E("movbe (%ebx),%eax", 0x0f, 0x38, 0xf0, 0x03),
	E("palignr $8,%xmm1,%xmm0", 0x66, 0x0f, 0x3a, 0x0f, 0xc1, 0x08),
	E("pextrd $1,%xmm0,4(%esp)",
	  0x66, 0x0f, 0x3a, 0x16, 0x44, 0x24, 0x04, 0x01),
	/* at the limit: four prefixes and eleven bytes */
	E("es ss fs gs movl $iz,disp32(%eax,%ecx,4)", 0x26, 0x36, 0x64, 0x65,
	  0xc7, 0x84, 0x88, 0x78, 0x56, 0x34, 0x12, 0xef, 0xbe, 0xad, 0xde),
	E("ds x4 cmpl $iz,disp32(%eax,%ecx,4)", 0x3e, 0x3e, 0x3e, 0x3e,
	  0x81, 0xbc, 0x88, 0x78, 0x56, 0x34, 0x12, 0xef, 0xbe, 0xad, 0xde),
};

/* Forms the decoder does not know with certainty. */
static const struct encoding refused[] = {
	E("addr32 mov (%bx),%eax", 0x67, 0x8b, 0x07),
	E("addr32 after other prefixes", 0x3e, 0x66, 0x67, 0x8b, 0x07),
	E("callw rel16", 0x66, 0xe8, 0x00, 0x00),
	E("jmpw rel16", 0x66, 0xe9, 0x00, 0x00),
	E("je rel16", 0x66, 0x0f, 0x84, 0x00, 0x00),
	E("data16 jmp rel8", 0x66, 0xeb, 0x00),
	E("lcall ptr16:32", 0x9a, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00),
	E("ljmp ptr16:32", 0xea, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00),
	E("VEX3 vpshufb", 0xc4, 0xe2, 0x79, 0x00, 0xc1),
	E("VEX2 vzeroupper", 0xc5, 0xf8, 0x77),
	E("EVEX vmovaps", 0x62, 0xf1, 0x7c, 0x48, 0x28, 0xc1),
	E("XOP vprotd", 0x8f, 0xe8, 0x78, 0xc2, 0xc1, 0x01),
	E("3DNow! pfmul", 0x0f, 0x0f, 0xc1, 0xb4),
	E("femms", 0x0f, 0x0e),
	E("salc", 0xd6),
	E("jmpe", 0x0f, 0xb8, 0xc1),
	E("SSE4a extrq", 0x66, 0x0f, 0x78, 0xc0, 0x04, 0x04),
	E("SSE4a insertq", 0xf2, 0x0f, 0x79, 0xc1),
	E("ud0", 0x0f, 0xff, 0xc0),
	E("mov %tr0,%eax", 0x0f, 0x24, 0xc0),
	E("getsec", 0x0f, 0x37),
	E("undefined 0f 04", 0x0f, 0x04),
	E("five prefixes and eleven bytes", 0x3e, 0x3e, 0x3e, 0x3e, 0x3e,
	  0xc7, 0x84, 0x88, 0x78, 0x56, 0x34, 0x12, 0xef, 0xbe, 0xad, 0xde),
	E("seven prefixes, 81 with SIB and disp32",
	  0xf0, 0x3e, 0x66, 0xf3, 0x26, 0x36, 0x3e,
	  0x81, 0x84, 0x88, 0x78, 0x56, 0x34, 0x12, 0xef, 0xbe),
};

static void dump(char *buf, size_t size, const u8 *p, unsigned int n)
{
	unsigned int i;
	int len = 0;

	buf[0] = '\0';
	for (i = 0; i < n && len >= 0 && (size_t)len < size; i++)
		len += ht_libc_snprintf(buf + len, size - len, " %02x", p[i]);
}

/*
 * Decodes e->bytes followed by filler, so that the decoder has to find
 * the end by itself; max is the buffer's size.
 */
static int decode_padded(const struct encoding *e, u8 filler,
			 struct insn *insn)
{
	u8 buf[32];
	unsigned int i;

	for (i = 0; i < sizeof(buf); i++)
		buf[i] = i < e->len ? e->bytes[i] : filler;
	return insn_decode(buf, sizeof(buf), insn);
}

static void check_length(const struct encoding *e, u8 filler)
{
	struct insn insn;
	int got = decode_padded(e, filler, &insn);
	char hex[64];

	if (got == e->len && insn.len == e->len)
		return;
	dump(hex, sizeof(hex), e->bytes, e->len);
	ht_fail(__FILE__, __LINE__,
		"%s [%s ] followed by %02x: got %d, want %u",
		e->what, hex, filler, got, e->len);
}

static void lengths_of_table(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(good); i++) {
		check_length(&good[i], 0x00);
		check_length(&good[i], 0xff);
		check_length(&good[i], 0x0f);
	}
}

static void refused_forms(void)
{
	unsigned int i;
	struct insn insn;
	char hex[64];

	for (i = 0; i < ARRAY_SIZE(refused); i++) {
		int got = decode_padded(&refused[i], 0x00, &insn);

		if (got == -1)
			continue;
		dump(hex, sizeof(hex), refused[i].bytes, refused[i].len);
		ht_fail(__FILE__, __LINE__, "%s [%s ]: got %d, want -1",
			refused[i].what, hex, got);
	}
}

/* Every table entry decodes with max its length, and none with one less. */
static void truncated_input(void)
{
	unsigned int i;
	struct insn insn;

	for (i = 0; i < ARRAY_SIZE(good); i++) {
		const struct encoding *e = &good[i];

		if (insn_decode(e->bytes, e->len, &insn) != e->len)
			ht_fail(__FILE__, __LINE__, "%s: max %u refused",
				e->what, e->len);
		if (insn_decode(e->bytes, e->len - 1, &insn) != -1)
			ht_fail(__FILE__, __LINE__, "%s: max %u accepted",
				e->what, e->len - 1);
	}
	HT_EXPECT_EQ(insn_decode(good[0].bytes, 0, &insn), -1);
}

static void length_limit(void)
{
	static const u8 all_prefixes[32] = {
		[0 ... 31] = 0x3e,
	};
	u8 buf[32] = { 0x3e, 0x3e, 0x3e, 0x3e, 0x3e, 0x3e, 0x3e, 0x3e,
		       0x3e, 0x3e, 0x3e, 0x3e, 0x3e, 0x3e, 0x90 };
	struct insn insn;

	/* 14 prefixes and nop: 15 bytes; one more prefix: 16 */
	HT_EXPECT_EQ(insn_decode(buf, sizeof(buf), &insn), 15);
	HT_EXPECT_EQ(insn.nr_prefixes, 14);
	buf[14] = 0x3e;
	buf[15] = 0x90;
	HT_EXPECT_EQ(insn_decode(buf, sizeof(buf), &insn), -1);
	HT_EXPECT_EQ(insn_decode(all_prefixes, sizeof(all_prefixes), &insn),
		     -1);
	/* a 15-byte instruction needs max 15, more does not hurt */
	HT_EXPECT_EQ(insn_decode(good[ARRAY_SIZE(good) - 1].bytes, 15, &insn),
		     15);
	HT_EXPECT_EQ(insn_decode(good[ARRAY_SIZE(good) - 1].bytes, ~0U, &insn),
		     15);
}

static void decoded_fields(void)
{
	static const u8 lock_cmpxchg8b[] = { 0xf0, 0x0f, 0xc7, 0x0e };
	static const u8 segs_mov[] = { 0x26, 0x66, 0x64, 0xf3, 0x89, 0x08 };
	static const u8 palignr[] = { 0x66, 0x0f, 0x3a, 0x0f, 0xc1, 0x08 };
	static const u8 rdtsc[] = { 0x0f, 0x31 };
	struct insn insn;

	HT_ASSERT(insn_decode(lock_cmpxchg8b, 4, &insn) == 4);
	HT_EXPECT_EQ(insn.nr_prefixes, 1);
	HT_EXPECT_EQ(insn.seg_prefix, 0);
	HT_EXPECT_EQ(insn.opcode_len, 2);
	HT_EXPECT_EQ(insn.opcode[0], 0x0f);
	HT_EXPECT_EQ(insn.opcode[1], 0xc7);
	HT_EXPECT_EQ(insn.has_modrm, 1);

	HT_ASSERT(insn_decode(segs_mov, 6, &insn) == 6);
	HT_EXPECT_EQ(insn.nr_prefixes, 4);
	HT_EXPECT_EQ(insn.seg_prefix, 0x64);	/* the last one counts */
	HT_EXPECT_EQ(insn.opcode_len, 1);
	HT_EXPECT_EQ(insn.opcode[0], 0x89);

	HT_ASSERT(insn_decode(palignr, 6, &insn) == 6);
	HT_EXPECT_EQ(insn.opcode_len, 3);
	HT_EXPECT_EQ(insn.opcode[2], 0x0f);
	HT_EXPECT_EQ(insn.has_modrm, 1);

	HT_ASSERT(insn_decode(rdtsc, 2, &insn) == 2);
	HT_EXPECT_EQ(insn.nr_prefixes, 0);
	HT_EXPECT_EQ(insn.opcode_len, 2);
	HT_EXPECT_EQ(insn.has_modrm, 0);
}

/*
 * Instructions assembled by gas, never run.  I() records each length as
 * gas sees it in insn_walk_len, the way alternatives record theirs.
 */
#define I(insn)								\
	"8880:\t" insn "\n8881:\n"					\
	"\t.pushsection insn_walk_len, \"a\"\n"				\
	"\t.byte 8881b - 8880b\n"					\
	"\t.popsection\n"

__asm__(
	"\t.pushsection insn_walk_asm, \"ax\"\n"
	/* relative branches, far enough for rel32 */
	I("call 9f")
	I("jmp 9f")
	I("je 9f")
	I("jg 9f")
	I("{disp32} jmp 9f")
	I("7: jne 7b")
	I("jmp 7b")
	I("jecxz 7b")
	I("loop 7b")
	I("loopne 7b")
	I("ds; je 7b")
	I("call *%eax")
	I("call *0x10(%ebx)")
	I("jmp *0x1000(,%eax,4)")
	I("jmp *%ecx")
	I("ljmp *(%eax)")
	I("lcall *4(%ebx)")
	I("ret")
	I("ret $4")
	I("retw $4")
	I("lret")
	I("lret $8")
	I("iret")
	I("enter $16, $0")
	I("enter $0x100, $1")
	I("leave")
	I("int $0x80")
	I("int3")
	I("into")
	I("int1")
	/* ALU with every immediate size */
	I("addl %ebx, %eax")
	I("addb $0x7f, %al")
	I("addl $0x12345678, %eax")
	I("addw $0x1234, %ax")
	I("addl $1, %eax")
	I("addl $0x12345678, %ebx")
	I("addw $0x1234, %bx")
	I("orl $0x100, 4(%esp)")
	I("adcl $0, %edx")
	I("sbbl %ecx, %ecx")
	I("andb $0xf0, (%ebx)")
	I("subl $0x200, %esp")
	I("xorl %eax, %eax")
	I("cmpl $0x12345678, 0x10(%ebx,%esi,8)")
	I("cmpb $0x41, -1(%ebp)")
	I("testl $0x80000000, %ecx")
	I("testb $1, %al")
	I("testw $0x8000, %ax")
	I("testb $4, 0x12345678")
	I("testl $0x12345678, (%eax)")
	I("testw $0x1234, 8(%esp)")
	I("notl %eax")
	I("negl 8(%esp)")
	I("mull %ecx")
	I("imull 0x10(%ebp)")
	I("divl %ebx")
	I("idivb %cl")
	I("imull $0x12345678, %ecx, %eax")
	I("imulw $0x1234, %cx, %ax")
	I("imull $-16, 8(%esp), %eax")
	I("imull %ecx, %eax")
	I("incl %eax")
	I("decl (%eax,%eax,1)")
	I("incw %ax")
	I("daa")
	I("das")
	I("aaa")
	I("aas")
	I("aam")
	I("aad $16")
	/* moves and addressing forms */
	I("movl (%eax), %ecx")
	I("movl 8(%ebp), %eax")
	I("movl 0x100(%ebp), %eax")
	I("movl (%esp), %eax")
	I("movl 4(%esp), %eax")
	I("movl 0x100(%esp), %eax")
	I("movl 0x12345678, %ebx")
	I("movl 0x12345678, %eax")
	I("movl %eax, 0x12345678")
	I("movb 0x12345678, %al")
	I("movw 0x12345678, %ax")
	I("movl 0x1000(,%eax,4), %eax")
	I("movl (%ebp,%ecx,4), %eax")
	I("movl 0x12345678(%ebx,%ecx,4), %eax")
	I("{disp32} movl 4(%ebp), %eax")
	I("{disp8} movl (%esi), %eax")
	I("movl %ecx, %eax")
	I("movl $0xdeadbeef, 0x12345678(%eax,%ecx,4)")
	I("movw $0xbeef, 0x12345678(%eax,%ecx,4)")
	I("movb $0xff, 3(%esp)")
	I("movl $0x12345678, %edi")
	I("movb $0x12, %ah")
	I("movw $0x1234, %si")
	I("movl %fs:0x10, %eax")
	I("movl %gs:(%eax), %edx")
	I("movl %es:(%edi), %eax")
	I("movl %cs:4(%esi), %eax")
	I("ds; movl (%eax), %eax")
	I("movw %ds, %ax")
	I("mov %eax, %ds")
	I("movzbl %al, %eax")
	I("movzwl 4(%esp), %eax")
	I("movsbl (%ebx), %eax")
	I("movswl %cx, %eax")
	I("leal 4(%eax,%ebx,2), %ecx")
	I("leal 0x12345678(,%ecx,8), %edx")
	I("xchgl %eax, %ebx")
	I("xchgl %ecx, (%edx)")
	I("xchg %ax, %ax")
	I("cwtl")
	I("cltd")
	I("cbtw")
	I("sahf")
	I("lahf")
	/* stack */
	I("pushl %ebp")
	I("popl %ebp")
	I("pushl $1")
	I("pushl $0x12345678")
	I("pushw $0x1234")
	I("pushl 0x12345678")
	I("popl (%eax)")
	I("pushl %fs")
	I("popl %gs")
	I("pushl %ds")
	I("popl %es")
	I("pushfl")
	I("popfl")
	I("pushal")
	I("popal")
	/* shifts and bit operations */
	I("shll $4, %eax")
	I("shrl %eax")
	I("sarl %cl, %edx")
	I("rolb $3, (%ebx)")
	I("rcrw %ax")
	I("shldl $4, %eax, %edx")
	I("shrdl $4, %eax, %edx")
	I("shldl %cl, %eax, %edx")
	I("shrdl %cl, %eax, (%ebx)")
	I("btl %ecx, %eax")
	I("btsl %ecx, (%eax)")
	I("btrl $5, %eax")
	I("btcl $31, 4(%esp)")
	I("bsfl %ecx, %eax")
	I("bsrl (%eax), %edx")
	I("bswap %eax")
	I("bswap %edi")
	I("popcntl %ecx, %eax")
	I("tzcntl %ecx, %eax")
	I("lzcntl %ecx, %eax")
	I("sete %al")
	I("setne (%ebx)")
	I("cmovel %ecx, %eax")
	I("cmovgl 4(%esp), %edx")
	/* strings, I/O, flags */
	I("rep movsl")
	I("rep movsb")
	I("rep stosl")
	I("rep stosb")
	I("repne scasb")
	I("repe cmpsb")
	I("lodsl")
	I("stosw")
	I("movsw")
	I("insb")
	I("outsl")
	I("xlat")
	I("inb $0x60, %al")
	I("outb %al, $0x80")
	I("inl (%dx), %eax")
	I("outw %ax, (%dx)")
	I("inw $0x71, %ax")
	I("cmc")
	I("clc")
	I("stc")
	I("cld")
	I("std")
	I("cli")
	I("sti")
	I("hlt")
	I("nop")
	I("pause")
	I("wait")
	I("rep; ret")
	/* locked */
	I("lock incl (%eax)")
	I("lock cmpxchgl %ecx, (%edx)")
	I("lock cmpxchg8b (%esi)")
	I("lock xaddl %eax, (%ebx)")
	I("lock orl $0, (%esp)")
	I("lock btsl $3, (%eax)")
	I("lock addw $0x1234, %fs:8(%ecx)")
	/* system */
	I("movl %cr0, %eax")
	I("movl %eax, %cr3")
	I("movl %cr4, %edx")
	I("movl %cr2, %eax")
	I("movl %db7, %eax")
	I("movl %eax, %db0")
	I("rdtsc")
	I("rdmsr")
	I("wrmsr")
	I("rdpmc")
	I("cpuid")
	I("ud2")
	I("clts")
	I("wbinvd")
	I("invd")
	I("sysenter")
	I("sysexit")
	I("lgdt (%eax)")
	I("lidt 0x12345678")
	I("sgdt 4(%esp)")
	I("invlpg (%eax)")
	I("ltr %ax")
	I("lldt %ax")
	I("sldt %eax")
	I("lar %ecx, %eax")
	I("lsl (%ebx), %edx")
	I("lmsw %ax")
	I("smsw %eax")
	I("xgetbv")
	I("monitor")
	I("mwait")
	I("vmcall")
	I("vmlaunch")
	I("vmptrld (%eax)")
	I("vmread %ecx, %eax")
	I("vmwrite (%eax), %ecx")
	I("rdtscp")
	I("rdrand %eax")
	I("rdseed %ecx")
	I("arpl %cx, %ax")
	I("bound %eax, (%ebx)")
	I("les (%ebx), %eax")
	I("lds 4(%esp), %ecx")
	I("lss (%eax), %esp")
	I("lfs 0x12345678, %eax")
	I("lgs (%eax,%ebx,1), %esi")
	I("lfence")
	I("mfence")
	I("sfence")
	I("clflush (%eax)")
	I("fxsave (%eax)")
	I("fxrstor 0x200(%esp)")
	I("ldmxcsr (%esp)")
	I("prefetcht0 (%eax)")
	I("prefetchnta 0x40(%esi)")
	I("prefetchw (%eax)")
	I("endbr32")
	/* the NOPs of the patcher and of gas */
	I(".byte 0x0f, 0x1f, 0x00")
	I(".byte 0x0f, 0x1f, 0x40, 0x00")
	I(".byte 0x0f, 0x1f, 0x44, 0x00, 0x00")
	I(".byte 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00")
	I(".byte 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00")
	I(".byte 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00")
	I(".byte 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00")
	I(".byte 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00")
	I(".byte 0x8d, 0x74, 0x26, 0x00")
	I(".byte 0x8d, 0xb4, 0x26, 0x00, 0x00, 0x00, 0x00")
	I("nopw 0x12345678(%eax,%ebx,2)")
	/* the patcher's padding: redundant ds prefixes, up to 15 bytes */
	I(".byte 0x3e, 0x3e; movl %eax, %ebx")
	I(".byte 0x3e, 0x3e, 0x3e; call 9f")
	I(".byte 0x26, 0x36, 0x64, 0x65;"
	  " movl $0xdeadbeef, 0x12345678(%eax,%ecx,4)")
	/* x87 */
	I("fld1")
	I("fldz")
	I("fldl 4(%esp)")
	I("fstpl 8(%esp)")
	I("fildll (%eax)")
	I("fistpl 0x12345678")
	I("faddp")
	I("fmul %st(1), %st")
	I("fxch")
	I("fnstsw %ax")
	I("fnstcw (%esp)")
	I("fldcw (%esp)")
	I("fninit")
	I("fnclex")
	I("fucomip %st(1), %st")
	I("fcomps 0x10(%ebp)")
	I("fsqrt")
	I("fchs")
	/* MMX, SSE and the three-byte maps */
	I("movd %eax, %mm0")
	I("movq %mm0, %mm1")
	I("paddd %mm1, %mm0")
	I("emms")
	I("movaps %xmm1, %xmm0")
	I("movups (%eax), %xmm1")
	I("xorps %xmm2, %xmm2")
	I("addss 4(%esp), %xmm0")
	I("cvtsi2sd %eax, %xmm0")
	I("pxor %xmm0, %xmm0")
	I("movdqa (%esp), %xmm0")
	I("movdqu %xmm3, 0x12345678(,%eax,8)")
	I("pshufd $0x1b, %xmm1, %xmm0")
	I("pshufw $0x1b, %mm1, %mm0")
	I("psrlq $4, %xmm0")
	I("psrlw $4, %mm0")
	I("pslldq $8, %xmm0")
	I("cmpltps %xmm1, %xmm0")
	I("shufps $0x44, %xmm1, %xmm0")
	I("pinsrw $3, %eax, %xmm0")
	I("pextrw $3, %mm1, %eax")
	I("movnti %ecx, (%eax)")
	I("movntq %mm0, (%eax)")
	I("pshufb %xmm1, %xmm0")
	I("palignr $8, %xmm1, %xmm0")
	I("pextrd $1, %xmm0, 4(%esp)")
	I("crc32l %ecx, %eax")
	I("movbe (%ebx), %eax")
	I("ptest %xmm1, %xmm0")
	I("pcmpestri $3, %xmm1, %xmm0")
	I("aesenc %xmm1, %xmm0")
	I("sha1rnds4 $1, %xmm1, %xmm0")
	"9:\n"
	"\t.popsection\n");

extern const u8 __start_insn_walk_asm[], __stop_insn_walk_asm[];
extern const u8 __start_insn_walk_len[], __stop_insn_walk_len[];

static void walk_assembled(void)
{
	const u8 *p = __start_insn_walk_asm, *want = __start_insn_walk_len;
	unsigned int n = 0;
	struct insn insn;
	char hex[64];
	int len;

	while (p < __stop_insn_walk_asm && want < __stop_insn_walk_len) {
		len = insn_decode(p, __stop_insn_walk_asm - p, &insn);
		if (len != *want) {
			dump(hex, sizeof(hex), p, *want);
			ht_fail(__FILE__, __LINE__,
				"instruction %u [%s ]: got %d, gas says %u",
				n, hex, len, *want);
			return;
		}
		p += len;
		want++;
		n++;
	}
	HT_EXPECT(p == __stop_insn_walk_asm);
	HT_EXPECT(want == __stop_insn_walk_len);
	HT_EXPECT(n > 300);
}

/*
 * Functions for gcc to compile into their own section, never called: the
 * code of the real compiler, with its prologues, addressing modes and
 * alignment padding.
 */
#define WALKED	__used noinline __section("insn_walk_cc")

struct sample {
	u8 tag;
	s16 delta;
	u32 flags;
	u64 stamp;
	u32 slots[40];
};

static WALKED u64 walk_u64(u64 a, u64 b, unsigned int shift)
{
	u64 r = (a << (shift & 31)) ^ (b >> (shift & 15));

	r += a * b;
	if ((s64)r < (s64)b)
		r -= b >> 3;
	return r | ((u64)(u32)a * (u32)b);
}

static WALKED int walk_switch(int op, int a, volatile int *out)
{
	switch (op) {
	case 0:
		return a + 1;
	case 1:
		return a * 3;
	case 2:
		*out = a;
		return -a;
	case 3:
		return a >> 2;
	case 4:
		return a % 7;
	case 5:
		return a / 13;
	case 6:
		return a & 0x12345;
	case 7:
		return ~a;
	}
	return 0;
}

static WALKED u32 walk_struct(struct sample *s, unsigned int i, s8 c)
{
	u32 sum = 0;
	unsigned int j;

	s->tag = c;
	s->delta = (s16)(s->delta + c);
	s->slots[i % ARRAY_SIZE(s->slots)] = 0x12345678;
	for (j = 0; j < ARRAY_SIZE(s->slots); j++)
		sum += s->slots[j] ? s->slots[j] : s->flags;
	s->stamp += sum;
	return sum + (s->flags & 0x80 ? (u32)s->delta : (u32)s->tag);
}

static WALKED int walk_frame(const char *str, volatile u8 *dev)
{
	char buf[300];
	unsigned int i;

	for (i = 0; str[i] && i < sizeof(buf) - 1; i++)
		buf[i] = str[i] >= 'a' && str[i] <= 'z' ? str[i] - 32 : str[i];
	buf[i] = 0;
	*dev = (u8)buf[i / 2];
	*(volatile u16 *)(dev + 2) = 0x1234;
	*(volatile u32 *)(dev + 0x104) = 0xdeadbeef;
	return buf[0] + buf[sizeof(buf) - 1];
}

static WALKED long walk_x87(double x, long n)
{
	double y = x * 1.5 + (double)n;

	if (y > 1e6)
		y = y / 3.0;
	return (long)y;
}

extern const u8 __start_insn_walk_cc[], __stop_insn_walk_cc[];

static void walk_compiled(void)
{
	const u8 *p = __start_insn_walk_cc;
	unsigned int n = 0;
	struct insn insn;
	char hex[64];
	int len;

	while (p < __stop_insn_walk_cc) {
		len = insn_decode(p, __stop_insn_walk_cc - p, &insn);
		if (len < 0) {
			dump(hex, sizeof(hex), p,
			     min(INSN_MAX_LEN, __stop_insn_walk_cc - p));
			ht_fail(__FILE__, __LINE__,
				"offset %#x [%s ]: not decoded",
				(unsigned int)(p - __start_insn_walk_cc), hex);
			return;
		}
		p += len;
		n++;
	}
	HT_EXPECT(p == __stop_insn_walk_cc);
	HT_EXPECT(n > 100);
}

static const struct ht_case cases[] = {
	HT_CASE(lengths_of_table),
	HT_CASE(refused_forms),
	HT_CASE(truncated_input),
	HT_CASE(length_limit),
	HT_CASE(decoded_fields),
	HT_CASE(walk_assembled),
	HT_CASE(walk_compiled),
	{}
};
HT_SUITE(insn, cases);
