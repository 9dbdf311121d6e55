// SPDX-License-Identifier: GPL-2.0
/*
 * mm/init_mm.c - the kernel's own address space.
 *
 * Kernel threads run on swapper_pg_dir and have no mm of their own;
 * init_mm stands for those tables where an address space must be named,
 * as in the page-table hooks a hypervisor backend receives.
 */
#include <linux/mm_types.h>

struct mm_struct init_mm = {
	.pgd = swapper_pg_dir,
	.users = 1,
	.vmas = LIST_HEAD_INIT(init_mm.vmas),
};
