// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/binfmt_elf.c - loading static i386 ELF executables.
 *
 * ET_EXEC images load at their link addresses; static-PIE (ET_DYN with
 * no interpreter) images at a fixed bias.  Segments are mapped writable
 * while their file bytes are copied in, then get their real protection;
 * a page two segments share keeps the union of their rights.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/elf.h>
#include <linux/binfmts.h>
#include <linux/mman.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#include <asm/ptrace.h>
#include <asm/processor.h>

#define MAX_PHNUM	32
#define PIE_BIAS	0x00400000UL

/* The static checks that decide between ENOEXEC and "ours". */
static int elf_check(const struct elf32_hdr *eh, size_t have)
{
	if (have < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, 4))
		return -ENOEXEC;
	if (eh->e_ident[EI_CLASS] != ELFCLASS32 ||
	    eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_machine != EM_386 ||
	    (eh->e_type != ET_EXEC && eh->e_type != ET_DYN) ||
	    eh->e_phentsize != sizeof(struct elf32_phdr) ||
	    !eh->e_phnum || eh->e_phnum > MAX_PHNUM)
		return -ENOEXEC;
	return 0;
}

static int read_exact(struct file *f, void *buf, size_t n, loff_t pos)
{
	ssize_t got = kernel_read(f, buf, n, &pos);

	if (got < 0)
		return got;
	return (size_t)got == n ? 0 : -ENOEXEC;
}

static unsigned long prot_of(u32 pflags)
{
	return (pflags & PF_R ? PROT_READ : 0) |
	       (pflags & PF_W ? PROT_WRITE : 0) |
	       (pflags & PF_X ? PROT_EXEC : 0);
}

/* Copies a segment's file bytes to its (current mm) user address. */
static int copy_segment(struct file *f, const struct elf32_phdr *ph,
			unsigned long bias, void *bounce)
{
	unsigned long dst = ph->p_vaddr + bias, left = ph->p_filesz, n;
	loff_t pos = ph->p_offset;
	ssize_t got;

	while (left) {
		n = min(left, (unsigned long)PAGE_SIZE);
		got = kernel_read(f, bounce, n, &pos);
		if (got != (ssize_t)n)
			return got < 0 ? got : -EIO;
		if (copy_to_user((void __user *)dst, bounce, n))
			return -EFAULT;
		dst += n;
		left -= n;
	}
	/* The rest of the last file page belongs to .bss: zero it. */
	n = min(PAGE_ALIGN(dst) - dst, (unsigned long)(ph->p_memsz - ph->p_filesz));
	if (n && clear_user((void __user *)dst, n))
		return -EFAULT;
	return 0;
}

static int map_segments(struct linux_binprm *bprm,
			const struct elf32_phdr *phdr, unsigned int phnum,
			unsigned long bias, unsigned long *brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long start, end, prev_end = 0;
	void *bounce = kmalloc(PAGE_SIZE, GFP_KERNEL);
	unsigned int i;
	int err = 0;

	if (!bounce)
		return -ENOMEM;
	for (i = 0; i < phnum && !err; i++) {
		const struct elf32_phdr *ph = &phdr[i];

		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		start = (ph->p_vaddr + bias) & PAGE_MASK;
		end = PAGE_ALIGN(ph->p_vaddr + bias + ph->p_memsz);
		if (start < prev_end)	/* shares a page with the last one */
			start = prev_end;
		if (start < end)
			err = mmap_region(mm, start, end - start,
					  VM_READ | VM_WRITE | VM_EXEC |
					  VM_FILECOPY);
		if (!err)
			err = copy_segment(bprm->file, ph, bias, bounce);
		prev_end = max(prev_end, end);
	}
	kfree(bounce);
	if (err)
		return err;
	/* Now the real rights; a shared first or last page keeps RWX. */
	prev_end = 0;
	for (i = 0; i < phnum; i++) {
		const struct elf32_phdr *ph = &phdr[i];
		unsigned long next_start = ~0UL;
		unsigned int j;

		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		for (j = i + 1; j < phnum; j++)
			if (phdr[j].p_type == PT_LOAD && phdr[j].p_memsz) {
				next_start = (phdr[j].p_vaddr + bias) & PAGE_MASK;
				break;
			}
		start = max((ph->p_vaddr + bias) & PAGE_MASK, prev_end);
		end = min(PAGE_ALIGN(ph->p_vaddr + bias + ph->p_memsz),
			  next_start);
		if (end > start)
			sys_mprotect(start, end - start, prot_of(ph->p_flags));
		prev_end = PAGE_ALIGN(ph->p_vaddr + bias + ph->p_memsz);
		*brk = max(*brk, prev_end);
	}
	return 0;
}

int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	const struct elf32_hdr *eh = (const void *)bprm->buf;
	struct elf32_phdr *phdr;
	unsigned long bias = 0, brk = 0, phdr_addr = 0;
	unsigned int i;
	u32 auxv[40];
	unsigned int auxc = 0;
	unsigned long sp;
	int err;

	err = elf_check(eh, sizeof(bprm->buf));
	if (err)
		return err;
	phdr = kmalloc(eh->e_phnum * sizeof(*phdr), GFP_KERNEL);
	if (!phdr)
		return -ENOMEM;
	err = read_exact(bprm->file, phdr, eh->e_phnum * sizeof(*phdr),
			 eh->e_phoff);
	if (err)
		goto out;
	for (i = 0; i < eh->e_phnum; i++) {
		if (phdr[i].p_type == PT_INTERP) {
			pr_info("exec: %s: dynamically linked programs are not supported\n",
				bprm->filename);
			err = -ENOEXEC;
			goto out;
		}
		if (phdr[i].p_type == PT_LOAD &&
		    (phdr[i].p_filesz > phdr[i].p_memsz ||
		     phdr[i].p_vaddr + phdr[i].p_memsz < phdr[i].p_vaddr ||
		     phdr[i].p_vaddr + phdr[i].p_memsz > STACK_TOP - STACK_MAX)) {
			err = -ENOEXEC;
			goto out;
		}
	}
	if (eh->e_type == ET_DYN)
		bias = PIE_BIAS;
	for (i = 0; i < eh->e_phnum; i++) {
		if (phdr[i].p_type == PT_LOAD && phdr[i].p_memsz &&
		    mmap_addr_check((phdr[i].p_vaddr + bias) & PAGE_MASK)) {
			pr_info("exec: %s: a segment at %#lx, below mmap_min_addr (%#lx)\n",
				bprm->filename,
				(unsigned long)phdr[i].p_vaddr + bias,
				mmap_min_addr);
			err = -EPERM;
			goto out;
		}
	}

	/* The point of no return: the old program is gone after this. */
	err = exec_new_mm();
	if (err)
		goto out;
	bprm->committed = 1;
	err = map_segments(bprm, phdr, eh->e_phnum, bias, &brk);
	if (err)
		goto out;
	current->mm->start_brk = current->mm->brk = brk;

	for (i = 0; i < eh->e_phnum; i++) {
		if (phdr[i].p_type == PT_PHDR)
			phdr_addr = phdr[i].p_vaddr + bias;
		else if (!phdr_addr && phdr[i].p_type == PT_LOAD &&
			 eh->e_phoff >= phdr[i].p_offset &&
			 eh->e_phoff < phdr[i].p_offset + phdr[i].p_filesz)
			phdr_addr = phdr[i].p_vaddr + bias +
				    (eh->e_phoff - phdr[i].p_offset);
	}
#define AUX(t, v) do { auxv[auxc++] = (t); auxv[auxc++] = (v); } while (0)
	AUX(AT_HWCAP, boot_cpu_data.features_edx);
	AUX(AT_PAGESZ, PAGE_SIZE);
	AUX(AT_CLKTCK, 100);
	AUX(AT_PHDR, phdr_addr);
	AUX(AT_PHENT, sizeof(struct elf32_phdr));
	AUX(AT_PHNUM, eh->e_phnum);
	AUX(AT_BASE, 0);
	AUX(AT_FLAGS, 0);
	AUX(AT_ENTRY, eh->e_entry + bias);
	AUX(AT_UID, 0);
	AUX(AT_EUID, 0);
	AUX(AT_GID, 0);
	AUX(AT_EGID, 0);
	AUX(AT_SECURE, 0);
#undef AUX
	err = create_user_stack(bprm, auxv, auxc, &sp);
	if (err)
		goto out;
	start_user_thread(regs, eh->e_entry + bias, sp);
out:
	kfree(phdr);
	return err;
}
