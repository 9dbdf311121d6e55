/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_TSC_H
#define _ASM_I386_TSC_H

#include <linux/types.h>

/* TSC rate measured at boot, 0 without a (calibrated) TSC. */
extern u32 tsc_khz;

/*
 * Calibrates the TSC against the PIT and registers it as clocksource.
 * Returns 0, or a negative errno if there is no usable TSC.
 */
int tsc_init(void);

/* The TSC's rate in kHz measured on the PIT, 0 if that failed. */
unsigned long native_calibrate_tsc(void);

#endif /* _ASM_I386_TSC_H */
