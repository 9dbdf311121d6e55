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
	{ "cpuinfo", cpuinfo_show },
	{ "filesystems", filesystems_show },
	{ "loadavg", loadavg_show },
	{ "meminfo", meminfo_show },
	{ "mounts", mounts_show },
#ifdef CONFIG_PARAVIRT_STATS
	{ "paravirt", paravirt_stats_show },
#endif
	{ "stat", stat_show },
	{ "uptime", uptime_show },
	{ "version", version_show },
};

struct super_block proc_sb;

/* Fills the text of an open file with show(buf, size, arg). */
int proc_open_text(struct file *f,
		   int (*show)(char *buf, size_t size, void *arg), void *arg)
{
	size_t size = PAGE_SIZE - sizeof(struct proc_buf);
	struct proc_buf *b = kmalloc(PAGE_SIZE, GFP_KERNEL);
	int len;

	if (!b)
		return -ENOMEM;
	len = show(b->text, size, arg);
	if (len < 0) {
		kfree(b);
		return len;
	}
	b->len = min((size_t)len, size);
	f->private_data = b;
	return 0;
}

static int show_entry(char *buf, size_t size, void *arg)
{
	const struct proc_entry *e = arg;

	return e->show(buf, size);
}

static int proc_file_open(struct inode *inode, struct file *f)
{
	return proc_open_text(f, show_entry, inode->i_private);
}

int proc_file_release(struct inode *inode, struct file *f)
{
	kfree(f->private_data);
	return 0;
}

ssize_t proc_file_read_iter(struct file *f, struct iov_iter *to,
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
	return proc_pid_lookup(dir, name);	/* self, and the processes */
}

/* "." and ".." at positions 0 and 1; 0 if the reader is full. */
int proc_emit_dots(struct inode *dir, struct dir_context *ctx)
{
	if (ctx->pos == 0 && !dir_emit(ctx, ".", 1, dir->i_ino, DT_DIR, 1))
		return 0;
	if (ctx->pos == 1 &&
	    !dir_emit(ctx, "..", 2, dir->i_parent ? dir->i_parent->i_ino : 1,
		      DT_DIR, 2))
		return 0;
	return 1;
}

static int proc_readdir(struct inode *dir, struct dir_context *ctx)
{
	unsigned int i;

	if (!proc_emit_dots(dir, ctx))
		return 0;
	for (i = ctx->pos - 2; i < ARRAY_SIZE(proc_entries); i++) {
		const struct proc_entry *e = &proc_entries[i];

		if (!dir_emit(ctx, e->name, strlen(e->name), e->inode->i_ino,
			      DT_REG, i + 3))
			return 0;
	}
	return proc_pid_readdir(ctx, ARRAY_SIZE(proc_entries) + 2);
}

static const struct inode_operations proc_root_inode_operations = {
	.lookup = proc_lookup,
	.readdir = proc_readdir,
};

/* Every directory of /proc: readdir does the rest. */
const struct file_operations proc_dir_operations = {
	.llseek = generic_file_llseek,
};

/* The symlinks a lookup makes keep their text in i_link. */
const char *proc_get_link(struct inode *inode)
{
	return inode->i_link;
}

/* A symlink made by a lookup owns its target. */
static void proc_evict_inode(struct inode *inode)
{
	if (S_ISLNK(inode->i_mode))
		kfree(inode->i_link);
}

static const struct super_operations proc_sops = {
	.evict_inode = proc_evict_inode,
};

/* The root of procfs, to be mounted on /proc; NULL without memory. */
struct inode *proc_make_root(void)
{
	struct inode *root;
	unsigned int i;

	init_anon_sb(&proc_sb, &proc_sops);
	proc_sb.s_magic = 0x9fa0;		/* PROC_SUPER_MAGIC */
	root = new_inode(&proc_sb, S_IFDIR | 0555);
	if (!root)
		return NULL;
	root->i_op = &proc_root_inode_operations;
	root->i_fop = &proc_dir_operations;
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
