#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# scripts/run-i386.sh PROG [ARGS...]	run a static i386 program here
# scripts/run-i386.sh --which		say how it would run
#
# The host unit tests and busybox (to list its applets) are i386 programs
# that must run on the build machine.  Some x86-64 hosts refuse them
# ("Exec format error": no IA-32 emulation in the host kernel), so this
# runs them directly only where a probe shows the host can, and otherwise
# under QEMU's user-mode emulator, qemu-i386 (Debian's qemu-user, which
# scripts/deps.sh installs).  Nothing is registered with binfmt_misc.
#
# HOST_I386_RUNNER forces the choice: "direct", or an emulator command
# (e.g. HOST_I386_RUNNER=qemu-i386) to try the emulated path on a host
# that could run the program itself.
set -eu

die() {
	echo "run-i386: $*" >&2
	exit 126
}

# Exit status 42 from a seven-instruction i386 program: the host kernel
# runs i386 programs.  Built in a temporary directory, run once, removed.
host_runs_i386() {
	dir=$(mktemp -d)
	st=0
	printf '%s\n' '.globl _start' '_start:' 'movl $1, %eax' \
		'movl $42, %ebx' 'int $0x80' |
		${CC:-gcc} -m32 -nostdlib -static -x assembler -o "$dir/probe" - ||
		st=1
	# The inner shell reports a death by signal into /dev/null.
	if [ "$st" -eq 0 ]; then
		sh -c '"$1"; exit $?' sh "$dir/probe" >/dev/null 2>&1 || st=$?
	fi
	rm -rf "$dir"
	[ "$st" -eq 42 ]
}

# Sets runner to the emulator command, or to nothing for direct runs.
choose_runner() {
	why="HOST_I386_RUNNER=${HOST_I386_RUNNER:-}"
	case ${HOST_I386_RUNNER:-auto} in
	direct)
		runner= ;;
	auto)
		runner=
		if ! host_runs_i386; then
			runner=qemu-i386
			why="this host cannot run i386 programs"
		fi ;;
	*)
		runner=$HOST_I386_RUNNER ;;
	esac
	if [ -n "$runner" ] && ! command -v "${runner%% *}" >/dev/null 2>&1; then
		die "$why, and ${runner%% *} is missing (apt-get install qemu-user, or make deps)"
	fi
}

[ $# -ge 1 ] || die "usage: run-i386.sh PROG [ARGS...] | --which"
choose_runner
if [ "$1" = --which ]; then
	if [ -n "$runner" ]; then
		echo "under $runner ($(command -v "${runner%% *}"))"
	else
		echo "directly"
	fi
	exit 0
fi
[ -e "$1" ] || die "$1: no such program"
# shellcheck disable=SC2086 # the runner may carry its own options
exec $runner "$@"
