// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/random.c - random bytes for AT_RANDOM and getrandom().
 *
 * A xorshift generator stirred with the clock on every call.  It is
 * good enough for stack canaries and hash seeds in a test kernel; it is
 * not a cryptographic generator, and says so here rather than pretend.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/random.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>

static u64 state = 0x9e3779b97f4a7c15ULL;

static u64 next_u64(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

void get_random_bytes(void *buf, size_t n)
{
	u8 *p = buf;
	unsigned long flags;
	u64 v = 0;
	size_t i;

	local_irq_save(flags);
	state ^= ktime_get_ns() * 0xff51afd7ed558ccdULL;
	for (i = 0; i < n; i++) {
		if (!(i & 7))
			v = next_u64();
		p[i] = (u8)v;
		v >>= 8;
	}
	local_irq_restore(flags);
}

#define GRND_NONBLOCK	0x1
#define GRND_RANDOM	0x2
#define GRND_INSECURE	0x4

long sys_getrandom(void __user *buf, size_t count, unsigned int flags)
{
	u8 chunk[64];
	size_t done = 0, n;

	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if (count > 0x7fffffff)
		count = 0x7fffffff;
	while (done < count) {
		n = min(count - done, sizeof(chunk));
		get_random_bytes(chunk, n);
		if (copy_to_user((u8 __user *)buf + done, chunk, n))
			return done ? (long)done : -EFAULT;
		done += n;
	}
	return done;
}
