/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H

#include <linux/types.h>
#include <linux/stat.h>

/*
 * A /proc file is a function that writes its whole text into a buffer
 * of size bytes when the file is opened; it returns the length.
 */
typedef int (*proc_show_t)(char *buf, size_t size);

struct file;
struct inode;
struct iov_iter;
struct qstr;
struct dir_context;
struct super_block;
struct task_struct;

/* root.c: the text of an open file, made by show at open. */
struct proc_buf {
	size_t len;
	char text[];
};
extern struct super_block proc_sb;
int proc_open_text(struct file *f,
		   int (*show)(char *buf, size_t size, void *arg), void *arg);
int proc_file_release(struct inode *inode, struct file *f);
ssize_t proc_file_read_iter(struct file *f, struct iov_iter *to,
			    loff_t *pos);

/* root.c: what every directory and every lookup-made symlink has. */
extern const struct file_operations proc_dir_operations;
const char *proc_get_link(struct inode *inode);
/* root.c: "." and ".." of a directory's readdir; 0 if the reader is full. */
int proc_emit_dots(struct inode *dir, struct dir_context *ctx);

/* base.c: /proc/self and /proc/PID; readdir from position first. */
struct inode *proc_pid_lookup(struct inode *root, const struct qstr *name);
int proc_pid_readdir(struct dir_context *ctx, unsigned int first);
/* A live task by pid (not the idle task, not one already reaped). */
struct task_struct *proc_pid_task(pid_t pid);
/*
 * An inode for a lookup, freed with its last user (i_transient); ino
 * is the number readdir shows for it, so that its name can be found.
 */
struct inode *proc_dynamic_inode(struct inode *dir, umode_t mode,
				 unsigned long ino);

/* fd.c: /proc/PID/fd/, and the links cwd and root (root true). */
struct inode *proc_fd_dir(struct inode *dir, pid_t pid);
struct inode *proc_fs_link(struct inode *dir, pid_t pid, bool root);

int meminfo_show(char *buf, size_t size);
int uptime_show(char *buf, size_t size);
int version_show(char *buf, size_t size);
int cmdline_show(char *buf, size_t size);
int mounts_show(char *buf, size_t size);
int stat_show(char *buf, size_t size);
int loadavg_show(char *buf, size_t size);
int cpuinfo_show(char *buf, size_t size);
int filesystems_show(char *buf, size_t size);

#endif /* _FS_PROC_INTERNAL_H */
