/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_IDLE_H
#define _LINUX_IDLE_H

#include <linux/compiler.h>

/* Waits for interrupts forever, doing idle-time work between them. */
void __noreturn cpu_idle(void);

#endif /* _LINUX_IDLE_H */
