/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _MM_INTERNAL_H
#define _MM_INTERNAL_H

#include <linux/mm_types.h>

/* mm/memory.c, for mm/mmap.c: the page side of area operations. */
pgprot_t vma_pgprot(unsigned long vm_flags, int writable);
void release_ptes(struct mm_struct *mm, unsigned long start,
		  unsigned long end);
int move_ptes(struct mm_struct *mm, unsigned long from, unsigned long to,
	      unsigned long len);
void zap_range(struct mm_struct *mm, unsigned long start, unsigned long end);
int copy_range(struct mm_struct *dst, struct mm_struct *src,
	       struct vm_area_struct *vma);
void change_protection(struct mm_struct *mm, unsigned long start,
		       unsigned long end, unsigned long vm_flags);

#endif /* _MM_INTERNAL_H */
