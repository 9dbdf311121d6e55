// SPDX-License-Identifier: GPL-2.0
/*
 * fs/fs_test.c - tests of path lookup, files, directories, symlinks,
 * descriptor tables and memory use of the VFS and ramfs.
 *
 * The cases work below /tmp/kt, which each case starts empty; they use
 * kernel-space paths and the vfs/do_* layer under the system calls.
 * Cases that need a working directory or a descriptor table give the
 * init task private ones for their duration.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/mm.h>
#include <linux/dirent.h>
#include <linux/syscalls.h>
#include "internal.h"

#define T	"/tmp/kt"

/* Writes s to path, replacing it; returns bytes written or -errno. */
static long put(const char *path, const char *s)
{
	struct file *f = filp_open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	loff_t pos = 0;
	long n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = kernel_write(f, s, strlen(s), &pos);
	fput(f);
	return n;
}

/* Reads up to size-1 bytes of path into buf as a string. */
static long get(const char *path, char *buf, size_t size)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	loff_t pos = 0;
	long n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = kernel_read(f, buf, size - 1, &pos);
	buf[n < 0 ? 0 : n] = '\0';
	fput(f);
	return n;
}

static struct inode *lookup(const char *path, unsigned int flags)
{
	struct inode *inode;
	int err = kern_path_at(AT_FDCWD, path, flags, &inode);

	return err ? ERR_PTR(err) : inode;
}

static int lookup_err(const char *path, unsigned int flags)
{
	struct inode *inode = lookup(path, flags);

	if (IS_ERR(inode))
		return PTR_ERR(inode);
	iput(inode);
	return 0;
}

/* The first entry of dir other than "." and "..", copied into name. */
struct first_entry {
	struct dir_context ctx;
	char name[NAME_MAX + 1];
	bool found;
};

static bool take_first(struct dir_context *ctx, const char *name, int len,
		       loff_t next, unsigned long ino, unsigned int type)
{
	struct first_entry *fe = container_of(ctx, struct first_entry, ctx);

	if (name[0] == '.' && (len == 1 || (len == 2 && name[1] == '.')))
		return true;
	memcpy(fe->name, name, len);
	fe->name[len] = '\0';
	fe->found = true;
	return false;
}

/* rm -rf path, with a path buffer of PATH_MAX for the recursion. */
static void rm_rf(char *path)
{
	struct first_entry *fe;
	struct inode *dir;
	size_t len = strlen(path);

	if (!do_unlinkat(AT_FDCWD, path) || !do_rmdir(AT_FDCWD, path))
		return;
	dir = lookup(path, 0);
	if (IS_ERR(dir))
		return;
	fe = kzalloc(sizeof(*fe), GFP_KERNEL);
	for (;;) {
		fe->ctx.actor = take_first;
		fe->ctx.pos = 0;
		fe->found = false;
		dir->i_op->readdir(dir, &fe->ctx);
		if (!fe->found)
			break;
		snprintf(path + len, PATH_MAX - len, "/%s", fe->name);
		rm_rf(path);
		path[len] = '\0';
	}
	kfree(fe);
	iput(dir);
	do_rmdir(AT_FDCWD, path);
}

static int fs_test_init(void)
{
	char *path = kmalloc(PATH_MAX, GFP_KERNEL);

	if (!path)
		return -ENOMEM;
	strlcpy(path, T, PATH_MAX);
	rm_rf(path);
	kfree(path);
	return do_mkdirat(AT_FDCWD, T, 0755);
}

static void fs_test_exit(void)
{
	char *path = kmalloc(PATH_MAX, GFP_KERNEL);

	if (!path)
		return;
	strlcpy(path, T, PATH_MAX);
	rm_rf(path);
	kfree(path);
}

/* Gives the current (kernel) task a private cwd for a test. */
static struct fs_struct *push_fs(void)
{
	struct fs_struct *old = current->fs;

	current->fs = fs_alloc_root();
	return old;
}

static void pop_fs(struct fs_struct *old)
{
	fs_put(current->fs);
	current->fs = old;
}

static void lookup_dots_and_slashes(struct ktest *t)
{
	struct inode *a, *b;

	KTEST_ASSERT(t, !do_mkdirat(AT_FDCWD, T "/a", 0755));
	KTEST_ASSERT(t, !do_mkdirat(AT_FDCWD, T "/a/b", 0755));
	a = lookup(T "/a/b", 0);
	b = lookup("//tmp///kt/./a/b/../b/.", 0);
	KTEST_ASSERT(t, !IS_ERR(a) && !IS_ERR(b));
	KTEST_EXPECT(t, a == b);
	iput(b);
	b = lookup(T "/a/b/", 0);
	KTEST_EXPECT(t, a == b);
	iput(a);
	iput(b);
	/* ".." of the root is the root. */
	a = lookup("/", 0);
	b = lookup("/../..", 0);
	KTEST_EXPECT(t, a == b);
	iput(a);
	iput(b);
}

static void lookup_relative_to_cwd(struct ktest *t)
{
	struct fs_struct *old = push_fs();
	struct inode *a, *b;

	KTEST_ASSERT(t, current->fs);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/c", 0755), 0);
	KTEST_EXPECT_EQ(t, put(T "/c/f", "x"), 1);
	KTEST_EXPECT_EQ(t, do_chdir(T "/c"), 0);
	a = lookup("f", 0);
	b = lookup(T "/c/f", 0);
	KTEST_EXPECT(t, !IS_ERR(a) && a == b);
	if (!IS_ERR(a))
		iput(a);
	if (!IS_ERR(b))
		iput(b);
	KTEST_EXPECT_EQ(t, lookup_err("../c/./f", 0), 0);
	KTEST_EXPECT_EQ(t, do_chdir("f"), -ENOTDIR);
	KTEST_EXPECT_EQ(t, do_chdir("nothing"), -ENOENT);
	pop_fs(old);
}

static void lookup_errors(struct ktest *t)
{
	char *name = kmalloc(NAME_MAX + 32, GFP_KERNEL);

	KTEST_ASSERT(t, name);
	KTEST_EXPECT_EQ(t, put(T "/file", "data"), 4);
	KTEST_EXPECT_EQ(t, lookup_err(T "/missing", 0), -ENOENT);
	KTEST_EXPECT_EQ(t, lookup_err(T "/missing/x", 0), -ENOENT);
	KTEST_EXPECT_EQ(t, lookup_err(T "/file/x", 0), -ENOTDIR);
	KTEST_EXPECT_EQ(t, lookup_err(T "/file/", 0), -ENOTDIR);
	KTEST_EXPECT_EQ(t, lookup_err(T "/file", LOOKUP_DIRECTORY), -ENOTDIR);
	KTEST_EXPECT_EQ(t, lookup_err("", 0), -ENOENT);
	strlcpy(name, T "/", NAME_MAX + 32);
	memset(name + strlen(name), 'n', NAME_MAX + 1);
	name[strlen(T "/") + NAME_MAX + 1] = '\0';
	KTEST_EXPECT_EQ(t, lookup_err(name, 0), -ENAMETOOLONG);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, name, 0755), -ENAMETOOLONG);
	name[strlen(name) - 1] = '\0';	/* NAME_MAX is fine */
	KTEST_EXPECT_EQ(t, put(name, ""), 0);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, name), 0);
	kfree(name);
}

static void symlinks_followed(struct ktest *t)
{
	char buf[32];
	struct kstat st;
	struct inode *a, *b;

	KTEST_ASSERT(t, !do_mkdirat(AT_FDCWD, T "/d", 0755));
	KTEST_EXPECT_EQ(t, put(T "/d/f", "hello"), 5);
	KTEST_EXPECT_EQ(t, do_symlinkat("d", AT_FDCWD, T "/rel"), 0);
	KTEST_EXPECT_EQ(t, do_symlinkat(T "/d/f", AT_FDCWD, T "/abs"), 0);
	KTEST_EXPECT_EQ(t, do_symlinkat("nowhere", AT_FDCWD, T "/dangle"), 0);
	/* A symlink in the middle of a path, and at its end. */
	KTEST_EXPECT_EQ(t, get(T "/rel/f", buf, sizeof(buf)), 5);
	KTEST_EXPECT_STREQ(t, buf, "hello");
	KTEST_EXPECT_EQ(t, get(T "/abs", buf, sizeof(buf)), 5);
	a = lookup(T "/rel/", 0);	/* a trailing slash follows */
	b = lookup(T "/d", 0);
	KTEST_EXPECT(t, !IS_ERR(a) && a == b);
	if (!IS_ERR(a))
		iput(a);
	iput(b);
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, T "/abs", &st, 0), 0);
	KTEST_EXPECT(t, S_ISREG(st.mode) && st.size == 5);
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, T "/abs", &st,
				       AT_SYMLINK_NOFOLLOW), 0);
	KTEST_EXPECT(t, S_ISLNK(st.mode));
	KTEST_EXPECT_EQ(t, st.size, strlen(T "/d/f"));
	KTEST_EXPECT_EQ(t, lookup_err(T "/dangle", LOOKUP_FOLLOW), -ENOENT);
	KTEST_EXPECT_EQ(t, lookup_err(T "/dangle", 0), 0);
	/* readlink: no NUL, truncated to the buffer. */
	memset(buf, 'x', sizeof(buf));
	KTEST_EXPECT_EQ(t, do_readlinkat(AT_FDCWD, T "/dangle", buf, 3), 3);
	KTEST_EXPECT_EQ(t, memcmp(buf, "nowx", 4), 0);
	KTEST_EXPECT_EQ(t, do_readlinkat(AT_FDCWD, T "/d/f", buf, 8), -EINVAL);
	KTEST_EXPECT_EQ(t, do_symlinkat("", AT_FDCWD, T "/empty"), -ENOENT);
	KTEST_EXPECT_EQ(t, do_symlinkat("x", AT_FDCWD, T "/rel"), -EEXIST);
}

static void symlink_loops(struct ktest *t)
{
	char from[48], to[48];
	int i;

	KTEST_EXPECT_EQ(t, do_symlinkat("b", AT_FDCWD, T "/a"), 0);
	KTEST_EXPECT_EQ(t, do_symlinkat("a", AT_FDCWD, T "/b"), 0);
	KTEST_EXPECT_EQ(t, do_symlinkat("self/x", AT_FDCWD, T "/self"), 0);
	KTEST_EXPECT_EQ(t, lookup_err(T "/a", LOOKUP_FOLLOW), -ELOOP);
	KTEST_EXPECT_EQ(t, lookup_err(T "/a/x", 0), -ELOOP);
	KTEST_EXPECT_EQ(t, lookup_err(T "/self", LOOKUP_FOLLOW), -ELOOP);
	KTEST_EXPECT(t, IS_ERR(filp_open(T "/a", O_RDONLY, 0)));
	/* A chain of exactly MAXSYMLINKS links resolves; one more does not. */
	KTEST_EXPECT_EQ(t, put(T "/end", ""), 0);
	for (i = 0; i < MAXSYMLINKS + 1; i++) {
		snprintf(from, sizeof(from), T "/l%d", i);
		if (i)
			snprintf(to, sizeof(to), "l%d", i - 1);
		else
			strlcpy(to, "end", sizeof(to));
		KTEST_EXPECT_EQ(t, do_symlinkat(to, AT_FDCWD, from), 0);
	}
	snprintf(from, sizeof(from), T "/l%d", MAXSYMLINKS - 1);
	KTEST_EXPECT_EQ(t, lookup_err(from, LOOKUP_FOLLOW), 0);
	snprintf(from, sizeof(from), T "/l%d", MAXSYMLINKS);
	KTEST_EXPECT_EQ(t, lookup_err(from, LOOKUP_FOLLOW), -ELOOP);
}

static void file_write_read_seek(struct ktest *t)
{
	struct file *f = filp_open(T "/rw", O_CREAT | O_RDWR, 0600);
	char buf[16];
	loff_t pos = 0;

	KTEST_ASSERT(t, !IS_ERR(f));
	KTEST_EXPECT_EQ(t, kernel_write(f, "0123456789", 10, &pos), 10);
	f->f_pos = pos;
	KTEST_EXPECT_EQ(t, vfs_llseek(f, 3, SEEK_SET), 3);
	KTEST_EXPECT_EQ(t, vfs_llseek(f, 2, SEEK_CUR), 5);
	KTEST_EXPECT_EQ(t, vfs_llseek(f, -4, SEEK_END), 6);
	KTEST_EXPECT_EQ(t, vfs_llseek(f, -7, SEEK_CUR), -EINVAL);
	KTEST_EXPECT_EQ(t, vfs_llseek(f, 0, 42), -EINVAL);
	KTEST_EXPECT_EQ(t, f->f_pos, 6);
	pos = f->f_pos;
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 4);
	KTEST_EXPECT_EQ(t, memcmp(buf, "6789", 4), 0);
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 0);
	KTEST_EXPECT_EQ(t, file_mode(f), S_IFREG | 0600);
	fput(f);
}

static void file_holes_and_truncate(struct ktest *t)
{
	struct file *f = filp_open(T "/h", O_CREAT | O_RDWR, 0644);
	static char buf[3 * 4096];
	loff_t pos = 8192;
	int i, bad = 0;

	KTEST_ASSERT(t, !IS_ERR(f));
	KTEST_EXPECT_EQ(t, kernel_write(f, "B", 1, &pos), 1);
	pos = 0;
	KTEST_EXPECT_EQ(t, kernel_write(f, "A", 1, &pos), 1);
	KTEST_EXPECT_EQ(t, f->f_inode->i_size, 8193);
	pos = 0;
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 8193);
	for (i = 1; i < 8192; i++)
		bad += buf[i] != 0;
	KTEST_EXPECT_EQ(t, bad, 0);
	KTEST_EXPECT(t, buf[0] == 'A' && buf[8192] == 'B');
	/* Shrinking and growing again shows zeros, not the old bytes. */
	KTEST_EXPECT_EQ(t, vfs_truncate(f->f_inode, 1), 0);
	KTEST_EXPECT_EQ(t, vfs_truncate(f->f_inode, 9000), 0);
	pos = 0;
	memset(buf, 0x55, sizeof(buf));
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 9000);
	for (i = 1, bad = 0; i < 9000; i++)
		bad += buf[i] != 0;
	KTEST_EXPECT_EQ(t, bad, 0);
	KTEST_EXPECT_EQ(t, vfs_truncate(f->f_inode, -1), -EINVAL);
	fput(f);
	KTEST_EXPECT_EQ(t, put(T "/h", "xyz"), 3);	/* O_TRUNC */
	KTEST_EXPECT_EQ(t, get(T "/h", buf, sizeof(buf)), 3);
}

static void file_large_multi_page(struct ktest *t)
{
	const size_t n = 70000;
	u8 *out = kmalloc(n, GFP_KERNEL), *in = kmalloc(n, GFP_KERNEL);
	struct file *f;
	loff_t pos = 0;
	size_t i;

	KTEST_ASSERT(t, out && in);
	for (i = 0; i < n; i++)
		out[i] = i * 7 + (i >> 9);
	f = filp_open(T "/big", O_CREAT | O_WRONLY, 0644);
	KTEST_ASSERT(t, !IS_ERR(f));
	KTEST_EXPECT_EQ(t, kernel_write(f, out, n, &pos), n);
	fput(f);
	f = filp_open(T "/big", O_RDONLY, 0);
	KTEST_ASSERT(t, !IS_ERR(f));
	pos = 0;
	KTEST_EXPECT_EQ(t, kernel_read(f, in, n, &pos), n);
	KTEST_EXPECT_EQ(t, memcmp(in, out, n), 0);
	/* Writing to a read-only file and reading a write-only one fail. */
	KTEST_EXPECT_EQ(t, kernel_write(f, "x", 1, &pos), -EBADF);
	fput(f);
	kfree(out);
	kfree(in);
}

static void open_flags(struct ktest *t)
{
	struct file *f;
	char buf[16];
	loff_t pos;

	KTEST_EXPECT_EQ(t, put(T "/o", "abc"), 3);
	f = filp_open(T "/o", O_CREAT | O_EXCL | O_RDWR, 0644);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -EEXIST);
	f = filp_open(T "/o", O_RDONLY | O_DIRECTORY, 0);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -ENOTDIR);
	f = filp_open(T, O_WRONLY, 0);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -EISDIR);
	f = filp_open(T, O_RDONLY | O_CREAT, 0644);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -EISDIR);
	f = filp_open(T "/new/", O_RDWR | O_CREAT, 0644);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -EISDIR);
	f = filp_open(T "/nodir/x", O_RDWR | O_CREAT, 0644);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -ENOENT);
	/* O_APPEND writes land at the end whatever the position. */
	f = filp_open(T "/o", O_WRONLY | O_APPEND, 0);
	KTEST_ASSERT(t, !IS_ERR(f));
	pos = 0;
	KTEST_EXPECT_EQ(t, kernel_write(f, "de", 2, &pos), 2);
	KTEST_EXPECT_EQ(t, pos, 5);
	fput(f);
	KTEST_EXPECT_EQ(t, get(T "/o", buf, sizeof(buf)), 5);
	KTEST_EXPECT_STREQ(t, buf, "abcde");
	/* O_NOFOLLOW refuses a final symlink; O_CREAT follows a dangling one. */
	KTEST_EXPECT_EQ(t, do_symlinkat("target", AT_FDCWD, T "/ln"), 0);
	f = filp_open(T "/ln", O_RDONLY | O_NOFOLLOW, 0);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -ELOOP);
	f = filp_open(T "/ln", O_WRONLY | O_CREAT, 0644);
	KTEST_EXPECT(t, !IS_ERR(f));
	if (!IS_ERR(f))
		fput(f);
	KTEST_EXPECT_EQ(t, lookup_err(T "/target", 0), 0);
	f = filp_open(T "/ln", O_WRONLY | O_CREAT | O_EXCL, 0644);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -EEXIST);
}

static void mkdir_rmdir(struct ktest *t)
{
	struct inode *dir = lookup(T, 0);
	unsigned int links;

	KTEST_ASSERT(t, !IS_ERR(dir));
	links = dir->i_nlink;
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/m", 0755), 0);
	KTEST_EXPECT_EQ(t, dir->i_nlink, links + 1);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/m", 0755), -EEXIST);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/m/", 0755), -EEXIST);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, "/", 0755), -EEXIST);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/m/n/", 0755), 0);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m"), -ENOTEMPTY);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m/n/."), -EINVAL);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m/n/.."), -ENOTEMPTY);
	KTEST_EXPECT_EQ(t, put(T "/m/f", ""), 0);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m/f"), -ENOTDIR);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, "/proc"), -EBUSY);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, "/"), -EBUSY);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/m/f"), 0);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m/n"), 0);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m"), 0);
	KTEST_EXPECT_EQ(t, dir->i_nlink, links);
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/m"), -ENOENT);
	iput(dir);
}

static void unlink_open_file(struct ktest *t)
{
	unsigned long before = nr_inodes();
	struct file *f;
	char buf[8];
	loff_t pos = 0;

	KTEST_EXPECT_EQ(t, put(T "/u", "kept"), 4);
	f = filp_open(T "/u", O_RDONLY, 0);
	KTEST_ASSERT(t, !IS_ERR(f));
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/u"), 0);
	KTEST_EXPECT_EQ(t, lookup_err(T "/u", 0), -ENOENT);
	KTEST_EXPECT_EQ(t, f->f_inode->i_nlink, 0);
	/* The data lives as long as the open file. */
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 4);
	KTEST_EXPECT_EQ(t, memcmp(buf, "kept", 4), 0);
	KTEST_EXPECT_EQ(t, nr_inodes(), before + 1);
	fput(f);
	KTEST_EXPECT_EQ(t, nr_inodes(), before);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T), -EISDIR);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/."), -EISDIR);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/u"), -ENOENT);
}

static void hard_links(struct ktest *t)
{
	struct kstat st;
	char buf[8];

	KTEST_EXPECT_EQ(t, put(T "/l1", "same"), 4);
	KTEST_EXPECT_EQ(t, do_linkat(AT_FDCWD, T "/l1", AT_FDCWD, T "/l2", 0),
			0);
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, T "/l2", &st, 0), 0);
	KTEST_EXPECT_EQ(t, st.nlink, 2);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/l1"), 0);
	KTEST_EXPECT_EQ(t, get(T "/l2", buf, sizeof(buf)), 4);
	KTEST_EXPECT_EQ(t, do_linkat(AT_FDCWD, T, AT_FDCWD, T "/l3", 0),
			-EPERM);
	KTEST_EXPECT_EQ(t, do_linkat(AT_FDCWD, T "/l2", AT_FDCWD, T "/l2", 0),
			-EEXIST);
	KTEST_EXPECT_EQ(t, do_linkat(AT_FDCWD, T "/l2", AT_FDCWD,
				     "/proc/x", 0), -EXDEV);
}

static void rename_semantics(struct ktest *t)
{
	struct inode *a, *b;
	char buf[8];

	KTEST_EXPECT_EQ(t, put(T "/f1", "one"), 3);
	KTEST_EXPECT_EQ(t, put(T "/f2", "two"), 3);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/d1", 0755), 0);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/d2", 0755), 0);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/d1/sub", 0755), 0);
	/* A file replaces a file. */
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/f1", AT_FDCWD, T "/f2"), 0);
	KTEST_EXPECT_EQ(t, get(T "/f2", buf, sizeof(buf)), 3);
	KTEST_EXPECT_STREQ(t, buf, "one");
	KTEST_EXPECT_EQ(t, lookup_err(T "/f1", 0), -ENOENT);
	/* Type mismatches and loops. */
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/f2", AT_FDCWD, T "/d2"),
			-EISDIR);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/d2", AT_FDCWD, T "/f2"),
			-ENOTDIR);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/d2", AT_FDCWD, T "/d1"),
			-ENOTEMPTY);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/d1", AT_FDCWD,
				       T "/d1/sub/x"), -EINVAL);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/nope", AT_FDCWD, T "/x"),
			-ENOENT);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/f2", AT_FDCWD, T "/f2"),
			0);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/f2", AT_FDCWD, "/proc/f"),
			-EXDEV);
	/* A directory moves with its contents and its ".." follows. */
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/d1", AT_FDCWD,
				       T "/d2/moved"), 0);
	a = lookup(T "/d2/moved/sub/../..", 0);
	b = lookup(T "/d2", 0);
	KTEST_EXPECT(t, !IS_ERR(a) && a == b);
	KTEST_EXPECT_EQ(t, b->i_nlink, 3);
	if (!IS_ERR(a))
		iput(a);
	iput(b);
	/* An empty directory may be replaced by a directory. */
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/e", 0755), 0);
	KTEST_EXPECT_EQ(t, do_renameat(AT_FDCWD, T "/d2/moved/sub", AT_FDCWD,
				       T "/e"), 0);
	KTEST_EXPECT_EQ(t, lookup_err(T "/d2/moved/sub", 0), -ENOENT);
}

/* Collects names for the getdents test. */
struct name_list {
	struct dir_context ctx;
	char names[256];
	int count, max;
};

static bool add_name(struct dir_context *ctx, const char *name, int len,
		     loff_t next, unsigned long ino, unsigned int type)
{
	struct name_list *l = container_of(ctx, struct name_list, ctx);

	if (l->count == l->max)
		return false;
	l->count++;
	snprintf(l->names + strlen(l->names), sizeof(l->names) -
		 strlen(l->names), "[%.*s%s]", len, name,
		 type == DT_DIR ? "/" : "");
	return true;
}

static void readdir_resumes(struct ktest *t)
{
	struct name_list *l = kzalloc(sizeof(*l), GFP_KERNEL);
	struct inode *dir;
	loff_t pos;

	KTEST_ASSERT(t, l);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/r", 0755), 0);
	KTEST_EXPECT_EQ(t, put(T "/r/a", ""), 0);
	KTEST_EXPECT_EQ(t, put(T "/r/b", ""), 0);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/r/c", 0755), 0);
	dir = lookup(T "/r", 0);
	KTEST_ASSERT(t, !IS_ERR(dir));
	l->ctx.actor = add_name;
	l->max = 3;
	dir->i_op->readdir(dir, &l->ctx);
	KTEST_EXPECT_STREQ(t, l->names, "[./][../][a]");
	/* Entries removed and added between reads: no repeats, no misses. */
	pos = l->ctx.pos;
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/r/a"), 0);
	KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/r/b"), 0);
	KTEST_EXPECT_EQ(t, put(T "/r/d", ""), 0);
	memset(l, 0, sizeof(*l));
	l->ctx.actor = add_name;
	l->ctx.pos = pos;
	l->max = 10;
	dir->i_op->readdir(dir, &l->ctx);
	KTEST_EXPECT_STREQ(t, l->names, "[c/][d]");
	/* At the end there is nothing more. */
	l->count = 0;
	dir->i_op->readdir(dir, &l->ctx);
	KTEST_EXPECT_EQ(t, l->count, 0);
	iput(dir);
	kfree(l);
}

static void getcwd_and_removed_cwd(struct ktest *t)
{
	struct fs_struct *old = push_fs();
	char buf[64];

	KTEST_ASSERT(t, current->fs);
	KTEST_EXPECT_EQ(t, vfs_getcwd(buf, sizeof(buf)), 2);
	KTEST_EXPECT_STREQ(t, buf, "/");
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/w", 0755), 0);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/w/x", 0755), 0);
	KTEST_EXPECT_EQ(t, do_chdir(T "/w/x"), 0);
	KTEST_EXPECT_EQ(t, vfs_getcwd(buf, sizeof(buf)),
			sizeof(T "/w/x"));
	KTEST_EXPECT_STREQ(t, buf, T "/w/x");
	KTEST_EXPECT_EQ(t, vfs_getcwd(buf, 5), -ERANGE);
	KTEST_EXPECT_EQ(t, do_chdir("/proc"), 0);
	KTEST_EXPECT_EQ(t, vfs_getcwd(buf, sizeof(buf)), 6);
	KTEST_EXPECT_STREQ(t, buf, "/proc");
	KTEST_EXPECT_EQ(t, do_chdir(T "/w/x"), 0);
	/* A removed cwd has no name, and nothing can be made in it. */
	KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/w/x"), 0);
	KTEST_EXPECT_EQ(t, vfs_getcwd(buf, sizeof(buf)), -ENOENT);
	KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, "y", 0755), -ENOENT);
	KTEST_EXPECT_EQ(t, lookup_err("..", 0), 0);
	pop_fs(old);
}

static void fd_table_dup_and_cloexec(struct ktest *t)
{
	struct files_struct *saved = current->files, *files, *copy;
	struct file *f = filp_open("/", O_RDONLY, 0);
	int i;

	KTEST_ASSERT(t, !IS_ERR(f));
	files = files_alloc();
	KTEST_ASSERT(t, files);
	current->files = files;
	KTEST_EXPECT_EQ(t, fd_install_lowest(files, f), 0);
	KTEST_EXPECT_EQ(t, sys_dup(0), 1);
	KTEST_EXPECT_EQ(t, sys_dup2(0, 5), 5);
	KTEST_EXPECT_EQ(t, sys_dup3(0, 7, O_CLOEXEC), 7);
	KTEST_EXPECT_EQ(t, sys_dup3(0, 0, 0), -EINVAL);
	KTEST_EXPECT_EQ(t, sys_dup2(3, 4), -EBADF);
	KTEST_EXPECT_EQ(t, f->f_count, 4);
	KTEST_EXPECT_EQ(t, sys_fcntl64(7, F_GETFD, 0), FD_CLOEXEC);
	KTEST_EXPECT_EQ(t, sys_fcntl64(5, F_SETFD, FD_CLOEXEC), 0);
	KTEST_EXPECT_EQ(t, sys_fcntl64(0, F_DUPFD, 3), 2 + 1);
	KTEST_EXPECT_EQ(t, sys_fcntl64(0, F_DUPFD_CLOEXEC, 6), 6);
	KTEST_EXPECT_EQ(t, sys_fcntl64(6, F_GETFD, 0), FD_CLOEXEC);
	KTEST_EXPECT_EQ(t, sys_fcntl64(0, F_SETFL, O_NONBLOCK), 0);
	KTEST_EXPECT_EQ(t, sys_fcntl64(1, F_GETFL, 0) & O_NONBLOCK,
			O_NONBLOCK);
	/* fork shares the files; exec closes the marked descriptors. */
	copy = files_dup(files);
	KTEST_ASSERT(t, copy);
	KTEST_EXPECT_EQ(t, f->f_count, 12);
	files_close_on_exec(copy);
	KTEST_EXPECT(t, copy->fd[0] && copy->fd[1] && copy->fd[3]);
	KTEST_EXPECT(t, !copy->fd[5] && !copy->fd[6] && !copy->fd[7]);
	KTEST_EXPECT_EQ(t, f->f_count, 9);
	files_put(copy);
	KTEST_EXPECT_EQ(t, sys_close(1), 0);
	KTEST_EXPECT_EQ(t, sys_close(1), -EBADF);
	KTEST_EXPECT_EQ(t, sys_dup(0), 1);
	/* A full table is -EMFILE. */
	for (i = 0; i < NR_OPEN_DEFAULT; i++)
		if (sys_dup(0) < 0)
			break;
	KTEST_EXPECT_EQ(t, sys_dup(0), -EMFILE);
	KTEST_EXPECT_EQ(t, fd_install_lowest(files, f), -EMFILE);
	KTEST_EXPECT_EQ(t, f->f_count, NR_OPEN_DEFAULT);
	current->files = saved;
	files_put(files);
}

static void dev_and_proc_nodes(struct ktest *t)
{
	struct kstat st;
	char *buf = kmalloc(1024, GFP_KERNEL);

	KTEST_ASSERT(t, buf);
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, "/dev/null", &st, 0), 0);
	KTEST_EXPECT(t, S_ISCHR(st.mode));
	KTEST_EXPECT_EQ(t, st.rdev, MKDEV(1, 3));
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, "/tmp", &st, 0), 0);
	KTEST_EXPECT_EQ(t, st.mode, S_IFDIR | 01777);
	KTEST_EXPECT(t, get("/proc/meminfo", buf, 1024) > 0);
	KTEST_EXPECT(t, strstr(buf, "MemTotal:") && strstr(buf, "MemFree:"));
	KTEST_EXPECT(t, get("/proc/uptime", buf, 1024) > 0);
	KTEST_EXPECT(t, strchr(buf, '.') && strstr(buf, " 0.00\n"));
	KTEST_EXPECT_EQ(t, put("/proc/new", "x"), -EACCES);
	KTEST_EXPECT_EQ(t, lookup_err("/proc/../tmp", 0), 0);
	kfree(buf);
}

static void dev_memory_devices(struct ktest *t)
{
	struct file *f;
	char buf[8];
	loff_t pos = 0;

	f = filp_open("/dev/null", O_RDWR, 0);
	KTEST_ASSERT(t, !IS_ERR(f));
	KTEST_EXPECT_EQ(t, kernel_write(f, "abc", 3, &pos), 3);
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 0);
	KTEST_EXPECT_EQ(t, vfs_llseek(f, 100, SEEK_SET), 0);
	fput(f);
	f = filp_open("/dev/zero", O_RDONLY, 0);
	KTEST_ASSERT(t, !IS_ERR(f));
	memset(buf, 1, sizeof(buf));
	KTEST_EXPECT_EQ(t, kernel_read(f, buf, sizeof(buf), &pos), 8);
	KTEST_EXPECT_EQ(t, buf[0] | buf[7], 0);
	fput(f);
	f = filp_open("/dev/full", O_WRONLY, 0);
	KTEST_ASSERT(t, !IS_ERR(f));
	KTEST_EXPECT_EQ(t, kernel_write(f, "x", 1, &pos), -ENOSPC);
	fput(f);
	/* A node without a driver opens with -ENXIO. */
	KTEST_EXPECT_EQ(t, do_mknodat(AT_FDCWD, T "/nodev", S_IFCHR | 0600,
				      MKDEV(200, 0)), 0);
	f = filp_open(T "/nodev", O_RDONLY, 0);
	KTEST_EXPECT_EQ(t, PTR_ERR(f), -ENXIO);
}

/*
 * Creating, writing and removing many files gives every page back.  A
 * first round warms up the allocator caches.
 */
static void no_leaks(struct ktest *t)
{
	static char data[5000];
	unsigned long pages = 0, inodes = 0;
	char name[32];
	int round, i;

	memset(data, 'z', sizeof(data) - 1);
	for (round = 0; round < 2; round++) {
		if (round) {
			pages = nr_free_pages();
			inodes = nr_inodes();
		}
		KTEST_EXPECT_EQ(t, do_mkdirat(AT_FDCWD, T "/leak", 0755), 0);
		for (i = 0; i < 200; i++) {
			snprintf(name, sizeof(name), T "/leak/f%d", i);
			KTEST_EXPECT_EQ(t, put(name, data), sizeof(data) - 1);
		}
		KTEST_EXPECT_EQ(t, do_symlinkat("f1", AT_FDCWD, T "/leak/s"),
				0);
		KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, T "/leak/s"), 0);
		for (i = 0; i < 200; i++) {
			snprintf(name, sizeof(name), T "/leak/f%d", i);
			KTEST_EXPECT_EQ(t, do_unlinkat(AT_FDCWD, name), 0);
		}
		KTEST_EXPECT_EQ(t, do_rmdir(AT_FDCWD, T "/leak"), 0);
	}
	KTEST_EXPECT_EQ(t, nr_inodes(), inodes);
	KTEST_EXPECT_EQ(t, nr_free_pages(), pages);
}

static const struct ktest_case fs_cases[] = {
	KTEST_CASE(lookup_dots_and_slashes),
	KTEST_CASE(lookup_relative_to_cwd),
	KTEST_CASE(lookup_errors),
	KTEST_CASE(symlinks_followed),
	KTEST_CASE(symlink_loops),
	KTEST_CASE(file_write_read_seek),
	KTEST_CASE(file_holes_and_truncate),
	KTEST_CASE(file_large_multi_page),
	KTEST_CASE(open_flags),
	KTEST_CASE(mkdir_rmdir),
	KTEST_CASE(unlink_open_file),
	KTEST_CASE(hard_links),
	KTEST_CASE(rename_semantics),
	KTEST_CASE(readdir_resumes),
	KTEST_CASE(getcwd_and_removed_cwd),
	KTEST_CASE(fd_table_dup_and_cloexec),
	KTEST_CASE(dev_and_proc_nodes),
	KTEST_CASE(dev_memory_devices),
	KTEST_CASE(no_leaks),
	{}
};
KTEST_SUITE_EXT(fs, fs_cases, fs_test_init, fs_test_exit);
