// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/time.c - timer hardware set-up (not yet: no timer).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/clockchips.h>

void __init time_init(void)
{
	pr_warn("time: no clocksource or clock event device yet\n");
}

