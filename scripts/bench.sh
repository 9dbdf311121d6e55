#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/bench.sh - "make bench": the lmbench-style programs of usr/bench
# in QEMU's deterministic mode, where the guest TSC advances once per
# executed instruction, so rdtsc deltas are instructions per operation
# and a run is repeatable to the instruction.
#
#   bench.sh RUNS LABEL=VMLINUX[:APPEND] ...
#
# Boots each kernel RUNS times, prints one table with a column per
# kernel (from the first run) and each one's ratio to the first kernel,
# then the .text sizes, and says whether repeated runs agreed exactly.
# Benchmarks are not tests: nothing here passes or fails on a number.
set -u
cd "$(dirname "$0")/.."

runs=$1
shift
logdir=build/bench
initramfs=${INITRAMFS:-build/initramfs.cpio}
rm -rf "$logdir"
mkdir -p "$logdir"

# "name value" lines from one boot's log.
results() {
	sed -e 's/\r$//' "$1" | awk '/^bench: [a-z0-9_]+ [0-9]+ instructions\/op$/ {
		print $2, $3 }'
}

labels=()
agree=1
for spec in "$@"; do
	label=${spec%%=*}
	rest=${spec#*=}
	kernel=${rest%%:*}
	append=
	[ "$rest" != "$kernel" ] && append=${rest#*:}
	labels+=("$label")
	for i in $(seq 1 "$runs"); do
		log=$logdir/$label-$i.log
		scripts/run-qemu.sh --kernel "$kernel" --initrd "$initramfs" \
			--icount --timeout 600 \
			--append "quiet rdinit=/usr/ktest/kbench-init $append" \
			</dev/null >"$log" 2>&1
		st=$?
		results "$log" >"$logdir/$label-$i.txt"
		if [ "$st" -ne 0 ] || [ ! -s "$logdir/$label-$i.txt" ]; then
			echo "bench: $label run $i failed (exit $st), see $log" >&2
			exit 1
		fi
		cmp -s "$logdir/$label-1.txt" "$logdir/$label-$i.txt" || agree=0
	done
	size -A "$kernel" | awk -v l="$label" '$1 == ".text" { print l, $2 }' \
		>>"$logdir/text-sizes.txt"
done

# One row per benchmark: the first kernel's count, then each other
# kernel's count and its ratio to the first.
echo "Instructions per operation (QEMU -icount shift=0,sleep=off):"
awk -v labels="${labels[*]}" -v dir="$logdir" '
BEGIN {
	n = split(labels, L, " ")
	for (k = 1; k <= n; k++) {
		f = dir "/" L[k] "-1.txt"
		while ((getline line < f) > 0) {
			split(line, a, " ")
			if (k == 1)
				order[++rows] = a[1]
			v[k, a[1]] = a[2]
		}
	}
	printf "%-16s %12s", "benchmark", L[1]
	for (k = 2; k <= n; k++)
		printf " %14s %7s", L[k], "ratio"
	printf "\n"
	for (r = 1; r <= rows; r++) {
		b = order[r]
		printf "%-16s %12d", b, v[1, b]
		for (k = 2; k <= n; k++)
			printf " %14d %7.4f", v[k, b], v[k, b] / v[1, b]
		printf "\n"
	}
}'
echo
echo ".text size (bytes):"
awk '{ printf "  %-16s %10d\n", $1, $2 }' "$logdir/text-sizes.txt"
echo
if [ "$runs" -gt 1 ]; then
	if [ "$agree" = 1 ]; then
		echo "Each kernel booted $runs times: identical numbers every time."
	else
		echo "Repeated runs differ; see $logdir/."
	fi
fi
