// SPDX-License-Identifier: GPL-2.0
/*
 * fs/read_write.c - read, write and seek: the checks every file gets,
 * then the file's own operations.
 *
 * All reads and writes go through an iov_iter, so one driver function
 * serves read(), readv(), pread() and kernel_read().  A driver with only
 * a plain read()/write() still works for user buffers: the segments are
 * handed to it one by one.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <linux/fcntl.h>
#include <linux/wait.h>
#include <asm/uaccess.h>
#include "internal.h"

/* Feeds user segments to a driver's plain read or write. */
static ssize_t loop_rw(struct file *f, struct iov_iter *it, loff_t *pos,
		       bool write)
{
	ssize_t done = 0, n;

	if (it->kernel)
		return -EINVAL;
	while (iov_iter_count(it) && it->nr_segs) {
		const struct iovec *v = it->iov;
		char __user *p = (char __user *)v->iov_base + it->iov_offset;
		size_t len = min(v->iov_len - it->iov_offset, it->count);

		if (!len) {
			it->iov++;
			it->nr_segs--;
			it->iov_offset = 0;
			continue;
		}
		n = write ? f->f_op->write(f, p, len, pos)
			  : f->f_op->read(f, p, len, pos);
		if (n <= 0)
			return done ? done : n;
		done += n;
		it->iov_offset += n;
		it->count -= n;
		if ((size_t)n < len)
			break;
	}
	return done;
}

ssize_t vfs_read(struct file *f, struct iov_iter *to, loff_t *pos)
{
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	if (S_ISDIR(file_mode(f)))
		return -EISDIR;
	if (!f->f_op)
		return -EINVAL;
	if (to->count > MAX_RW_COUNT)
		to->count = MAX_RW_COUNT;
	if (f->f_op->read_iter)
		return f->f_op->read_iter(f, to, pos);
	if (f->f_op->read)
		return loop_rw(f, to, pos, false);
	return -EINVAL;
}

ssize_t vfs_write(struct file *f, struct iov_iter *from, loff_t *pos)
{
	if (!(f->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!f->f_op)
		return -EINVAL;
	if (from->count > MAX_RW_COUNT)
		from->count = MAX_RW_COUNT;
	if (f->f_op->write_iter)
		return f->f_op->write_iter(f, from, pos);
	if (f->f_op->write)
		return loop_rw(f, from, pos, true);
	return -EINVAL;
}

ssize_t kernel_read(struct file *f, void *buf, size_t n, loff_t *pos)
{
	struct kvec v = { .iov_base = buf, .iov_len = n };
	struct iov_iter it;

	iov_iter_kvec(&it, &v, 1, n);
	return vfs_read(f, &it, pos);
}

ssize_t kernel_write(struct file *f, const void *buf, size_t n, loff_t *pos)
{
	struct kvec v = { .iov_base = (void *)buf, .iov_len = n };
	struct iov_iter it;

	iov_iter_kvec(&it, &v, 1, n);
	return vfs_write(f, &it, pos);
}

loff_t generic_file_llseek(struct file *f, loff_t off, int whence)
{
	loff_t size = f->f_inode->i_size;

	switch (whence) {
	case SEEK_SET:
		break;
	case SEEK_CUR:
		off += f->f_pos;
		break;
	case SEEK_END:
		off += size;
		break;
	case SEEK_DATA:
		if (off >= size)
			return -ENXIO;
		break;
	case SEEK_HOLE:
		if (off >= size)
			return -ENXIO;
		off = size;
		break;
	default:
		return -EINVAL;
	}
	if (off < 0 || off > f->f_inode->i_sb->s_maxbytes)
		return -EINVAL;
	f->f_pos = off;
	return off;
}

loff_t no_llseek(struct file *f, loff_t off, int whence)
{
	return -ESPIPE;
}

loff_t vfs_llseek(struct file *f, loff_t off, int whence)
{
	if (!f->f_op || !f->f_op->llseek || (f->f_mode & FMODE_PATH))
		return f->f_mode & FMODE_PATH ? -EBADF : -ESPIPE;
	return f->f_op->llseek(f, off, whence);
}

/* Stream files (pipes, ttys) have no position: pread() is -ESPIPE. */
static bool seekable(struct file *f)
{
	return f->f_op && f->f_op->llseek && f->f_op->llseek != no_llseek;
}

/* One user buffer as an iov_iter; -EFAULT if it is not user memory. */
static int single_iter(void __user *buf, size_t n, struct iovec *v,
		       struct iov_iter *it)
{
	if (!access_ok(buf, n))
		return -EFAULT;
	v->iov_base = buf;
	v->iov_len = n;
	iov_iter_init(it, v, 1, n);
	return 0;
}

/* read/write/readv/writev and the p* variants: pos NULL uses f_pos. */
static ssize_t do_rw(unsigned int fd, struct iov_iter *it, loff_t *ppos,
		     bool write)
{
	struct file *f = fget(fd);
	loff_t pos;
	ssize_t ret;

	if (!f)
		return -EBADF;
	if (ppos && !seekable(f)) {
		fput(f);
		return -ESPIPE;
	}
	pos = ppos ? *ppos : f->f_pos;
	ret = write ? vfs_write(f, it, &pos) : vfs_read(f, it, &pos);
	if (ret >= 0 && !ppos)
		f->f_pos = pos;
	fput(f);
	return ret;
}

long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	struct iov_iter it;
	struct iovec v;
	int err = single_iter(buf, count, &v, &it);

	return err ? err : do_rw(fd, &it, NULL, false);
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	struct iov_iter it;
	struct iovec v;
	int err = single_iter((void __user *)buf, count, &v, &it);

	return err ? err : do_rw(fd, &it, NULL, true);
}

static long do_pio(unsigned int fd, void __user *buf, size_t count,
		   loff_t pos, bool write)
{
	struct iov_iter it;
	struct iovec v;
	int err;

	if (pos < 0)
		return -EINVAL;
	err = single_iter(buf, count, &v, &it);
	return err ? err : do_rw(fd, &it, &pos, write);
}

long sys_pread64(unsigned int fd, char __user *buf, size_t count,
		 unsigned long lo, unsigned long hi)
{
	return do_pio(fd, buf, count, ((loff_t)hi << 32) | lo, false);
}

long sys_pwrite64(unsigned int fd, const char __user *buf, size_t count,
		  unsigned long lo, unsigned long hi)
{
	return do_pio(fd, (void __user *)buf, count, ((loff_t)hi << 32) | lo,
		      true);
}

static long do_rwv(unsigned int fd, const struct iovec __user *vec,
		   unsigned long vlen, loff_t *pos, bool write)
{
	struct iovec fast[UIO_FASTIOV], *iov;
	struct iov_iter it;
	struct file *f = fget(fd);
	ssize_t ret;

	/* A bad descriptor is reported before a bad vector, as in Linux. */
	if (!f)
		return -EBADF;
	fput(f);
	ret = import_iovec(vec, vlen, fast, &iov, &it);
	if (ret >= 0)
		ret = do_rw(fd, &it, pos, write);
	if (iov != fast)
		kfree(iov);
	return ret;
}

long sys_readv(unsigned int fd, const struct iovec __user *vec,
	       unsigned long vlen)
{
	return do_rwv(fd, vec, vlen, NULL, false);
}

long sys_writev(unsigned int fd, const struct iovec __user *vec,
		unsigned long vlen)
{
	return do_rwv(fd, vec, vlen, NULL, true);
}

long sys_preadv(unsigned int fd, const struct iovec __user *vec,
		unsigned long vlen, unsigned long lo, unsigned long hi)
{
	loff_t pos = ((loff_t)hi << 32) | lo;

	return pos < 0 ? -EINVAL : do_rwv(fd, vec, vlen, &pos, false);
}

long sys_pwritev(unsigned int fd, const struct iovec __user *vec,
		 unsigned long vlen, unsigned long lo, unsigned long hi)
{
	loff_t pos = ((loff_t)hi << 32) | lo;

	return pos < 0 ? -EINVAL : do_rwv(fd, vec, vlen, &pos, true);
}

long sys_lseek(unsigned int fd, long offset, unsigned int whence)
{
	struct file *f = fget(fd);
	loff_t res;

	if (!f)
		return -EBADF;
	res = vfs_llseek(f, offset, whence);
	fput(f);
	/* The position moved even so, as in Linux. */
	if (res >= 0 && res != (long)res)
		return -EOVERFLOW;
	return res;
}

long sys_llseek(unsigned int fd, unsigned long hi, unsigned long lo,
		loff_t __user *result, unsigned int whence)
{
	struct file *f = fget(fd);
	loff_t res;

	if (!f)
		return -EBADF;
	res = vfs_llseek(f, ((loff_t)hi << 32) | lo, whence);
	fput(f);
	if (res < 0)
		return res;
	if (copy_to_user(result, &res, sizeof(res)))
		return -EFAULT;
	return 0;
}

#define SENDFILE_CHUNK	PAGE_SIZE

/*
 * sendfile: count bytes from in_fd (at *ppos, which moves, or at its
 * file position) to out_fd, through a page of kernel memory.  Returns
 * what was written; a short read ends it (end of file), as does a short
 * write.  in_fd must be a file that can be read at an offset.
 */
static long do_sendfile(unsigned int out_fd, unsigned int in_fd,
			loff_t *ppos, size_t count)
{
	struct file *in = fget(in_fd), *out = fget(out_fd);
	loff_t pos, opos;
	ssize_t n, w;
	size_t done = 0;
	char *buf = NULL;
	long ret;

	ret = -EBADF;
	if (!in || !out || (in->f_flags & O_ACCMODE) == O_WRONLY ||
	    (out->f_flags & O_ACCMODE) == O_RDONLY)
		goto out;
	ret = -EINVAL;
	if (!seekable(in))
		goto out;
	ret = -ENOMEM;
	buf = kmalloc(SENDFILE_CHUNK, GFP_KERNEL);
	if (!buf)
		goto out;
	pos = ppos ? *ppos : in->f_pos;
	ret = 0;
	while (done < count) {
		n = kernel_read(in, buf, min(count - done,
					     (size_t)SENDFILE_CHUNK), &pos);
		if (n <= 0) {
			ret = n;
			break;
		}
		opos = out->f_pos;
		w = kernel_write(out, buf, n, &opos);
		if (w > 0) {
			out->f_pos = opos;
			done += w;
		}
		if (w != n) {
			pos -= n - (w > 0 ? w : 0);	/* unsent: not consumed */
			ret = w < 0 ? w : 0;
			break;
		}
		if (signal_pending_current())
			break;
	}
	if (ppos)
		*ppos = pos;
	else
		in->f_pos = pos;
	if (done)
		ret = done;
out:
	kfree(buf);
	if (in)
		fput(in);
	if (out)
		fput(out);
	return ret;
}

long sys_sendfile(unsigned int out_fd, unsigned int in_fd,
		  s32 __user *offset, size_t count)
{
	loff_t pos;
	s32 off;
	long ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count);
	if (get_user(off, offset))
		return -EFAULT;
	if (off < 0)
		return -EINVAL;
	pos = off;
	ret = do_sendfile(out_fd, in_fd, &pos, count);
	if (put_user((s32)pos, offset))
		return -EFAULT;
	return ret;
}

long sys_sendfile64(unsigned int out_fd, unsigned int in_fd,
		    loff_t __user *offset, size_t count)
{
	loff_t pos;
	long ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count);
	if (copy_from_user(&pos, offset, sizeof(pos)))
		return -EFAULT;
	if (pos < 0)
		return -EINVAL;
	ret = do_sendfile(out_fd, in_fd, &pos, count);
	if (copy_to_user(offset, &pos, sizeof(pos)))
		return -EFAULT;
	return ret;
}
