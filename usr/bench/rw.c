// SPDX-License-Identifier: GPL-2.0
/*
 * rw: the cheapest I/O paths: read 4 bytes from /dev/zero and write 4
 * bytes to /dev/null (descriptor lookup, copy to/from user).
 */
#include <fcntl.h>
#include "bench.h"

static char buf[4];

static void do_read(void *arg)
{
	if (read(*(int *)arg, buf, 4) != 4)
		bench_die("read /dev/zero");
}

static void do_write(void *arg)
{
	if (write(*(int *)arg, buf, 4) != 4)
		bench_die("write /dev/null");
}

int main(void)
{
	int zero = open("/dev/zero", O_RDONLY);
	int null = open("/dev/null", O_WRONLY);

	if (zero < 0 || null < 0)
		bench_die("open /dev/zero, /dev/null");
	bench_loop("read_dev_zero", 10000, do_read, &zero);
	bench_loop("write_dev_null", 10000, do_write, &null);
	return 0;
}
