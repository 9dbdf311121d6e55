/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PARAVIRT_INIT_H
#define _ASM_I386_PARAVIRT_INIT_H

/* Boot: choose and install a backend, then patch the call sites. */
#ifdef CONFIG_PARAVIRT
#include <asm/paravirt_types.h>
#include <linux/time.h>

/* A door that knows its backend installs it before start_kernel(). */
int paravirt_install_door(const struct paravirt_backend *b);
void paravirt_init(void);
void apply_paravirt(void);

/* Nonzero under a hypervisor (the installed backend's pv_info). */
static inline int paravirt_enabled(void)
{
	return pv_info.paravirt_enabled;
}

/* Nonzero when the native timers run (PIT, TSC, APIC timer). */
static inline int paravirt_native_time(void)
{
	return pv_ops.time.time_init == native_time_init;
}
#else
static inline int paravirt_enabled(void) { return 0; }
static inline int paravirt_native_time(void) { return 1; }
static inline void paravirt_init(void) { }
static inline void apply_paravirt(void) { }
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_PARAVIRT_INIT_H */
