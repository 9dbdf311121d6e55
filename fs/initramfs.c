// SPDX-License-Identifier: GPL-2.0
/*
 * fs/initramfs.c - unpacking a cpio "newc" archive into the root.
 *
 * Each entry is a 110-byte header: the magic "070701" (or "070702",
 * whose checksum we ignore) and thirteen 8-digit hex fields; then the
 * name with its NUL, padded to a multiple of 4 from the header's start;
 * then the data, padded the same way.  The entry "TRAILER!!!" ends an
 * archive; another may follow after NUL padding.
 *
 * Directories, regular files, symlinks and character devices are
 * created with the archive's mode and mtime, replacing what is in the
 * way (an existing directory stays and is merged into).  Regular files
 * listed more than once with one inode number are hard links.  Input is
 * never trusted: every length is checked against the archive, and the
 * first problem ends the unpacking with one line naming it and where.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/list.h>
#include <linux/err.h>
#include "internal.h"

#define CPIO_HDR_LEN	110
#define CPIO_FIELDS	13

enum {
	F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE,
	F_MAJOR, F_MINOR, F_RMAJOR, F_RMINOR, F_NAMESIZE, F_CHECK,
};

struct cpio_state {
	const char *buf;
	size_t len;
	size_t off;			/* start of the current entry */
	char *path;			/* "/" + the entry's name */
	unsigned long f[CPIO_FIELDS];
	unsigned int files;
	struct list_head links;		/* regular files seen with nlink > 1 */
};

struct hardlink {
	struct list_head list;
	unsigned long ino, major, minor;
	char path[];
};

static int parse_hex(const char *s, unsigned long *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 8; i++) {
		char c = s[i];
		int d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return -EINVAL;
		*v = *v << 4 | d;
	}
	return 0;
}

static int bad(struct cpio_state *s, const char *what)
{
	pr_err("initramfs: %s at offset %zu\n", what, s->off);
	return -EINVAL;
}

/* Removes what is at path unless both are directories. */
static void clean_path(const char *path, umode_t mode)
{
	struct kstat st;

	if (vfs_fstatat(AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW))
		return;
	if (S_ISDIR(st.mode) && S_ISDIR(mode))
		return;
	if (S_ISDIR(st.mode))
		do_rmdir(AT_FDCWD, path);
	else
		do_unlinkat(AT_FDCWD, path);
}

/* The archive's mode (no umask) and mtime, on what was just made. */
static void set_attrs(const char *path, umode_t mode, unsigned long mtime)
{
	struct inode *inode;

	if (kern_path_at(AT_FDCWD, path, 0, &inode))
		return;
	if (!S_ISLNK(inode->i_mode))
		inode->i_mode = (inode->i_mode & S_IFMT) | (mode & S_IALLUGO);
	inode->i_mtime.tv_sec = mtime;
	inode->i_mtime.tv_nsec = 0;
	inode->i_atime = inode->i_mtime;
	iput(inode);
}

/* An earlier name of the same multiply-linked file, or NULL. */
static const char *find_link(struct cpio_state *s)
{
	struct hardlink *h;

	list_for_each_entry(h, &s->links, list)
		if (h->ino == s->f[F_INO] && h->major == s->f[F_MAJOR] &&
		    h->minor == s->f[F_MINOR])
			return h->path;
	return NULL;
}

static void remember_link(struct cpio_state *s)
{
	struct hardlink *h = kmalloc(sizeof(*h) + strlen(s->path) + 1,
				     GFP_KERNEL);

	if (!h)
		return;
	h->ino = s->f[F_INO];
	h->major = s->f[F_MAJOR];
	h->minor = s->f[F_MINOR];
	memcpy(h->path, s->path, strlen(s->path) + 1);
	list_add(&h->list, &s->links);
}

static int make_regular(struct cpio_state *s, const char *data)
{
	const char *first = s->f[F_NLINK] > 1 ? find_link(s) : NULL;
	int flags = O_WRONLY | O_CREAT | (first ? 0 : O_TRUNC);
	size_t size = s->f[F_FILESIZE];
	struct file *f;
	loff_t pos = 0;
	ssize_t n;
	int err;

	if (first) {
		err = do_linkat(AT_FDCWD, first, AT_FDCWD, s->path, 0);
		if (err)
			return err;
	}
	f = filp_open(s->path, flags, 0600);
	if (IS_ERR(f))
		return PTR_ERR(f);
	n = size ? kernel_write(f, data, size, &pos) : 0;
	fput(f);
	if (n != (ssize_t)size)
		return n < 0 ? n : -ENOSPC;
	if (s->f[F_NLINK] > 1 && !first)
		remember_link(s);
	return 0;
}

static int make_symlink(struct cpio_state *s, const char *data)
{
	size_t size = s->f[F_FILESIZE];
	char *target;
	int err;

	if (!size || size >= PATH_MAX)
		return -EINVAL;
	target = kmalloc(size + 1, GFP_KERNEL);
	if (!target)
		return -ENOMEM;
	memcpy(target, data, size);
	target[size] = '\0';
	err = do_symlinkat(target, AT_FDCWD, s->path);
	kfree(target);
	return err;
}

/* Creates one entry; a failure is reported but does not stop the rest. */
static void make_entry(struct cpio_state *s, const char *data)
{
	umode_t mode = s->f[F_MODE];
	int err;

	if (!strcmp(s->path, "/"))
		return;
	clean_path(s->path, mode);
	switch (mode & S_IFMT) {
	case S_IFDIR:
		err = do_mkdirat(AT_FDCWD, s->path, mode & S_IALLUGO);
		if (err == -EEXIST)
			err = 0;
		break;
	case S_IFREG:
		err = make_regular(s, data);
		break;
	case S_IFLNK:
		err = make_symlink(s, data);
		break;
	case S_IFCHR:
		err = do_mknodat(AT_FDCWD, s->path, mode,
				 MKDEV(s->f[F_RMAJOR], s->f[F_RMINOR]));
		break;
	default:
		pr_info("initramfs: %s: skipped, type %o not supported\n",
			s->path, mode & S_IFMT);
		return;
	}
	if (err) {
		pr_err("initramfs: cannot create %s (%d)\n", s->path, err);
		return;
	}
	set_attrs(s->path, mode, s->f[F_MTIME]);
	s->files++;
}

/* Parses the header at s->off; returns the data offset or -EINVAL. */
static long read_header(struct cpio_state *s)
{
	const char *h = s->buf + s->off;
	size_t name_off = s->off + CPIO_HDR_LEN, data_off;
	unsigned long namesize;
	int i;

	if (s->len - s->off < CPIO_HDR_LEN)
		return bad(s, "truncated header");
	if (memcmp(h, "070701", 6) && memcmp(h, "070702", 6))
		return bad(s, "bad magic");
	for (i = 0; i < CPIO_FIELDS; i++)
		if (parse_hex(h + 6 + 8 * i, &s->f[i]))
			return bad(s, "bad header field");
	namesize = s->f[F_NAMESIZE];
	if (namesize > s->len - name_off)
		return bad(s, "truncated name");
	if (!namesize || namesize > PATH_MAX - 2)
		return bad(s, "bad name size");
	if (s->buf[name_off + namesize - 1])
		return bad(s, "name not NUL-terminated");
	data_off = ALIGN(name_off + namesize, 4);
	if (data_off > s->len || s->f[F_FILESIZE] > s->len - data_off)
		return bad(s, "truncated data");
	return data_off;
}

/* Builds "/" + name, without a leading "./" or "/" of the name. */
static void set_path(struct cpio_state *s, const char *name)
{
	while (name[0] == '.' && name[1] == '/')
		name += 2;
	while (*name == '/')
		name++;
	s->path[0] = '/';
	strlcpy(s->path + 1, name, PATH_MAX - 1);
	if (!strcmp(name, "."))
		s->path[1] = '\0';
}

static int unpack(struct cpio_state *s)
{
	bool ended = false;
	long data_off;

	while (s->off < s->len) {
		if (ended && !s->buf[s->off]) {
			s->off++;		/* padding between archives */
			continue;
		}
		if (s->off & 3)
			return bad(s, "broken padding");
		data_off = read_header(s);
		if (data_off < 0)
			return data_off;
		set_path(s, s->buf + s->off + CPIO_HDR_LEN);
		ended = !strcmp(s->path, "/TRAILER!!!");
		if (!ended)
			make_entry(s, s->buf + data_off);
		s->off = ALIGN(data_off + s->f[F_FILESIZE], 4);
	}
	if (!ended)
		return bad(s, "no TRAILER!!! (truncated archive)");
	return 0;
}

int populate_rootfs(const void *cpio, size_t len)
{
	struct cpio_state s = { .buf = cpio, .len = len };
	struct hardlink *h, *n;
	int err;

	INIT_LIST_HEAD(&s.links);
	s.path = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!s.path)
		return -ENOMEM;
	err = unpack(&s);
	list_for_each_entry_safe(h, n, &s.links, list)
		kfree(h);
	kfree(s.path);
	if (!err)
		pr_info("initramfs: %u files, %zu KiB\n", s.files,
			(len + 1023) / 1024);
	return err;
}
