/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_UIO_H
#define _LINUX_UIO_H

#include <linux/types.h>
#include <linux/compiler.h>

/* readv(2)/writev(2) segments, as user space lays them out. */
struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

struct kvec {
	void *iov_base;
	size_t iov_len;
};

#define UIO_FASTIOV	8
#define UIO_MAXIOV	1024
/* The most one read or write moves, as in Linux: INT_MAX rounded down
 * to a page, so that byte counts always fit a ssize_t. */
#define MAX_RW_COUNT	(0x7fffffff & ~0xfffUL)

/*
 * The far side of a read or write: user segments (read, readv...) or
 * kernel segments (kernel_read, in-kernel tests).  Drivers move data
 * with copy_to_iter()/copy_from_iter() and never see which it is; a
 * copy that faults on a user page stops short, and the driver reports
 * what it moved (or -EFAULT if nothing).
 */
struct iov_iter {
	bool kernel;
	union {
		const struct iovec *iov;
		const struct kvec *kvec;
	};
	unsigned long nr_segs;
	size_t iov_offset;		/* into the current segment */
	size_t count;			/* bytes left in all segments */
};

void iov_iter_init(struct iov_iter *i, const struct iovec *iov,
		   unsigned long nr_segs, size_t count);
void iov_iter_kvec(struct iov_iter *i, const struct kvec *kvec,
		   unsigned long nr_segs, size_t count);

static inline size_t iov_iter_count(const struct iov_iter *i)
{
	return i->count;
}

/* Each returns the bytes it moved; fewer than asked on a fault. */
size_t copy_to_iter(const void *src, size_t n, struct iov_iter *i);
size_t copy_from_iter(void *dst, size_t n, struct iov_iter *i);
size_t iov_iter_zero(size_t n, struct iov_iter *i);

/*
 * Copies a user iovec array of nr_segs entries into *iov (fast, an
 * array of UIO_FASTIOV, or a kmalloc()ed one returned the same way)
 * and sets up i over it.  Returns the total length or -errno; the
 * caller kfree()s *iov when it is not fast.
 */
ssize_t import_iovec(const struct iovec __user *uvec, unsigned long nr_segs,
		     struct iovec *fast, struct iovec **iov,
		     struct iov_iter *i);

#endif /* _LINUX_UIO_H */
