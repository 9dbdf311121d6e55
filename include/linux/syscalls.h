/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/stat.h>
#include <linux/signal.h>

/*
 * System call entry points, with the argument order of the Linux i386
 * ABI: one long-sized argument per register (%ebx, %ecx, %edx, %esi,
 * %edi, %ebp), 64-bit values split into two of them, low word first.
 * Each returns its result or -errno.  The number in the comment is the
 * i386 system call number.
 */
struct iovec;
struct stat64;
struct statx;
struct pollfd;
struct old_timespec32;
struct kernel_timespec;
struct old_timeval32;
struct old_utimbuf32;

/* fs/read_write.c */
long sys_read(unsigned int fd, char __user *buf, size_t count);	/* 3 */
long sys_write(unsigned int fd, const char __user *buf, size_t count); /* 4 */
long sys_lseek(unsigned int fd, long offset, unsigned int whence); /* 19 */
long sys_llseek(unsigned int fd, unsigned long hi, unsigned long lo,
		loff_t __user *result, unsigned int whence);	/* 140 _llseek */
long sys_readv(unsigned int fd, const struct iovec __user *vec,
	       unsigned long vlen);				/* 145 */
long sys_writev(unsigned int fd, const struct iovec __user *vec,
		unsigned long vlen);				/* 146 */
long sys_pread64(unsigned int fd, char __user *buf, size_t count,
		 unsigned long lo, unsigned long hi);		/* 180 */
long sys_pwrite64(unsigned int fd, const char __user *buf, size_t count,
		  unsigned long lo, unsigned long hi);		/* 181 */
long sys_preadv(unsigned int fd, const struct iovec __user *vec,
		unsigned long vlen, unsigned long lo,
		unsigned long hi);				/* 333 */
long sys_pwritev(unsigned int fd, const struct iovec __user *vec,
		 unsigned long vlen, unsigned long lo,
		 unsigned long hi);				/* 334 */

/* fs/open.c */
long sys_open(const char __user *path, int flags, umode_t mode);	/* 5 */
long sys_creat(const char __user *path, umode_t mode);		/* 8 */
long sys_chmod(const char __user *path, umode_t mode);		/* 15 */
long sys_access(const char __user *path, int mode);		/* 33 */
long sys_truncate(const char __user *path, long length);	/* 92 */
long sys_ftruncate(unsigned int fd, long length);		/* 93 */
long sys_fchmod(unsigned int fd, umode_t mode);			/* 94 */
long sys_truncate64(const char __user *path, unsigned long lo,
		    unsigned long hi);				/* 193 */
long sys_ftruncate64(unsigned int fd, unsigned long lo,
		     unsigned long hi);				/* 194 */
long sys_openat(int dfd, const char __user *path, int flags,
		umode_t mode);					/* 295 */
long sys_fchmodat(int dfd, const char __user *path, umode_t mode); /* 306 */
long sys_faccessat(int dfd, const char __user *path, int mode);	/* 307 */
long sys_faccessat2(int dfd, const char __user *path, int mode,
		    int flags);					/* 439 */

/* fs/file.c */
long sys_close(unsigned int fd);				/* 6 */
long sys_dup(unsigned int fd);					/* 41 */
long sys_dup2(unsigned int oldfd, unsigned int newfd);		/* 63 */
long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags); /* 330 */

/* fs/name_ops.c */
long sys_link(const char __user *oldpath, const char __user *newpath); /* 9 */
long sys_unlink(const char __user *path);			/* 10 */
long sys_mknod(const char __user *path, umode_t mode,
	       unsigned int dev);				/* 14 */
long sys_rename(const char __user *oldpath,
		const char __user *newpath);			/* 38 */
long sys_mkdir(const char __user *path, umode_t mode);		/* 39 */
long sys_rmdir(const char __user *path);			/* 40 */
long sys_symlink(const char __user *target,
		 const char __user *path);			/* 83 */
long sys_readlink(const char __user *path, char __user *buf,
		  int size);					/* 85 */
long sys_mkdirat(int dfd, const char __user *path, umode_t mode); /* 296 */
long sys_mknodat(int dfd, const char __user *path, umode_t mode,
		 unsigned int dev);				/* 297 */
long sys_unlinkat(int dfd, const char __user *path, int flags);	/* 301 */
long sys_renameat(int odfd, const char __user *oldpath, int ndfd,
		  const char __user *newpath);			/* 302 */
long sys_linkat(int odfd, const char __user *oldpath, int ndfd,
		const char __user *newpath, int flags);		/* 303 */
long sys_symlinkat(const char __user *target, int dfd,
		   const char __user *path);			/* 304 */
long sys_readlinkat(int dfd, const char __user *path, char __user *buf,
		    int size);					/* 305 */
long sys_renameat2(int odfd, const char __user *oldpath, int ndfd,
		   const char __user *newpath, unsigned int flags); /* 353 */

/* fs/fs_struct.c, fs/getcwd.c */
long sys_chdir(const char __user *path);			/* 12 */
long sys_umask(int mask);					/* 60 */
long sys_fchdir(unsigned int fd);				/* 133 */
long sys_getcwd(char __user *buf, unsigned long size);		/* 183 */

/* fs/fcntl.c, fs/ioctl.c */
long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg); /* 54 */
long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg); /* 55 */
long sys_fcntl64(unsigned int fd, unsigned int cmd,
		 unsigned long arg);				/* 221 */

/* fs/stat.c */
long sys_stat64(const char __user *path,
		struct stat64 __user *statbuf);			/* 195 */
long sys_lstat64(const char __user *path,
		 struct stat64 __user *statbuf);		/* 196 */
long sys_fstat64(unsigned int fd, struct stat64 __user *statbuf); /* 197 */
long sys_fstatat64(int dfd, const char __user *path,
		   struct stat64 __user *statbuf, int flags);	/* 300 */
long sys_statx(int dfd, const char __user *path, unsigned int flags,
	       unsigned int mask, struct statx __user *buf);	/* 383 */

/* fs/readdir.c */
long sys_getdents64(unsigned int fd, void __user *dirent,
		    unsigned int count);			/* 220 */

/* fs/sync.c */
long sys_sync(void);						/* 36 */
long sys_fsync(unsigned int fd);				/* 118 */
long sys_fdatasync(unsigned int fd);				/* 148 */
long sys_syncfs(unsigned int fd);				/* 344 */

/* fs/pipe.c */
long sys_pipe(int __user *fildes);				/* 42 */
long sys_pipe2(int __user *fildes, int flags);			/* 331 */

/* fs/select.c */
long sys_newselect(int n, void __user *inp, void __user *outp,
		   void __user *exp,
		   struct old_timeval32 __user *tvp);		/* 142 _newselect */
long sys_poll(struct pollfd __user *ufds, unsigned int nfds,
	      int timeout_ms);					/* 168 */

/* fs/utimes.c */
long sys_utime(const char __user *path,
	       struct old_utimbuf32 __user *times);		/* 30 */
long sys_utimes(const char __user *path,
		struct old_timeval32 __user *utimes);		/* 271 */
long sys_utimensat(int dfd, const char __user *path,
		   struct old_timespec32 __user *utimes, int flags); /* 320 */
long sys_utimensat_time64(int dfd, const char __user *path,
			  struct kernel_timespec __user *utimes,
			  int flags);				/* 412 */


/* Processes, signals, memory, time and the rest (kernel/, mm/, arch/). */
struct k_sigaction;
struct new_utsname;
struct sysinfo32;
struct timespec32;
struct timespec64u;
struct timeval32;
struct tms32;
struct user_desc;

/* arch/i386/kernel/signal.c */
long sys_rt_sigreturn(void);
long sys_sigreturn(void);

/* arch/i386/kernel/tls.c */
long sys_set_thread_area(struct user_desc __user *uu);
long sys_get_thread_area(struct user_desc __user *uu);

/* kernel/exec.c */
long sys_execve(const char __user *ufilename,
	const char __user *const __user *argv, const char __user *const __user *envp);

/* kernel/exit.c */
long sys_exit(int code);
long sys_exit_group(int code);
long sys_wait4(pid_t pid, int __user *status, int options, void __user *ru);
long sys_waitpid(pid_t pid, int __user *status, int options);

/* kernel/fork.c */
long sys_fork(void);
long sys_vfork(void);
long sys_clone(unsigned long flags, unsigned long newsp,
	u32 __user *parent_tid, unsigned long tls, u32 __user *child_tid);

/* kernel/futex.c */
long sys_futex(u32 __user *uaddr, int op, u32 val,
	const struct timespec32 __user *utime, u32 __user *uaddr2, u32 val3);
long sys_futex_time64(u32 __user *uaddr, int op, u32 val,
	const void __user *utime, u32 __user *uaddr2, u32 val3);

/* kernel/random.c */
long sys_getrandom(void __user *buf, size_t count, unsigned int flags);

/* kernel/signal.c */
long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
	struct k_sigaction __user *oact, size_t size);
long sys_rt_sigprocmask(int how, const sigset_t __user *set,
	sigset_t __user *oset, size_t size);
long sys_rt_sigpending(sigset_t __user *set, size_t size);
long sys_rt_sigsuspend(const sigset_t __user *mask, size_t size);
long sys_pause(void);
long sys_kill(pid_t pid, int sig);
long sys_tgkill(pid_t tgid, pid_t tid, int sig);
long sys_tkill(pid_t tid, int sig);
long sys_rt_sigtimedwait(const sigset_t __user *uthese, void __user *uinfo,
	const struct timespec32 __user *uts, size_t size);
long sys_rt_sigtimedwait_time64(const sigset_t __user *uthese,
	void __user *uinfo, const struct timespec64u __user *uts, size_t size);

/* kernel/sys.c */
long sys_getpid(void);
long sys_gettid(void);
long sys_getuid(void);
long sys_geteuid(void);
long sys_getgid(void);
long sys_getegid(void);
long sys_getuid32(void);
long sys_geteuid32(void);
long sys_getgid32(void);
long sys_getegid32(void);
long sys_setuid(long uid);
long sys_setgid(long gid);
long sys_setuid32(long uid);
long sys_setgid32(long gid);
long sys_getppid(void);
long sys_set_tid_address(u32 __user *tidptr);
long sys_setresuid32(long r, long e, long s);
long sys_setresgid32(long r, long e, long s);
long sys_setreuid32(long r, long e);
long sys_setregid32(long r, long e);
long sys_getresuid32(u32 __user *r, u32 __user *e, u32 __user *s);
long sys_getresgid32(u32 __user *r, u32 __user *e, u32 __user *s);
long sys_getgroups32(int size, u32 __user *list);
long sys_setgroups32(int size, u32 __user *list);
long sys_getpgid(pid_t pid);
long sys_getpgrp(void);
long sys_getsid(pid_t pid);
long sys_setpgid(pid_t pid, pid_t pgid);
long sys_setsid(void);
long sys_sched_yield(void);
long sys_newuname(struct new_utsname __user *u);
long sys_uname(struct new_utsname __user *u);
long sys_sysinfo(struct sysinfo32 __user *info);
long sys_reboot(u32 magic1, u32 magic2, u32 cmd, void __user *arg);

/* kernel/sys_time.c */
long sys_clock_gettime(int clk, struct timespec32 __user *tp);
long sys_clock_gettime64(int clk, struct timespec64u __user *tp);
long sys_clock_getres(int clk, struct timespec32 __user *tp);
long sys_clock_getres_time64(int clk, struct timespec64u __user *tp);
long sys_gettimeofday(struct timeval32 __user *tv, void __user *tz);
long sys_time(s32 __user *tloc);
long sys_nanosleep(const struct timespec32 __user *rq,
	struct timespec32 __user *rm);
long sys_clock_nanosleep(int clk, int flags,
	const struct timespec32 __user *rq, struct timespec32 __user *rm);
long sys_clock_nanosleep_time64(int clk, int flags,
	const struct timespec64u __user *rq, struct timespec64u __user *rm);
long sys_times(struct tms32 __user *buf);
long sys_getrusage(int who, void __user *ru);			/* 77 */
struct rlimit32;
struct rlimit64;
long sys_setrlimit(unsigned int res, const struct rlimit32 __user *rl); /* 75 */
long sys_getrlimit(unsigned int res, struct rlimit32 __user *rl);	/* 76 */
long sys_ugetrlimit(unsigned int res, struct rlimit32 __user *rl);	/* 191 */
long sys_prlimit64(pid_t pid, unsigned int res,
		   const struct rlimit64 __user *new,
		   struct rlimit64 __user *old);			/* 340 */
struct itimerval32;
long sys_alarm(unsigned int seconds);				/* 27 */
long sys_syslog(int type, char __user *buf, int len);		/* 103 */
long sys_set_robust_list(void __user *head, size_t len);	/* 311 */
long sys_get_robust_list(int pid, void __user *__user *head,
			 size_t __user *len);			/* 312 */
long sys_nice(int inc);						/* 34 */
long sys_madvise(unsigned long start, size_t len, int advice);	/* 219 */
long sys_mremap(unsigned long addr, unsigned long old_len,
		unsigned long new_len, unsigned long flags,
		unsigned long new_addr);			/* 163 */
long sys_sendfile(unsigned int out_fd, unsigned int in_fd,
		  s32 __user *offset, size_t count);		/* 187 */
long sys_sendfile64(unsigned int out_fd, unsigned int in_fd,
		    loff_t __user *offset, size_t count);	/* 239 */
struct pollfd;
struct old_timespec32;
struct kernel_timespec;
long sys_pselect6(int n, void __user *inp, void __user *outp,
		  void __user *exp, struct old_timespec32 __user *tsp,
		  const u32 __user *sig);			/* 308 */
long sys_ppoll(struct pollfd __user *ufds, unsigned int nfds,
	       struct old_timespec32 __user *tsp, const u64 __user *mask,
	       size_t size);					/* 309 */
long sys_getpriority(int which, int who);			/* 96 */
long sys_setpriority(int which, int who, int niceval);		/* 97 */
long sys_setitimer(int which, const struct itimerval32 __user *new,
		   struct itimerval32 __user *old);		/* 104 */
long sys_getitimer(int which, struct itimerval32 __user *cur);	/* 105 */
long sys_prctl(int option, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5);	/* 172 */

/* mm/mmap.c */
long sys_brk(unsigned long brk);
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	unsigned long flags, unsigned long fd, unsigned long pgoff);
long sys_munmap(unsigned long addr, unsigned long len);
long sys_mprotect(unsigned long start, unsigned long len, unsigned long prot);

#endif /* _LINUX_SYSCALLS_H */
