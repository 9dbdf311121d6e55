// SPDX-License-Identifier: GPL-2.0
/*
 * init/main.c - start_kernel(): bring the kernel up, one step per line.
 *
 * Every boot path (Multiboot today) fills boot_info and calls
 * start_kernel(); from here on nothing depends on how we were booted.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/bootinfo.h>
#include <linux/console.h>
#include <linux/start_kernel.h>
#include <linux/reboot.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/irq.h>
#include <linux/ktest.h>
#include <linux/time.h>
#include <linux/idle.h>
#include <linux/cmdline.h>
#include <linux/crash.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/tty.h>
#include <asm/fpu.h>
#include <asm/paravirt_init.h>
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/signal.h>
#include <linux/process.h>
#include <asm/setup.h>
#include <asm/traps.h>
#include <asm/i8259.h>
#include <asm/irqflags.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/platform.h>

static const char linux_banner[] =
	"pvkernel version " UTS_RELEASE " (i386 PAE) " __DATE__ "\n";

static int selftest;

static int __init selftest_setup(char *val)
{
	selftest = 1;
	return 0;
}
__setup("selftest", selftest_setup);

static int cmdline_truncated;

/* The built-in command line comes first; the loader's may override it. */
static void __init setup_command_line(void)
{
	strlcpy(boot_command_line, CONFIG_CMDLINE, BOOT_COMMAND_LINE_MAX);
	if (boot_command_line[0] && boot_info.cmdline[0])
		strlcat(boot_command_line, " ", BOOT_COMMAND_LINE_MAX);
	if (strlcat(boot_command_line, boot_info.cmdline,
		    BOOT_COMMAND_LINE_MAX) >= BOOT_COMMAND_LINE_MAX ||
	    boot_info.cmdline_truncated)
		cmdline_truncated = 1;
}

/* "selftest": run the in-kernel suites, then leave with their verdict. */
static void __noreturn run_selftests(void)
{
	int failed = ktest_run_all();

	machine_exit(failed ? DEBUG_EXIT_FAIL : DEBUG_EXIT_PASS);
}

/* The first boot module, if there is one, is the initramfs. */
static void __init unpack_initramfs(void)
{
	const struct boot_module *m = &boot_info.mods[0];

	if (boot_info.nr_mods)
		populate_rootfs(__va(m->start), m->end - m->start);
}

static const char *ramdisk_execute_command = "/init";
static const char *execute_command;

static int __init rdinit_setup(char *val)
{
	ramdisk_execute_command = val;
	return 0;
}
__setup("rdinit=", rdinit_setup);

static int __init init_setup(char *val)
{
	execute_command = val;
	return 0;
}
__setup("init=", init_setup);

static const char *argv_init[] = { NULL, NULL };
static const char *const envp_init[] = {
	"HOME=/", "TERM=linux", "PATH=/sbin:/bin:/usr/sbin:/usr/bin", NULL
};

static int run_init_process(const char *path)
{
	int err;

	argv_init[0] = path;
	err = do_execve(path, argv_init, envp_init, NULL, NULL);
	if (!err)
		pr_info("Run %s as init process\n", path);
	return err;
}

/* pid 1 becomes a process: a session leader with the console as 0-2. */
static void __init init_user_context(void)
{
	struct file *con;
	int i;

	current->sighand = sighand_alloc();
	current->sig_info = kzalloc(_NSIG * sizeof(struct kinfo), GFP_KERNEL);
	current->files = files_alloc();
	current->fs = fs_alloc_root();
	if (!current->sighand || !current->sig_info || !current->files ||
	    !current->fs)
		panic("init: out of memory");
	current->pgid = current->sid = current->pid;
	con = filp_open("/dev/console", 02 /* O_RDWR */, 0);
	if (IS_ERR(con)) {
		pr_warn("init: cannot open /dev/console (%ld)\n", PTR_ERR(con));
		return;
	}
	for (i = 0; i < 3; i++)
		fd_install_lowest(current->files, i ? get_file(con) : con);
}

/* The first task (pid 1): what runs once the kernel is up. */
static int kernel_init(void *unused)
{
	static const char *const fallbacks[] = {
		"/sbin/init", "/etc/init", "/bin/init", "/bin/sh",
	};
	unsigned int i;
	int err;

	crash_if_requested();		/* crash=: test the oops path */
	vfs_init();			/* root filesystem, /dev, /proc, /tmp */
	unpack_initramfs();		/* the first boot module into / */
	if (selftest)
		run_selftests();
	init_user_context();
	if (ramdisk_execute_command) {
		err = run_init_process(ramdisk_execute_command);
		if (!err)
			return 0;
		if (err != -ENOENT)
			pr_err("Failed to execute %s (error %d)\n",
			       ramdisk_execute_command, err);
	}
	if (execute_command) {
		err = run_init_process(execute_command);
		if (!err)
			return 0;
		panic("Requested init %s failed (error %d).", execute_command,
		      err);
	}
	for (i = 0; i < ARRAY_SIZE(fallbacks); i++)
		if (!run_init_process(fallbacks[i]))
			return 0;
	panic("No working init found.  Try passing init= option to kernel.");
}

void __init start_kernel(void)
{
	setup_command_line();		/* built-in + boot loader command line */
	parse_early_params();		/* console=, loglevel=, quiet, mem= */
	printk(KERN_NOTICE "%s", linux_banner);	/* kept until a console */
	paravirt_init();		/* the pv_ops backend and its platform */
	x86_platform.console_init();	/* printk reaches the console */
	pr_notice("Command line: %s\n", boot_command_line);
	if (cmdline_truncated)
		pr_warn("Command line longer than %d bytes: the rest is ignored\n",
			BOOT_COMMAND_LINE_MAX - 1);
	if (boot_info.error)		/* the loader's data was unusable */
		boot_fail("boot: %s: %s\n", boot_info.loader, boot_info.error);
	apply_paravirt();		/* patch the backend's call sites */
	cpu_init();			/* CPU identification, GDT, TSS */
	setup_arch();			/* memory map, kernel page tables */
	trap_init();			/* IDT, double-fault task */
	fpu_init();			/* x87/SSE on, state per task */
	mm_init();			/* buddy page allocator */
	kmem_cache_init();		/* kmalloc */
	sched_init();			/* this context becomes the idle task */
	init_IRQ();			/* IRQ descriptors, the platform's PICs */
	parse_args_late();		/* the remaining parameters */
	time_init();			/* clocksources, clock events, RTC */
	local_irq_enable();		/* interrupts on from here */
	console_input_init();		/* console keys go to the console tty */

	if (cpu_has(X86_FEATURE_TSC))
		pr_info("start_kernel done: %llu TSC cycles since reset, %llu since kernel entry\n",
			rdtsc(), rdtsc() - boot_tsc);
	if (!kthread_run(kernel_init, NULL, "init"))
		panic("cannot start the init task");
	cpu_idle();			/* the boot context is the idle task */
}
