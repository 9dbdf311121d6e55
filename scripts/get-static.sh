#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# get-static.sh PACKAGE PATH NAME [CACHE_DIR]: puts the static i386
# program PATH of Debian's PACKAGE:i386 in CACHE_DIR/NAME (default cache
# $HOME/.cache/pvkernel, outside the tree) and prints its path.  Quiet
# and quick when it is already there.  Fetching needs root (dpkg
# --add-architecture, apt-get update); without root it prints the
# commands to run and fails.  busybox, bash and zsh come this way.

set -eu

[ $# -ge 3 ] || { echo "usage: get-static.sh PACKAGE PATH NAME [CACHE_DIR]" >&2; exit 2; }
pkg=$1 path=$2 name=$3
cache=${4:-${HOME:-/root}/.cache/pvkernel}
out=$cache/$name

die() {
	echo "get-static: $*" >&2
	exit 1
}

# A 32-bit i386 executable needing no dynamic loader.
check() {
	command -v file >/dev/null 2>&1 ||
		die "'file' is missing (apt-get install file)"
	desc=$(file -b "$1")
	case $desc in
	*"32-bit"*"Intel 80386"*) ;;
	*) die "$1 is not an i386 executable: $desc" ;;
	esac
	case $desc in
	*"statically linked"* | *"static-pie linked"*) ;;
	*) die "$1 is not static: $desc" ;;
	esac
}

if [ -f "$out" ]; then
	check "$out"
	echo "$out"
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	cat >&2 <<MSG
get-static: $out is missing; as root, run:
	dpkg --add-architecture i386
	apt-get update
	cd \$(mktemp -d) && apt-get download $pkg:i386
	dpkg -x ${pkg}_*_i386.deb root
	mkdir -p $cache && cp root/$path $out
MSG
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# i386 packages need the architecture and a package list that has them.
# A partly failed update (a mirror mid-sync) is fine if the list we need
# came through.
known() {
	apt-cache show "$pkg:i386" >/dev/null 2>&1
}
if ! dpkg --print-foreign-architectures | grep -qx i386; then
	dpkg --add-architecture i386
fi
if ! known; then
	apt-get -qq update >"$tmp/update.log" 2>&1 || true
	if ! known; then
		cat "$tmp/update.log" >&2
		die "no $pkg:i386 in apt's lists"
	fi
fi

# apt downloads as its sandbox user, who must be able to write here.
id _apt >/dev/null 2>&1 && chown _apt "$tmp"
(cd "$tmp" && apt-get -qq download "$pkg:i386" >/dev/null) ||
	die "apt-get download $pkg:i386 failed"
dpkg -x "$tmp/${pkg}"_*_i386.deb "$tmp/root"
check "$tmp/root/$path"
mkdir -p "$cache"
cp "$tmp/root/$path" "$out.new"
mv "$out.new" "$out"
echo "$out"
