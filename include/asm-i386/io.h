/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_I386_IO_H
#define _ASM_I386_IO_H

#include <linux/types.h>
#include <linux/compiler.h>

/*
 * Port I/O, the widths the kernel uses: the only place in/out
 * instructions appear in C.
 */
static inline void native_outb(u8 v, u16 port)
{
	__asm__ __volatile__("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline u8 native_inb(u16 port)
{
	u8 v;

	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void native_outw(u16 v, u16 port)
{
	__asm__ __volatile__("outw %0, %1" : : "a"(v), "Nd"(port));
}

/* A write to the unused port 0x80 takes about a microsecond on ISA. */
static inline void native_io_delay(void)
{
	__asm__ __volatile__("outb %al, $0x80");
}

#ifdef CONFIG_PARAVIRT
#include <asm/paravirt.h>
static inline u8 inb(u16 port) { return pv_ops.cpu.inb(port); }
static inline void outb(u8 v, u16 port) { pv_ops.cpu.outb(v, port); }
static inline void outw(u16 v, u16 port) { pv_ops.cpu.outw(v, port); }
static inline void io_delay(void) { pv_ops.cpu.io_delay(); }
#else
#define outb(v, p)	native_outb(v, p)
#define inb(p)		native_inb(p)
#define outw(v, p)	native_outw(v, p)
#define io_delay()	native_io_delay()
#endif /* CONFIG_PARAVIRT */

static inline void outb_p(u8 v, u16 port)
{
	outb(v, port);
	io_delay();
}

static inline u8 inb_p(u16 port)
{
	u8 v = inb(port);

	io_delay();
	return v;
}

/* Memory-mapped registers (mapped through the fixmap). */
static inline u32 readl(const volatile void __iomem *addr)
{
	return *(const volatile u32 __force *)addr;
}

static inline void writel(u32 v, volatile void __iomem *addr)
{
	*(volatile u32 __force *)addr = v;
}

#endif /* _ASM_I386_IO_H */
