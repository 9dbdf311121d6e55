// SPDX-License-Identifier: GPL-2.0
/*
 * fs/iov_iter.c - walking the segments of a read or write.
 *
 * One loop serves user and kernel segments: it takes the largest piece
 * that fits the current segment, hands it to a step function and
 * advances by what the step moved.  A user step that faults moves less
 * than asked and ends the walk.
 */
#include <linux/kernel.h>
#include <linux/uio.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/uaccess.h>

void iov_iter_init(struct iov_iter *i, const struct iovec *iov,
		   unsigned long nr_segs, size_t count)
{
	i->kernel = false;
	i->iov = iov;
	i->nr_segs = nr_segs;
	i->iov_offset = 0;
	i->count = count;
}

void iov_iter_kvec(struct iov_iter *i, const struct kvec *kvec,
		   unsigned long nr_segs, size_t count)
{
	i->kernel = true;
	i->kvec = kvec;
	i->nr_segs = nr_segs;
	i->iov_offset = 0;
	i->count = count;
}

enum iter_op { TO_ITER, FROM_ITER, ZERO_ITER };

/* Moves n bytes between buf and one segment piece; returns bytes moved. */
static size_t step(struct iov_iter *i, enum iter_op op, char *buf,
		   size_t base, size_t n)
{
	void __user *u;

	if (i->kernel) {
		char *k = (char *)i->kvec->iov_base + base;

		if (op == TO_ITER)
			memcpy(k, buf, n);
		else if (op == FROM_ITER)
			memcpy(buf, k, n);
		else
			memset(k, 0, n);
		return n;
	}
	u = (char __user *)i->iov->iov_base + base;
	if (op == TO_ITER)
		return n - copy_to_user(u, buf, n);
	if (op == FROM_ITER)
		return n - copy_from_user(buf, u, n);
	return n - clear_user(u, n);
}

static size_t seg_len(const struct iov_iter *i)
{
	return i->kernel ? i->kvec->iov_len : i->iov->iov_len;
}

static void next_seg(struct iov_iter *i)
{
	if (i->kernel)
		i->kvec++;
	else
		i->iov++;
	i->nr_segs--;
	i->iov_offset = 0;
}

static size_t iterate(struct iov_iter *i, enum iter_op op, char *buf,
		      size_t n)
{
	size_t done = 0;

	n = min(n, i->count);
	while (done < n && i->nr_segs) {
		size_t len = seg_len(i) - i->iov_offset, got;

		if (!len) {
			next_seg(i);
			continue;
		}
		len = min(len, n - done);
		got = step(i, op, buf ? buf + done : NULL, i->iov_offset, len);
		done += got;
		i->count -= got;
		i->iov_offset += got;
		if (got < len)
			break;
	}
	return done;
}

size_t copy_to_iter(const void *src, size_t n, struct iov_iter *i)
{
	return iterate(i, TO_ITER, (char *)src, n);
}

size_t copy_from_iter(void *dst, size_t n, struct iov_iter *i)
{
	return iterate(i, FROM_ITER, dst, n);
}

size_t iov_iter_zero(size_t n, struct iov_iter *i)
{
	return iterate(i, ZERO_ITER, NULL, n);
}

/* Checks every segment as Linux does: lengths, then addresses. */
static ssize_t check_iovec(struct iovec *iov, unsigned long nr_segs)
{
	size_t total = 0;
	unsigned long s;

	for (s = 0; s < nr_segs; s++) {
		if ((ssize_t)iov[s].iov_len < 0)
			return -EINVAL;
		if (!access_ok(iov[s].iov_base, iov[s].iov_len))
			return -EFAULT;
		if (iov[s].iov_len > MAX_RW_COUNT - total)
			iov[s].iov_len = MAX_RW_COUNT - total;
		total += iov[s].iov_len;
	}
	return total;
}

ssize_t import_iovec(const struct iovec __user *uvec, unsigned long nr_segs,
		     struct iovec *fast, struct iovec **iov,
		     struct iov_iter *i)
{
	struct iovec *v = fast;
	ssize_t total;

	*iov = fast;
	if (nr_segs > UIO_MAXIOV)
		return -EINVAL;
	if (nr_segs > UIO_FASTIOV) {
		v = kmalloc(nr_segs * sizeof(*v), GFP_KERNEL);
		if (!v)
			return -ENOMEM;
		*iov = v;
	}
	if (copy_from_user(v, uvec, nr_segs * sizeof(*v)))
		return -EFAULT;
	total = check_iovec(v, nr_segs);
	if (total >= 0)
		iov_iter_init(i, v, nr_segs, total);
	return total;
}
