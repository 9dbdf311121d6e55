#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/debug.sh - boot the kernel halted, for gdb (make debug).
#
#   debug.sh [VMLINUX [APPEND [RUN-QEMU-ARGS...]]]
#
# With "--backend xen" among the arguments QEMU boots Xen, which starts
# vmlinux as dom0: the CPU is then a 64-bit one running the kernel in
# 32-bit compatibility mode, so gdb is told the architecture before it
# reads vmlinux, and breakpoints are hardware ones (hbreak): the kernel's
# addresses exist only once Xen has built dom0.
#
# Starts QEMU in the background through run-qemu.sh --gdb: halted before
# the first instruction, gdb stub on port 1234, serial output in
# build/debug/serial.log.  Then prints the gdb command and returns at
# once, so it never waits on a terminal and is safe in scripts.
#
# QEMU ends when gdb's "kill" ends it, or by itself after DEBUG_TIMEOUT
# seconds (default 3600).  Only one session at a time: the port is fixed.
set -eu

cd "$(dirname "$0")/.."

kernel=${1:-vmlinux}
append=${2:-}
shift $(($# < 2 ? $# : 2))

dir=build/debug
log=$dir/serial.log
mkdir -p "$dir"

scripts/run-qemu.sh --kernel "$kernel" --append "$append" --gdb \
	--timeout "${DEBUG_TIMEOUT:-3600}" "$@" </dev/null >"$log" 2>&1 &
pid=$!

# A stub that cannot bind its port makes QEMU exit at once.
sleep 0.5
if ! kill -0 "$pid" 2>/dev/null; then
	echo "debug: QEMU did not start:" >&2
	sed 's/^/  /' "$log" >&2
	echo "debug: is another session holding port 1234? (pgrep -a qemu)" >&2
	exit 1
fi

case " $* " in
*" --backend xen "*)
	attach="gdb -ex 'set architecture i386:x86-64' -ex 'file $kernel' -ex 'target remote :1234'"
	example="hbreak start_kernel, continue, next (backtraces do not unwind here)"
	;;
*)
	attach="gdb $kernel -ex 'target remote :1234'"
	example="break start_kernel, continue, bt"
	;;
esac

cat <<EOF
  DEBUG   QEMU is halted at the first instruction, gdb stub on :1234
          serial output: $log  (follow it with: tail -f $log)
Attach with:

  $attach

then for example: $example.  "kill" in gdb ends
QEMU; so does "kill $pid", or the ${DEBUG_TIMEOUT:-3600} s time limit.
EOF
