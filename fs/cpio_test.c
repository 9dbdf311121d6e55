// SPDX-License-Identifier: GPL-2.0
/*
 * fs/cpio_test.c - tests of the initramfs unpacker with archives built
 * here: a good one (every supported type, modes, mtimes, hard links,
 * replacing what is in the way) and broken ones (bad magic, truncated
 * header, name and data, a name without its NUL, no trailer).  Each
 * broken archive must give -EINVAL and one line naming the problem.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include "internal.h"

#define ARCHIVE_MAX	8192
#define MTIME		1000000000
/* Where the NUL of the first entry's name is when that name has 6 bytes. */
#define CPIO_NAME_END	(110 + 6)

static char *ar;
static size_t ar_len;

/* True if the recent kernel log contains s. */
static bool log_has(const char *s)
{
	static char buf[1024];
	size_t n = log_buf_copy(buf, sizeof(buf) - 1);

	buf[n] = '\0';
	return strstr(buf, s) != NULL;
}

static void pad4(void)
{
	while (ar_len & 3)
		ar[ar_len++] = '\0';
}

static void add_entry(const char *name, unsigned int mode, const char *data,
		      unsigned int ino, unsigned int nlink, unsigned int rdev)
{
	size_t namesize = strlen(name) + 1, size = data ? strlen(data) : 0;

	ar_len += sprintf(ar + ar_len,
			  "070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X",
			  ino, mode, 0, 0, nlink, MTIME, (unsigned int)size,
			  0, 0, rdev >> 8, rdev & 0xff, (unsigned int)namesize,
			  0);
	memcpy(ar + ar_len, name, namesize);
	ar_len += namesize;
	pad4();
	memcpy(ar + ar_len, data, size);
	ar_len += size;
	pad4();
}

static void add(const char *name, unsigned int mode, const char *data)
{
	static unsigned int ino = 100;

	add_entry(name, mode, data, ino++, S_ISDIR(mode) ? 2 : 1, 0);
}

static void trailer(void)
{
	add_entry("TRAILER!!!", 0, NULL, 0, 1, 0);
}

static int cpio_init(void)
{
	ar = kzalloc(ARCHIVE_MAX, GFP_KERNEL);
	ar_len = 0;
	return ar ? 0 : -ENOMEM;
}

static void cpio_exit(void)
{
	static const char *const junk[] = {
		"/tmp/kc/d/f", "/tmp/kc/d/link", "/tmp/kc/dev", "/tmp/kc/h1",
		"/tmp/kc/h2", "/tmp/kc/top", "/tmp/kc/old",
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(junk); i++)
		do_unlinkat(AT_FDCWD, junk[i]);
	do_rmdir(AT_FDCWD, "/tmp/kc/d");
	do_rmdir(AT_FDCWD, "/tmp/kc");
	kfree(ar);
}

static long read_all(const char *path, char *buf, size_t size)
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

static void cpio_good_archive(struct ktest *t)
{
	struct kstat st;
	char buf[32];

	add(".", S_IFDIR | 0755, NULL);
	add("tmp/kc", S_IFDIR | 0700, NULL);
	add("./tmp/kc/d", S_IFDIR | 0750, NULL);
	add("tmp/kc/d/f", S_IFREG | 0741, "file data");
	add("tmp/kc/d/link", S_IFLNK | 0777, "f");
	add_entry("tmp/kc/dev", S_IFCHR | 0620, NULL, 7, 1, (5 << 8) | 1);
	add_entry("tmp/kc/h1", S_IFREG | 0644, NULL, 9, 2, 0);
	add_entry("tmp/kc/h2", S_IFREG | 0644, "linked", 9, 2, 0);
	trailer();
	KTEST_ASSERT(t, populate_rootfs(ar, ar_len) == 0);
	KTEST_EXPECT(t, log_has("initramfs: 7 files, 2 KiB"));
	KTEST_EXPECT_EQ(t, read_all("/tmp/kc/d/link", buf, sizeof(buf)), 9);
	KTEST_EXPECT_STREQ(t, buf, "file data");
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, "/tmp/kc/d/f", &st, 0), 0);
	KTEST_EXPECT_EQ(t, st.mode, S_IFREG | 0741);
	KTEST_EXPECT_EQ(t, st.mtime.tv_sec, MTIME);
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, "/tmp/kc/d", &st, 0), 0);
	KTEST_EXPECT_EQ(t, st.mode, S_IFDIR | 0750);
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, "/tmp/kc/dev", &st, 0), 0);
	KTEST_EXPECT_EQ(t, st.mode, S_IFCHR | 0620);
	KTEST_EXPECT_EQ(t, st.rdev, MKDEV(5, 1));
	/* Hard links: one inode, the data from the entry that had it. */
	KTEST_EXPECT_EQ(t, vfs_fstatat(AT_FDCWD, "/tmp/kc/h1", &st, 0), 0);
	KTEST_EXPECT_EQ(t, st.nlink, 2);
	KTEST_EXPECT_EQ(t, read_all("/tmp/kc/h1", buf, sizeof(buf)), 6);
	KTEST_EXPECT_STREQ(t, buf, "linked");
}

static void cpio_replaces_and_merges(struct ktest *t)
{
	char buf[32];

	KTEST_ASSERT(t, !do_mkdirat(AT_FDCWD, "/tmp/kc", 0755));
	KTEST_ASSERT(t, !do_mkdirat(AT_FDCWD, "/tmp/kc/d", 0755));
	KTEST_ASSERT(t, !do_symlinkat("x", AT_FDCWD, "/tmp/kc/top"));
	KTEST_ASSERT(t, !do_mknodat(AT_FDCWD, "/tmp/kc/old", S_IFREG | 0644,
				    0));
	/* Two archives back to back, with NUL padding between them. */
	add("tmp/kc", S_IFDIR | 0755, NULL);
	add("tmp/kc/top", S_IFREG | 0644, "now a file");
	trailer();
	memset(ar + ar_len, 0, 512);
	ar_len += 512;
	add("tmp/kc/d/f", S_IFREG | 0644, "second");
	trailer();
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len), 0);
	KTEST_EXPECT_EQ(t, read_all("/tmp/kc/top", buf, sizeof(buf)), 10);
	KTEST_EXPECT_EQ(t, read_all("/tmp/kc/d/f", buf, sizeof(buf)), 6);
	/* The directory was merged into, not replaced. */
	KTEST_EXPECT_EQ(t, read_all("/tmp/kc/old", buf, sizeof(buf)), 0);
}

static void cpio_bad_magic(struct ktest *t)
{
	add("tmp/kc", S_IFDIR | 0755, NULL);
	trailer();
	ar[3] = '8';
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len), -EINVAL);
	KTEST_EXPECT(t, log_has("initramfs: bad magic at offset 0\n"));
	/* An empty or tiny buffer is a truncated header, not a crash. */
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, 0), -EINVAL);
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, 5), -EINVAL);
	KTEST_EXPECT(t, log_has("initramfs: truncated header at offset 0\n"));
}

static void cpio_truncated(struct ktest *t)
{
	size_t second;

	add("tmp/kc", S_IFDIR | 0755, NULL);
	second = ar_len;
	add("tmp/kc/d", S_IFDIR | 0755, NULL);
	add("tmp/kc/top", S_IFREG | 0644, "0123456789");
	trailer();
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, second + 50), -EINVAL);
	KTEST_EXPECT(t, log_has("truncated header at offset 120\n"));
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, second + 112), -EINVAL);
	KTEST_EXPECT(t, log_has("truncated name at offset 120\n"));
	/* The data of the file ends 3 bytes short. */
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len - 124 - 3), -EINVAL);
	KTEST_EXPECT(t, log_has("truncated data at offset 240\n"));
	/* Without its trailer the archive is cut short too. */
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len - 124), -EINVAL);
	KTEST_EXPECT(t, log_has("no TRAILER!!! (truncated archive) at offset"));
}

static void cpio_bad_fields(struct ktest *t)
{
	add("tmp/kc", S_IFDIR | 0755, NULL);
	trailer();
	/* The name's NUL becomes a letter. */
	ar[CPIO_NAME_END] = 'x';
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len), -EINVAL);
	KTEST_EXPECT(t, log_has("name not NUL-terminated at offset 0\n"));
	ar[CPIO_NAME_END] = '\0';
	ar[6 + 8 * 6] = 'g';		/* filesize */
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len), -EINVAL);
	KTEST_EXPECT(t, log_has("bad header field at offset 0\n"));
	memcpy(ar + 6 + 8 * 11, "FFFFFFFF", 8);	/* namesize */
	ar[6 + 8 * 6] = '0';
	KTEST_EXPECT_EQ(t, populate_rootfs(ar, ar_len), -EINVAL);
	KTEST_EXPECT(t, log_has("truncated name at offset 0\n"));
}

static const struct ktest_case cpio_cases[] = {
	KTEST_CASE(cpio_good_archive),
	KTEST_CASE(cpio_replaces_and_merges),
	KTEST_CASE(cpio_bad_magic),
	KTEST_CASE(cpio_truncated),
	KTEST_CASE(cpio_bad_fields),
	{}
};
KTEST_SUITE_EXT(cpio, cpio_cases, cpio_init, cpio_exit);
