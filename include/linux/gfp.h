/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>

#define __GFP_ZERO	0x01u	/* return zeroed memory */
#define __GFP_NOWARN	0x02u	/* no message on failure */
#define GFP_KERNEL	0x00u
#define GFP_ATOMIC	0x00u	/* nothing sleeps yet: same as GFP_KERNEL */

#endif /* _LINUX_GFP_H */
