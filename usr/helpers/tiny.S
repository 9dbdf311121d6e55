/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tiny: the smallest static i386 program, exit(0) from _start without a
 * libc, so that fork+execve costs measure the kernel and not glibc's
 * start-up.
 */
	.text
	.globl	_start
_start:
	movl	$1, %eax		/* __NR_exit */
	xorl	%ebx, %ebx
	int	$0x80
