#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/check-privileged.sh VMLINUX - fails if a privileged instruction
# appears outside the backends.
#
# With CONFIG_PARAVIRT every privileged operation goes through pv_ops:
# the instructions themselves may only be in the backends (the functions
# named native_*, from arch/i386/kernel/paravirt_native*.[cS], and xen_*,
# from arch/i386/xen/, whose return path irets from ring 1) and in
# startup_32, the Multiboot entry that runs before any backend
# is chosen (with the Multiboot header's data before it, at _text).  Patch sites hold indirect calls in the image, so they do
# not show here.  Prints each offender as function+offset: instruction.
set -u
vmlinux=${1:-vmlinux}

objdump -d --no-show-raw-insn "$vmlinux" | awk '
/^[0-9a-f]+ <[^>]+>:$/ {
	fn = $2
	gsub(/[<>:]/, "", fn)
	next
}
/^ *[0-9a-f]+:\t/ {
	line = $0
	sub(/^ *[0-9a-f]+:\t/, "", line)
	split(line, w, /[ \t]+/)
	m = w[1]
	priv = m ~ /^(cli|sti|popf|popfl|popfw|hlt|lgdt|lidt|ltr|lldt|invlpg|wrmsr|rdmsr|in|inb|inw|inl|out|outb|outw|outl|iret|iretl|iretw|sysexit|clts|wbinvd)$/
	if (m ~ /^mov/ && line ~ /%(cr|db)[0-9]/)
		priv = 1
	if (!priv)
		next
	# _text is the Multiboot header before startup_32: data that
	# objdump decodes as code.
	if (fn ~ /^(native|xen)_/ || fn == "startup_32" || fn == "_text") {
		allowed++
		next
	}
	bad++
	printf "check-privileged: %s: %s\n", fn, line
}
END {
	if (bad) {
		printf "check-privileged: %d privileged instructions outside the backends\n", bad
		exit 1
	}
	printf "check-privileged: %d privileged instructions, all in the backends and startup_32\n", allowed
}'
