/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>

struct file;
struct pt_regs;

#define BINPRM_BUF_SIZE	256
/*
 * Argument space, as on Linux: one string (its NUL included) up to
 * MAX_ARG_STRLEN, and all of them with their pointers up to a quarter
 * of the stack limit (2 MiB with the default 8 MiB), at least
 * MIN_ARG_BYTES: arg_limit().
 */
#define MAX_ARG_STRLEN	(32 * 4096)
#define MIN_ARG_BYTES	(128 * 1024)
size_t arg_limit(void);

/* What exec knows about the program it is starting. */
struct linux_binprm {
	struct file *file;
	char buf[BINPRM_BUF_SIZE];	/* the first bytes of the file */
	const char *filename;		/* path of the file being run */
	const char *execfn;		/* path as the caller gave it */
	char **argv, **envp;		/* kernel copies, NULL-terminated */
	int argc, envc;
	size_t arg_bytes;
	int committed;			/* the old address space is gone */
};

/*
 * Checks the ELF image in bprm and, if it is one we can run, replaces
 * the current address space with it and sets up regs.  Returns -ENOEXEC
 * for anything that is not a static i386 executable (before changing
 * anything), or another error after the point of no return.
 */
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);

/* exec: drops the old address space and installs an empty new one. */
int exec_new_mm(void);
/* Arch: user registers to start a program at ip with stack sp. */
void start_user_thread(struct pt_regs *regs, unsigned long ip,
		       unsigned long sp);
/* Writes the initial user stack and sets *sp; returns 0 or -errno. */
int create_user_stack(struct linux_binprm *bprm, const u32 *auxv,
		      unsigned int auxc, unsigned long *sp);

#endif /* _LINUX_BINFMTS_H */
