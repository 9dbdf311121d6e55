// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/stat.c - /proc/stat, /proc/loadavg, /proc/cpuinfo and
 * /proc/filesystems, in the formats top, uptime, ps and mount read.
 * CPU time is in the tick's units (USER_HZ, 100 a second), sampled by
 * the tick (kernel/sched.c).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/processor.h>
#include <asm/tsc.h>
#include <asm/div64.h>
#include "internal.h"

int stat_show(char *buf, size_t size)
{
	struct cpu_stat c = cpu_stat;
	struct timespec64 now;
	u64 up = ktime_get_ns();
	const char *line = "%lu %lu %lu %lu 0 0 0 0 0 0\n";
	int n;

	ktime_get_real_ts64(&now);
	do_div(up, NSEC_PER_SEC);
	n = scnprintf(buf, size, "cpu  ");
	n += scnprintf(buf + n, size - n, line, c.user, c.nice, c.system,
		       c.idle);
	n += scnprintf(buf + n, size - n, "cpu0 ");
	n += scnprintf(buf + n, size - n, line, c.user, c.nice, c.system,
		       c.idle);
	n += scnprintf(buf + n, size - n,
		       "intr 0\nctxt %lu\nbtime %lld\nprocesses %d\n"
		       "procs_running %u\nprocs_blocked 0\nsoftirq 0\n",
		       c.ctxt, (long long)now.tv_sec - (long long)up,
		       last_pid_allocated(), nr_running() ? nr_running() : 1);
	return n;
}

/* "a.bc" of a load average in fixed point. */
#define LOAD_INT(x)	((x) >> FSHIFT)
#define LOAD_FRAC(x)	LOAD_INT(((x) & (FIXED_1 - 1)) * 100)

int loadavg_show(char *buf, size_t size)
{
	return scnprintf(buf, size, "%lu.%02lu %lu.%02lu %lu.%02lu %u/%u %d\n",
			 LOAD_INT(avenrun[0]), LOAD_FRAC(avenrun[0]),
			 LOAD_INT(avenrun[1]), LOAD_FRAC(avenrun[1]),
			 LOAD_INT(avenrun[2]), LOAD_FRAC(avenrun[2]),
			 nr_running() ? nr_running() : 1, nr_tasks(),
			 last_pid_allocated());
}

/* CPUID leaf 1 %edx bits, by the names Linux gives them. */
static const char *const edx_flags[32] = {
	"fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce",
	"cx8", "apic", NULL, "sep", "mtrr", "pge", "mca", "cmov",
	"pat", "pse36", "pn", "clflush", NULL, "dts", "acpi", "mmx",
	"fxsr", "sse", "sse2", "ss", "ht", "tm", "ia64", "pbe",
};

int cpuinfo_show(char *buf, size_t size)
{
	const struct cpuinfo_x86 *c = &boot_cpu_data;
	unsigned int i;
	int n;

	n = scnprintf(buf, size,
		      "processor\t: 0\nvendor_id\t: %s\ncpu family\t: %u\n"
		      "model\t\t: %u\nmodel name\t: %s\nstepping\t: %u\n"
		      "cpu MHz\t\t: %u.%03u\nfpu\t\t: yes\nflags\t\t:",
		      c->vendor, c->family, c->model,
		      c->vendor[0] ? c->vendor : "unknown", c->stepping,
		      tsc_khz / 1000, tsc_khz % 1000);
	for (i = 0; i < 32; i++)
		if (edx_flags[i] && (c->features_edx & (1U << i)))
			n += scnprintf(buf + n, size - n, " %s", edx_flags[i]);
	n += scnprintf(buf + n, size - n, "\nbogomips\t: %u.%02u\n\n",
		       tsc_khz / 500, (tsc_khz / 5) % 100);
	return n;
}

int filesystems_show(char *buf, size_t size)
{
	return scnprintf(buf, size, "nodev\trootfs\nnodev\tramfs\n"
			 "nodev\tproc\nnodev\tpipefs\n");
}
