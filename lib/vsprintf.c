// SPDX-License-Identifier: GPL-2.0
/*
 * lib/vsprintf.c - printf-style formatting for printk and snprintf.
 *
 * Supports the flags "-+ #0", field width and precision (also as '*'),
 * the length modifiers hh, h, l, ll, z, and the conversions d i u o x X
 * c s p %.  %pS prints a kernel text address as symbol+offset/size.
 * Output is truncated to the buffer but the return value is the length
 * the whole result would have, as C99 requires.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/kallsyms.h>
#include <asm/div64.h>

#define F_LEFT	0x01
#define F_PLUS	0x02
#define F_SPACE	0x04
#define F_ALT	0x08
#define F_ZERO	0x10
#define F_UPPER	0x20
#define F_SIGNED 0x40

struct spec {
	unsigned int flags;
	int width;
	int prec;		/* -1: none */
	unsigned int base;
};

/* Appends one byte if there is room; always advances the count. */
static void put(char **p, char *end, char c)
{
	if (*p < end)
		**p = c;
	(*p)++;
}

static void put_padding(char **p, char *end, char c, int n)
{
	while (n-- > 0)
		put(p, end, c);
}

static void format_number(char **p, char *end, unsigned long long v,
			  int negative, struct spec s)
{
	const char *digits = (s.flags & F_UPPER) ? "0123456789ABCDEF"
						  : "0123456789abcdef";
	char tmp[24], sign = 0;
	const char *prefix = "";
	int n = 0, zeros, pad;

	/* '+' and ' ' apply to signed conversions only, as in C. */
	if (negative)
		sign = '-';
	else if ((s.flags & F_SIGNED) && (s.flags & F_PLUS))
		sign = '+';
	else if ((s.flags & F_SIGNED) && (s.flags & F_SPACE))
		sign = ' ';
	if ((s.flags & F_ALT) && v) {
		if (s.base == 16)
			prefix = (s.flags & F_UPPER) ? "0X" : "0x";
		else if (s.base == 8)
			prefix = "0";
	}

	while (v) {
		tmp[n++] = digits[__div64_32(&v, s.base)];
	}
	if (!n && s.prec != 0)
		tmp[n++] = '0';

	zeros = s.prec > n ? s.prec - n : 0;
	pad = s.width - n - zeros - (int)strlen(prefix) - (sign ? 1 : 0);
	if ((s.flags & F_ZERO) && !(s.flags & F_LEFT) && s.prec < 0) {
		zeros += pad > 0 ? pad : 0;
		pad = 0;
	}
	if (!(s.flags & F_LEFT))
		put_padding(p, end, ' ', pad);
	if (sign)
		put(p, end, sign);
	while (*prefix)
		put(p, end, *prefix++);
	put_padding(p, end, '0', zeros);
	while (n)
		put(p, end, tmp[--n]);
	if (s.flags & F_LEFT)
		put_padding(p, end, ' ', pad);
}

static void format_string(char **p, char *end, const char *str, struct spec s)
{
	int len, pad;

	if (!str)
		str = "(null)";
	len = (int)strnlen(str, s.prec < 0 ? (size_t)-1 : (size_t)s.prec);
	pad = s.width - len;
	if (!(s.flags & F_LEFT))
		put_padding(p, end, ' ', pad);
	while (len--)
		put(p, end, *str++);
	if (s.flags & F_LEFT)
		put_padding(p, end, ' ', pad);
}

/*
 * %p and its extensions: %pS symbol+off/size, %pB the same for a return
 * address (looked up one byte back, so a call at the very end of a
 * function is not shown as the start of the next), plain %p hex.
 */
static const char *format_pointer(char **p, char *end, const char *fmt,
				  void *ptr, struct spec s)
{
	char sym[KSYM_NAME_LEN + 32];

	if (*fmt == 'S' || *fmt == 's' || *fmt == 'B') {
		if (*fmt == 'B')
			sprint_backtrace(sym, sizeof(sym), (unsigned long)ptr);
		else
			sprint_symbol(sym, sizeof(sym), (unsigned long)ptr,
				      *fmt == 'S');
		format_string(p, end, sym, s);
		return fmt + 1;
	}
	s.base = 16;
	s.flags |= F_ALT;
	if (s.width < 0)
		s.width = 0;
	format_number(p, end, (unsigned long)ptr, 0, s);
	return fmt;
}

static int parse_int(const char **fmt)
{
	int v = 0;

	while (**fmt >= '0' && **fmt <= '9')
		v = v * 10 + *(*fmt)++ - '0';
	return v;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	char *p = buf, *end = buf + size;
	unsigned long long v;
	struct spec s;
	int lng, neg;

	if (end < buf)			/* sprintf's "unbounded" size */
		end = (char *)~0UL;

	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(&p, end, *fmt);
			continue;
		}
		s.flags = 0;
		for (;;) {
			fmt++;
			if (*fmt == '-')	s.flags |= F_LEFT;
			else if (*fmt == '+')	s.flags |= F_PLUS;
			else if (*fmt == ' ')	s.flags |= F_SPACE;
			else if (*fmt == '#')	s.flags |= F_ALT;
			else if (*fmt == '0')	s.flags |= F_ZERO;
			else			break;
		}
		s.width = -1;
		if (*fmt == '*') {
			s.width = va_arg(args, int);
			if (s.width < 0) {
				s.flags |= F_LEFT;
				s.width = -s.width;
			}
			fmt++;
		} else if (*fmt >= '0' && *fmt <= '9') {
			s.width = parse_int(&fmt);
		}
		s.prec = -1;
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				s.prec = va_arg(args, int);
				fmt++;
			} else {
				s.prec = parse_int(&fmt);
			}
			if (s.prec < 0)
				s.prec = -1;
		}
		lng = 0;
		while (*fmt == 'l' || *fmt == 'h' || *fmt == 'z') {
			if (*fmt == 'l')
				lng++;
			else if (*fmt == 'h')
				lng--;
			fmt++;
		}

		s.base = 10;
		switch (*fmt) {
		case 'c':
			s.prec = -1;
			put_padding(&p, end, ' ',
				    (s.flags & F_LEFT) ? 0 : s.width - 1);
			put(&p, end, (char)va_arg(args, int));
			if (s.flags & F_LEFT)
				put_padding(&p, end, ' ', s.width - 1);
			continue;
		case 's':
			format_string(&p, end, va_arg(args, const char *), s);
			continue;
		case 'p':
			fmt = format_pointer(&p, end, fmt + 1,
					     va_arg(args, void *), s) - 1;
			continue;
		case '%':
			put(&p, end, '%');
			continue;
		case 'd':
		case 'i':
			s.flags |= F_SIGNED;
			break;
		case 'u':
			break;
		case 'o':
			s.base = 8;
			break;
		case 'X':
			s.flags |= F_UPPER;
			/* fall through */
		case 'x':
			s.base = 16;
			break;
		case '\0':
			fmt--;
			continue;
		default:
			/* Unknown conversion: print it as is. */
			put(&p, end, '%');
			put(&p, end, *fmt);
			continue;
		}

		neg = 0;
		if (lng >= 2) {
			v = va_arg(args, unsigned long long);
			if ((s.flags & F_SIGNED) && (long long)v < 0) {
				neg = 1;
				v = -(long long)v;
			}
		} else {
			unsigned long u = lng == 1 ? va_arg(args, unsigned long)
						   : va_arg(args, unsigned int);
			if (lng == -1)
				u = (s.flags & F_SIGNED) ? (unsigned long)(short)u
							 : (unsigned short)u;
			else if (lng <= -2)
				u = (s.flags & F_SIGNED) ? (unsigned long)(signed char)u
							 : (unsigned char)u;
			if ((s.flags & F_SIGNED) && (long)u < 0) {
				neg = 1;
				u = -(long)u;
			}
			v = u;
		}
		format_number(&p, end, v, neg, s);
	}

	if (size)
		*(p < end ? p : end - 1) = '\0';
	return (int)(p - buf);
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* Like snprintf, but returns what was actually stored (without the NUL). */
int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	if (!size)
		return 0;
	return n < (int)size ? n : (int)size - 1;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, 0x7fffffff, fmt, ap);
	va_end(ap);
	return n;
}
