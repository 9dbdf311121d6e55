#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# run-all.sh [DIR]: runs every benchmark in DIR (default: beside this
# script); each prints "bench: <name> <value> instructions/op" lines.
# Exit status: non-zero if any benchmark failed.  POSIX sh (busybox).

dir=${1:-${0%/*}}
status=0
for b in "$dir"/*; do
	case ${b##*/} in
	*.sh)	continue ;;
	esac
	[ -x "$b" ] || continue
	if ! "$b"; then
		echo "bench: ${b##*/} failed" >&2
		status=1
	fi
done
exit $status
