/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_UACCESS_H
#define _ASM_I386_UACCESS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <asm/page.h>
#include <asm/asm.h>

/*
 * Access to user memory.  User space is everything below TASK_SIZE.  A
 * copy that touches an unmapped user page first gets the page fault
 * handler's chance to map it (demand paging, copy-on-write); only a
 * fault it cannot resolve goes to the exception fixup, which ends the
 * copy.  A bad pointer is therefore -EFAULT, never an oops.
 */
#define TASK_SIZE	PAGE_OFFSET

static inline int access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;

	return size <= TASK_SIZE && a <= TASK_SIZE - size;
}

/* Return the number of bytes NOT copied (0 on success). */
unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n);
unsigned long clear_user(void __user *to, unsigned long n);

/* Copies a string of at most count bytes (without the NUL it adds if
 * there is room); returns its length, count if it did not end, or
 * -EFAULT. */
long strncpy_from_user(char *dst, const char __user *src, long count);

/* Length of a user string including its NUL; 0 on a fault, >n if longer. */
long strnlen_user(const char __user *s, long n);

/* One word from or to user space: 0 or -EFAULT. */
int __get_user_4(u32 *val, const void __user *p);
int __put_user_4(u32 val, void __user *p);

#define get_user(x, ptr) ({						\
	u32 __gu_v = 0;							\
	int __gu_err;							\
	if (sizeof(*(ptr)) == 4)					\
		__gu_err = __get_user_4(&__gu_v, (ptr));		\
	else								\
		__gu_err = copy_from_user(&__gu_v, (ptr),		\
					  sizeof(*(ptr))) ? -EFAULT : 0;\
	(x) = (__typeof__(*(ptr)))__gu_v;				\
	__gu_err;							\
})

#define put_user(x, ptr) ({						\
	__typeof__(*(ptr)) __pu_v = (x);				\
	sizeof(*(ptr)) == 4 ?						\
		__put_user_4((u32)(unsigned long)__pu_v, (ptr)) :	\
		(copy_to_user((ptr), &__pu_v, sizeof(*(ptr))) ?	\
		 -EFAULT : 0);						\
})

#endif /* _ASM_I386_UACCESS_H */
