/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H

#include <linux/types.h>

/*
 * A /proc file is a function that writes its whole text into a buffer
 * of size bytes when the file is opened; it returns the length.
 */
typedef int (*proc_show_t)(char *buf, size_t size);

int meminfo_show(char *buf, size_t size);
int uptime_show(char *buf, size_t size);
int version_show(char *buf, size_t size);
int cmdline_show(char *buf, size_t size);
int mounts_show(char *buf, size_t size);

#endif /* _FS_PROC_INTERNAL_H */
