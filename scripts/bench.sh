#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/bench.sh - "make bench": the lmbench-style programs of usr/bench
# in QEMU's deterministic mode, where the guest TSC advances once per
# executed instruction, so rdtsc deltas are instructions per operation
# and a run is repeatable to the instruction.
#
#   bench.sh RUNS LABEL=VMLINUX[:APPEND][@BACKEND[=ROM]] ...
#
# Boots each kernel RUNS times (on BACKEND, native by default; vmi=ROM
# names the VMI ROM image), prints
# one table with a column per kernel (from the first run) and each one's
# ratio to the first kernel, then the .text sizes, and says whether
# repeated runs agreed exactly.
#
# Under a hypervisor the guest's TSC still counts every instruction the
# CPU executes, the hypervisor's own included (a PV dom0 reads the real
# TSC; REFERENCE.md), so its numbers compare directly.  For each label
# on another backend a second table sets it against the native label
# with the same kernel file and command line, with the hypercalls per
# operation and page-table entries per mmu_update hypercall that the
# label LABEL-stats (a CONFIG_PARAVIRT_STATS kernel on that backend)
# reports.
# Benchmarks are not tests: nothing here passes or fails on a number.
set -u
cd "$(dirname "$0")/.."

runs=$1
shift
logdir=build/bench
initramfs=${INITRAMFS:-build/initramfs.cpio}
rm -rf "$logdir"
mkdir -p "$logdir"

# "name value" lines from one boot's log, for one unit.
results() {
	sed -e 's/\r$//' "$1" | awk -v unit="$2" '
		$1 == "bench:" && NF == 4 && $4 == unit { print $2, $3 }'
}

labels=()
declare -A backend_of=() kernel_of=() append_of=() rom_of=()
agree=1
for spec in "$@"; do
	label=${spec%%=*}
	rest=${spec#*=}
	backend=native
	rom=
	case $rest in
	*@*)	backend=${rest##*@}; rest=${rest%@*} ;;
	esac
	case $backend in
	*=*)	rom=${backend#*=}; backend=${backend%%=*} ;;
	esac
	rom_of[$label]=$rom
	kernel=${rest%%:*}
	append=
	[ "$rest" != "$kernel" ] && append=${rest#*:}
	labels+=("$label")
	backend_of[$label]=$backend
	append_of[$label]=$append
	kernel_of[$label]=$(readlink -f "$kernel")
	for i in $(seq 1 "$runs"); do
		log=$logdir/$label-$i.log
		VMI_ROM=${rom:-${VMI_ROM:-build/vmi.rom}} \
		scripts/run-qemu.sh --backend "$backend" --kernel "$kernel" \
			--initrd "$initramfs" --icount --timeout 900 \
			--append "quiet rdinit=/usr/ktest/kbench-init $append" \
			</dev/null >"$log" 2>&1
		st=$?
		results "$log" instructions/op >"$logdir/$label-$i.txt"
		results "$log" hypercalls/op >"$logdir/$label-$i.hc"
		results "$log" updates/mmu_update >"$logdir/$label-$i.upd"
		results "$log" pt-writes/hypercall >"$logdir/$label-$i.ptw"
		if [ "$st" -ne 0 ] || [ ! -s "$logdir/$label-$i.txt" ]; then
			echo "bench: $label run $i failed (exit $st), see $log" >&2
			exit 1
		fi
		cmp -s "$logdir/$label-1.txt" "$logdir/$label-$i.txt" || agree=0
	done
	size -A "$kernel" | awk -v l="$label" '$1 == ".text" { print l, $2 }' \
		>>"$logdir/text-sizes.txt"
	# What the patcher made of the sites on a VMI ROM ("quiet" hides it
	# in the timed boots): one more boot, not timed.
	if [ "$backend" = vmi ]; then
		VMI_ROM=${rom:-${VMI_ROM:-build/vmi.rom}} \
		scripts/run-qemu.sh --backend vmi --kernel "$kernel" \
			--timeout 120 --append "selftest $append" </dev/null \
			>"$logdir/$label-sites.log" 2>&1
		sed -e 's/\r$//' -e 's/^\[[ 0-9.]*\] //' "$logdir/$label-sites.log" |
			grep 'sites call the ROM' | sed "s/^/$label: /" \
			>>"$logdir/vmi-sites.txt"
	fi
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

# A hypervisor's label against native on the same kernel file.
for label in "${labels[@]}"; do
	[ "${backend_of[$label]}" != native ] || continue
	case $label in *-stats) continue ;; esac
	case " ${labels[*]} " in *" $label-stats "*) ;; *) continue ;; esac
	native=
	for l in "${labels[@]}"; do
		if [ "${backend_of[$l]}" = native ] &&
		   [ "${kernel_of[$l]}" = "${kernel_of[$label]}" ] &&
		   [ "${append_of[$l]}" = "${append_of[$label]}" ]; then
			native=$l
			break
		fi
	done
	[ -n "$native" ] || continue
	echo
	echo "Under ${backend_of[$label]} ($label) against native ($native), same kernel file:"
	awk -v dir="$logdir" -v n="$native" -v h="$label" '
	function load(f, arr,   line, a) {
		while ((getline line < f) > 0) {
			split(line, a, " ")
			arr[a[1]] = a[2]
		}
		close(f)
	}
	BEGIN {
		load(dir "/" n "-1.txt", nat)
		load(dir "/" h "-1.txt", hv)
		load(dir "/" h "-stats-1.hc", hc)
		load(dir "/" h "-stats-1.upd", upd)
		load(dir "/" h "-stats-1.ptw", ptw)
		f = dir "/" n "-1.txt"
		printf "%-16s %10s %10s %6s %10s %8s %8s %8s\n", "benchmark", \
		       n, h, "ratio", "added", "hcalls", "upd/mmu", "pt/hcall"
		while ((getline line < f) > 0) {
			split(line, a, " ")
			b = a[1]
			if (!(b in hv))
				continue
			printf "%-16s %10d %10d %6.2f %10d %8s %8s %8s\n", b, nat[b], \
			       hv[b], hv[b] / nat[b], hv[b] - nat[b], \
			       (b in hc) ? hc[b] : "-", (b in upd) ? upd[b] : "-", \
			       (b in ptw) ? ptw[b] : "-"
		}
	}'
done

if [ -s "$logdir/vmi-sites.txt" ]; then
	echo
	echo "Patch sites on the VMI ROM:"
	sed 's/^/  /' "$logdir/vmi-sites.txt"
fi
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
