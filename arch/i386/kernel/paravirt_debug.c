// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/paravirt_debug.c - checking the register contract of
 * every patch site (CONFIG_DEBUG_PARAVIRT).
 *
 * A site tells the compiler which registers its call changes, and
 * records the same set as its clobber mask, which the patcher trusts
 * when it puts a direct call or a backend's code in the site.  In a
 * debug kernel each call site calls paravirt_debug_entry instead, and
 * after the operation has run:
 *
 *  - a register outside the mask that the operation changed is put back
 *    and reported once per site: the backend's target does not keep the
 *    slot's convention;
 *  - every register of the mask that carries no result is overwritten
 *    with a poison value: if the mask is wider than what the site's asm
 *    tells the compiler, the code around the site breaks and the tests
 *    fail.
 *
 * Jump sites (iret) do not come back and are patched as usual.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/paravirt.h>

/* The frame paravirt_debug_entry builds; the site's return address on top. */
struct pv_debug_regs {
	u32 ebp, edi, esi, ebx, edx, ecx, eax;
	u32 ret;
};

#define PV_POISON_EAX	0xdeadaaaa
#define PV_POISON_ECX	0xdeadcccc
#define PV_POISON_EDX	0xdeaddddd

extern struct paravirt_patch_site __parainstructions[],
	__parainstructions_end[];
extern const u8 paravirt_debug_entry[];
void paravirt_debug_call(struct pv_debug_regs *r);

/* How many times an operation changed a register it must keep. */
unsigned int paravirt_debug_violations;

/* Sorted by address once, for the lookup on every call. */
static void __init sort_sites(void)
{
	struct paravirt_patch_site *p, *q, tmp;

	for (p = __parainstructions + 1; p < __parainstructions_end; p++) {
		tmp = *p;
		for (q = p; q > __parainstructions && q[-1].addr > tmp.addr; q--)
			*q = q[-1];
		*q = tmp;
	}
}

/* The site whose call returns to ret. */
static const struct paravirt_patch_site *site_ending_at(u32 ret)
{
	const struct paravirt_patch_site *lo = __parainstructions;
	const struct paravirt_patch_site *hi = __parainstructions_end, *mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (mid->addr < ret)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == __parainstructions)
		return NULL;
	lo--;
	return lo->addr + lo->len == ret ? lo : NULL;
}

static void report(const struct paravirt_patch_site *s, const char *reg)
{
	paravirt_debug_violations++;
	pr_err("paravirt: %s at %pS changed %s, outside its clobbers %#x\n",
	       paravirt_slot_name(s->type), (void *)s->addr, reg, s->clobbers);
}

/* One caller-saved register after the call: result, poison or kept. */
static void settle(const struct paravirt_patch_site *s, unsigned int bit,
		   const char *name, u32 poison, u32 *frame, u32 after)
{
	if (s->results & bit)
		*frame = after;
	else if (s->clobbers & bit)
		*frame = poison;
	else if (after != *frame)
		report(s, name);	/* the frame still holds the old value */
}

void paravirt_debug_call(struct pv_debug_regs *r)
{
	const struct paravirt_patch_site *s = site_ending_at(r->ret);
	u32 eax = r->eax, ecx = r->ecx, edx = r->edx;
	u32 ebx = r->ebx, esi = r->esi, edi = r->edi;
	void *target;

	if (!s)
		panic("paravirt: debug entry called from %pS, not a patch site",
		      (void *)r->ret);
	target = ((void **)&pv_ops)[s->type];
	if (!target)
		panic("paravirt: %s called at %pS, but the backend has none",
		      paravirt_slot_name(s->type), (void *)s->addr);
	__asm__ __volatile__("call *%[target]"
			     : "+a"(eax), "+c"(ecx), "+d"(edx), "+b"(ebx),
			       "+S"(esi), "+D"(edi)
			     : [target] "m"(target)
			     : "memory", "cc");
	settle(s, CLBR_EAX, "%eax", PV_POISON_EAX, &r->eax, eax);
	settle(s, CLBR_ECX, "%ecx", PV_POISON_ECX, &r->ecx, ecx);
	settle(s, CLBR_EDX, "%edx", PV_POISON_EDX, &r->edx, edx);
	if (ebx != r->ebx)
		report(s, "%ebx");
	if (esi != r->esi)
		report(s, "%esi");
	if (edi != r->edi)
		report(s, "%edi");
}

/*
 * A direct call of paravirt_debug_entry for the call site p, in buf,
 * ending where the site ends: its length, or 0 if p is not a call site.
 */
unsigned int __init paravirt_debug_patch(const struct paravirt_patch_site *p,
					 u8 *buf)
{
	const u8 *site = (const u8 *)p->addr;
	u32 rel;

	if (p->len < 5 || site[0] != 0xff || site[1] != 0x15)
		return 0;
	buf[0] = 0xe8;
	rel = (u32)paravirt_debug_entry - (p->addr + p->len);
	memcpy(buf + 1, &rel, 4);
	return 5;
}

void __init paravirt_debug_init(void)
{
	sort_sites();
	pr_info("paravirt: debug: every call site checks its clobbers\n");
}
