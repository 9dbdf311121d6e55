// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/root.c - the /proc directory and the files in it.
 *
 * /proc is a fixed table of read-only files.  Each file's text is made
 * when it is opened (so one open sees one consistent snapshot) and read
 * from that buffer, as seq_file would for a single record.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uio.h>
#include <linux/dirent.h>
#include "../internal.h"
#include "internal.h"
#include <asm/paravirt_types.h>

struct proc_entry {
	const char *name;
	proc_show_t show;
	struct inode *inode;
};

static struct proc_entry proc_entries[] = {
	{ "cmdline", cmdline_show },
	{ "meminfo", meminfo_show },
	{ "mounts", mounts_show },
#ifdef CONFIG_PARAVIRT_STATS
	{ "paravirt", paravirt_stats_show },
#endif
	{ "uptime", uptime_show },
	{ "version", version_show },
};

/* The text of one open file. */
struct proc_buf {
	size_t len;
	char text[];
};

static struct super_block proc_sb;

static int proc_file_open(struct inode *inode, struct file *f)
{
	const struct proc_entry *e = inode->i_private;
	size_t size = PAGE_SIZE - sizeof(struct proc_buf);
	struct proc_buf *b = kmalloc(PAGE_SIZE, GFP_KERNEL);
	int len;

	if (!b)
		return -ENOMEM;
	len = e->show(b->text, size);
	b->len = len < 0 ? 0 : min((size_t)len, size);
	f->private_data = b;
	return 0;
}

static int proc_file_release(struct inode *inode, struct file *f)
{
	kfree(f->private_data);
	return 0;
}

static ssize_t proc_file_read_iter(struct file *f, struct iov_iter *to,
				   loff_t *pos)
{
	struct proc_buf *b = f->private_data;
	size_t n, got;

	if (*pos >= (loff_t)b->len)
		return 0;
	n = min(b->len - (size_t)*pos, iov_iter_count(to));
	got = copy_to_iter(b->text + *pos, n, to);
	*pos += got;
	return got ? (ssize_t)got : (n ? -EFAULT : 0);
}

static const struct file_operations proc_file_operations = {
	.open = proc_file_open,
	.release = proc_file_release,
	.read_iter = proc_file_read_iter,
	.llseek = generic_file_llseek,
};

static struct inode *proc_lookup(struct inode *dir, const struct qstr *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(proc_entries); i++) {
		const char *n = proc_entries[i].name;

		if (strlen(n) == name->len && !memcmp(n, name->name, name->len))
			return igrab(proc_entries[i].inode);
	}
	return NULL;
}

static int proc_readdir(struct inode *dir, struct dir_context *ctx)
{
	unsigned int i;

	if (ctx->pos == 0 && !dir_emit(ctx, ".", 1, dir->i_ino, DT_DIR, 1))
		return 0;
	if (ctx->pos == 1 &&
	    !dir_emit(ctx, "..", 2, dir->i_parent ? dir->i_parent->i_ino : 1,
		      DT_DIR, 2))
		return 0;
	for (i = ctx->pos - 2; i < ARRAY_SIZE(proc_entries); i++) {
		const struct proc_entry *e = &proc_entries[i];

		if (!dir_emit(ctx, e->name, strlen(e->name), e->inode->i_ino,
			      DT_REG, i + 3))
			return 0;
	}
	return 0;
}

static const struct inode_operations proc_root_inode_operations = {
	.lookup = proc_lookup,
	.readdir = proc_readdir,
};

static const struct file_operations proc_root_operations = {
	.llseek = generic_file_llseek,
};

/* The root of procfs, to be mounted on /proc; NULL without memory. */
struct inode *proc_make_root(void)
{
	struct inode *root;
	unsigned int i;

	init_anon_sb(&proc_sb, NULL);
	proc_sb.s_magic = 0x9fa0;		/* PROC_SUPER_MAGIC */
	root = new_inode(&proc_sb, S_IFDIR | 0555);
	if (!root)
		return NULL;
	root->i_op = &proc_root_inode_operations;
	root->i_fop = &proc_root_operations;
	root->i_nlink = 2;
	for (i = 0; i < ARRAY_SIZE(proc_entries); i++) {
		struct inode *inode = new_inode(&proc_sb, S_IFREG | 0444);

		if (!inode)
			return NULL;
		inode->i_fop = &proc_file_operations;
		inode->i_private = &proc_entries[i];
		inode->i_nlink = 1;
		proc_entries[i].inode = inode;
	}
	return root;
}
