/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CRASH_H
#define _LINUX_CRASH_H

/* Crashes as the crash= boot parameter asks (kernel/crash.c). */
void crash_if_requested(void);

#endif /* _LINUX_CRASH_H */
