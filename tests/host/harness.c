// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/harness.c - runs a host test program's suite and prints KTAP.
 *
 * Built with the host's headers and libc only, never with the kernel's
 * (see harness.h).  Also home to the stubs of the few kernel functions
 * the code under test calls but does not contain.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"

/* A loop that fails on every value must not flood the log. */
#define MAX_MESSAGES	10

static const struct ht_case *current;
static int current_failed;
static int messages;
static unsigned long long seed = 0x9e3779b97f4a7c15ULL;
static unsigned long long rng_state;

void ht_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	current_failed = 1;
	if (++messages > MAX_MESSAGES) {
		if (messages == MAX_MESSAGES + 1)
			printf("    # %s: further failures not shown\n",
			       current->name);
		return;
	}
	printf("    # %s: %s:%d: ", current->name, file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

int ht_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

int ht_contains(const char *haystack, const char *needle)
{
	return strstr(haystack, needle) != NULL;
}

int ht_memeq(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n) == 0;
}

int ht_libc_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* xorshift64*: small, fast, and good enough to pick test values. */
unsigned long long ht_random64(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

unsigned int ht_random32(void)
{
	return (unsigned int)(ht_random64() >> 32);
}

/*
 * Stubs: kernel functions that the code under test calls but that live
 * in files not linked here.  Weak, so that a test program which links the
 * real one (test-vsprintf links kernel/kallsyms.c) gets the real one.
 */
__attribute__((weak))
int sprint_symbol(char *buf, size_t len, unsigned long addr, int with_size)
{
	return snprintf(buf, len, "0x%08lx", addr);
}

__attribute__((weak))
int sprint_backtrace(char *buf, size_t len, unsigned long addr)
{
	return snprintf(buf, len, "0x%08lx", addr);
}

int main(void)
{
	const struct ht_case *c;
	const char *env = getenv("HOSTTEST_SEED");
	int n = 0, failed = 0;

	/* Keep every finished line if a case crashes the program. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (env && *env)
		seed = strtoull(env, NULL, 0);
	for (c = ht_suite.cases; c->name; c++)
		n++;
	printf("KTAP version 1\n1..%d\n", n);
	if (env && *env)
		printf("# HOSTTEST_SEED=%#llx\n", (unsigned long long)seed);

	n = 0;
	for (c = ht_suite.cases; c->name; c++) {
		current = c;
		current_failed = 0;
		messages = 0;
		rng_state = seed ? seed : 1;
		c->run();
		failed += current_failed;
		printf("%sok %d %s.%s\n", current_failed ? "not " : "", ++n,
		       ht_suite.name, c->name);
	}
	printf("# %s: %d passed, %d failed\n", ht_suite.name, n - failed,
	       failed);
	return failed ? 1 : 0;
}
