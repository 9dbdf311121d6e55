// SPDX-License-Identifier: GPL-2.0
/*
 * arch/i386/kernel/signal.c - signal frames on the user stack and the
 * return from a handler, in the layout of the Linux i386 ABI.
 *
 * The handler is entered with the stack holding the return address (the
 * restorer: glibc's __restore_rt with SA_RESTORER, else a stub written
 * into the frame), the signal number, pointers to a siginfo and a
 * ucontext, and the saved FPU state.  rt_sigreturn finds the frame from
 * the stack pointer, restores what the handler may not change and
 * validates what it could have corrupted.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/fpu.h>
#include <asm/irqflags.h>
#include <asm/syscall.h>

struct sigcontext32 {
	u16 gs, __gsh, fs, __fsh, es, __esh, ds, __dsh;
	u32 di, si, bp, sp, bx, dx, cx, ax;
	u32 trapno, err, ip;
	u16 cs, __csh;
	u32 flags, sp_at_signal;
	u16 ss, __ssh;
	u32 fpstate;			/* user pointer to the FPU state */
	u32 oldmask, cr2;
};

struct ucontext32 {
	u32 uc_flags;
	u32 uc_link;
	u32 ss_sp, ss_flags, ss_size;	/* stack_t */
	struct sigcontext32 uc_mcontext;
	u64 uc_sigmask;
};

struct siginfo32 {
	s32 si_signo, si_errno, si_code;
	union {
		struct { s32 pid; u32 uid; s32 status; s32 utime, stime; } chld;
		struct { u32 addr; } fault;
		u32 pad[29];
	};
};

struct rt_sigframe {
	u32 pretcode;
	s32 sig;
	u32 pinfo;
	u32 puc;
	struct siginfo32 info;
	struct ucontext32 uc;
	u8 retcode[8];
	u8 fpstate[FPU_STATE_SIZE] __aligned(16);
};

/* EFLAGS bits a handler may change through its ucontext. */
#define FIX_EFLAGS	(0x00000001 | 0x00000004 | 0x00000010 | 0x00000040 | \
			 0x00000080 | 0x00000100 | 0x00000400 | 0x00000800 | \
			 0x00010000 | 0x00040000)

#define NR_rt_sigreturn	173

static void fill_siginfo(struct siginfo32 *si, int sig,
			 const struct kinfo *info)
{
	memset(si, 0, sizeof(*si));
	si->si_signo = sig;
	si->si_code = info->code;
	if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE ||
	    sig == SIGTRAP) {
		si->fault.addr = info->addr;
	} else {
		si->chld.pid = info->pid;
		si->chld.status = info->status;
	}
}

int copy_siginfo_to_user(void __user *to, int sig, const struct kinfo *info)
{
	struct siginfo32 si;

	fill_siginfo(&si, sig, info);
	return copy_to_user(to, &si, sizeof(si)) ? -EFAULT : 0;
}

static void save_sigcontext(struct sigcontext32 *sc, const struct pt_regs *r,
			    u32 mask, u32 fpstate)
{
	memset(sc, 0, sizeof(*sc));
	sc->gs = r->gs; sc->fs = r->fs; sc->es = r->es; sc->ds = r->ds;
	sc->di = r->di; sc->si = r->si; sc->bp = r->bp; sc->sp = r->sp;
	sc->bx = r->bx; sc->dx = r->dx; sc->cx = r->cx; sc->ax = r->ax;
	sc->trapno = r->vector;
	sc->err = r->vector < 32 ? r->orig_ax : 0;
	sc->ip = r->ip;
	sc->cs = r->cs;
	sc->flags = r->flags;
	sc->sp_at_signal = r->sp;
	sc->ss = r->ss;
	sc->fpstate = fpstate;
	sc->oldmask = mask;
}

int setup_rt_frame(int sig, const struct k_sigaction *ka,
		   const struct kinfo *info, sigset_t oldmask,
		   struct pt_regs *regs)
{
	static struct rt_sigframe f;	/* interrupts are on: one at a time */
	unsigned long sp;
	struct rt_sigframe __user *uf;

	/* Leave the i386 ABI's stack alignment: (esp + 4) % 16 == 0. */
	sp = regs->sp - sizeof(f);
	sp = ((sp + 4) & ~15UL) - 4;
	uf = (struct rt_sigframe __user *)sp;

	memset(&f, 0, offsetof(struct rt_sigframe, fpstate));
	fpu_save(f.fpstate);
	f.sig = sig;
	f.pinfo = (u32)&uf->info;
	f.puc = (u32)&uf->uc;
	fill_siginfo(&f.info, sig, info);
	f.uc.ss_flags = 2;		/* SS_DISABLE: no alternate stack */
	save_sigcontext(&f.uc.uc_mcontext, regs, (u32)oldmask,
			(u32)&uf->fpstate);
	f.uc.uc_sigmask = oldmask;
	/* movl $NR_rt_sigreturn, %eax; int $0x80 */
	f.retcode[0] = 0xb8;
	memcpy(&f.retcode[1], &(u32){ NR_rt_sigreturn }, 4);
	f.retcode[5] = 0xcd;
	f.retcode[6] = 0x80;
	f.pretcode = (ka->flags & SA_RESTORER) ? ka->restorer
					       : (u32)uf->retcode;
	if (copy_to_user(uf, &f, sizeof(f)))
		return -EFAULT;

	regs->sp = sp;
	regs->ip = ka->handler;
	regs->ax = sig;
	regs->dx = (u32)&uf->info;
	regs->cx = (u32)&uf->uc;
	regs->ds = regs->es = __USER_DS;
	regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	regs->flags &= ~(0x100UL | 0x400UL);	/* TF and DF clear */
	/* The handler starts with a clean FPU, as in Linux. */
	fpu_init_state(current->thread.fpu);
	fpu_restore(current->thread.fpu);
	return 0;
}

/* A selector user space may load: null, user data, or a TLS entry. */
static int user_selector_ok(u16 sel)
{
	unsigned int idx = sel >> 3;

	if (!sel)
		return 1;
	if ((sel & 3) != USER_RPL || (sel & 4))
		return 0;
	return idx == GDT_ENTRY_USER_DS || idx == GDT_ENTRY_USER_CS ||
	       (idx >= GDT_ENTRY_TLS_MIN &&
		idx < GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES);
}

static int restore_sigcontext(struct pt_regs *r, const struct sigcontext32 *sc)
{
	if (!user_selector_ok(sc->gs) || !user_selector_ok(sc->fs) ||
	    !user_selector_ok(sc->es) || !user_selector_ok(sc->ds))
		return -EFAULT;
	r->gs = sc->gs; r->fs = sc->fs; r->es = sc->es; r->ds = sc->ds;
	r->di = sc->di; r->si = sc->si; r->bp = sc->bp; r->sp = sc->sp;
	r->bx = sc->bx; r->dx = sc->dx; r->cx = sc->cx; r->ax = sc->ax;
	r->ip = sc->ip;
	r->cs = __USER_CS;
	r->ss = __USER_DS;
	r->flags = (r->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS);
	r->vector = 0;			/* no longer a system call: no restart */
	return 0;
}

/* Restores the context saved in the frame at frame_addr. */
static long sigreturn_from(unsigned long frame_addr)
{
	static struct rt_sigframe f;
	struct pt_regs *regs = task_pt_regs(current);
	struct rt_sigframe __user *uf = (void __user *)frame_addr;
	u32 *mxcsr;

	if (copy_from_user(&f, uf, sizeof(f)) ||
	    restore_sigcontext(regs, &f.uc.uc_mcontext)) {
		force_sig_fault(SIGSEGV, SI_KERNEL, regs, frame_addr);
		return -EFAULT;
	}
	current->blocked = f.uc.uc_sigmask & ~SIG_UNBLOCKABLE;
	if (fpu_has_fxsr) {
		/* Reserved MXCSR bits would fault in fxrstor. */
		mxcsr = (u32 *)(f.fpstate + 24);
		*mxcsr &= 0xffbf;
	}
	memcpy(current->thread.fpu, f.fpstate, FPU_STATE_SIZE);
	fpu_restore(current->thread.fpu);
	return regs->ax;
}

/* The handler's "ret" popped pretcode. */
long sys_rt_sigreturn(void)
{
	return sigreturn_from(task_pt_regs(current)->sp - 4);
}

/*
 * The restorer glibc uses for handlers without SA_SIGINFO also popped
 * the signal number.  The frame is the same.
 */
long sys_sigreturn(void)
{
	return sigreturn_from(task_pt_regs(current)->sp - 8);
}
