/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_ERR_H
#define _LINUX_ERR_H

#include <linux/compiler.h>
#include <linux/errno.h>

/* A pointer that carries -errno: the top 4095 addresses are never valid. */
static inline void *ERR_PTR(long err)
{
	return (void *)err;
}

static inline long PTR_ERR(const void *p)
{
	return (long)p;
}

static inline int IS_ERR(const void *p)
{
	return unlikely(IS_ERR_VALUE((unsigned long)p));
}

static inline int IS_ERR_OR_NULL(const void *p)
{
	return !p || IS_ERR(p);
}

#endif /* _LINUX_ERR_H */
