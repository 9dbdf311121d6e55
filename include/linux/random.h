/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

/* Fills buf with unpredictable-enough bytes (not for cryptography). */
void get_random_bytes(void *buf, size_t n);

#endif /* _LINUX_RANDOM_H */
