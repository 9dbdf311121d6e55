// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/tls.c - thread-local storage descriptors.
 *
 * Each task has GDT_ENTRY_TLS_ENTRIES descriptors that switch_to() loads
 * into the GDT; glibc puts its thread pointer in one and loads %gs with
 * it.  set_thread_area() fills one, choosing a free one for entry -1.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <asm/segment.h>
#include <asm/tls.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>

#define UD_SEG_32BIT		0x01
#define UD_CONTENTS(f)		(((f) >> 1) & 3)
#define UD_READ_EXEC_ONLY	0x08
#define UD_LIMIT_IN_PAGES	0x10
#define UD_SEG_NOT_PRESENT	0x20
#define UD_USEABLE		0x40

/* An "empty" request clears the descriptor (as Linux defines it). */
static int desc_empty(const struct user_desc *u)
{
	return !u->base_addr && !u->limit && UD_CONTENTS(u->flags) == 0 &&
	       (u->flags & UD_READ_EXEC_ONLY) && !(u->flags & UD_SEG_32BIT) &&
	       !(u->flags & UD_LIMIT_IN_PAGES) &&
	       (u->flags & UD_SEG_NOT_PRESENT) && !(u->flags & UD_USEABLE);
}

static void fill_desc(u32 d[2], const struct user_desc *u)
{
	u32 type = 0x10 | (UD_CONTENTS(u->flags) << 2) |
		   ((u->flags & UD_READ_EXEC_ONLY) ? 0 : 2);

	if (desc_empty(u)) {
		d[0] = d[1] = 0;
		return;
	}
	d[0] = (u->limit & 0xffff) | (u->base_addr << 16);
	d[1] = ((u->base_addr >> 16) & 0xff) | (u->base_addr & 0xff000000) |
	       (u->limit & 0xf0000) | (type << 8) | (3 << 13) |
	       ((u->flags & UD_SEG_NOT_PRESENT) ? 0 : 0x8000) |
	       ((u->flags & UD_USEABLE) ? 0x100000 : 0) |
	       ((u->flags & UD_SEG_32BIT) ? 0x400000 : 0) |
	       ((u->flags & UD_LIMIT_IN_PAGES) ? 0x800000 : 0);
}

void load_current_tls(void)
{
	unsigned long flags;

	local_irq_save(flags);
	load_tls(current->thread.tls_array);
	local_irq_restore(flags);
}

/*
 * exec: the new program starts without TLS.  %fs and %gs may still hold
 * the old program's selectors; an interrupt before the return to user
 * mode would reload them from the now empty entries, so clear them too.
 */
void clear_tls(void)
{
	unsigned long zero = 0;

	memset(current->thread.tls_array, 0, sizeof(current->thread.tls_array));
	loadsegment(fs, zero);
	loadsegment(gs, zero);
	load_current_tls();
}

static int set_tls(struct task_struct *t, struct user_desc *u)
{
	unsigned int idx = u->entry_number, i;

	if (idx == (u32)-1) {
		for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
			if (!t->thread.tls_array[i][0] &&
			    !t->thread.tls_array[i][1])
				break;
		if (i == GDT_ENTRY_TLS_ENTRIES)
			return -ESRCH;
		idx = GDT_ENTRY_TLS_MIN + i;
		u->entry_number = idx;
	}
	if (idx < GDT_ENTRY_TLS_MIN ||
	    idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return -EINVAL;
	/* Code segments and not-present 32-bit data are refused by Linux. */
	if (UD_CONTENTS(u->flags) == 3 && !desc_empty(u))
		return -EINVAL;
	fill_desc(t->thread.tls_array[idx - GDT_ENTRY_TLS_MIN], u);
	return 0;
}

int tls_set_desc(struct task_struct *t, struct user_desc __user *uu)
{
	struct user_desc u;

	if (copy_from_user(&u, uu, sizeof(u)))
		return -EFAULT;
	return set_tls(t, &u);
}

long sys_set_thread_area(struct user_desc __user *uu)
{
	struct user_desc u;
	u32 requested;
	int err;

	if (copy_from_user(&u, uu, sizeof(u)))
		return -EFAULT;
	requested = u.entry_number;
	err = set_tls(current, &u);
	if (err)
		return err;
	if (requested == (u32)-1 &&
	    put_user(u.entry_number, &uu->entry_number))
		return -EFAULT;
	load_current_tls();
	return 0;
}

long sys_get_thread_area(struct user_desc __user *uu)
{
	struct user_desc u;
	const u32 *d;
	u32 idx;

	if (get_user(idx, &uu->entry_number))
		return -EFAULT;
	if (idx < GDT_ENTRY_TLS_MIN ||
	    idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return -EINVAL;
	d = current->thread.tls_array[idx - GDT_ENTRY_TLS_MIN];
	memset(&u, 0, sizeof(u));
	u.entry_number = idx;
	u.base_addr = (d[0] >> 16) | ((d[1] & 0xff) << 16) | (d[1] & 0xff000000);
	u.limit = (d[0] & 0xffff) | (d[1] & 0xf0000);
	u.flags = ((d[1] >> 22) & 1) | (((d[1] >> 10) & 3) << 1) |
		  (((d[1] >> 9) & 1) ? 0 : UD_READ_EXEC_ONLY) |
		  (((d[1] >> 23) & 1) ? UD_LIMIT_IN_PAGES : 0) |
		  (((d[1] >> 15) & 1) ? 0 : UD_SEG_NOT_PRESENT) |
		  (((d[1] >> 20) & 1) ? UD_USEABLE : 0);
	return copy_to_user(uu, &u, sizeof(u)) ? -EFAULT : 0;
}
