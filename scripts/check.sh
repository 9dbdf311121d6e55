#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/check.sh - the test runner behind "make check".
#
# Runs the host unit tests, then boots vmlinux in QEMU once per boot
# scenario.  Every KTAP result line ("ok N name" / "not ok N name") is one
# test; each bad-input scenario is one test of its own.  A run that
# panics, hangs, dies or prints fewer results than its "1..N" plan is a
# crash, counted as one failed test.  The timeout only detects hangs.
#
# The last line is always "N passed, M failed"; the exit status is non-zero
# when anything failed.  Logs stay in build/check/ for inspection.
#
# Environment: HOSTTESTS  host test programs (default: all that are built)
#              BUSYBOX  the i386 busybox (for the gen-initramfs checks)
#              HOST_I386_RUNNER  see scripts/run-i386.sh
#              CHECK_TIMEOUT  seconds a run may take (default 300)
#              V=1  print every result line, not only the failures
#              NOPV_KERNEL, DEBUG_KERNEL, STATS_KERNEL  the variants
#              of the paravirt matrix (run_paravirt_matrix)
#              XEN_IMAGE  the Xen hypervisor the xen backend boots under
#              (make check builds it; without one the Xen runs fail)
set -u

cd "$(dirname "$0")/.."

logdir=build/check
timeout=${CHECK_TIMEOUT:-300}
kernel=vmlinux
initramfs=${INITRAMFS:-build/initramfs.cpio}
BUSYBOX=${BUSYBOX:-${HOME:-/root}/.cache/pvkernel/busybox}
passed=0
failed=0
skipped=0
crashes=0

# How a run is judged from its log (and QEMU's status where it has one).
. scripts/verdict.sh

# Prints each failed result with the "#" diagnostics before it, then the
# end of the log, indented.
show_failure() {
	local log=$1

	text "$log" | awk '
		/^ *# / { diag = diag "          " $0 "\n"; next }
		/^not ok [0-9]+ / { printf "%s          %s\n", diag, $0 }
		/^(not )?ok [0-9]+ / { diag = "" }'
	echo "          --- last lines of $log ---"
	tail -n 20 "$log" | sed -e 's/\r$//' -e 's/^/          | /'
}

# The per-backend table at the end: each boot's result under its suite
# (the scenario's name) and backend, set by boot().
declare -A table=()
declare -A table_suites=()
suite_order=()
table_backends=()

note_result() {
	[ -n "${cur_backend:-}" ] || return
	if [ -z "${table_suites[$1]:-}" ]; then
		table_suites[$1]=1
		suite_order+=("$1")
	fi
	case " ${table_backends[*]} " in
	*" $cur_backend "*) ;;
	*) table_backends+=("$cur_backend") ;;
	esac
	table[$1/$cur_backend]=$2
}

# "N passed[, M failed][, S skipped]" for a run's counts.
counts() {
	local s="$1 passed"

	[ "$2" -eq 0 ] || s="$s, $2 failed"
	[ "${3:-0}" -eq 0 ] || s="$s, $3 skipped"
	echo "$s"
}

# Adds a run's KTAP counts (ktap_count's) to the totals and prints them.
# A skipped case ("ok N name # SKIP why") passed nothing: counted apart.
add_counts() {
	n_ok=$((n_ok - n_skip))
	passed=$((passed + n_ok))
	failed=$((failed + n_notok))
	skipped=$((skipped + n_skip))
	printf '  %-7s %s: %s\n' "$1" "$(shown_name "$2")" \
		"$(counts "$n_ok" "$n_notok" "$n_skip")"
}

print_table() {
	local suite b

	[ ${#suite_order[@]} -gt 0 ] || return
	echo "  ----"
	printf '  %-32s' suite
	for b in "${table_backends[@]}"; do
		printf ' %-24s' "$b"
	done
	echo
	for suite in "${suite_order[@]}"; do
		printf '  %-32s' "$suite"
		for b in "${table_backends[@]}"; do
			printf ' %-24s' "${table[$suite/$b]:--}"
		done
		echo
	done
}

# How a boot is shown: its scenario, prefixed by the backend if not native.
shown_name() {
	case ${cur_backend:-native} in
	native)	echo "$1" ;;
	*)	echo "$cur_backend/$1" ;;
	esac
}

# A run that reports KTAP: every result counts; a crash is one failure.
check_ktap() {
	local kind=$1 name=$2 log=$3 st=$4 pass_st=$5 fail_st=$6 why

	ktap_count "$log"
	why=$(crash_reason "$log" "$st" "$pass_st" "$fail_st")
	[ -n "$why" ] || why=$(ktap_problem "$st" "$pass_st" "$fail_st")
	if [ -z "$why" ] && [ "$kind" = BOOT ]; then
		why=$(ktest_summary_problem "$log")
	fi

	add_counts "$kind" "$name"
	if [ -n "$why" ]; then
		note_result "$name" "CRASH, $(counts "$n_ok" "$n_notok" "$n_skip")"
	else
		note_result "$name" "$(counts "$n_ok" "$n_notok" "$n_skip")"
	fi
	if [ "${V:-}" = 1 ]; then
		text "$log" | grep -E '^(not )?ok [0-9]+' | sed 's/^/          /'
	fi
	if [ -n "$why" ]; then
		crashes=$((crashes + 1))
		failed=$((failed + 1))
		echo "          CRASH: $why"
	fi
	if [ -n "$why" ] || [ "$n_notok" -ne 0 ]; then
		show_failure "$log"
	fi
}

# A scenario that is one test: ok, or the reason it failed.
check_one() {
	local name=$1 log=$2 why=$3

	if [ -z "$why" ]; then
		passed=$((passed + 1))
		printf '  %-7s %s: ok\n' BOOT "$(shown_name "$name")"
		note_result "$name" ok
		return
	fi
	failed=$((failed + 1))
	case $why in
	hang*|kernel\ panic*|killed*|hypervisor\ complaint*)
		crashes=$((crashes + 1)) ;;
	esac
	printf '  %-7s %s: FAILED: %s\n' BOOT "$(shown_name "$name")" "$why"
	note_result "$name" FAILED
	show_failure "$log"
}

# --- host unit tests ---------------------------------------------------

# The test programs tests/host/Makefile has built.
host_programs() {
	local f

	for f in tests/host/build/test-*; do
		case $f in
		*.o)	;;
		*)	[ -x "$f" ] && echo "$f" ;;
		esac
	done
}

# They are i386 programs: scripts/run-i386.sh runs them directly where
# the host can, under qemu-i386 where it cannot.
run_host_tests() {
	local prog name log st

	printf '  %-7s i386 programs run %s\n' HOST \
		"$(scripts/run-i386.sh --which)"
	for prog in ${HOSTTESTS:-$(host_programs)}; do
		name=${prog##*/test-}
		log=$logdir/host-$name.log
		timeout --kill-after=5 "$timeout" scripts/run-i386.sh "$prog" \
			</dev/null >"$log" 2>&1
		st=$?
		end_problem=
		check_ktap HOST "$name" "$log" "$st" 0 1
	done
}

# --- boot scenarios ----------------------------------------------------

# The selftest run: the in-kernel suites, whatever they are.
expect_ktap() {
	check_ktap BOOT "$1" "$2" "$3" "$EXIT_PASS" "$EXIT_FAIL"
}

# mem=1M cannot hold the kernel: one line naming mem=, the last line of
# the output, then DEBUG_EXIT_FAIL.  No panic, no hang, no backtrace.
expect_mem_too_small() {
	local name=$1 log=$2 st=$3 why

	why=$(crash_reason "$log" "$st" "$EXIT_FAIL" "$EXIT_FAIL")
	[ -n "$why" ] || why=$(mem_message_problem "$log")
	check_one "$name" "$log" "$why"
}

mem_message_problem() {
	local lines

	lines=$(text "$1" | grep -v '^Command line:' | grep -c 'mem=')
	if [ "$lines" -ne 1 ]; then
		echo "$lines lines name mem=, expected one"
	elif ! text "$1" | grep -v "^$\|^$EXIT_MESSAGE " | tail -n 1 |
			grep -q 'mem='; then
		echo "output continues after the mem= message"
	fi
}

# A panic as expect_panic wants it, after a line that says why.
expect_panic_and_line() {
	local name=$1 log=$2 st=$3 func=$4 line=$5

	if [ "$st" -eq "$EXIT_PANIC" ] && ! text "$log" | grep -qF "$line"; then
		check_one "$name" "$log" "no line '$line'"
		return
	fi
	expect_panic "$name" "$log" "$st" "$func"
}

# A warning the kernel must print while the selftest still passes.
expect_selftest_and_line() {
	local name=$1 log=$2 st=$3 line=$4 why

	why=$(selftest_problem "$log" "$st")
	if [ -z "$why" ] && ! text "$log" | grep -qF "$line"; then
		why="no line '$line'"
	fi
	check_one "$name" "$log" "$why"
}

# crash=TYPE (kernel/crash.c): a complete panic report (verdict.sh).
expect_panic() {
	check_one "$1" "$2" "$(panic_problem "$2" "$3" "$4")"
}

# boot NAME BACKEND CMDLINE CHECK [ARGS...]: boots and runs
# CHECK NAME LOG STATUS [ARGS...] on the result, STATUS being what the
# log says (judge_end).  $input, if set, is what the console receives.
boot() {
	local name=$1 backend=$2 append=$3 check=$4
	local log=$logdir/boot-$name.log st

	shift 4
	[ "$backend" = native ] || log=$logdir/boot-$backend-$name.log
	printf '%b' "${input:-}" |
	scripts/run-qemu.sh --backend "$backend" --kernel "$kernel" \
		--initrd "$initramfs" --append "$append" --timeout "$timeout" \
		>"$log" 2>&1
	judge_end "$backend" "$log" "${PIPESTATUS[1]}"
	cur_backend=$backend
	"$check" "$name" "$log" "$st" "$@"
	cur_backend=
}

# The user-space tests: one KTAP suite per program, then the leak check.
# Every suite's plan must be met; the run must end with a clean power-off.
expect_user_ktap() {
	local name=$1 log=$2 st=$3 why

	why=$(user_problem "$log" "$st")
	ktap_count "$log"	# user_problem's counts are a subshell's
	add_counts BOOT "$name"
	if [ -n "$why" ]; then
		note_result "$name" "CRASH, $(counts "$n_ok" "$n_notok" "$n_skip")"
	else
		note_result "$name" "$(counts "$n_ok" "$n_notok" "$n_skip")"
	fi
	if [ -n "$why" ]; then
		crashes=$((crashes + 1))
		failed=$((failed + 1))
		echo "          CRASH: $why"
	fi
	if [ -n "$why" ] || [ "$n_notok" -ne 0 ]; then
		show_failure "$log"
	fi
}

# A shell session fed on the console: each expected line must appear and
# the session must end in a clean power-off.
expect_lines_and_poweroff() {
	local name=$1 log=$2 st=$3

	shift 3
	check_one "$name" "$log" "$(lines_problem "$log" "$st" "$@")"
}

# heartbeat=1 while a shell sleeps: at least three beats, uptime growing.
expect_heartbeats() {
	local name=$1 log=$2 st=$3 why

	why=$(crash_reason "$log" "$st" 0 0)
	if [ -z "$why" ]; then
		why=$(text "$log" | awk '/^heartbeat: up / { n++; t = $3 + 0;
			if (n > 1 && t <= last) bad = 1; last = t }
			END { if (n < 3) print "only " n " heartbeats";
			      else if (bad) print "uptime did not grow" }')
	fi
	check_one "$name" "$log" "$why"
}

# One entry per scenario: name, backend, kernel command line, check and
# its arguments.  Other configurations and the xen and vmi backends are
# added here.
run_boot_scenarios() {
	boot selftest native "selftest" expect_ktap
	boot mem-too-small native "mem=1M selftest" expect_mem_too_small
	boot unknown-param native "selftest bogus_param=1" \
		expect_selftest_and_line \
		'Unknown kernel command line parameter "bogus_param=1"'
	boot bad-loglevel native "loglevel=banana selftest" \
		expect_selftest_and_line \
		'Bad value in kernel command line parameter "loglevel=banana"'
	boot console-no-such-port native "console=ttyS9 selftest" \
		expect_selftest_and_line \
		'console=ttyS9: no such serial port (ttyS0..ttyS3); the console is ttyS0'
	boot console-no-uart native "console=ttyS2 selftest" \
		expect_selftest_and_line \
		'console=ttyS2: no UART at 0x3e8; the console is ttyS0'
	boot long-cmdline native "selftest pad=$(repeat b 980) loglevel=banana" \
		expect_selftest_and_line \
		'Bad value in kernel command line parameter "loglevel=banana"'
	boot too-long-cmdline native "selftest pad=$(repeat b 1100)" \
		expect_selftest_and_line \
		'Command line longer than 1023 bytes: the rest is ignored'
	input='echo hello; ls /bin | wc -l; poweroff\n' \
		boot shell native "" expect_lines_and_poweroff \
		hello "$(ls_bin_count)"
	run_terminal_check
	input='sleep 4; poweroff -f\n' \
		boot heartbeat native "heartbeat=1 rdinit=/bin/sh" \
		expect_heartbeats
	boot usertests native "rdinit=/usr/ktest/ktest-init" expect_user_ktap
	# The top 168 MiB left free, as Xen's hole for a 32-bit guest.
	boot reservetop-selftest native "selftest reservetop=168M" expect_ktap
	boot reservetop-usertests native \
		"reservetop=168M rdinit=/usr/ktest/ktest-init" expect_user_ktap
	# A copy of the kernel page directory per address space, as Xen needs.
	boot unshared-pmd-selftest native "selftest kernel_pmd=unshared" \
		expect_ktap
	boot unshared-pmd-usertests native \
		"kernel_pmd=unshared rdinit=/usr/ktest/ktest-init" \
		expect_user_ktap
	boot bad-reservetop native "selftest reservetop=1G" \
		expect_selftest_and_line \
		'Bad value in kernel command line parameter "reservetop=1G"'
	boot crash-null native "crash=null" expect_panic crash_null
	boot crash-bug native "crash=bug" expect_panic crash_bug
	boot crash-divide native "crash=divide" expect_panic crash_divide
	boot crash-stack native "crash=stack" expect_panic crash_recurse
	boot crash-stack-fault native "crash=stack-fault" expect_panic \
		crash_recurse_fault
	# No double-fault task, as under a backend without task gates.
	boot notaskgate-selftest native "selftest notaskgate" expect_ktap
	boot notaskgate-crash-stack-fault native "crash=stack-fault notaskgate" \
		expect_panic_and_line crash_recurse_fault \
		'kernel stack overflow in init[1]'
	run_paravirt_matrix
	run_xen_scenarios
	run_vmi_scenarios
}

# run_debug_kernel BACKEND [WRAPPER]: the DEBUG_PARAVIRT kernel's suites
# on BACKEND (each check run through WRAPPER, such as on_vmi), then its
# clobber reports: every call site must keep what it promises.
run_debug_kernel() {
	local backend=$1 saved=$kernel logs=$logdir/boot-debug

	shift
	[ -n "${DEBUG_KERNEL:-}" ] && [ -r "$DEBUG_KERNEL" ] || return 0
	[ "$backend" = native ] || logs=$logdir/boot-$backend-debug
	kernel=$DEBUG_KERNEL
	boot debug-selftest "$backend" "selftest" "$@" expect_ktap
	boot debug-usertests "$backend" "rdinit=/usr/ktest/ktest-init" \
		"$@" expect_user_ktap
	cur_backend=$backend check_one debug-clobbers \
		"$logs-usertests.log" "$(clobber_reports "$logs"-*.log)"
	kernel=$saved
}

# Boots the native kernel on a pseudo-terminal and types INPUT... at it,
# PAUSE seconds apart (scripts/pty-run.py); the terminal's text in LOG.
pty_boot() {
	local log=$1 pause=$2

	shift 2
	scripts/pty-run.py "$pause" "$@" -- scripts/run-qemu.sh \
		--kernel "$kernel" --initrd "$initramfs" --timeout "$timeout" \
		>"$log" 2>&1
}

# make run on a terminal: Ctrl-C interrupts the guest's foreground
# command (the shell reports status 130) instead of ending QEMU, and
# Ctrl-Z stops it (the shell's jobs lists it stopped), in busybox sh
# and in bash.
run_terminal_check() {
	local log=$logdir/boot-terminal-ctrl-c.log why=

	pty_boot "$log" 4 'sleep 100\r' '\x03' 'echo after-ctrl-c $?\r' \
		'poweroff\r'
	if ! text "$log" | grep -q 'after-ctrl-c 130'; then
		why="Ctrl-C did not reach the guest (no 'after-ctrl-c 130')"
	elif ! text "$log" | grep -q 'reboot: Power down'; then
		why="no power-off after Ctrl-C"
	fi
	cur_backend=native check_one terminal-ctrl-c "$log" "$why"
	# Ctrl-Z stops the foreground job; the shell's job control sees it.
	log=$logdir/boot-terminal-ctrl-z.log
	why=
	pty_boot "$log" 4 'sleep 100\r' '\x1a' 'jobs\r' 'kill -9 %1\r' \
		'poweroff\r'
	if [ "$(text "$log" | grep -c 'Stopped  *sleep 100')" -lt 2 ]; then
		why="Ctrl-Z did not stop the job (no 'Stopped sleep 100' twice)"
	elif ! text "$log" | grep -q 'reboot: Power down'; then
		why="no power-off after Ctrl-Z"
	fi
	cur_backend=native check_one terminal-ctrl-z "$log" "$why"
	# The same in bash, with bg continuing the stopped job.
	log=$logdir/boot-terminal-bash-jobs.log
	why=
	pty_boot "$log" 3 'bash\r' 'sleep 100\r' '\x1a' 'jobs\r' 'bg\r' \
		'jobs\r' 'kill -9 %1\r' 'exit\r' 'poweroff\r'
	if [ "$(text "$log" | grep -c 'Stopped  *sleep 100')" -lt 2 ]; then
		why="Ctrl-Z did not stop bash's job (no 'Stopped sleep 100' twice)"
	elif ! text "$log" | grep -q 'Running  *sleep 100 &'; then
		why="bg did not continue bash's job (no 'Running sleep 100 &')"
	elif ! text "$log" | grep -q 'reboot: Power down'; then
		why="no power-off after bash's jobs"
	fi
	cur_backend=native check_one terminal-bash-jobs "$log" "$why"
}

# The file every backend boots, named once per backend.
say_kernel() {
	printf '  %-7s %s: %s sha256 %s\n' BOOT "$1" "$kernel" \
		"$(sha256sum <"$kernel" | cut -d' ' -f1)"
}

# The same vmlinux on the project's VMI ROM (QEMU -option-rom): the
# suites, the shell, the sites left unpatched, a crash, the clobbers of
# the DEBUG_PARAVIRT kernel; the ROM that answers NONE for the hot calls;
# then copies of the ROM with one thing wrong, each of which the kernel
# must refuse with its reason and run native, and one of a newer minor
# version, which it must accept.
run_vmi_scenarios() {
	local kind rom romdir=$logdir/roms

	grep -q '^CONFIG_VMI=y' .config 2>/dev/null || return
	say_kernel vmi
	if [ -z "${VMI_ROM:-}" ] || [ ! -r "$VMI_ROM" ]; then
		printf '  %-7s %s: CRASH: %s\n' BOOT vmi \
			"no VMI ROM (${VMI_ROM:-VMI_ROM unset}; make vmi-rom builds it)"
		crashes=$((crashes + 1))
		failed=$((failed + 1))
		return
	fi
	rom=$VMI_ROM
	export VMI_ROM
	boot selftest vmi "selftest" on_vmi expect_ktap
	boot usertests vmi "rdinit=/usr/ktest/ktest-init" on_vmi expect_user_ktap
	input='echo hello; ls /bin | wc -l; poweroff\n' \
		boot shell vmi "" on_vmi expect_lines_and_poweroff \
		hello "$(ls_bin_count)"
	boot pv-unpatched-selftest vmi "selftest noreplace-paravirt" \
		on_vmi expect_ktap
	boot pv-unpatched-usertests vmi \
		"noreplace-paravirt rdinit=/usr/ktest/ktest-init" \
		on_vmi expect_user_ktap
	boot crash-null vmi "crash=null" on_vmi expect_panic crash_null
	run_debug_kernel vmi on_vmi
	if [ -n "${VMI_ROM_NOHOT:-}" ] && [ -r "$VMI_ROM_NOHOT" ]; then
		VMI_ROM=$VMI_ROM_NOHOT boot nohot-rom-selftest vmi "selftest" \
			on_vmi expect_ktap
		VMI_ROM=$VMI_ROM_NOHOT boot nohot-rom-usertests vmi \
			"rdinit=/usr/ktest/ktest-init" on_vmi expect_user_ktap
	fi
	mkdir -p "$romdir"
	while read -r kind _; do
		if ! python3 scripts/vmi-rom.py variant "$rom" \
				"$romdir/$kind.rom" "$kind"; then
			cur_backend=vmi check_one "rom-$kind" /dev/null \
				"scripts/vmi-rom.py could not make it"
			continue
		fi
		VMI_ROM=$romdir/$kind.rom boot "rom-$kind" vmi "selftest" \
			expect_rom_verdict "$(rom_reason "$kind")"
	done < <(python3 scripts/vmi-rom.py kinds)
	VMI_ROM=$rom
}

# on_vmi NAME LOG ST CHECK [ARGS...]: CHECK NAME LOG ST [ARGS...], and
# one failure more if the kernel did not run on the ROM (a silent fall
# back to native would pass the suites with the VMI cases skipped).
on_vmi() {
	local name=$1 log=$2 st=$3 check=$4

	shift 4
	"$check" "$name" "$log" "$st" "$@"
	if ! text "$log" | grep -qF 'paravirt: vmi backend'; then
		failed=$((failed + 1))
		printf '  %-7s %s: FAILED: %s\n' BOOT "$(shown_name "$name")" \
			"the VMI backend was not installed"
		note_result "$name" "FAILED (native)"
	fi
}

# What the kernel must print for a ROM of vmi-rom.py's KIND.
rom_reason() {
	case $1 in
	# The BIOS itself does not copy a ROM whose bytes do not sum to 0.
	bad-checksum)	echo 'vmi: no VMI ROM accepted' ;;
	bad-signature)	echo 'a VMI device without the VMI signature' ;;
	major-2)	echo 'API 2.1, the kernel speaks 3.x' ;;
	major-4)	echo 'API 4.1, the kernel speaks 3.x' ;;
	old-minor)	echo 'API 3.0, the kernel needs 3.1 or later' ;;
	no-gpl)		echo 'license "MIT" is not the GPL' ;;
	offset-outside)	echo 'license string at offset' ;;
	truncated)	echo 'outside its 512 bytes' ;;
	newer-minor)	echo 'API 3.9, ROM version' ;;
	*)		echo "no reason known for $1" ;;
	esac
}

# A ROM boot: the selftest passes, the reason line is there, and the
# backend is native, or vmi for the one ROM to accept (newer-minor).
expect_rom_verdict() {
	local name=$1 log=$2 st=$3 line=$4 backend=native why

	[ "$name" = rom-newer-minor ] && backend=vmi
	why=$(selftest_problem "$log" "$st")
	if [ -z "$why" ] && ! text "$log" | grep -qF "$line"; then
		why="no line '$line'"
	elif [ -z "$why" ] &&
			! text "$log" | grep -qF "paravirt: $backend backend"; then
		why="the $backend backend was not installed"
	fi
	check_one "$name" "$log" "$why"
}

# The same vmlinux as Xen's dom0: the in-kernel and user-space suites,
# the shell, the sites left unpatched, a crash; then the Xen backend's
# clobbers checked on the DEBUG_PARAVIRT kernel, and the hypercall
# counts of the stats kernel.
run_xen_scenarios() {
	local saved=$kernel

	grep -q '^CONFIG_XEN=y' .config 2>/dev/null || return
	say_kernel xen
	if [ -z "${XEN_IMAGE:-}" ] || [ ! -r "$XEN_IMAGE" ]; then
		printf '  %-7s %s: CRASH: %s\n' BOOT xen \
			"no Xen hypervisor (${XEN_IMAGE:-XEN_IMAGE unset}; make xen builds it)"
		crashes=$((crashes + 1))
		failed=$((failed + 1))
		return
	fi
	export XEN_IMAGE
	boot selftest xen "selftest" expect_ktap
	boot usertests xen "rdinit=/usr/ktest/ktest-init" expect_user_ktap
	input='echo hello; ls /bin | wc -l; poweroff\n' \
		boot shell xen "" expect_lines_and_poweroff \
		hello "$(ls_bin_count)"
	boot pv-unpatched-selftest xen "selftest noreplace-paravirt" \
		expect_ktap
	boot pv-unpatched-usertests xen \
		"noreplace-paravirt rdinit=/usr/ktest/ktest-init" expect_user_ktap
	boot crash-null xen "crash=null" expect_panic crash_null
	run_debug_kernel xen
	if [ -n "${STATS_KERNEL:-}" ] && [ -r "$STATS_KERNEL" ]; then
		kernel=$STATS_KERNEL
		boot stats-selftest xen "selftest" expect_ktap
		input='cat /proc/paravirt; poweroff -f\n' \
			boot stats-proc xen "rdinit=/bin/sh" expect_xen_stats
	fi
	kernel=$saved
}

# expect_counts NAME LOG ST OP...: a clean end, and /proc/paravirt
# (cat by the shell) counting each OP at least once.
expect_counts() {
	local name=$1 log=$2 st=$3 why op

	shift 3
	why=$(crash_reason "$log" "$st" 0 0)
	for op; do
		[ -n "$why" ] && break
		text "$log" | grep -Eq "^$op +[1-9][0-9]*$" ||
			why="no count for $op in /proc/paravirt"
	done
	check_one "$name" "$log" "$why"
}

# Under Xen: the operations, and the hypercalls behind them per kind,
# with the multicall batches.
expect_xen_stats() {
	expect_counts "$@" irq.irq_disable mmu.set_pte hypercall.mmu_update \
		hypercall.mmuext_op hypercall.multicall multicall.entries \
		mmu_update.requests
}

# --- the runner judged on canned logs -----------------------------------

# verdict_case NAME BACKEND QEMU_STATUS EXPECT FUNC [ARGS...]: judges the
# log on stdin as a boot on BACKEND that QEMU left with QEMU_STATUS;
# FUNC's reason must contain EXPECT (or be empty for EXPECT "ok").
verdict_case() {
	local name=verdict-$1 backend=$2 qemu_st=$3 expect=$4 fn=$5 why
	local log=$logdir/verdict-$1.log

	shift 5
	cat >"$log"
	judge_end "$backend" "$log" "$qemu_st"
	why=$("$fn" "$log" "$st" "$@")
	if [ "$expect" = ok ] && [ -z "$why" ]; then
		check_host "$name" "$log" ""
	elif [ "$expect" != ok ] && [ "${why#*"$expect"}" != "$why" ]; then
		check_host "$name" "$log" ""
	else
		check_host "$name" "$log" "judged '${why:-ok}', expected '$expect'"
	fi
}

# A kernel's KTAP output, its summary and its end, as printk leaves them.
ktap_log() {
	local end=$1 i r

	shift
	printf '[    0.100000] KTAP version 1\r\n[    0.100001] 1..%s\r\n' "$1"
	shift
	i=0
	for r in "$@"; do
		i=$((i + 1))
		printf '[    0.2%05d] %s %d case%d\r\n' "$i" "$r" "$i" "$i"
	done
	printf '%s' "$end"
}

# What Xen prints in every run: not complaints.
xen_lines() {
	printf '%s\n' '(XEN) d0 has maximum 208 PIRQs' \
		'(XEN) *** Serial input to DOM0 (type '"'"'CTRL-a'"'"' three times to switch input)' \
		'(XEN) Freed 680kB init memory'
}

# The same runner must judge a boot whose QEMU exit status means nothing
# (a hypervisor keeps QEMU running, or the runner stops it): from the
# log alone.  And natively QEMU's status must agree with the log.
run_verdict_checks() {
	local pass fail sum2

	pass="$EXIT_MESSAGE $(debug_exit_define DEBUG_EXIT_PASS)"
	fail="$EXIT_MESSAGE $(debug_exit_define DEBUG_EXIT_FAIL)"
	sum2='# ktest: 2 passed, 0 failed'
	ktap_log "$sum2"$'\n'"$pass"$'\n' 2 ok ok |
		verdict_case log-pass log-only 0 ok selftest_problem
	ktap_log "# ktest: 1 passed, 1 failed"$'\n'"$fail"$'\n' 2 ok "not ok" |
		verdict_case log-fail log-only 0 "selftest failed" \
		selftest_problem
	ktap_log "$sum2"$'\n'"$pass"$'\n' 3 ok ok |
		verdict_case log-missing-result log-only 0 \
		"2 results for a plan of 3" selftest_problem
	ktap_log "$pass"$'\n' 2 ok ok |
		verdict_case log-no-summary log-only 0 "no KTAP summary" \
		selftest_problem
	ktap_log 'Kernel panic - not syncing: oops'$'\n' 2 ok |
		verdict_case log-panic log-only 0 "kernel panic" \
		selftest_problem
	ktap_log "$sum2"$'\n' 2 ok ok |
		verdict_case log-no-end log-only 0 \
		"the log does not say how the run ended" selftest_problem
	ktap_log 'reboot: Power down'$'\n' 1 ok |
		verdict_case log-poweroff log-only 0 ok user_problem
	ktap_log "$sum2"$'\n'"$pass"$'\n'"$(xen_lines)" 2 ok ok |
		verdict_case xen-pass xen "$EXIT_PASS" ok selftest_problem
	ktap_log "$sum2"$'\n'"$pass"$'\n'"$(xen_lines)"$'\n(XEN) d0v0 Bad L1 flags 800000\n' 2 ok ok |
		verdict_case xen-bad-l1 xen "$EXIT_PASS" \
		"hypervisor complaint: (XEN) d0v0 Bad L1 flags" \
		selftest_problem
	ktap_log $'(XEN) Hardware Dom0 crashed: halting machine\n' 2 ok |
		verdict_case xen-dom0-crashed xen 0 \
		"hypervisor complaint: (XEN) Hardware Dom0 crashed" \
		selftest_problem
	ktap_log "$sum2"$'\n'"$pass"$'\n' 2 ok ok |
		verdict_case native-disagrees native 0 \
		"QEMU exit status 0, but the log says $EXIT_PASS" \
		selftest_problem
}

# With CONFIG_PARAVIRT no privileged instruction may stand outside the
# native backend (scripts/check-privileged.sh disassembles vmlinux).
run_privileged_check() {
	local log=$logdir/privileged.log why=

	grep -q '^CONFIG_PARAVIRT=y' .config 2>/dev/null || return
	scripts/check-privileged.sh "$kernel" >"$log" 2>&1 ||
		why=$(tail -n 1 "$log")
	check_host privileged "$log" "$why"
}

# A check run on the host that is one test: ok, or the reason and its log.
check_host() {
	local name=$1 log=$2 why=$3

	if [ -z "$why" ]; then
		passed=$((passed + 1))
		printf '  %-7s %s: ok\n' CHECK "$name"
	else
		failed=$((failed + 1))
		printf '  %-7s %s: FAILED: %s\n' CHECK "$name" "$why"
		sed 's/^/          /' "$log" | head -n 20
	fi
}

# gen-initramfs.sh with a busybox whose applets cannot be listed (the
# runner fails), or whose list lacks init (the runner only echoes): it
# must fail with one line naming the step and leave no archive behind,
# not even a stale one, so that no boot starts without init.
run_initramfs_checks() {
	local name runner expect log out why

	for name in runner-fails:false:'cannot list the applets' \
		    no-init:echo:'does not list sbin/init'; do
		runner=${name#*:}
		expect=${runner#*:}
		runner=${runner%%:*}
		name=initramfs-${name%%:*}
		log=$logdir/$name.log
		out=$logdir/$name.cpio
		echo stale >"$out"
		HOST_I386_RUNNER=$runner scripts/gen-initramfs.sh "$out" \
			"$BUSYBOX" build/usr "" >"$log" 2>&1
		why=$(gen_initramfs_problem $? "$log" "$out" "$expect")
		check_host "$name" "$log" "$why"
	done
}

gen_initramfs_problem() {
	local st=$1 log=$2 out=$3 expect=$4

	if [ "$st" -eq 0 ]; then
		echo "exit status 0"
	elif [ -e "$out" ]; then
		echo "$out left behind"
	elif [ "$(wc -l <"$log")" -ne 1 ]; then
		echo "$(wc -l <"$log") lines of output, expected one"
	elif ! grep -q "^gen-initramfs: .*$expect" "$log"; then
		echo "no line 'gen-initramfs: ...$expect'"
	fi
}

# The paravirt_ops build matrix: the same suites on this (PARAVIRT=y)
# kernel with its call sites left unpatched, on a PARAVIRT=n kernel and
# on a DEBUG_PARAVIRT=y kernel built aside ($NOPV_KERNEL and
# $DEBUG_KERNEL; make check builds them), and the selftest on a
# PARAVIRT_STATS=y kernel ($STATS_KERNEL).
run_paravirt_matrix() {
	local saved=$kernel

	if ! grep -q '^CONFIG_PARAVIRT=y' .config 2>/dev/null; then
		return
	fi
	boot pv-unpatched-selftest native "selftest noreplace-paravirt" \
		expect_ktap
	boot pv-unpatched-usertests native \
		"noreplace-paravirt rdinit=/usr/ktest/ktest-init" expect_user_ktap
	boot pv-unknown-backend native "selftest paravirt=bogus" \
		expect_selftest_and_line \
		'paravirt: unknown backend "bogus", probing'
	if [ -z "${NOPV_KERNEL:-}" ] || [ ! -r "$NOPV_KERNEL" ]; then
		printf '  %-7s %s: CRASH: %s\n' BOOT nopv "no PARAVIRT=n kernel built"
		crashes=$((crashes + 1))
		failed=$((failed + 1))
		return
	fi
	kernel=$NOPV_KERNEL
	boot nopv-selftest native "selftest" expect_ktap
	boot nopv-usertests native "rdinit=/usr/ktest/ktest-init" \
		expect_user_ktap
	boot nopv-reservetop-selftest native "selftest reservetop=168M" \
		expect_ktap
	run_debug_kernel native
	if [ -n "${STATS_KERNEL:-}" ] && [ -r "$STATS_KERNEL" ]; then
		kernel=$STATS_KERNEL
		boot stats-selftest native "selftest" expect_ktap
		input='cat /proc/paravirt; poweroff -f\n' \
			boot stats-proc native "rdinit=/bin/sh" \
			expect_pv_stats
	fi
	kernel=$saved
}

# CONFIG_DEBUG_PARAVIRT: no operation changed a register its site keeps,
# apart from the one the selftest provokes on purpose.
clobber_reports() {
	local f reports

	reports=$(for f in "$@"; do text "$f"; done |
		grep 'outside its clobbers' | grep -v ' at pv_debug_')
	[ -z "$reports" ] || printf '%s\n' "$reports" | head -n 3
}

# CONFIG_PARAVIRT_STATS: /proc/paravirt counts the interrupt-flag and
# page-table operations the boot and the shell used.
expect_pv_stats() {
	expect_counts "$@" irq.irq_disable irq.save_fl mmu.set_pte cpu.read_cr2
}

# N copies of a character (for command lines of a given length).
repeat() {
	printf "%${2}s" "" | tr ' ' "$1"
}

# What "ls /bin | wc -l" must print in the guest: the initramfs's /bin.
ls_bin_count() {
	cpio -it --quiet <"$initramfs" 2>/dev/null |
		grep -c '^bin/[^/]*$'
}

rm -rf "$logdir"
mkdir -p "$logdir"

# Why the boots cannot run, or nothing: no kernel, or an initramfs that
# would end every user-space boot in "No working init found".
boot_problem() {
	if [ ! -r "$kernel" ]; then
		echo "$kernel not built"
	elif [ ! -r "$initramfs" ]; then
		echo "$initramfs not built"
	elif [ "$(cpio -it --quiet <"$initramfs" 2>/dev/null |
			grep -cx 'init\|sbin/init\|bin/sh')" -ne 3 ]; then
		echo "$initramfs lacks /init, /sbin/init or /bin/sh"
	fi
}

run_host_tests
run_initramfs_checks
run_verdict_checks
why=$(boot_problem)
if [ -z "$why" ]; then
	run_privileged_check
	say_kernel native
	run_boot_scenarios
else
	printf '  %-7s %s: CRASH: %s\n' BOOT all "$why"
	crashes=$((crashes + 1))
	failed=$((failed + 1))
fi

print_table
echo "  ----"
echo "  $crashes crashed runs, $skipped cases skipped (not for that machine), logs in $logdir/"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
