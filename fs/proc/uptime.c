// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/uptime.c - /proc/uptime: seconds since boot and seconds spent
 * idle, each with hundredths.  Idle time is not accounted yet: 0.00.
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <asm/div64.h>
#include "internal.h"

int uptime_show(char *buf, size_t size)
{
	u64 ns = ktime_get_ns();
	u32 rem = __div64_32(&ns, NSEC_PER_SEC);

	return scnprintf(buf, size, "%llu.%02u 0.00\n", ns,
			 rem / (u32)(NSEC_PER_SEC / 100));
}
