// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/misc.c - the one-line /proc files: version, cmdline, mounts.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include "internal.h"

int version_show(char *buf, size_t size)
{
	return scnprintf(buf, size, "pvkernel version %s (i386 PAE)\n",
			 UTS_RELEASE);
}

int cmdline_show(char *buf, size_t size)
{
	return scnprintf(buf, size, "%s\n", boot_command_line);
}

/* What is mounted never changes after boot. */
int mounts_show(char *buf, size_t size)
{
	return scnprintf(buf, size,
			 "rootfs / rootfs rw 0 0\n"
			 "proc /proc proc rw,nosuid,nodev,noexec 0 0\n");
}
