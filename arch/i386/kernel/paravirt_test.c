// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/paravirt_test.c - tests of the paravirt_ops layer:
 * the recorded sites, what patching made of them (or, with
 * noreplace-paravirt, that it left them alone), backend installation
 * and the default patcher.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/irqflags.h>
#include <asm/segment.h>
#include <asm/insn.h>
#include <asm/platform.h>

extern struct paravirt_patch_site __parainstructions[],
	__parainstructions_end[];
extern struct paravirt_hook_site __parahooks[], __parahooks_end[];

static const struct paravirt_patch_site *find_site(unsigned int type)
{
	const struct paravirt_patch_site *p;

	for (p = __parainstructions; p < __parainstructions_end; p++)
		if (p->type == type)
			return p;
	return NULL;
}

/* Still "call *abs32" or "jmp *abs32": the site was not patched. */
static int unpatched(const struct paravirt_patch_site *p)
{
	const u8 *b = (const u8 *)p->addr;

	return b[0] == 0xff && (b[1] == 0x15 || b[1] == 0x25);
}

static void pv_sites_recorded(struct ktest *t)
{
	const struct paravirt_patch_site *p;
	unsigned int n = 0;

	for (p = __parainstructions; p < __parainstructions_end; p++, n++) {
		KTEST_EXPECT(t, p->type < PARAVIRT_NR_SLOTS);
		KTEST_EXPECT(t, p->len >= 5 && p->len <= 15);
	}
	KTEST_EXPECT(t, n > 100);
	KTEST_EXPECT(t, find_site(PARAVIRT_PATCH(irq.irq_disable)) != NULL);
	KTEST_EXPECT(t, find_site(PARAVIRT_PATCH(cpu.iret)) != NULL);
}

/* Either every site is patched or (noreplace-paravirt) none is. */
static void pv_sites_patched_natively(struct ktest *t)
{
	const struct paravirt_patch_site *cli =
		find_site(PARAVIRT_PATCH(irq.irq_disable));
	const struct paravirt_patch_site *pte =
		find_site(PARAVIRT_PATCH(mmu.pte_val));
	const u8 *b;
	unsigned int i;

	KTEST_ASSERT(t, cli && pte);
	if (pv_ops.init.patch != native_backend.ops->init.patch)
		KTEST_SKIP(t, "the native backend did not patch the sites");
	if (unpatched(cli)) {
		KTEST_EXPECT(t, unpatched(pte));
		return;
	}
	if (IS_ENABLED(CONFIG_DEBUG_PARAVIRT)) {
		/* Calls of the checker behind DS prefixes. */
		b = (const u8 *)cli->addr;
		KTEST_EXPECT_EQ(t, b[cli->len - 5], 0xe8);
		KTEST_EXPECT(t, !unpatched(pte));
		return;
	}
	if (IS_ENABLED(CONFIG_PARAVIRT_STATS)) {
		/* Counting thunks: direct calls behind DS prefixes. */
		b = (const u8 *)cli->addr;
		KTEST_EXPECT_EQ(t, b[cli->len - 5], 0xe8);
		KTEST_EXPECT_EQ(t, b[0], 0x3e);
		return;
	}
	/* cli with redundant DS prefixes: one instruction, as natively. */
	b = (const u8 *)cli->addr;
	for (i = 0; i + 1 < cli->len; i++)
		KTEST_EXPECT_EQ(t, b[i], 0x3e);
	KTEST_EXPECT_EQ(t, b[cli->len - 1], 0xfa);
	/* The identity pte_val() became a NOP, or prefixes of the next one. */
	b = (const u8 *)pte->addr;
	KTEST_EXPECT(t, b[0] == 0x3e || b[0] == 0x66 || b[0] == 0x0f ||
			b[0] == 0x90);
	KTEST_EXPECT(t, !unpatched(pte));
}

/*
 * Every folded site (all DS prefixes) and the instruction after it are
 * one instruction of at most 15 bytes; most NOP sites are folded.
 */
static void pv_nop_sites_folded(struct ktest *t)
{
	const struct paravirt_patch_site *p;
	unsigned int folded = 0, nop = 0, i;
	struct insn insn;
	const u8 *b;

	/* Only natively patched kernels fold (not stats, debug, noreplace). */
	if (pv_ops.mmu.pte_val != native_backend.ops->mmu.pte_val ||
	    IS_ENABLED(CONFIG_DEBUG_PARAVIRT) ||
	    unpatched(find_site(PARAVIRT_PATCH(mmu.pte_val))))
		return;
	for (p = __parainstructions; p < __parainstructions_end; p++) {
		if (p->type != PARAVIRT_PATCH(mmu.pte_val) &&
		    p->type != PARAVIRT_PATCH(mmu.pmd_val) &&
		    p->type != PARAVIRT_PATCH(mmu.make_pte) &&
		    p->type != PARAVIRT_PATCH(mmu.lazy_enter))
			continue;
		nop++;
		b = (const u8 *)p->addr;
		for (i = 0; i < p->len && b[i] == 0x3e; i++)
			;
		if (i < p->len)
			continue;
		folded++;
		KTEST_EXPECT(t, insn_decode(b, INSN_MAX_LEN, &insn) > (int)p->len);
		KTEST_EXPECT(t, insn.nr_prefixes >= p->len);
	}
	KTEST_EXPECT(t, nop > 0);
	KTEST_EXPECT(t, folded * 2 > nop);
}

/* The slot of hook h holds the native backend's operation. */
static int hook_native(const struct paravirt_hook_site *h)
{
	return ((void **)&pv_ops)[h->type] ==
	       ((void *const *)native_backend.ops)[h->type];
}

/*
 * Hooks are jumps to their call, unless the slot holds the native
 * operation: then natively patched they are a NOP or DS prefixes of the
 * next instruction.
 */
static void pv_hooks_off_natively(struct ktest *t)
{
	const struct paravirt_hook_site *h;
	unsigned int n = 0, set_pte_at = 0;
	const u8 *b;
	s32 rel;

	for (h = __parahooks; h < __parahooks_end; h++, n++) {
		b = (const u8 *)h->addr;
		KTEST_EXPECT(t, h->type < PARAVIRT_NR_SLOTS);
		set_pte_at += h->type == PARAVIRT_PATCH(mmu.set_pte_at);
		if (b[0] == 0xe9) {	/* a jump to its call: still on */
			memcpy(&rel, b + 1, 4);
			KTEST_EXPECT_EQ(t, h->addr + 5 + rel, h->target);
			KTEST_EXPECT(t, !hook_native(h) ||
				     unpatched(find_site(PARAVIRT_PATCH(irq.irq_disable))));
			continue;
		}
		KTEST_EXPECT(t, hook_native(h));
		KTEST_EXPECT(t, b[0] == 0x3e || b[0] == 0x0f);
	}
	/* alloc/release x3, mm hooks x3, the user-entry writes */
	KTEST_EXPECT(t, n >= 9);
	KTEST_EXPECT(t, set_pte_at >= 5);
}

static void pv_irq_ops_work(struct ktest *t)
{
	unsigned long f, g;

	local_irq_save(f);
	KTEST_EXPECT(t, irqs_disabled());
	local_irq_enable();
	g = arch_local_save_flags();
	KTEST_EXPECT(t, g & X86_EFLAGS_IF);
	local_irq_disable();
	local_irq_restore(f);
	KTEST_EXPECT_EQ(t, arch_local_save_flags() & X86_EFLAGS_IF,
			f & X86_EFLAGS_IF);
}

static void pv_native_installed(struct ktest *t)
{
	if (pv_info.paravirt_enabled)
		KTEST_SKIP(t, "running under a hypervisor");
	KTEST_EXPECT_STREQ(t, pv_info.name, "bare hardware");
	KTEST_EXPECT_EQ(t, pv_info.kernel_rpl, get_kernel_rpl());
	KTEST_EXPECT_EQ(t, pv_info.paravirt_enabled, 0);
	KTEST_EXPECT(t, pv_ops.init.patch != NULL);
}

static void fake_irq_disable(void)
{
}

static struct paravirt_patch_template fake_ops, filled;
static const struct paravirt_backend fake_backend = {
	.name = "fake",
	.ops = &fake_ops,
};

/* NULL slots come from native; a slot the kernel needs cannot be empty. */
static void pv_install_fills_and_refuses(struct ktest *t)
{
	memset(&fake_ops, 0, sizeof(fake_ops));
	fake_ops.irq.irq_disable = fake_irq_disable;
	KTEST_EXPECT(t, paravirt_backend_missing(&fake_backend) == NULL);
	paravirt_fill(&filled, &fake_backend);
	KTEST_EXPECT(t, filled.irq.irq_disable == fake_irq_disable);
	KTEST_EXPECT(t, filled.irq.irq_enable ==
			native_backend.ops->irq.irq_enable);
	KTEST_EXPECT(t, filled.cpu.load_gdt == native_backend.ops->cpu.load_gdt);

	fake_ops.irq.irq_enable = PARAVIRT_SLOT_UNSUPPORTED;
	KTEST_EXPECT_STREQ(t, paravirt_backend_missing(&fake_backend) ?: "",
			   "irq.irq_enable");
	/* A slot native leaves empty is optional. */
	fake_ops.irq.irq_enable = NULL;
	fake_ops.init.banner = PARAVIRT_SLOT_UNSUPPORTED;
	KTEST_EXPECT(t, paravirt_backend_missing(&fake_backend) == NULL);
}

static void fake_power_off(void)
{
}

/* A backend's platform: its slots, the PC's where it has none. */
static void pv_platform_fills_from_native(struct ktest *t)
{
	static const struct x86_platform_ops fake = {
		.name = "fake",
		.power_off = fake_power_off,
	};
	struct x86_platform_ops p;

	x86_platform_fill(&p, &fake);
	KTEST_EXPECT_STREQ(t, p.name, "fake");
	KTEST_EXPECT(t, p.power_off == fake_power_off);
	KTEST_EXPECT(t, p.restart == native_platform.restart);
	KTEST_EXPECT(t, p.console_init == native_platform.console_init);
	x86_platform_fill(&p, NULL);
	KTEST_EXPECT(t, !memcmp(&p, &native_platform, sizeof(p)));
	/* This boot's platform came with its backend. */
	if (!pv_info.paravirt_enabled)
		KTEST_EXPECT(t, !memcmp(&x86_platform, &native_platform,
					sizeof(p)));
}

static void pv_slot_names_match(struct ktest *t)
{
	KTEST_EXPECT_STREQ(t, paravirt_slot_name(PARAVIRT_PATCH(init.patch)),
			   "init.patch");
	KTEST_EXPECT_STREQ(t, paravirt_slot_name(PARAVIRT_PATCH(cpu.read_cr2)),
			   "cpu.read_cr2");
	KTEST_EXPECT_STREQ(t, paravirt_slot_name(PARAVIRT_PATCH(irq.safe_halt)),
			   "irq.safe_halt");
	KTEST_EXPECT_STREQ(t, paravirt_slot_name(PARAVIRT_PATCH(mmu.lazy_leave)),
			   "mmu.lazy_leave");
}

/* A 6-byte "call *abs32" becomes a direct call that ends with the site. */
static void pv_default_patch_direct_call(struct ktest *t)
{
	u8 site[6] = { 0xff, 0x15, 0, 0, 0, 0 }, buf[16];
	unsigned int type = PARAVIRT_PATCH(cpu.read_cr0), n;
	u32 rel;

	n = paravirt_patch_default(type, CLBR_ANY, buf, (unsigned long)site,
				   sizeof(site));
	KTEST_ASSERT(t, n == 5);
	KTEST_EXPECT_EQ(t, buf[0], 0xe8);
	memcpy(&rel, buf + 1, 4);
	KTEST_EXPECT_EQ(t, (unsigned long)site + sizeof(site) + rel,
			(unsigned long)pv_ops.cpu.read_cr0);
	/* A jump site stays a jump. */
	site[1] = 0x25;
	n = paravirt_patch_default(type, CLBR_ANY, buf, (unsigned long)site,
				   sizeof(site));
	KTEST_EXPECT_EQ(t, buf[0], 0xe9);
	/* paravirt_nop: nothing, the site becomes NOPs (unless counted). */
	n = paravirt_patch_default(PARAVIRT_PATCH(cpu.lazy_enter), CLBR_ANY,
				   buf, (unsigned long)site, sizeof(site));
	if (pv_ops.cpu.lazy_enter == paravirt_nop)
		KTEST_EXPECT_EQ(t, n, 0);
	else
		KTEST_EXPECT_EQ(t, n, 5);
}

/* C targets for callee-save slots, behind their thunks. */
static u32 pv_test_c_seen;

static void __used pv_test_c_op(u32 a, u32 b, u32 c)
{
	pv_test_c_seen = a * 3 + b * 5 + c;
}
PV_CALLEE_SAVE_VOID(pv_test_c_op);

static u64 __used pv_test_c_entry(u64 v)
{
	return v ^ 0x8000000000000001ULL;
}
PV_CALLEE_SAVE_RET64(pv_test_c_entry);

/*
 * Called as a site calls: arguments in %eax/%edx/%ecx, every register
 * but the result kept, whatever the C function did with them.
 */
static void pv_thunks_keep_registers(struct ktest *t)
{
	void *fn = PV_CALLEE_SAVE(pv_test_c_op);
	u32 eax = 1, ecx = 100, edx = 10, ebx = 0x44444444;
	u64 v = 0x0123456789abcdefULL;

	__asm__ __volatile__("call *%[fn]"
			     : "+a"(eax), "+c"(ecx), "+d"(edx), "+b"(ebx)
			     : [fn] "m"(fn) : "memory", "cc");
	KTEST_EXPECT_EQ(t, pv_test_c_seen, 1 * 3 + 10 * 5 + 100);
	KTEST_EXPECT_EQ(t, eax, 1);
	KTEST_EXPECT_EQ(t, ecx, 100);
	KTEST_EXPECT_EQ(t, edx, 10);
	KTEST_EXPECT_EQ(t, ebx, 0x44444444);

	fn = PV_CALLEE_SAVE(pv_test_c_entry);
	ecx = 0x11111111;
	__asm__ __volatile__("call *%[fn]"
			     : "+A"(v), "+c"(ecx) : [fn] "m"(fn)
			     : "memory", "cc");
	KTEST_EXPECT_EQ(t, v, 0x8123456789abcdeeULL);
	KTEST_EXPECT_EQ(t, ecx, 0x11111111);
}

#ifdef CONFIG_DEBUG_PARAVIRT
/*
 * Stand-ins for cpu.io_delay (a cold slot nothing calls meanwhile, as
 * interrupts are off), called from sites of the tests' own.
 */
void pv_test_keeps_all(void);
void pv_test_clobbers_ecx(void);
__asm__(".pushsection .text\n"
	"pv_test_keeps_all:\n\t"
	"ret\n"
	"pv_test_clobbers_ecx:\n\t"
	"movl $0x5a5a5a5a, %ecx\n\t"
	"ret\n"
	".popsection");

/* A site's clobbers that carry no result come back poisoned. */
static void pv_debug_poisons_clobbers(struct ktest *t)
{
	void (*saved)(void) = pv_ops.cpu.io_delay;
	u32 eax = 0x33333333, ecx = 0x11111111, edx = 0x22222222;
	unsigned long flags;

	local_irq_save(flags);
	pv_ops.cpu.io_delay = pv_test_keeps_all;
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_ECX | CLBR_EDX, CLBR_NONE)
			     : "+a"(eax), "+c"(ecx), "+d"(edx)
			     : PV_OPS(cpu.io_delay) : "memory");
	pv_ops.cpu.io_delay = saved;
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, ecx, 0xdeadcccc);
	KTEST_EXPECT_EQ(t, edx, 0xdeaddddd);
	KTEST_EXPECT_EQ(t, eax, 0x33333333);	/* not in the mask: kept */
}

/* A target that changes a register its site keeps is caught and undone. */
static void pv_debug_catches_clobbering_target(struct ktest *t)
{
	void (*saved)(void) = pv_ops.cpu.io_delay;
	unsigned int before = paravirt_debug_violations;
	u32 ecx = 0x11111111;
	unsigned long flags;

	local_irq_save(flags);
	pv_ops.cpu.io_delay = pv_test_clobbers_ecx;
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)
			     : "+c"(ecx) : PV_OPS(cpu.io_delay) : "memory");
	pv_ops.cpu.io_delay = saved;
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, ecx, 0x11111111);
	KTEST_EXPECT_EQ(t, paravirt_debug_violations, before + 1);
}

/*
 * The checker sees through thunks: a thunked C function keeps its site's
 * registers, the bare C function in the same slot is caught.
 */
static void pv_debug_checks_thunked_slots(struct ktest *t)
{
	void (*saved)(void) = pv_ops.cpu.io_delay;
	unsigned int before = paravirt_debug_violations;
	u32 eax = 2, ecx = 200, edx = 20;
	unsigned long flags;

	local_irq_save(flags);
	pv_ops.cpu.io_delay = PV_CALLEE_SAVE(pv_test_c_op);
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)
			     : "+a"(eax), "+c"(ecx), "+d"(edx)
			     : PV_OPS(cpu.io_delay) : "memory");
	KTEST_EXPECT_EQ(t, paravirt_debug_violations, before);
	KTEST_EXPECT_EQ(t, pv_test_c_seen, 2 * 3 + 20 * 5 + 200);
	pv_ops.cpu.io_delay = (void *)pv_test_c_op;
	__asm__ __volatile__(PARAVIRT_SITE(CLBR_NONE, CLBR_NONE)
			     : "+a"(eax), "+c"(ecx), "+d"(edx)
			     : PV_OPS(cpu.io_delay) : "memory");
	pv_ops.cpu.io_delay = saved;
	local_irq_restore(flags);
	KTEST_EXPECT(t, paravirt_debug_violations > before);
	KTEST_EXPECT_EQ(t, eax, 2);
	KTEST_EXPECT_EQ(t, ecx, 200);
	KTEST_EXPECT_EQ(t, edx, 20);
}
#endif /* CONFIG_DEBUG_PARAVIRT */

static const struct ktest_case paravirt_cases[] = {
	KTEST_CASE(pv_sites_recorded),
	KTEST_CASE(pv_sites_patched_natively),
	KTEST_CASE(pv_nop_sites_folded),
	KTEST_CASE(pv_hooks_off_natively),
	KTEST_CASE(pv_irq_ops_work),
	KTEST_CASE(pv_native_installed),
	KTEST_CASE(pv_install_fills_and_refuses),
	KTEST_CASE(pv_platform_fills_from_native),
	KTEST_CASE(pv_thunks_keep_registers),
	KTEST_CASE(pv_slot_names_match),
	KTEST_CASE(pv_default_patch_direct_call),
#ifdef CONFIG_DEBUG_PARAVIRT
	KTEST_CASE(pv_debug_poisons_clobbers),
	KTEST_CASE(pv_debug_catches_clobbering_target),
	KTEST_CASE(pv_debug_checks_thunked_slots),
#endif
	{}
};
KTEST_SUITE(paravirt, paravirt_cases);
