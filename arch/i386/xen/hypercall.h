/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _XEN_HYPERCALL_H
#define _XEN_HYPERCALL_H

/*
 * Hypercalls of a 32-bit PV guest: "call hypercall_page + nr * 32", the
 * page Xen fills at domain build (the HYPERCALL_PAGE note).  Arguments
 * in %ebx, %ecx, %edx, %esi, %edi, the result in %eax.  Xen may change
 * the argument registers, so each is an output too.
 */
#include <linux/types.h>
#include <xen/xen.h>
#include <xen/sched.h>
#include <xen/vcpu.h>
#include <xen/event_channel.h>
#include <xen/physdev.h>
#include <xen/memory.h>
#include <xen/callback.h>

extern char hypercall_page[];

#define __HYPERCALL	"call hypercall_page+%c[offset]"
#define __HC_OFF(nr)	[offset] "i"((nr) * 32)

/* CONFIG_PARAVIRT_STATS: every hypercall counted by number (stats.c). */
#define XEN_NR_HYPERCALLS	64
#ifdef CONFIG_PARAVIRT_STATS
extern u32 xen_hypercalls[XEN_NR_HYPERCALLS];
#define xen_count_hypercall(nr)	(xen_hypercalls[(nr) % XEN_NR_HYPERCALLS]++)
#else
#define xen_count_hypercall(nr)	do { } while (0)
#endif

static inline long _hypercall1(unsigned int nr, unsigned long a1)
{
	long r;

	xen_count_hypercall(nr);
	__asm__ __volatile__(__HYPERCALL
			     : "=a"(r), "+b"(a1)
			     : __HC_OFF(nr) : "memory");
	return r;
}

static inline long _hypercall2(unsigned int nr, unsigned long a1,
			       unsigned long a2)
{
	long r;

	xen_count_hypercall(nr);
	__asm__ __volatile__(__HYPERCALL
			     : "=a"(r), "+b"(a1), "+c"(a2)
			     : __HC_OFF(nr) : "memory");
	return r;
}

static inline long _hypercall3(unsigned int nr, unsigned long a1,
			       unsigned long a2, unsigned long a3)
{
	long r;

	xen_count_hypercall(nr);
	__asm__ __volatile__(__HYPERCALL
			     : "=a"(r), "+b"(a1), "+c"(a2), "+d"(a3)
			     : __HC_OFF(nr) : "memory");
	return r;
}

static inline long _hypercall4(unsigned int nr, unsigned long a1,
			       unsigned long a2, unsigned long a3,
			       unsigned long a4)
{
	long r;

	xen_count_hypercall(nr);
	__asm__ __volatile__(__HYPERCALL
			     : "=a"(r), "+b"(a1), "+c"(a2), "+d"(a3), "+S"(a4)
			     : __HC_OFF(nr) : "memory");
	return r;
}

/* A hypercall whose number is only known at run time (multicalls.c). */
static inline long _hypercall_nr(unsigned int nr, unsigned long a1,
				 unsigned long a2, unsigned long a3,
				 unsigned long a4, unsigned long a5)
{
	long r;

	xen_count_hypercall(nr);
	__asm__ __volatile__("call *%[entry]"
			     : "=a"(r), "+b"(a1), "+c"(a2), "+d"(a3), "+S"(a4),
			       "+D"(a5)
			     : [entry] "0"(hypercall_page + nr * 32)
			     : "memory");
	return r;
}

#define HYPERCALL1(name, a1) \
	_hypercall1(__HYPERVISOR_##name, (unsigned long)(a1))
#define HYPERCALL2(name, a1, a2) \
	_hypercall2(__HYPERVISOR_##name, (unsigned long)(a1), \
		    (unsigned long)(a2))
#define HYPERCALL3(name, a1, a2, a3) \
	_hypercall3(__HYPERVISOR_##name, (unsigned long)(a1), \
		    (unsigned long)(a2), (unsigned long)(a3))
#define HYPERCALL4(name, a1, a2, a3, a4) \
	_hypercall4(__HYPERVISOR_##name, (unsigned long)(a1), \
		    (unsigned long)(a2), (unsigned long)(a3), \
		    (unsigned long)(a4))

static inline long HYPERVISOR_console_io(int cmd, int count, char *str)
{
	return HYPERCALL3(console_io, cmd, count, str);
}

static inline long HYPERVISOR_sched_op(int cmd, void *arg)
{
	return HYPERCALL2(sched_op, cmd, arg);
}

static inline long HYPERVISOR_memory_op(unsigned int cmd, void *arg)
{
	return HYPERCALL2(memory_op, cmd, arg);
}

static inline long HYPERVISOR_physdev_op(int cmd, void *arg)
{
	return HYPERCALL2(physdev_op, cmd, arg);
}

static inline long HYPERVISOR_vcpu_op(int cmd, unsigned int vcpu, void *arg)
{
	return HYPERCALL3(vcpu_op, cmd, vcpu, arg);
}

static inline long HYPERVISOR_event_channel_op(int cmd, void *arg)
{
	return HYPERCALL2(event_channel_op, cmd, arg);
}

static inline long HYPERVISOR_callback_op(int cmd, void *arg)
{
	return HYPERCALL2(callback_op, cmd, arg);
}

static inline long HYPERVISOR_set_trap_table(const struct trap_info *t)
{
	return HYPERCALL1(set_trap_table, t);
}

static inline long HYPERVISOR_mmu_update(struct mmu_update *req,
					 unsigned int count,
					 unsigned int *done, domid_t dom)
{
	return HYPERCALL4(mmu_update, req, count, done, dom);
}

static inline long HYPERVISOR_mmuext_op(struct mmuext_op *op,
					unsigned int count,
					unsigned int *done, domid_t dom)
{
	return HYPERCALL4(mmuext_op, op, count, done, dom);
}

/* val, a 64-bit PAE entry, takes two argument registers. */
static inline long HYPERVISOR_update_va_mapping(unsigned long va, u64 val,
						unsigned long flags)
{
	return HYPERCALL4(update_va_mapping, va, (u32)val, (u32)(val >> 32),
			  flags);
}

static inline long HYPERVISOR_set_gdt(unsigned long *frames,
				      unsigned int entries)
{
	return HYPERCALL2(set_gdt, frames, entries);
}

/* ma: the descriptor's machine address, a 64-bit value. */
static inline long HYPERVISOR_update_descriptor(u64 ma, u64 desc)
{
	return HYPERCALL4(update_descriptor, (u32)ma, (u32)(ma >> 32),
			  (u32)desc, (u32)(desc >> 32));
}

static inline long HYPERVISOR_stack_switch(unsigned long ss,
					   unsigned long esp)
{
	return HYPERCALL2(stack_switch, ss, esp);
}

static inline long HYPERVISOR_fpu_taskswitch(int set)
{
	return HYPERCALL1(fpu_taskswitch, set);
}

static inline long HYPERVISOR_multicall(struct multicall_entry *calls,
					unsigned int count)
{
	return HYPERCALL2(multicall, calls, count);
}

static inline long HYPERVISOR_xen_version(int cmd, void *arg)
{
	return HYPERCALL2(xen_version, cmd, arg);
}

static inline long HYPERVISOR_set_debugreg(int reg, unsigned long value)
{
	return HYPERCALL2(set_debugreg, reg, value);
}

static inline unsigned long HYPERVISOR_get_debugreg(int reg)
{
	return HYPERCALL1(get_debugreg, reg);
}

static inline long HYPERVISOR_vm_assist(unsigned int cmd, unsigned int type)
{
	return HYPERCALL2(vm_assist, cmd, type);
}

#endif /* _XEN_HYPERCALL_H */
