// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/paravirt.c - installing a paravirt_ops backend and
 * patching the call sites.
 *
 * pv_ops starts out native, so everything works before a backend is
 * chosen.  paravirt_init() keeps the backend a door installed at entry,
 * or walks the probe list (native last) and installs the first backend
 * that says it is here - its slots over the native
 * ones, NULL meaning "keep native" - and apply_paravirt() then lets it
 * rewrite every site recorded in .parainstructions: natively the bare
 * instruction, otherwise a direct call, NOPs for an operation that does
 * nothing, ud2 for an empty slot.  A site never grows; the unused bytes
 * become redundant segment prefixes on the first instruction (so the
 * site still executes as the same number of instructions), and a site
 * left with nothing becomes prefixes of the instruction after it, or
 * one NOP where that cannot be done.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/bootinfo.h>
#include <asm/paravirt.h>
#include <asm/paravirt_init.h>
#include <asm/irqflags.h>
#include <asm/insn.h>
#include <asm/traps.h>
#include <asm/platform.h>

extern struct paravirt_patch_site __parainstructions[],
	__parainstructions_end[];
extern struct paravirt_hook_site __parahooks[], __parahooks_end[];

/* Backends in probe order; native answers yes everywhere, so it is last. */
static const struct paravirt_backend *const backends[] __initconst = {
#ifdef CONFIG_VMI
	&vmi_backend,
#endif
	&native_backend,
};

struct pv_info pv_info = {
	.name = "bare hardware",
	.kernel_rpl = 0,
	.paravirt_enabled = 0,
	.shared_kernel_pmd = 1,
	.task_gates = 1,
};

static int noreplace_paravirt;
static const char *forced_backend;

static int __init noreplace_paravirt_setup(char *val)
{
	noreplace_paravirt = 1;
	return 0;
}
early_param("noreplace-paravirt", noreplace_paravirt_setup);

static int __init paravirt_setup(char *val)
{
	forced_backend = val;
	return 0;
}
early_param("paravirt=", paravirt_setup);

void paravirt_nop(void)
{
}

static const char *const slot_names[] = {
#include <generated/pv_slot_names.h>
};

const char *paravirt_slot_name(unsigned int type)
{
	BUILD_BUG_ON(ARRAY_SIZE(slot_names) != PARAVIRT_NR_SLOTS);
	return type < PARAVIRT_NR_SLOTS ? slot_names[type] : "?";
}

/*
 * The first slot the kernel needs (one the native backend fills) that
 * b marks unsupported, or NULL when b can be installed.
 */
const char *paravirt_backend_missing(const struct paravirt_backend *b)
{
	void *const *src = (void *const *)b->ops;
	void *const *native = (void *const *)native_backend.ops;
	unsigned int i;

	for (i = 0; i < PARAVIRT_NR_SLOTS; i++)
		if (src[i] == PARAVIRT_SLOT_UNSUPPORTED && native[i])
			return slot_names[i];
	return NULL;
}

/* Fills dst: b's slots, the native ones where b has NULL. */
void paravirt_fill(struct paravirt_patch_template *dst,
		   const struct paravirt_backend *b)
{
	void **d = (void **)dst;
	void *const *src = (void *const *)b->ops;
	void *const *native = (void *const *)native_backend.ops;
	unsigned int i;

	for (i = 0; i < PARAVIRT_NR_SLOTS; i++) {
		d[i] = src[i] ? src[i] : native[i];
		if (d[i] == PARAVIRT_SLOT_UNSUPPORTED)
			d[i] = NULL;
	}
}

/* The backend installed. */
const struct paravirt_backend *paravirt_backend;

/* Installs b if it provides every slot the kernel needs. */
static int __init install(const struct paravirt_backend *b)
{
	const char *missing = paravirt_backend_missing(b);

	if (missing) {
		pr_warn("paravirt: backend %s refused: it leaves %s empty\n",
			b->name, missing);
		return -EINVAL;
	}
	paravirt_fill(&pv_ops, b);
	if (b->info)
		pv_info = *b->info;
	x86_platform_install(b->platform);
	paravirt_backend = b;
	return 0;
}

/* Installed by a door before start_kernel(), or NULL. */
static const struct paravirt_backend *door_backend;

/*
 * A door that knows its hypervisor (Xen's entry) needs pv_ops from its
 * first steps: it installs its backend itself, before start_kernel(), and
 * paravirt_init() keeps it instead of probing.  Returns -EINVAL if the
 * backend is refused (the reason is in the log).
 */
int __init paravirt_install_door(const struct paravirt_backend *b)
{
	if (install(b))
		return -EINVAL;
	door_backend = b;
	return 0;
}

void __init paravirt_init(void)
{
	const struct paravirt_backend *b = door_backend;
	unsigned int i;

	if (b && forced_backend && strcmp(forced_backend, b->name))
		pr_warn("paravirt: paravirt=%s ignored: the %s entry installed %s\n",
			forced_backend, boot_info.loader, b->name);
	if (!b && forced_backend) {
		for (i = 0; i < ARRAY_SIZE(backends); i++)
			if (!strcmp(backends[i]->name, forced_backend))
				b = backends[i];
		if (!b)
			pr_warn("paravirt: unknown backend \"%s\", probing\n",
				forced_backend);
		else if (!b->probe())
			pr_warn("paravirt: backend %s not available here, probing\n",
				b->name);
		if (b && !b->probe())
			b = NULL;
	}
	if (b && b != door_backend && install(b))
		b = NULL;
	for (i = 0; !b && i < ARRAY_SIZE(backends); i++)
		if (backends[i]->probe() && !install(backends[i]))
			b = backends[i];
	pr_info("paravirt: %s backend%s, kernel in ring %u, platform %s\n",
		b->name, b == door_backend ? " (installed at entry)" : "",
		pv_info.kernel_rpl, x86_platform.name);
	if (IS_ENABLED(CONFIG_PARAVIRT_STATS))
		paravirt_stats_init();
	if (pv_ops.init.banner)
		pv_ops.init.banner();
}

/* Multi-byte NOPs, one instruction each (Intel SDM, NOP). */
static const u8 nops[][8] = {
	{ 0 },
	{ 0x90 },
	{ 0x66, 0x90 },
	{ 0x0f, 0x1f, 0x00 },
	{ 0x0f, 0x1f, 0x40, 0x00 },
	{ 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	{ 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	{ 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
	{ 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

#define DS_PREFIX	0x3e

/*
 * The default way to fill a site of type for whatever pv_ops holds: a
 * direct call (or jump, for a site that jumps) when the target takes
 * the site's calling convention, which every slot reachable from a site
 * does; nothing for paravirt_nop; ud2 for an empty slot.
 */
unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len)
{
	void *target = ((void **)&pv_ops)[type];
	const u8 *site = (const u8 *)addr;
	u8 *b = buf;
	u32 rel;

	if (!target) {
		b[0] = 0x0f;	/* ud2 */
		b[1] = 0x0b;
		return 2;
	}
	if (target == (void *)paravirt_nop)
		return 0;
	if (len < 5 || site[0] != 0xff)
		return len;	/* not a site we know: leave it */
	/* ff 15: call *abs32 -> e8 rel32; ff 25: jmp *abs32 -> e9 rel32.
	 * The call ends where the site ends, after the padding. */
	b[0] = site[1] == 0x25 ? 0xe9 : 0xe8;
	rel = (u32)target - (u32)(addr + len);
	memcpy(b + 1, &rel, 4);
	return 5;
}

enum { PATCHED_INLINE, PATCHED_CALL, PATCHED_NOP, PATCHED_UD2, PATCHED_KEPT,
       PATCHED_DEBUG, PATCHED_FOLDED, PATCHED_KINDS };

/* Writes the first n bytes of buf into the len-byte site at addr. */
static int fill_site(u8 *site, const u8 *buf, unsigned int n,
		     unsigned int len)
{
	unsigned int i;

	if (n == len) {
		memcpy(site, buf, len);
		return PATCHED_INLINE;
	}
	if (n == 0) {
		if (len < ARRAY_SIZE(nops)) {
			memcpy(site, nops[len], len);
		} else {
			for (i = 0; i < len; i++)
				site[i] = 0x90;
		}
		return PATCHED_NOP;
	}
	/* Redundant DS prefixes on the first instruction: same count. */
	for (i = 0; i < len - n; i++)
		site[i] = DS_PREFIX;
	memcpy(site + len - n, buf, n);
	return PATCHED_INLINE;
}

static int __init is_nop(const u8 *site, unsigned int len)
{
	return len < ARRAY_SIZE(nops) && !memcmp(site, nops[len], len);
}

/*
 * A site that patched to a NOP still costs an instruction.  Its bytes
 * can instead become redundant DS prefixes of the instruction after it,
 * which then runs as before (the kernel's segments are flat), if that
 * instruction is one the decoder knows, has no other segment override,
 * stays within 15 bytes and is not an instruction allowed to fault (its
 * fixup is found by address).  Returns 1 if it folded the site.
 */
static int __init fold_nop(u8 *site, unsigned int len)
{
	const u8 *next = site + len;
	struct insn insn;

	if (search_exception_table((unsigned long)next))
		return 0;
	if (insn_decode(next, INSN_MAX_LEN, &insn) < 0 ||
	    len + insn.len > INSN_MAX_LEN ||
	    (insn.seg_prefix && insn.seg_prefix != DS_PREFIX))
		return 0;
	memset(site, DS_PREFIX, len);
	return 1;
}

#define HOOK_LEN	5

/*
 * A hook jumps to its out-of-line call; when the slot holds the native
 * operation the jump becomes a NOP instead, and what follows the hook
 * runs: nothing, for a notification bare hardware does not need
 * (paravirt_nop natively), or the native code inline, for an operation
 * such as set_pte_at() whose native form is another site.  Returns 1 if
 * it turned the hook off.
 */
static int __init patch_hook(const struct paravirt_hook_site *h)
{
	u8 *site = (u8 *)h->addr;

	if (h->type >= PARAVIRT_NR_SLOTS || site[0] != 0xe9 ||
	    h->addr + HOOK_LEN + *(s32 *)(site + 1) != h->target)
		return 0;	/* not a hook as we know them: leave it */
	if (((void **)&pv_ops)[h->type] !=
	    ((void *const *)native_backend.ops)[h->type])
		return 0;
	memcpy(site, nops[HOOK_LEN], HOOK_LEN);
	return 1;
}

/* A NOP to fold: a site's or a hook's. */
struct nop_site {
	unsigned long addr;
	u8 len;
	u8 hook;
};

#define MAX_NOP_SITES	256
static struct nop_site nop_sites[MAX_NOP_SITES] __initdata;

static unsigned int __init add_nop_site(unsigned int n, unsigned long addr,
					unsigned int len, int hook)
{
	unsigned int i;

	if (!is_nop((const u8 *)addr, len) || n == MAX_NOP_SITES)
		return n;
	/* Kept sorted by address, highest first. */
	for (i = n; i > 0 && nop_sites[i - 1].addr < addr; i--)
		nop_sites[i] = nop_sites[i - 1];
	nop_sites[i] = (struct nop_site){ addr, len, hook };
	return n + 1;
}

/*
 * Once every site and hook holds its final code, folds the NOPs away,
 * from the highest address down, so that the instruction after each one
 * (maybe another folded NOP) is final when it is decoded.  NOPs beyond
 * MAX_NOP_SITES stay NOPs.
 */
static void __init fold_nops(unsigned int *sites, unsigned int *hooks)
{
	const struct paravirt_patch_site *p;
	const struct paravirt_hook_site *h;
	unsigned int n = 0, i;

	for (p = __parainstructions; p < __parainstructions_end; p++)
		if (p->type < PARAVIRT_NR_SLOTS)
			n = add_nop_site(n, p->addr, p->len, 0);
	for (h = __parahooks; h < __parahooks_end; h++)
		n = add_nop_site(n, h->addr, HOOK_LEN, 1);
	for (i = 0; i < n; i++)
		if (fold_nop((u8 *)nop_sites[i].addr, nop_sites[i].len))
			(*(nop_sites[i].hook ? hooks : sites))++;
}

void __init apply_paravirt(void)
{
	struct paravirt_patch_site *p;
	struct paravirt_hook_site *h;
	unsigned int counts[PATCHED_KINDS] = { 0 }, n, kind;
	unsigned int hooks_off = 0, hooks_folded = 0;
	unsigned long flags;
	u8 buf[INSN_MAX_LEN];
	void *target;

	if (noreplace_paravirt) {
		pr_info("paravirt: noreplace-paravirt: %ld sites left as indirect calls, %ld hooks as jumps\n",
			(long)(__parainstructions_end - __parainstructions),
			(long)(__parahooks_end - __parahooks));
		return;
	}
	local_irq_save(flags);
	if (IS_ENABLED(CONFIG_DEBUG_PARAVIRT))
		paravirt_debug_init();
	for (p = __parainstructions; p < __parainstructions_end; p++) {
		u8 *site = (u8 *)p->addr;

		if (p->type >= PARAVIRT_NR_SLOTS || p->len > INSN_MAX_LEN) {
			counts[PATCHED_KEPT]++;
			continue;
		}
		if (IS_ENABLED(CONFIG_DEBUG_PARAVIRT) &&
		    (n = paravirt_debug_patch(p, buf))) {
			fill_site(site, buf, n, p->len);
			counts[PATCHED_DEBUG]++;
			continue;
		}
		target = ((void **)&pv_ops)[p->type];
		n = pv_ops.init.patch(p->type, p->clobbers, buf, p->addr,
				      p->len);
		if (n > p->len) {
			counts[PATCHED_KEPT]++;
			continue;
		}
		kind = fill_site(site, buf, n, p->len);
		if (kind == PATCHED_INLINE && buf[0] == 0x0f && buf[1] == 0x0b &&
		    n == 2 && !target)
			kind = PATCHED_UD2;
		else if (kind == PATCHED_INLINE && n == 5 &&
			 (buf[0] == 0xe8 || buf[0] == 0xe9))
			kind = PATCHED_CALL;
		counts[kind]++;
	}
	for (h = __parahooks; h < __parahooks_end; h++)
		hooks_off += patch_hook(h);
	fold_nops(&counts[PATCHED_FOLDED], &hooks_folded);
	local_irq_restore(flags);
	pr_info("paravirt: patched %u sites inline, %u to direct calls, %u to NOPs (%u of them folded into the next instruction), %u to ud2 (%u left)\n",
		counts[PATCHED_INLINE], counts[PATCHED_CALL],
		counts[PATCHED_NOP], counts[PATCHED_FOLDED],
		counts[PATCHED_UD2], counts[PATCHED_KEPT]);
	pr_info("paravirt: %u of %ld hooks off (%u folded into the next instruction)\n",
		hooks_off, (long)(__parahooks_end - __parahooks), hooks_folded);
	if (counts[PATCHED_DEBUG])
		pr_info("paravirt: debug: %u call sites go through paravirt_debug_entry\n",
			counts[PATCHED_DEBUG]);
}
