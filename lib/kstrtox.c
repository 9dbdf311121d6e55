// SPDX-License-Identifier: GPL-2.0
/*
 * lib/kstrtox.c - strict string to integer conversion and memparse().
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <asm/div64.h>

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/*
 * Parses a whole string (one trailing newline allowed) as an unsigned
 * number.  Base 0 accepts 0x (hex) and 0 (octal) prefixes.  Returns 0,
 * -EINVAL for anything that is not a number, -ERANGE on overflow.
 */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long v = 0;
	int d, any = 0;

	if (*s == '+')
		s++;
	if ((base == 0 || base == 16) && s[0] == '0' &&
	    (s[1] == 'x' || s[1] == 'X') && digit_value(s[2]) < 16) {
		base = 16;
		s += 2;
	} else if (base == 0) {
		base = s[0] == '0' && s[1] ? 8 : 10;
	}
	for (; (d = digit_value(*s)) < (int)base; s++, any = 1) {
		if (v > div64_u64(~0ULL - d, base))
			return -ERANGE;
		v = v * base + d;
	}
	if (*s == '\n')
		s++;
	if (!any || *s)
		return -EINVAL;
	*res = v;
	return 0;
}

int kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	unsigned long long v;
	int err = kstrtoull(s, base, &v);

	if (err)
		return err;
	if (v != (unsigned long)v)
		return -ERANGE;
	*res = (unsigned long)v;
	return 0;
}

int kstrtoint(const char *s, unsigned int base, int *res)
{
	unsigned long long v;
	int neg = *s == '-', err;

	err = kstrtoull(s + neg, base, &v);
	if (err)
		return err;
	if (v > (neg ? 0x80000000ULL : 0x7fffffffULL))
		return -ERANGE;
	*res = neg ? -(int)(v - 1) - 1 : (int)v;
	return 0;
}

/*
 * Parses a size with an optional K, M or G suffix ("64M", "0x1000").
 * *retptr, if given, is set to the first unparsed character.
 */
unsigned long long memparse(const char *s, char **retptr)
{
	unsigned long long v = 0;
	unsigned int base = 10;
	int d;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	for (; (d = digit_value(*s)) < (int)base; s++)
		v = v * base + d;
	switch (*s) {
	case 'G': case 'g':
		v <<= 10;
		/* fall through */
	case 'M': case 'm':
		v <<= 10;
		/* fall through */
	case 'K': case 'k':
		v <<= 10;
		s++;
		break;
	}
	if (retptr)
		*retptr = (char *)s;
	return v;
}
