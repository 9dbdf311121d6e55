/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_START_KERNEL_H
#define _LINUX_START_KERNEL_H

#include <linux/compiler.h>

/* Common entry once boot_info is filled, from every boot path. */
void __noreturn start_kernel(void);

#endif /* _LINUX_START_KERNEL_H */
