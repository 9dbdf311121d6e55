// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/lib/usercopy.c - copying to and from user space.
 *
 * The copies are "rep movsb" with an exception-table entry: if a fault
 * cannot be resolved, the fixup leaves %ecx with the bytes not copied.
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>
#include <asm/probe.h>

/* Copies n bytes; returns the number left when a fault stopped it. */
static unsigned long raw_copy(void *to, const void *from, unsigned long n)
{
	__asm__ __volatile__("1:	rep movsb\n"
			     "2:\n"
			     _ASM_EXTABLE(1b, 2b)
			     : "+c"(n), "+D"(to), "+S"(from)
			     : : "memory");
	return n;
}

unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n)
{
	unsigned long left;

	if (!access_ok(from, n))
		return n;
	left = raw_copy(to, (const void __force *)from, n);
	return left;
}

unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	return raw_copy((void __force *)to, from, n);
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	__asm__ __volatile__("1:	rep stosb\n"
			     "2:\n"
			     _ASM_EXTABLE(1b, 2b)
			     : "+c"(n), "+D"(to)
			     : "a"(0) : "memory");
	return n;
}

/* One word: the probes of <asm/probe.h> behind the range check. */
int __get_user_4(u32 *val, const void __user *p)
{
	if (!access_ok(p, 4))
		return -EFAULT;
	return probe_read_u32((const void __force *)p, val);
}

int __put_user_4(u32 val, void __user *p)
{
	if (!access_ok(p, 4))
		return -EFAULT;
	return probe_write_u32((void __force *)p, val);
}

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long i;
	char c;

	for (i = 0; i < count; i++) {
		if (copy_from_user(&c, src + i, 1))
			return -EFAULT;
		dst[i] = c;
		if (!c)
			return i;
	}
	return count;
}

long strnlen_user(const char __user *s, long n)
{
	long i;
	char c;

	for (i = 0; i < n; i++) {
		if (copy_from_user(&c, s + i, 1))
			return 0;
		if (!c)
			return i + 1;
	}
	return n + 1;
}
