// SPDX-License-Identifier: GPL-2.0
/*
 * fs/ramfs/inode.c - the in-memory filesystem: directories, symlinks
 * and device nodes.  (Regular file data is in file.c.)
 *
 * A directory is a list of entries in creation order.  Each entry gets
 * a position from a per-directory counter that never goes back, so a
 * getdents() cookie stays valid however entries come and go: reading
 * resumes at the first entry created after the last one returned.
 * Entries count in their inode's i_nlink, not in i_count.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/dirent.h>
#include "../internal.h"

/* Every directory is at least this big for stat(), as on tmpfs. */
#define BOGO_DIRENT_SIZE	20
#define FIRST_ENTRY_POS		2	/* after "." and ".." */

struct ramfs_dirent {
	struct list_head list;
	struct inode *inode;
	u32 pos;
	unsigned char len;
	char name[];
};

static struct super_block ramfs_sb;
static const struct inode_operations ramfs_dir_inode_operations;
static const struct inode_operations ramfs_symlink_inode_operations;
static const struct file_operations ramfs_dir_operations;

static struct ramfs_dirent *find_entry(struct inode *dir,
				       const struct qstr *name)
{
	struct ramfs_dirent *d;

	list_for_each_entry(d, &dir->i_entries, list)
		if (d->len == name->len && !memcmp(d->name, name->name, d->len))
			return d;
	return NULL;
}

/* Links inode into dir under name (one more i_nlink). */
static int add_entry(struct inode *dir, const struct qstr *name,
		     struct inode *inode)
{
	struct ramfs_dirent *d;

	if (name->len > NAME_MAX)
		return -ENAMETOOLONG;
	d = kmalloc(sizeof(*d) + name->len, GFP_KERNEL);
	if (!d)
		return -ENOSPC;
	d->inode = inode;
	d->pos = dir->i_next_pos++;
	d->len = name->len;
	memcpy(d->name, name->name, name->len);
	list_add_tail(&d->list, &dir->i_entries);
	inode->i_nlink++;
	dir->i_size += BOGO_DIRENT_SIZE;
	inode_touch_mtime(dir);
	return 0;
}

/* Unlinks an entry; its inode goes if nothing else holds it. */
static void remove_entry(struct inode *dir, struct ramfs_dirent *d)
{
	struct inode *inode = igrab(d->inode);

	list_del(&d->list);
	kfree(d);
	dir->i_size -= BOGO_DIRENT_SIZE;
	inode_touch_mtime(dir);
	if (S_ISDIR(inode->i_mode)) {
		inode->i_nlink = 0;
		dir->i_nlink--;
	} else {
		inode->i_nlink--;
		inode_touch_ctime(inode);
	}
	iput(inode);
}

static struct inode *ramfs_new_inode(umode_t mode, dev_t rdev)
{
	struct inode *inode = new_inode(&ramfs_sb, mode);

	if (!inode)
		return NULL;
	switch (mode & S_IFMT) {
	case S_IFDIR:
		inode->i_op = &ramfs_dir_inode_operations;
		inode->i_fop = &ramfs_dir_operations;
		INIT_LIST_HEAD(&inode->i_entries);
		inode->i_next_pos = FIRST_ENTRY_POS;
		inode->i_size = 2 * BOGO_DIRENT_SIZE;
		break;
	case S_IFREG:
		inode->i_op = &ramfs_file_inode_operations;
		inode->i_fop = &ramfs_file_operations;
		break;
	case S_IFLNK:
		inode->i_op = &ramfs_symlink_inode_operations;
		break;
	case S_IFCHR:
		inode->i_rdev = rdev;
		inode->i_fop = &def_chr_fops;
		break;
	default:
		/* FIFOs, sockets and block devices are not supported. */
		iput(inode);
		return ERR_PTR(-EINVAL);
	}
	return inode;
}

static struct inode *ramfs_lookup(struct inode *dir, const struct qstr *name)
{
	struct ramfs_dirent *d = find_entry(dir, name);

	return d ? igrab(d->inode) : NULL;
}

static struct inode *ramfs_create(struct inode *dir, const struct qstr *name,
				  umode_t mode, dev_t rdev)
{
	struct inode *inode = ramfs_new_inode(mode, rdev);
	int err;

	if (IS_ERR_OR_NULL(inode))
		return inode ? inode : ERR_PTR(-ENOSPC);
	err = add_entry(dir, name, inode);
	if (err) {
		iput(inode);
		return ERR_PTR(err);
	}
	return inode;
}

static int ramfs_mkdir(struct inode *dir, const struct qstr *name,
		       umode_t mode)
{
	struct inode *inode = ramfs_new_inode(S_IFDIR | mode, 0);
	int err;

	if (IS_ERR_OR_NULL(inode))
		return inode ? PTR_ERR(inode) : -ENOSPC;
	inode->i_parent = igrab(dir);
	err = add_entry(dir, name, inode);
	if (!err) {
		inode->i_nlink++;	/* its "." */
		dir->i_nlink++;		/* its ".." */
	}
	iput(inode);
	return err;
}

static int ramfs_symlink(struct inode *dir, const struct qstr *name,
			 const char *target)
{
	struct inode *inode = ramfs_new_inode(S_IFLNK | 0777, 0);
	size_t len = strlen(target);
	int err = -ENOSPC;

	if (IS_ERR_OR_NULL(inode))
		return inode ? PTR_ERR(inode) : -ENOSPC;
	inode->i_link = kmalloc(len + 1, GFP_KERNEL);
	if (inode->i_link) {
		memcpy(inode->i_link, target, len + 1);
		inode->i_size = len;
		err = add_entry(dir, name, inode);
	}
	iput(inode);
	return err;
}

static int ramfs_link(struct inode *old, struct inode *dir,
		      const struct qstr *name)
{
	int err = add_entry(dir, name, old);

	if (!err)
		inode_touch_ctime(old);
	return err;
}

static int ramfs_unlink(struct inode *dir, const struct qstr *name)
{
	struct ramfs_dirent *d = find_entry(dir, name);

	if (!d)
		return -ENOENT;
	remove_entry(dir, d);
	return 0;
}

static int ramfs_rmdir(struct inode *dir, const struct qstr *name)
{
	struct ramfs_dirent *d = find_entry(dir, name);

	if (!d)
		return -ENOENT;
	if (!list_empty(&d->inode->i_entries))
		return -ENOTEMPTY;
	remove_entry(dir, d);
	return 0;
}

/*
 * Moves an entry, replacing whatever has the new name.  The new entry
 * is allocated first, so that running out of memory changes nothing.
 */
static int ramfs_rename(struct inode *odir, const struct qstr *oname,
			struct inode *ndir, const struct qstr *nname)
{
	struct ramfs_dirent *od = find_entry(odir, oname);
	struct ramfs_dirent *nd = find_entry(ndir, nname);
	struct inode *inode;
	int err;

	if (!od)
		return -ENOENT;
	inode = igrab(od->inode);
	if (nd && S_ISDIR(nd->inode->i_mode) &&
	    !list_empty(&nd->inode->i_entries)) {
		err = -ENOTEMPTY;
		goto out;
	}
	err = add_entry(ndir, nname, inode);
	if (err)
		goto out;
	if (nd)
		remove_entry(ndir, nd);
	/* add_entry() counted one more name; dropping the old one evens it. */
	list_del(&od->list);
	kfree(od);
	inode->i_nlink--;
	odir->i_size -= BOGO_DIRENT_SIZE;
	inode_touch_mtime(odir);
	inode_touch_ctime(inode);
	if (S_ISDIR(inode->i_mode) && odir != ndir) {
		odir->i_nlink--;
		ndir->i_nlink++;
		iput(inode->i_parent);
		inode->i_parent = igrab(ndir);
	}
out:
	iput(inode);
	return err;
}

static int ramfs_readdir(struct inode *dir, struct dir_context *ctx)
{
	struct ramfs_dirent *d;

	if (ctx->pos == 0 &&
	    !dir_emit(ctx, ".", 1, dir->i_ino, DT_DIR, 1))
		return 0;
	if (ctx->pos == 1 &&
	    !dir_emit(ctx, "..", 2, dir->i_parent->i_ino, DT_DIR,
		      FIRST_ENTRY_POS))
		return 0;
	list_for_each_entry(d, &dir->i_entries, list) {
		if (d->pos < ctx->pos)
			continue;
		if (!dir_emit(ctx, d->name, d->len, d->inode->i_ino,
			      dt_type(d->inode->i_mode), (loff_t)d->pos + 1))
			return 0;
	}
	return 0;
}

static const char *ramfs_get_link(struct inode *inode)
{
	return inode->i_link;
}

static void ramfs_evict_inode(struct inode *inode)
{
	if (S_ISREG(inode->i_mode))
		ramfs_truncate_pages(inode, 0);
	else if (S_ISLNK(inode->i_mode))
		kfree(inode->i_link);
}

static const struct super_operations ramfs_super_operations = {
	.evict_inode = ramfs_evict_inode,
};

static const struct inode_operations ramfs_dir_inode_operations = {
	.lookup = ramfs_lookup,
	.create = ramfs_create,
	.mkdir = ramfs_mkdir,
	.symlink = ramfs_symlink,
	.link = ramfs_link,
	.unlink = ramfs_unlink,
	.rmdir = ramfs_rmdir,
	.rename = ramfs_rename,
	.readdir = ramfs_readdir,
};

static const struct inode_operations ramfs_symlink_inode_operations = {
	.get_link = ramfs_get_link,
};

static const struct file_operations ramfs_dir_operations = {
	.llseek = generic_file_llseek,
};

/* The root directory: its own parent, never freed. */
struct inode *ramfs_make_root(void)
{
	struct inode *root;

	init_anon_sb(&ramfs_sb, &ramfs_super_operations);
	ramfs_sb.s_magic = 0x858458f6;		/* RAMFS_MAGIC */
	root = ramfs_new_inode(S_IFDIR | 0755, 0);
	if (IS_ERR_OR_NULL(root))
		return NULL;
	root->i_parent = root;
	root->i_nlink = 2;
	return root;
}
