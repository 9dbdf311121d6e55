#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/bench.sh - "make bench": the lmbench-style programs of usr/bench
# in QEMU's deterministic mode, where the guest TSC advances once per
# executed instruction, so rdtsc deltas are instructions per operation
# and a run is repeatable to the instruction.
#
#   bench.sh [RUNS]      boots RUNS times (default 2) and prints a table
#                        per run; says whether the runs agree.
#
# Benchmarks are not tests: nothing here passes or fails on a number.
set -u
cd "$(dirname "$0")/.."

runs=${1:-2}
logdir=build/bench
initramfs=${INITRAMFS:-build/initramfs.cpio}
mkdir -p "$logdir"

# name value lines from one boot's log.
results() {
	sed -e 's/\r$//' "$1" | awk '/^bench: [a-z0-9_]+ [0-9]+ instructions\/op$/ {
		print $2, $3 }'
}

table() {
	printf '%-20s %16s\n' benchmark "instructions/op"
	printf '%-20s %16s\n' --------- ---------------
	awk '{ printf "%-20s %16d\n", $1, $2 }' "$1"
}

for i in $(seq 1 "$runs"); do
	log=$logdir/run-$i.log
	scripts/run-qemu.sh --kernel vmlinux --initrd "$initramfs" --icount \
		--append "quiet rdinit=/usr/ktest/kbench-init" \
		--timeout 600 </dev/null >"$log" 2>&1
	st=$?
	results "$log" >"$logdir/run-$i.txt"
	if [ "$st" -ne 0 ] || [ ! -s "$logdir/run-$i.txt" ]; then
		echo "bench: run $i failed (exit status $st), see $log" >&2
		exit 1
	fi
	echo "Run $i (QEMU -icount shift=0,sleep=off):"
	table "$logdir/run-$i.txt"
	echo
done
if [ "$runs" -gt 1 ]; then
	if cmp -s "$logdir/run-1.txt" "$logdir/run-$runs.txt"; then
		echo "All $runs runs gave identical numbers."
	else
		echo "The runs differ:"
		diff "$logdir/run-1.txt" "$logdir/run-$runs.txt"
	fi
fi
