#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# run-tests.sh [DIR]: runs every test program in DIR (default: beside this
# script) and *.sh test with $KTAP_SH (default sh), echoes their KTAP and
# ends with "N passed, M failed, K skipped".  A program that prints fewer
# results than its plan (crash, hang past $KTAP_TIMEOUT seconds) has the
# missing cases counted as failed; so does a non-zero exit with no failed
# case.  Exit status: 0 only if nothing failed.  POSIX sh: busybox runs it.

dir=${1:-${0%/*}}
limit=${KTAP_TIMEOUT:-300}
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout $limit"
# busybox timeout leaves a watchdog process sleeping after each program,
# which would count as a leak: the leak check relies on the caller's own
# hang detection instead.
[ -n "${LEAKCHECK:-}" ] && tmo=

# Reads one program's output (and a last "#-exit N" line), copies it to
# fd 3 and prints "passed failed skipped" for it.
parse() {
	plan=-1 p=0 f=0 s=0 st=0
	while IFS= read -r line; do
		case $line in
		"#-exit "*)	st=${line#"#-exit "}; continue ;;
		1..*)		plan=${line#1..} ;;
		"ok "*"# SKIP"*) s=$((s + 1)) ;;
		"ok "*)		p=$((p + 1)) ;;
		"not ok "*)	f=$((f + 1)) ;;
		esac
		printf '%s\n' "$line" >&3
	done
	n=$((p + f + s))
	if [ "$plan" -lt 0 ]; then
		echo "# $name: no plan printed (exit status $st)" >&3
		f=$((f + 1))
	elif [ "$n" -ne "$plan" ]; then
		echo "# $name: $n results for a plan of $plan (exit status $st)" >&3
		[ "$n" -lt "$plan" ] && f=$((f + plan - n))
		[ "$n" -gt "$plan" ] && f=$((f + 1))
	elif [ "$st" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "# $name: exit status $st with no failed case" >&3
		f=$((f + 1))
	fi
	echo "$p $f $s"
}

# Free memory in kB, for the leak check.
memfree() {
	while read -r key val unit; do
		[ "$key" = MemFree: ] && { echo "$val"; return; }
	done </proc/meminfo
	echo 0
}

# Shell tests run under sh, and then under each of $KTAP_SHELLS that is
# installed (zsh in its sh emulation), as suite SUITE-SHELL.
exec 3>&1
tp=0 tf=0 ts=0 leaks=
for t in "$dir"/* $(for sh in ${KTAP_SHELLS:-}; do
		command -v "$sh" >/dev/null 2>&1 || continue
		for s in "$dir"/*.sh; do
			[ "${s##*/}" = run-tests.sh ] || echo "$s:$sh"
		done
	done); do
	name=${t##*/}
	unset KTAP_SUITE
	case $name in
	run-tests.sh)	continue ;;
	*.sh:zsh)	cmd="zsh --emulate sh ${t%:*}" ;;
	*.sh:*)		cmd="${t##*:} ${t%:*}" ;;
	*.sh)		cmd="${KTAP_SH:-sh} $t" ;;
	*)		[ -x "$t" ] || continue; cmd=$t ;;
	esac
	case $name in
	*.sh:*)	KTAP_SUITE=${name%%.sh:*}-${name##*:}
		export KTAP_SUITE
		name=${name%%:*}-${name##*:} ;;
	esac
	[ -n "${LEAKCHECK:-}" ] && before=$(memfree)
	set -- $( { $tmo $cmd 2>&1; echo "#-exit $?"; } | parse)
	tp=$((tp + $1)) tf=$((tf + $2)) ts=$((ts + $3))
	[ -n "${LEAKCHECK:-}" ] && leaks="$leaks $name:$before:$(memfree)"
done

# LEAKCHECK=1: one more suite, a case per program, checking that the
# free memory came back to what it was before the program ran.
if [ -n "${LEAKCHECK:-}" ]; then
	set -- $leaks
	echo "KTAP version 1"
	echo "1..$#"
	i=0
	for e in $leaks; do
		i=$((i + 1))
		name=${e%%:*} rest=${e#*:}
		b=${rest%%:*} a=${rest#*:}
		if [ "$a" -ge "$b" ]; then
			echo "ok $i leak.$name"
			tp=$((tp + 1))
		else
			echo "# leak.$name: MemFree $b kB before, $a kB after"
			echo "not ok $i leak.$name"
			tf=$((tf + 1))
		fi
	done
fi
echo "$tp passed, $tf failed, $ts skipped"
[ "$tf" -eq 0 ]
