/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

/* Boot-only code and data; kept (not freed) in this kernel, but marked. */
#define __init		__section(".init.text")
#define __initdata	__section(".init.data")
#define __initconst	__section(".init.rodata")

/*
 * Command-line parameter handlers.  __setup("name=", fn) registers fn for
 * "name=value" (fn gets the value) or, without '=', for a bare word.
 * early_param() handlers run before memory is set up (console=, mem=).
 * A handler returns 0 on success or a negative errno for a bad value.
 */
struct kernel_param {
	const char *name;
	int (*setup)(char *val);
	int early;
};

#define __setup_param(str, fn, early_)					\
	static const char __setup_str_##fn[] __initconst = str;	\
	static const struct kernel_param __setup_##fn __used		\
	__section(".init.setup") __aligned(4) =				\
		{ __setup_str_##fn, fn, early_ }

#define __setup(str, fn)	__setup_param(str, fn, 0)
#define early_param(str, fn)	__setup_param(str, fn, 1)

extern const struct kernel_param __setup_start[], __setup_end[];

/* The command line after boot-loader and built-in parts are merged. */
extern char boot_command_line[];

/* Runs the early (early=1) or the other handlers for words of line. */
void parse_cmdline(const char *line, int early);
void parse_early_params(void);
void parse_args_late(void);

#endif /* _LINUX_INIT_H */
