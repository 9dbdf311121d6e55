/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_PARAVIRT_INIT_H
#define _ASM_I386_PARAVIRT_INIT_H

/* Boot: choose and install a backend, then patch the call sites. */
#ifdef CONFIG_PARAVIRT
struct paravirt_backend;

/* A door that knows its backend installs it before start_kernel(). */
int paravirt_install_door(const struct paravirt_backend *b);
void paravirt_init(void);
void apply_paravirt(void);
#else
static inline void paravirt_init(void) { }
static inline void apply_paravirt(void) { }
#endif /* CONFIG_PARAVIRT */

#endif /* _ASM_I386_PARAVIRT_INIT_H */
