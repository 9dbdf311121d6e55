/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/list.h>
#include <linux/time.h>
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/kdev_t.h>
#include <linux/errno.h>

/*
 * The VFS as the rest of the kernel sees it: inodes, open files, file
 * descriptor tables and per-task filesystem context.  fs/ implements
 * everything declared here.
 *
 * There is no dentry cache: a directory's entries belong to its
 * filesystem, reached through inode operations.  A directory knows its
 * parent (for "..") and, when something is mounted on it, the root of
 * what hides it.  The kernel is not preempted and a path walk does not
 * sleep, so nothing here takes a lock; only blocking reads and writes
 * (pipes, ttys) sleep, on wait queues of their own.
 */
#define PATH_MAX	4096		/* bytes in a path, NUL included */
#define NAME_MAX	255		/* bytes in one component */
#define MAXSYMLINKS	40		/* symlinks one lookup may follow */
#define PIPE_BUF	4096		/* pipe writes up to this are atomic */
/* The largest file: page indexes must fit an unsigned long. */
#define MAX_LFS_FILESIZE ((loff_t)0xffffffffUL << 12)

struct inode;
struct file;
struct task_struct;
struct iov_iter;
struct poll_table;
struct pipe_inode_info;

/* A name in a directory; not NUL-terminated. */
struct qstr {
	const char *name;
	unsigned int len;
};

/* One mounted filesystem. */
struct super_block {
	dev_t s_dev;			/* st_dev of its files */
	unsigned long s_magic;		/* statfs's f_type */
	unsigned long s_next_ino;
	loff_t s_maxbytes;		/* largest file size */
	const struct super_operations *s_op;
};

struct super_operations {
	/* Frees what the filesystem keeps for an inode going away. */
	void (*evict_inode)(struct inode *inode);
};

/*
 * Reading a directory: the filesystem calls dir_emit() for each entry
 * from ctx->pos on; pos is an opaque cookie (0 and 1 are "." and "..").
 */
struct dir_context {
	/* Returns false when the entry does not fit: stop there. */
	bool (*actor)(struct dir_context *ctx, const char *name, int len,
		      loff_t next, unsigned long ino, unsigned int type);
	loff_t pos;
};

static inline bool dir_emit(struct dir_context *ctx, const char *name,
			    int len, unsigned long ino, unsigned int type,
			    loff_t next)
{
	if (!ctx->actor(ctx, name, len, next, ino, type))
		return false;
	ctx->pos = next;
	return true;
}

/* DT_* of a mode, for dir_emit(). */
static inline unsigned int dt_type(umode_t mode)
{
	return (mode & S_IFMT) >> 12;
}

/*
 * What a filesystem does with names and metadata.  The VFS has already
 * checked types and existence (create is called only for a free name,
 * unlink only for an existing non-directory...); the filesystem checks
 * what only it knows (a directory being empty, running out of memory).
 */
struct inode_operations {
	/* Returns the named inode counted, NULL if absent, or ERR_PTR. */
	struct inode *(*lookup)(struct inode *dir, const struct qstr *name);
	/* Regular files and device nodes; returns the new inode counted. */
	struct inode *(*create)(struct inode *dir, const struct qstr *name,
				umode_t mode, dev_t rdev);
	int (*mkdir)(struct inode *dir, const struct qstr *name, umode_t mode);
	int (*symlink)(struct inode *dir, const struct qstr *name,
		       const char *target);
	int (*link)(struct inode *old, struct inode *dir,
		    const struct qstr *name);
	int (*unlink)(struct inode *dir, const struct qstr *name);
	int (*rmdir)(struct inode *dir, const struct qstr *name);
	/* Replaces an existing new name; the VFS checked the types. */
	int (*rename)(struct inode *odir, const struct qstr *oname,
		      struct inode *ndir, const struct qstr *nname);
	int (*readdir)(struct inode *dir, struct dir_context *ctx);
	/* Symlinks: the target, valid while the inode is held. */
	const char *(*get_link)(struct inode *inode);
	/*
	 * Magic links (/proc/PID/fd/N, cwd): where the link leads is an
	 * inode, not a path; returns it counted, or ERR_PTR.  For an open
	 * file *from is set to it, held, so that a reopen keeps its name.
	 */
	struct inode *(*jump_link)(struct inode *link, struct file **from);
	/* Regular files: new i_size; data past it is freed. */
	int (*setsize)(struct inode *inode, loff_t size);
};

struct inode {
	umode_t i_mode;
	unsigned int i_nlink;		/* names; 0 once unlinked */
	int i_count;			/* references: files, cwd, lookups */
	bool i_transient;		/* made by a lookup (/proc/PID): freed
					 * with its last reference, names or not */
	unsigned long i_ino;
	u32 i_uid, i_gid;		/* the owner: root unless chowned */
	dev_t i_rdev;			/* device nodes */
	loff_t i_size;
	struct timespec64 i_atime, i_mtime, i_ctime;
	struct super_block *i_sb;
	const struct inode_operations *i_op;
	const struct file_operations *i_fop;
	struct inode *i_parent;		/* directory: where ".." leads (held) */
	struct inode *i_mount;		/* directory: root mounted on it */
	struct inode *i_covered;	/* mounted root: the directory hidden */
	union {
		struct {		/* ramfs directory */
			struct list_head i_entries;
			u32 i_next_pos;
		};
		struct {		/* ramfs regular file */
			void **i_pages;
			unsigned long i_nr_pages;
		};
		char *i_link;		/* ramfs symlink */
		struct pipe_inode_info *i_pipe;
	};
	void *i_private;		/* the filesystem's or driver's */
};

/*
 * read/write take one user buffer; read_iter/write_iter take any
 * iov_iter and are what the VFS prefers (readv, kernel_read).  A driver
 * provides one of each pair.
 */
struct file_operations {
	ssize_t (*read)(struct file *f, char __user *buf, size_t n, loff_t *pos);
	ssize_t (*write)(struct file *f, const char __user *buf, size_t n,
			 loff_t *pos);
	ssize_t (*read_iter)(struct file *f, struct iov_iter *to, loff_t *pos);
	ssize_t (*write_iter)(struct file *f, struct iov_iter *from,
			      loff_t *pos);
	loff_t (*llseek)(struct file *f, loff_t off, int whence);
	long (*ioctl)(struct file *f, unsigned int cmd, unsigned long arg);
	/* Readiness as POLLIN|POLLOUT|...; registers waits on pt. */
	unsigned int (*poll)(struct file *f, struct poll_table *pt);
	int (*open)(struct inode *inode, struct file *f);
	int (*release)(struct inode *inode, struct file *f);
};

#define FMODE_READ	0x1
#define FMODE_WRITE	0x2
#define FMODE_PATH	0x4		/* O_PATH: a handle, no I/O */

struct file {
	const struct file_operations *f_op;
	struct inode *f_inode;
	loff_t f_pos;
	unsigned int f_flags;		/* O_* from open, O_CLOEXEC excluded */
	unsigned int f_mode;		/* FMODE_* */
	int f_count;
	void *private_data;
	struct inode *f_dir;		/* opened by name: its directory (held) */
	char *f_name;			/* ... and the name in it (kmalloc) */
};

#define NR_OPEN_DEFAULT	256		/* descriptors per process */
/* The descriptors the running process may use: RLIMIT_NOFILE's. */
unsigned int fd_limit(void);

struct files_struct {
	int count;			/* tasks sharing the table */
	struct file *fd[NR_OPEN_DEFAULT];
	u32 close_on_exec[NR_OPEN_DEFAULT / 32];
};

struct fs_struct {
	int count;
	struct inode *root;
	struct inode *pwd;
	umode_t umask;
};

/* Boot: the root filesystem, then the initramfs unpacked into it. */
void vfs_init(void);
int populate_rootfs(const void *cpio, size_t len);

/* Opens a kernel-space path; returns the file or ERR_PTR(-errno). */
struct file *filp_open(const char *path, int flags, umode_t mode);
/* Like filp_open(), relative to dfd (AT_FDCWD or a descriptor). */
struct file *do_filp_open(int dfd, const char *path, int flags,
			  umode_t mode);
/* Reads/writes a kernel buffer at *pos; returns bytes or -errno. */
ssize_t kernel_read(struct file *f, void *buf, size_t n, loff_t *pos);
ssize_t kernel_write(struct file *f, const void *buf, size_t n, loff_t *pos);
struct file *get_file(struct file *f);
void fput(struct file *f);
/* Mode bits (S_IFREG | 0755 ...) of an open file. */
umode_t file_mode(const struct file *f);
/* A new open file on inode (which it takes over); ERR_PTR on failure. */
struct file *alloc_file(struct inode *inode, unsigned int flags,
			const struct file_operations *fop);

/* The read/write/seek core behind the system calls. */
ssize_t vfs_read(struct file *f, struct iov_iter *to, loff_t *pos);
ssize_t vfs_write(struct file *f, struct iov_iter *from, loff_t *pos);
loff_t vfs_llseek(struct file *f, loff_t off, int whence);
/* f_op->llseek for files with a size, and for those that cannot seek. */
loff_t generic_file_llseek(struct file *f, loff_t off, int whence);
loff_t no_llseek(struct file *f, loff_t off, int whence);

/* Descriptor tables: fork copies or shares, exec closes O_CLOEXEC. */
struct files_struct *files_alloc(void);
struct files_struct *files_dup(struct files_struct *old);
void files_put(struct files_struct *files);
void files_close_on_exec(struct files_struct *files);
/*
 * Installs f at the lowest free descriptor; returns it or -EMFILE.  The
 * table takes over the caller's reference on success only.
 */
int fd_install_lowest(struct files_struct *files, struct file *f);
/* The file behind fd in the current task, counted, or NULL. */
struct file *fget(unsigned int fd);

struct fs_struct *fs_alloc_root(void);
struct fs_struct *fs_dup(struct fs_struct *old);
void fs_put(struct fs_struct *fs);

/* Inodes (fs/inode.c). */
struct inode *new_inode(struct super_block *sb, umode_t mode);
struct inode *igrab(struct inode *inode);
void iput(struct inode *inode);
/* Data changed (mtime and ctime) / metadata changed (ctime). */
void inode_touch_mtime(struct inode *inode);
void inode_touch_ctime(struct inode *inode);
void init_anon_sb(struct super_block *sb, const struct super_operations *op);
/* Fills st from an inode. */
void vfs_getattr(struct inode *inode, struct kstat *st);
/* Sets the size of a regular file (truncate, O_TRUNC). */
int vfs_truncate(struct inode *inode, loff_t size);

/*
 * Character devices: a driver registers its file operations for a
 * major number; opening a node of that major calls its open().
 */
int register_chrdev(unsigned int major, const char *name,
		    const struct file_operations *fops);
void unregister_chrdev(unsigned int major);
extern const struct file_operations def_chr_fops;
/* Registers the character drivers at boot (drivers/char/mem.c). */
void chr_dev_init(void);

#endif /* _LINUX_FS_H */
