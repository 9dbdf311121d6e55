// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/exec.c - execve: replacing the program of a process.
 *
 * The arguments are copied into the kernel first, so that nothing of
 * the old program is needed once it is gone.  "#!" scripts run their
 * interpreter (up to four levels deep); everything else must be a
 * static i386 ELF executable.  Errors found before the point of no
 * return leave the caller's program intact and come back from execve;
 * later ones kill the process.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/mman.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/signal.h>
#include <linux/process.h>
#include <linux/completion.h>
#include <linux/random.h>
#include <linux/elf.h>
#include <asm/uaccess.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include <asm/syscall.h>
#include <asm/fpu.h>
#include <asm/tls.h>

#define PATH_MAX	4096
#define STACK_INIT	(128 * 1024)

size_t arg_limit(void)
{
	u64 lim = rlimit(RLIMIT_STACK) / 4;

	if (lim > STACK_MAX / 4)
		lim = STACK_MAX / 4;
	return lim < MIN_ARG_BYTES ? MIN_ARG_BYTES : lim;
}
#define MAX_INTERP_DEPTH 4

static void free_strings(char **v)
{
	char **p;

	if (!v)
		return;
	for (p = v; *p; p++)
		kfree(*p);
	kfree(v);
}

/* Copies a NULL-terminated vector of strings from user or kernel space. */
static char **copy_strings(const char __user *const __user *uv,
			   const char *const *kv, int *count, size_t *bytes)
{
	char **v;
	int n = 0, i;

	for (;;) {
		const char __user *up;

		if (kv) {
			if (!kv[n])
				break;
		} else if (uv) {
			if (get_user(up, &uv[n]))
				return ERR_PTR(-EFAULT);
			if (!up)
				break;
		} else {
			break;
		}
		/* Each costs a pointer at least: bounded by the space. */
		if (++n > (int)(arg_limit() / sizeof(char *)))
			return ERR_PTR(-E2BIG);
	}
	v = kzalloc((n + 1) * sizeof(char *), GFP_KERNEL);
	if (!v)
		return ERR_PTR(-ENOMEM);
	for (i = 0; i < n; i++) {
		long len;

		if (kv) {
			len = strlen(kv[i]) + 1;
		} else {
			const char __user *up;

			if (get_user(up, &uv[i]))
				goto fault;
			len = strnlen_user(up, MAX_ARG_STRLEN + 1);
			if (!len)
				goto fault;
		}
		*bytes += len + sizeof(char *);
		if (len > MAX_ARG_STRLEN || *bytes > arg_limit()) {
			free_strings(v);
			return ERR_PTR(-E2BIG);
		}
		v[i] = kmalloc(len, GFP_KERNEL);
		if (!v[i]) {
			free_strings(v);
			return ERR_PTR(-ENOMEM);
		}
		if (kv) {
			memcpy(v[i], kv[i], len);
		} else {
			const char __user *up;

			if (get_user(up, &uv[i]) ||
			    copy_from_user(v[i], up, len))
				goto fault;
			v[i][len - 1] = '\0';
		}
	}
	*count = n;
	return v;
fault:
	free_strings(v);
	return ERR_PTR(-EFAULT);
}

/* Puts new strings (interpreter, its argument, script) before argv[1..]. */
static int prepend_args(struct linux_binprm *b, const char *interp,
			const char *arg, const char *script)
{
	const char *pre[3] = { interp, arg, script };
	int npre = arg ? 3 : 2, i, n;
	char **v;

	if (!arg)
		pre[1] = script;
	n = npre + (b->argc ? b->argc - 1 : 0);
	v = kzalloc((n + 1) * sizeof(char *), GFP_KERNEL);
	if (!v)
		return -ENOMEM;
	for (i = 0; i < npre; i++) {
		size_t len = strlen(pre[i]) + 1;

		v[i] = kmalloc(len, GFP_KERNEL);
		if (!v[i]) {
			free_strings(v);
			return -ENOMEM;
		}
		memcpy(v[i], pre[i], len);
		b->arg_bytes += len;
	}
	for (i = 1; i < b->argc; i++) {
		v[npre + i - 1] = b->argv[i];
		b->argv[i] = NULL;
	}
	free_strings(b->argv);
	b->argv = v;
	b->argc = n;
	return b->arg_bytes > arg_limit() ? -E2BIG : 0;
}

/* "#!interp [arg]": returns 1 and rewrites argv if buf is a script. */
static int parse_shebang(struct linux_binprm *b, char *interp, size_t isize)
{
	char line[BINPRM_BUF_SIZE], *p, *arg = NULL, *nl;
	char script[256];
	int err;

	if (b->buf[0] != '#' || b->buf[1] != '!')
		return 0;
	memcpy(line, b->buf + 2, sizeof(line) - 2);
	line[sizeof(line) - 2] = '\0';
	nl = strchr(line, '\n');
	if (!nl)
		return -ENOEXEC;
	*nl = '\0';
	p = strim(line);
	if (!*p)
		return -ENOEXEC;
	arg = strchr(p, ' ');
	if (!arg)
		arg = strchr(p, '\t');
	if (arg) {
		*arg++ = '\0';
		arg = strim(arg);
		if (!*arg)
			arg = NULL;
	}
	strlcpy(script, b->filename, sizeof(script));
	err = prepend_args(b, p, arg, script);
	if (err)
		return err;
	strlcpy(interp, p, isize);
	return 1;
}

static int open_exec(struct linux_binprm *b, const char *path)
{
	loff_t pos = 0;
	ssize_t n;
	umode_t mode;

	b->file = filp_open(path, 0 /* O_RDONLY */, 0);
	if (IS_ERR(b->file)) {
		int err = PTR_ERR(b->file);

		b->file = NULL;
		return err;
	}
	mode = file_mode(b->file);
	if ((mode & 0170000) != 0100000 || !(mode & 0111))
		return -EACCES;
	memset(b->buf, 0, sizeof(b->buf));
	n = kernel_read(b->file, b->buf, sizeof(b->buf), &pos);
	return n < 0 ? n : 0;
}

int exec_new_mm(void)
{
	struct mm_struct *mm = mm_alloc(), *old = current->mm;

	if (!mm)
		return -ENOMEM;
	current->mm = mm;
	activate_mm(old, mm);
	if (current->vfork_done) {
		complete(current->vfork_done);
		current->vfork_done = NULL;
	}
	mmput(old);
	return 0;
}

/* Copies s below *p on the user stack; returns its address or 0. */
static unsigned long push_string(unsigned long *p, const char *s)
{
	size_t len = strlen(s) + 1;

	*p -= len;
	if (copy_to_user((void __user *)*p, s, len))
		return 0;
	return *p;
}

int create_user_stack(struct linux_binprm *b, const u32 *auxv,
		      unsigned int auxc, unsigned long *spp)
{
	struct mm_struct *mm = current->mm;
	unsigned long p = STACK_TOP, execfn, platform, random, sp, *ptrs;
	/* Room for the arguments and their pointers, and then some. */
	unsigned long size = max((unsigned long)STACK_INIT,
				 PAGE_ALIGN(b->arg_bytes + 2 * PAGE_SIZE +
					    STACK_INIT / 2));
	unsigned int i, n, nptr;
	u8 rnd[16];
	int err = -EFAULT;

	if (mmap_region(mm, STACK_TOP - size, size,
			VM_READ | VM_WRITE | VM_GROWSDOWN))
		return -ENOMEM;
	mm->start_stack = STACK_TOP;
	execfn = push_string(&p, b->execfn);
	platform = push_string(&p, "i686");
	get_random_bytes(rnd, sizeof(rnd));
	p -= sizeof(rnd);
	random = p;
	if (!execfn || !platform || copy_to_user((void __user *)random, rnd,
						 sizeof(rnd)))
		return -EFAULT;

	/* argc, argv[], NULL, envp[], NULL, auxv pairs, AT_NULL pair */
	nptr = 1 + b->argc + 1 + b->envc + 1 + auxc + 8;
	ptrs = kmalloc(nptr * sizeof(unsigned long), GFP_KERNEL);
	if (!ptrs)
		return -ENOMEM;
	n = 0;
	ptrs[n++] = b->argc;
	/* Last first, so that the strings ascend (/proc/PID/cmdline). */
	mm->arg_end = p;
	for (i = b->argc; i-- > 0; )
		if (!(ptrs[n + i] = push_string(&p, b->argv[i])))
			goto out;
	mm->arg_start = p;
	n += b->argc;
	ptrs[n++] = 0;
	for (i = 0; i < (unsigned int)b->envc; i++)
		if (!(ptrs[n++] = push_string(&p, b->envp[i])))
			goto out;
	ptrs[n++] = 0;
	for (i = 0; i < auxc; i++)
		ptrs[n++] = auxv[i];
	ptrs[n++] = AT_RANDOM;
	ptrs[n++] = random;
	ptrs[n++] = AT_PLATFORM;
	ptrs[n++] = platform;
	ptrs[n++] = AT_EXECFN;
	ptrs[n++] = execfn;
	ptrs[n++] = AT_NULL;
	ptrs[n++] = 0;
	sp = (p - n * sizeof(unsigned long)) & ~15UL;
	if (STACK_TOP - sp > size) {
		err = -E2BIG;
		goto out;
	}
	if (copy_to_user((void __user *)sp, ptrs, n * sizeof(unsigned long)))
		goto out;
	*spp = sp;
	err = 0;
out:
	kfree(ptrs);
	return err;
}

/* What a new program does not inherit from the old one. */
static void flush_old_exec(const char *filename)
{
	const char *base = strrchr(filename, '/');

	flush_signal_handlers(current);
	if (current->files)
		files_close_on_exec(current->files);
	clear_tls();
	fpu_init_state(current->thread.fpu);
	fpu_restore(current->thread.fpu);
	strlcpy(current->comm, base ? base + 1 : filename, TASK_COMM_LEN);
	current->flags &= ~PF_KTHREAD;
	current->set_child_tid = current->clear_child_tid = NULL;
	current->robust_list = NULL;
}

int do_execve(const char *filename, const char *const *kargv,
	      const char *const *kenvp, const char __user *const __user *uargv,
	      const char __user *const __user *uenvp)
{
	struct linux_binprm *b = kzalloc(sizeof(*b), GFP_KERNEL);
	char *path = kmalloc(PATH_MAX, GFP_KERNEL);
	int err, depth;

	if (!b || !path) {
		err = -ENOMEM;
		goto out;
	}
	strlcpy(path, filename, PATH_MAX);
	b->execfn = filename;
	b->argv = copy_strings(uargv, kargv, &b->argc, &b->arg_bytes);
	if (IS_ERR(b->argv)) {
		err = PTR_ERR(b->argv);
		b->argv = NULL;
		goto out;
	}
	b->envp = copy_strings(uenvp, kenvp, &b->envc, &b->arg_bytes);
	if (IS_ERR(b->envp)) {
		err = PTR_ERR(b->envp);
		b->envp = NULL;
		goto out;
	}
	for (depth = 0; ; depth++) {
		b->filename = path;
		err = open_exec(b, path);
		if (err)
			goto out;
		err = parse_shebang(b, path, PATH_MAX);
		if (err <= 0)
			break;
		if (depth == MAX_INTERP_DEPTH) {
			err = -ELOOP;
			goto out;
		}
		fput(b->file);
		b->file = NULL;
	}
	if (err)
		goto out;
	err = load_elf_binary(b, task_pt_regs(current));
	if (!err)
		flush_old_exec(path);
out:
	if (b) {
		if (b->file)
			fput(b->file);
		free_strings(b->argv);
		free_strings(b->envp);
	}
	if (err && b && b->committed) {
		/* The old program is gone and the new one is broken. */
		pr_info("exec: %s: failed after the point of no return (%d)\n",
			path, err);
		kfree(b);
		kfree(path);
		do_exit(SIGSEGV);
	}
	kfree(b);
	kfree(path);
	return err;
}

long sys_execve(const char __user *ufilename,
		const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	char *name = kmalloc(PATH_MAX, GFP_KERNEL);
	long len, err;

	if (!name)
		return -ENOMEM;
	len = strncpy_from_user(name, ufilename, PATH_MAX);
	if (len < 0)
		err = len;
	else if (len == PATH_MAX)
		err = -ENAMETOOLONG;
	else
		err = do_execve(name, NULL, NULL, argv, envp);
	kfree(name);
	return err;
}
