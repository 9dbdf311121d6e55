// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/paravirt_stats.c - per-operation call counts
 * (CONFIG_PARAVIRT_STATS), shown in /proc/paravirt.
 *
 * After the backend is installed every non-empty slot is replaced by its
 * counting thunk, which jumps to the real target.  Patch sites then
 * become direct calls to the thunks, so every call is counted, including
 * the ones a native kernel would have inlined.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/paravirt.h>

#define THUNK_SIZE	16

u32 pv_stats_count[PARAVIRT_NR_SLOTS];
void *pv_stats_real[PARAVIRT_NR_SLOTS];
extern const u8 pv_stat_thunks[];

void __init paravirt_stats_init(void)
{
	void **slots = (void **)&pv_ops;
	unsigned int i;

	for (i = 0; i < PARAVIRT_NR_SLOTS; i++) {
		pv_stats_real[i] = slots[i];
		if (slots[i])
			slots[i] = (void *)(pv_stat_thunks + i * THUNK_SIZE);
	}
	pr_info("paravirt: counting every operation in /proc/paravirt\n");
}

/*
 * "slot count" for every slot called at least once, then what the
 * backend counts itself (a hypervisor's: its hypercalls).
 */
int paravirt_stats_show(char *buf, size_t size)
{
	const struct paravirt_backend *b = paravirt_backend;
	unsigned int i;
	int n = 0;

	for (i = 0; i < PARAVIRT_NR_SLOTS; i++)
		if (pv_stats_count[i])
			n += scnprintf(buf + n, size - n, "%-24s %u\n",
				       paravirt_slot_name(i),
				       pv_stats_count[i]);
	if (b && b->stats_show)
		n += b->stats_show(buf + n, size - n);
	return n;
}
