// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/ktest.c - runs the in-kernel test suites and prints KTAP.
 *
 * Output, one line per case, numbered across all suites:
 *	KTAP version 1
 *	1..N
 *	ok 1 suite.case
 *	not ok 2 suite.case
 *	ok 3 suite.case # SKIP why it does not apply here
 *	# ktest: N passed, M failed
 * scripts/check.sh parses exactly these lines.
 */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/mm.h>

extern const struct ktest_suite __ktest_suites_start[], __ktest_suites_end[];

void ktest_fail(struct ktest *t, const char *file, int line,
		const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk(KERN_ERR "    # %s: %s:%d: %s\n", t->name, file, line, msg);
	t->failed = 1;
}

static int count_cases(void)
{
	const struct ktest_suite *s;
	const struct ktest_case *c;
	int n = 0;

	for (s = __ktest_suites_start; s < __ktest_suites_end; s++)
		for (c = s->cases; c->name; c++)
			n++;
	return n;
}

int ktest_run_all(void)
{
	const struct ktest_suite *s;
	const struct ktest_case *c;
	int n = 0, failed = 0;
	struct ktest t;

	printk(KERN_ALERT "KTAP version 1\n");
	printk(KERN_ALERT "1..%d\n", count_cases());
	for (s = __ktest_suites_start; s < __ktest_suites_end; s++) {
		for (c = s->cases; c->name; c++) {
			t.name = c->name;
			t.failed = 0;
			t.skipped = NULL;
			if (s->init && s->init()) {
				ktest_fail(&t, __FILE__, __LINE__,
					   "suite init failed");
			} else {
				c->run(&t);
				if (s->exit)
					s->exit();
			}
			failed += t.failed;
			printk(KERN_ALERT "%sok %d %s.%s%s%s\n",
			       t.failed ? "not " : "", ++n, s->name, c->name,
			       t.skipped ? " # SKIP " : "",
			       t.skipped ? t.skipped : "");
		}
	}
	printk(KERN_ALERT "# ktest: %d passed, %d failed\n", n - failed,
	       failed);
	return failed;
}
