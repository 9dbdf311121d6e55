# SPDX-License-Identifier: GPL-2.0
#
# scripts/verdict.sh - how a boot is judged from its serial log; sourced
# by scripts/check.sh.
#
# A run's verdict comes from what the kernel printed: its KTAP results
# and summary, a panic report, and the line that says how the run ended
# (DEBUG_EXIT_MESSAGE and a status, or a power-off).  QEMU's exit status
# is only compared with the log where the backend lets QEMU exit with
# one (native, VMI and Xen's dom0, through isa-debug-exit); elsewhere the log
# alone decides.  Under a hypervisor, a complaint of the hypervisor's
# about the guest fails the run whatever the guest said.  The functions
# named *_problem print why a run failed, or nothing.

# The log without carriage returns and printk time stamps.
text() {
	sed -e 's/\r$//' -e 's/^\[ *[0-9]*\.[0-9]*\] //' "$1"
}

# A #define of the kernel's debug-exit.h: values and the message are
# defined once, there.
debug_exit_define() {
	local v

	v=$(sed -n "s/^#define[ \t]\{1,\}$1[ \t]\{1,\}\(.*\)$/\1/p" \
		include/asm-i386/debug-exit.h | sed 's/[ \t]*\/\*.*//')
	if [ -z "$v" ]; then
		echo "verdict: $1 is not in include/asm-i386/debug-exit.h" >&2
		return 1
	fi
	echo "$v"
}

# QEMU exits with (value << 1) | 1 for a value written to isa-debug-exit.
exit_status() {
	local v

	v=$(debug_exit_define "$1") || return 1
	echo $(((v << 1) | 1))
}
EXIT_PASS=$(exit_status DEBUG_EXIT_PASS) || exit 2
EXIT_FAIL=$(exit_status DEBUG_EXIT_FAIL) || exit 2
EXIT_PANIC=$(exit_status DEBUG_EXIT_PANIC) || exit 2
EXIT_MESSAGE=$(debug_exit_define DEBUG_EXIT_MESSAGE | tr -d '"') || exit 2

# Backends that end QEMU with the kernel's status (under Xen, dom0 writes
# the port itself; a power-off ends in run-qemu.sh stopping QEMU, 0).
backend_has_exit_status() {
	[ "$1" = native ] || [ "$1" = xen ] || [ "$1" = vmi ]
}

# Xen's lines about a misbehaving guest: a refused page-table entry, a
# guest it crashed, its own panic, a line about one of dom0's vCPUs
# (d0v0: always the guest's doing), a warning.
XEN_COMPLAINT='^\(XEN\) .*(Bad L[1-4] flags|domain_crash|[Cc]rashed|Panic on CPU|d0v[0-9]|WARNING|Assertion)'

# The hypervisor's first complaint about the guest in a log, or nothing.
hv_complaint() {
	case $1 in
	xen)	sed -e 's/\r$//' "$2" | grep -aE "$XEN_COMPLAINT" | head -n 1 ;;
	esac
}

# The status the log says the run ended with, in QEMU's terms: the last
# "$EXIT_MESSAGE 0xV" line gives (V << 1) | 1, a power-off or restart
# gives 0.  Nothing when the log does not say.
log_status() {
	local line

	line=$(text "$1" | grep -E "^$EXIT_MESSAGE 0x[0-9a-f]+$" | tail -n 1)
	if [ -n "$line" ]; then
		echo $(((${line##* } << 1) | 1))
	elif text "$1" | grep -qE '^reboot: (Power down|Restarting system)$'
	then
		echo 0
	fi
}

# Sets st, the run's status, and end_problem: why its end is not what the
# log and QEMU agree on, or nothing.  A timeout (124, 137) is the
# runner's own finding and stands.
judge_end() {
	local backend=$1 log=$2 qemu_st=$3 logst complaint

	end_problem=
	st=$qemu_st
	complaint=$(hv_complaint "$backend" "$log")
	if [ -n "$complaint" ]; then
		end_problem="hypervisor complaint: $complaint"
		return
	fi
	[ "$qemu_st" -eq 124 ] || [ "$qemu_st" -eq 137 ] && return
	logst=$(log_status "$log")
	if backend_has_exit_status "$backend"; then
		if [ -z "$logst" ]; then
			end_problem="the log does not say how the run ended (QEMU exit status $qemu_st)"
		elif [ "$logst" -ne "$qemu_st" ]; then
			end_problem="QEMU exit status $qemu_st, but the log says $logst"
		fi
		return
	fi
	st=${logst:-0}
	[ -n "$logst" ] || end_problem="the log does not say how the run ended"
}

# Why a run counts as a crash, or nothing: a hang, a panic, an end the
# log does not account for, a death by signal, a status that is neither
# pass_st nor fail_st.
crash_reason() {
	local log=$1 st=$2 pass_st=$3 fail_st=$4

	if [ "$st" -eq 124 ] || [ "$st" -eq 137 ]; then
		echo "hang: no exit within $timeout s"
	elif [ "$st" -eq "$EXIT_PANIC" ] || grep -qa 'Kernel panic' "$log"; then
		echo "kernel panic (exit status $st)"
	elif [ -n "${end_problem:-}" ]; then
		echo "$end_problem"
	elif [ "$st" -gt 128 ]; then
		echo "killed by signal $((st - 128))"
	elif [ "$st" -ne "$pass_st" ] && [ "$st" -ne "$fail_st" ]; then
		echo "unexpected exit status $st"
	fi
}

# Sets plan, n_ok and n_notok from a log's top-level KTAP lines.
ktap_count() {
	plan=$(text "$1" | sed -n 's/^1\.\.\([0-9]\{1,\}\)$/\1/p' | head -n 1)
	n_ok=$(text "$1" | grep -cE '^ok [0-9]+ ')
	n_notok=$(text "$1" | grep -cE '^not ok [0-9]+ ')
	n_skip=$(text "$1" | grep -cE '^ok [0-9]+ .* # SKIP')
}

# Why the counts of ktap_count do not add up, or nothing: no plan, fewer
# (or more) results than planned, a status that contradicts them.
ktap_problem() {
	local st=$1 pass_st=$2 fail_st=$3

	if [ -z "$plan" ]; then
		echo "no KTAP plan line (1..N)"
	elif [ $((n_ok + n_notok)) -ne "$plan" ]; then
		echo "$((n_ok + n_notok)) results for a plan of $plan"
	elif [ "$st" -eq "$fail_st" ] && [ "$n_notok" -eq 0 ]; then
		echo "exit status $st says failed, but no test failed"
	elif [ "$st" -eq "$pass_st" ] && [ "$n_notok" -ne 0 ]; then
		echo "exit status $st says passed, but $n_notok tests failed"
	fi
}

# The in-kernel suites' summary line must agree with the results.
ktest_summary_problem() {
	local line

	line=$(text "$1" | grep -E '^# ktest: [0-9]+ passed, [0-9]+ failed$' |
		tail -n 1)
	if [ -z "$line" ]; then
		echo "no KTAP summary line (# ktest: N passed, M failed)"
	elif [ "$line" != "# ktest: $n_ok passed, $n_notok failed" ]; then
		echo "summary '$line' for $n_ok ok and $n_notok not ok"
	fi
}

# Why a selftest run did not finish and pass, or nothing.
selftest_problem() {
	local log=$1 st=$2 why

	ktap_count "$log"
	why=$(crash_reason "$log" "$st" "$EXIT_PASS" "$EXIT_FAIL")
	[ -n "$why" ] || why=$(ktap_problem "$st" "$EXIT_PASS" "$EXIT_FAIL")
	[ -n "$why" ] || why=$(ktest_summary_problem "$log")
	if [ -z "$why" ] && [ "$n_notok" -ne 0 ]; then
		why="selftest failed: $n_notok not ok"
	fi
	echo "$why"
}

# The user-space suites: every plan met, then a clean power-off.  Sets
# n_ok and n_notok.
user_problem() {
	local log=$1 st=$2 plans why

	plans=$(text "$log" | sed -n 's/^1\.\.\([0-9]\{1,\}\)$/\1/p' |
		awk '{ s += $1 } END { print s + 0 }')
	n_ok=$(text "$log" | grep -cE '^ok [0-9]+ ')
	n_notok=$(text "$log" | grep -cE '^not ok [0-9]+ ')
	why=$(crash_reason "$log" "$st" 0 0)
	if [ -z "$why" ] && [ "$plans" -eq 0 ]; then
		why="no KTAP plan line (1..N)"
	elif [ -z "$why" ] && [ $((n_ok + n_notok)) -ne "$plans" ]; then
		why="$((n_ok + n_notok)) results for plans adding up to $plans"
	elif [ -z "$why" ] && ! text "$log" | grep -q 'reboot: Power down'; then
		why="no power-off at the end"
	fi
	echo "$why"
}

# crash=TYPE must end in a panic, not a hang or a reset, with a complete
# report whose backtrace names the crashing function.
panic_problem() {
	local log=$1 st=$2 func=$3

	if [ "$st" -eq 124 ] || [ "$st" -eq 137 ]; then
		echo "hang: no exit within $timeout s"
	elif [ -n "${end_problem:-}" ]; then
		echo "$end_problem"
	elif [ "$st" -ne "$EXIT_PANIC" ]; then
		echo "exit status $st, expected $EXIT_PANIC (DEBUG_EXIT_PANIC)"
	elif ! text "$log" | grep -q '^Kernel panic - not syncing: '; then
		echo "no 'Kernel panic - not syncing' line"
	elif ! text "$log" | grep -q '^---\[ end Kernel panic'; then
		echo "the panic report has no end line"
	elif ! text "$log" | grep -Eq "$func[.a-z0-9]*\+0x"; then
		echo "no symbolic backtrace entry for $func"
	fi
}

# Each line must appear whole, and the run end in a clean power-off.
lines_problem() {
	local log=$1 st=$2 why line

	shift 2
	why=$(crash_reason "$log" "$st" 0 0)
	for line in "$@"; do
		[ -n "$why" ] && break
		text "$log" | grep -qxF "$line" || why="no line '$line'"
	done
	echo "$why"
}
