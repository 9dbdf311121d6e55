/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SERIAL_H
#define _LINUX_SERIAL_H

/* drivers/serial/8250.c */
void serial8250_console_init(void);
int serial8250_init_irq(void (*notify)(void));
int serial8250_getc(void);

#endif /* _LINUX_SERIAL_H */
