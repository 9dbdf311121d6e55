/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SERIAL_H
#define _LINUX_SERIAL_H

/* drivers/serial/8250.c */
/* Registers the 8250 console named by console= (the PC platform's). */
void serial8250_console_init(void);

#endif /* _LINUX_SERIAL_H */
