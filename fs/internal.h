/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _FS_INTERNAL_H
#define _FS_INTERNAL_H

#include <linux/fs.h>
#include <linux/namei.h>

/*
 * What the files of fs/ share and nothing outside needs.
 */

/* The root of everything (rootfs), set by vfs_init(). */
extern struct inode *rootfs_root;

/* The current task's root and working directory, not counted; kernel
 * threads without an fs_struct get the rootfs root for both. */
struct inode *current_root(void);
struct inode *current_pwd(void);
umode_t current_umask(void);

/* ramfs: the filesystem of the root. */
struct inode *ramfs_make_root(void);
extern const struct file_operations ramfs_file_operations;
extern const struct inode_operations ramfs_file_inode_operations;
void ramfs_truncate_pages(struct inode *inode, loff_t size);

/* /proc */
struct inode *proc_make_root(void);

/* Hides dir under the root of another filesystem. */
void mount_on(struct inode *dir, struct inode *root);

/* A path walk in progress (fs/namei.c). */
enum { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT };

struct nameidata {
	struct inode *root;		/* held: where "/" and ".." stop */
	struct inode *dir;		/* held: where the walk is */
	unsigned int flags;		/* LOOKUP_* */
	int links;			/* symlinks followed so far */
	char *buf;			/* the path after a symlink expansion */
	struct qstr last;		/* the final component */
	int last_type;			/* LAST_* of the final component */
	bool slash;			/* the path ended in '/' */
	bool jumped;			/* the result came from a magic link */
	struct file *from;		/* held: ... and was this open file */
};

int nd_init(struct nameidata *nd, int dfd, const char *path,
	    unsigned int flags);
void nd_done(struct nameidata *nd);
int link_path_walk(struct nameidata *nd, const char *name);
/* Parent of path's last component; nd_done() after success. */
int path_parentat(struct nameidata *nd, int dfd, const char *path);
/* The inode of nd->last in nd->dir, counted, or ERR_PTR(-ENOENT). */
struct inode *lookup_last(struct nameidata *nd);
int nd_follow_link(struct nameidata *nd, struct inode *link,
		   const char *rest, const char **name);

/* A user path copied into a kmalloc()ed PATH_MAX buffer, or ERR_PTR. */
char *getname(const char __user *path);
void putname(char *name);

/* Opens an inode looked up by path_openat(); takes over the inode. */
struct file *open_inode(struct inode *inode, int flags);
/* Opens path (created if O_CREAT allows), named for /proc/PID/fd. */
struct file *path_openat(int dfd, const char *path, int flags, umode_t mode);

/* Descriptors of the current task. */
int fd_alloc(struct file *f, unsigned int flags);
void fd_set_cloexec(struct files_struct *files, unsigned int fd, bool on);
bool fd_get_cloexec(struct files_struct *files, unsigned int fd);
int fd_install_from(struct files_struct *files, struct file *f,
		    unsigned int start);

/* Pipes: two files, read end first.  flags: O_NONBLOCK. */
int create_pipe_files(struct file **res, int flags);
/* Number of inodes alive, for the leak tests. */
unsigned long nr_inodes(void);

#endif /* _FS_INTERNAL_H */
