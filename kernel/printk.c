// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/printk.c - the kernel log and console output.
 *
 * Every message is formatted, stamped with the monotonic time, appended
 * to a ring buffer (the log), and written to all registered consoles when
 * its level is below console_loglevel.  Before a clocksource is running
 * the stamp is zero.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/sched.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>
#include <asm/div64.h>

#define LOG_BUF_LEN	(64 * 1024)

int console_loglevel = CONFIG_DEFAULT_LOGLEVEL;

static char log_buf[LOG_BUF_LEN];
static unsigned int log_head;		/* total bytes ever logged */
static struct console *console_list;
static int line_start = 1;		/* last output ended with a newline */
static char preferred_console[16];

/*
 * What printk showed before any console existed (warnings from the early
 * command-line pass): kept here and written to the first console.
 */
static char early_text[1024];
static size_t early_len;
static int console_seen;

void register_console(struct console *con)
{
	struct console *c;

	/* A real console replaces boot consoles of the same device. */
	if (!(con->flags & CON_BOOT)) {
		for (c = console_list; c; c = c->next)
			if ((c->flags & CON_BOOT) && !strcmp(c->name, con->name) &&
			    c->index == con->index)
				unregister_console(c);
	}
	con->flags |= CON_ENABLED;
	con->next = console_list;
	console_list = con;
	if (!console_seen) {
		console_seen = 1;
		con->write(con, early_text, early_len);
		early_len = 0;
	}
}

void unregister_console(struct console *con)
{
	struct console **pp;

	for (pp = &console_list; *pp; pp = &(*pp)->next) {
		if (*pp == con) {
			*pp = con->next;
			con->flags &= ~CON_ENABLED;
			return;
		}
	}
}

void console_write(const char *s, size_t n)
{
	struct console *c;

	for (c = console_list; c; c = c->next)
		if (c->flags & CON_ENABLED)
			c->write(c, s, n);
}

const char *console_preferred(void)
{
	return preferred_console[0] ? preferred_console : NULL;
}

static struct console *input_console(void)
{
	struct console *c;

	for (c = console_list; c; c = c->next)
		if ((c->flags & CON_ENABLED) && c->read_char)
			return c;
	return NULL;
}

int console_read_char(void)
{
	struct console *c = input_console();

	return c ? c->read_char(c) : -1;
}

int console_start_input(void (*notify)(void))
{
	struct console *c = input_console();

	if (!c || !c->start_input)
		return -ENODEV;
	return c->start_input(c, notify);
}

/* Shows text on the consoles, or keeps it until the first one exists. */
static void console_show(const char *s, size_t n)
{
	if (console_seen) {
		console_write(s, n);
		return;
	}
	n = min(n, sizeof(early_text) - early_len);
	memcpy(early_text + early_len, s, n);
	early_len += n;
}

static void log_store(const char *s, size_t n)
{
	while (n--)
		log_buf[log_head++ % LOG_BUF_LEN] = *s++;
}

/* Copies the last len bytes of the log (the whole log if shorter). */
size_t log_buf_copy(char *dst, size_t len)
{
	size_t have = log_head < LOG_BUF_LEN ? log_head : LOG_BUF_LEN;
	size_t i, start;

	if (len > have)
		len = have;
	start = log_head - len;
	for (i = 0; i < len; i++)
		dst[i] = log_buf[(start + i) % LOG_BUF_LEN];
	return len;
}

/* log_head when the log was last cleared (syslog): older text is gone. */
static unsigned int log_cleared;

#define SYSLOG_ACTION_CLOSE		0
#define SYSLOG_ACTION_OPEN		1
#define SYSLOG_ACTION_READ		2
#define SYSLOG_ACTION_READ_ALL		3
#define SYSLOG_ACTION_READ_CLEAR	4
#define SYSLOG_ACTION_CLEAR		5
#define SYSLOG_ACTION_CONSOLE_OFF	6
#define SYSLOG_ACTION_CONSOLE_ON	7
#define SYSLOG_ACTION_CONSOLE_LEVEL	8
#define SYSLOG_ACTION_SIZE_UNREAD	9
#define SYSLOG_ACTION_SIZE_BUFFER	10

/* Copies the last n bytes of the log to user space. */
static int log_copy_to_user(char __user *buf, unsigned int n)
{
	unsigned int off = (log_head - n) % LOG_BUF_LEN;
	unsigned int first = min((unsigned int)(n), (unsigned int)(LOG_BUF_LEN - off));

	if (copy_to_user(buf, log_buf + off, first) ||
	    copy_to_user(buf + first, log_buf, n - first))
		return -EFAULT;
	return 0;
}

/*
 * syslog(2), as dmesg uses it: the log's size, reading what it holds
 * (the most recent len bytes since the last clear), clearing it, and the
 * console's level.  The blocking, consuming read of klogd is not there.
 */
long sys_syslog(int type, char __user *buf, int len)
{
	static int saved_level = -1;
	unsigned int have, n;
	unsigned long flags;
	int err = 0;

	switch (type) {
	case SYSLOG_ACTION_CLOSE:
	case SYSLOG_ACTION_OPEN:
		return 0;
	case SYSLOG_ACTION_SIZE_BUFFER:
		return LOG_BUF_LEN;
	case SYSLOG_ACTION_READ_ALL:
	case SYSLOG_ACTION_READ_CLEAR:
	case SYSLOG_ACTION_SIZE_UNREAD:
	case SYSLOG_ACTION_CLEAR:
		break;
	case SYSLOG_ACTION_CONSOLE_OFF:
		if (saved_level < 0)
			saved_level = console_loglevel;
		console_loglevel = 1;
		return 0;
	case SYSLOG_ACTION_CONSOLE_ON:
		if (saved_level >= 0)
			console_loglevel = saved_level;
		saved_level = -1;
		return 0;
	case SYSLOG_ACTION_CONSOLE_LEVEL:
		if (len < 1 || len > 8)
			return -EINVAL;
		console_loglevel = len;
		saved_level = -1;
		return 0;
	case SYSLOG_ACTION_READ:
		pr_info_once("%s[%d]: syslog: the consuming read is not supported\n",
			current->comm, current->pid);
		return -EINVAL;
	default:
		return -EINVAL;
	}
	if ((type == SYSLOG_ACTION_READ_ALL || type == SYSLOG_ACTION_READ_CLEAR) &&
	    (!buf || len < 0))
		return -EINVAL;
	local_irq_save(flags);
	have = min((unsigned int)(log_head), (unsigned int)(LOG_BUF_LEN));
	have = min((unsigned int)(have), (unsigned int)(log_head - log_cleared));
	n = type == SYSLOG_ACTION_SIZE_UNREAD || type == SYSLOG_ACTION_CLEAR ?
		have : min((unsigned int)(have), (unsigned int)(len));
	local_irq_restore(flags);
	if (type == SYSLOG_ACTION_READ_ALL || type == SYSLOG_ACTION_READ_CLEAR)
		err = log_copy_to_user(buf, n);
	if (!err && (type == SYSLOG_ACTION_READ_CLEAR ||
		     type == SYSLOG_ACTION_CLEAR))
		log_cleared = log_head;
	if (err)
		return err;
	return type == SYSLOG_ACTION_CLEAR ? 0 : n;
}

/* Splits a "\001N" prefix off fmt; returns the level, or -1 for KERN_CONT. */
static int printk_level(const char **text)
{
	const char *t = *text;

	if (t[0] == KERN_SOH[0] && t[1]) {
		*text = t + 2;
		if (t[1] == 'c')
			return -1;
		if (t[1] >= '0' && t[1] <= '7')
			return t[1] - '0';
	}
	return MESSAGE_LOGLEVEL_DEFAULT;
}

int vprintk(const char *fmt, va_list args)
{
	static char text[512];
	char stamp[32];
	const char *msg = text, *nl;
	unsigned long flags;
	int level, n, show;
	u64 ns;
	u32 us;

	local_irq_save(flags);
	n = vsnprintf(text, sizeof(text), fmt, args);
	if (n >= (int)sizeof(text)) {
		/* Cut short: the line still ends where it was meant to. */
		n = sizeof(text) - 1;
		if (*fmt && fmt[strlen(fmt) - 1] == '\n')
			text[n - 1] = '\n';
	}
	level = printk_level(&msg);
	n -= msg - text;
	show = level < console_loglevel;

	/* A continuation keeps the previous line's visibility. */
	while (n > 0) {
		nl = memchr(msg, '\n', n);
		size_t len = nl ? (size_t)(nl - msg) + 1 : (size_t)n;

		if (line_start && IS_ENABLED(CONFIG_PRINTK_TIME)) {
			ns = sched_clock();
			us = (u32)(do_div(ns, 1000000000) / 1000);
			snprintf(stamp, sizeof(stamp), "[%5lu.%06u] ",
				 (unsigned long)ns, us);
			log_store(stamp, strlen(stamp));
			if (show)
				console_show(stamp, strlen(stamp));
		}
		log_store(msg, len);
		if (show)
			console_show(msg, len);
		line_start = nl != NULL;
		msg += len;
		n -= len;
	}
	local_irq_restore(flags);
	return msg - text;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

static int __init loglevel_setup(char *val)
{
	int lvl;

	if (kstrtoint(val, 10, &lvl) || lvl < 0 || lvl > 8)
		return -EINVAL;
	console_loglevel = lvl;
	return 0;
}
early_param("loglevel=", loglevel_setup);

static int __init quiet_setup(char *val)
{
	console_loglevel = 4;	/* KERN_WARNING and worse */
	return 0;
}
early_param("quiet", quiet_setup);

static int __init console_setup(char *val)
{
	if (!*val || strlen(val) >= sizeof(preferred_console))
		return -EINVAL;
	strlcpy(preferred_console, val, sizeof(preferred_console));
	return 0;
}
early_param("console=", console_setup);
