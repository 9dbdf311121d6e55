/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CONST_H
#define _LINUX_CONST_H

/* _AC(1, UL) is 1UL in C and plain 1 in assembly and linker scripts. */
#ifdef __ASSEMBLY__
#define _AC(x, y)	x
#else
#define __AC(x, y)	(x##y)
#define _AC(x, y)	__AC(x, y)
#endif

#endif /* _LINUX_CONST_H */
