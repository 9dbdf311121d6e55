/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_TLS_H
#define _ASM_I386_TLS_H

#include <linux/types.h>
#include <linux/compiler.h>

struct task_struct;

/* The user_desc of set_thread_area() (Linux i386 ABI). */
struct user_desc {
	u32 entry_number;
	u32 base_addr;
	u32 limit;
	u32 flags;	/* seg_32bit:1 contents:2 read_exec_only:1
			 * limit_in_pages:1 seg_not_present:1 useable:1 */
};

/* Sets a TLS descriptor of t from user_desc u (CLONE_SETTLS). */
int tls_set_desc(struct task_struct *t, struct user_desc __user *u);
/* exec: drops every TLS descriptor of the current task. */
void clear_tls(void);
/* Reloads the current task's TLS descriptors into the GDT. */
void load_current_tls(void);

long sys_set_thread_area(struct user_desc __user *u);
long sys_get_thread_area(struct user_desc __user *u);

#endif /* _ASM_I386_TLS_H */
