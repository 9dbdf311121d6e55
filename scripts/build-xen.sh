#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# scripts/build-xen.sh [--path] [CACHE_DIR]: prints the path of a Xen
# 4.17 hypervisor that can run 32-bit PV guests, building it when the
# cache (default $HOME/.cache/pvkernel, outside the tree) does not have
# it yet; with --path, only says where it is or would be.
#
# Debian 12 ships Xen built without CONFIG_PV32, so it refuses a 32-bit
# PV dom0.  This rebuilds Debian's own source package, with Debian's
# configuration of the same version plus CONFIG_PV32=y.  The source
# comes through a private apt configuration (its own deb-src list and
# state), so the system's apt setup is left alone; the security suite's
# newer source cannot be fetched, so the version is pinned.  Building
# needs root for apt (flex and bison, dpkg-dev); it takes a few minutes.
set -eu

XEN_VERSION=4.17.5+72-g01140da4e8-1
XEN_UPSTREAM=${XEN_VERSION%-*}
MIRROR=http://deb.debian.org/debian

path_only=
if [ "${1:-}" = --path ]; then
	path_only=1
	shift
fi
cache=${1:-${HOME:-/root}/.cache/pvkernel}
out=$cache/xen-$XEN_UPSTREAM
if [ -n "$path_only" ]; then
	echo "$out/xen"
	exit 0
fi

die() {
	echo "build-xen: $*" >&2
	exit 1
}

if [ -f "$out/xen" ] && [ -f "$out/xen-syms" ]; then
	echo "$out/xen"
	exit 0
fi
[ "$(id -u)" -eq 0 ] || die "$out/xen is missing; run as root to build it (make xen)"

need=
for pair in flex:flex bison:bison dpkg-source:dpkg-dev /usr/bin/python3:python3; do
	what=${pair%%:*}
	command -v "$what" >/dev/null 2>&1 || need="$need ${pair#*:}"
done
if [ -n "$need" ]; then
	echo "  DEPS    installing$need" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends $need >/dev/null ||
		die "apt-get install$need failed"
fi

work=$cache/xen-build.tmp
rm -rf "$work"
mkdir -p "$work/apt/lists/partial" "$work/apt/sources" "$work/apt/cache" \
	"$work/src" "$work/deb"
trap 'rm -rf "$work"' EXIT
cat >"$work/apt/sources/xen-src.sources" <<EOT
Types: deb-src
URIs: $MIRROR
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOT
apt_private() {
	"$@" -o Dir::State::Lists="$work/apt/lists" \
		-o Dir::Cache="$work/apt/cache" \
		-o Dir::Etc::SourceList=/dev/null \
		-o Dir::Etc::SourceParts="$work/apt/sources"
}

echo "  XEN     fetching the source of xen $XEN_VERSION" >&2
apt_private apt-get -qq update >"$work/update.log" 2>&1 ||
	{ cat "$work/update.log" >&2; die "apt-get update (deb-src) failed"; }
# apt downloads as its sandbox user, who must be able to write there.
id _apt >/dev/null 2>&1 && chown _apt "$work/src" "$work/deb"
(cd "$work/src" && apt_private apt-get -qq source "xen=$XEN_VERSION") \
	>"$work/source.log" 2>&1 ||
	{ tail -n 5 "$work/source.log" >&2; die "apt-get source xen=$XEN_VERSION failed"; }
(cd "$work/deb" &&
	apt-get -qq download "xen-hypervisor-4.17-amd64=$XEN_VERSION") \
	>"$work/download.log" 2>&1 ||
	{ cat "$work/download.log" >&2; die "cannot download xen-hypervisor-4.17-amd64=$XEN_VERSION for its configuration"; }
dpkg -x "$work"/deb/xen-hypervisor-4.17-amd64_*.deb "$work/deb/root"

src=$work/src/xen-$XEN_UPSTREAM
[ -d "$src/xen" ] || die "no xen/ in the unpacked source ($src)"
cp "$work/deb/root/boot/xen-4.17-amd64.config" "$src/xen/.config"
sed -i '/CONFIG_PV32[= ]/d' "$src/xen/.config"
echo CONFIG_PV32=y >>"$src/xen/.config"

echo "  XEN     building the hypervisor with CONFIG_PV32=y (a few minutes)" >&2
make -C "$src/xen" olddefconfig PYTHON=/usr/bin/python3 \
	>"$work/build.log" 2>&1 &&
	grep -qx CONFIG_PV32=y "$src/xen/.config" ||
	{ tail -n 20 "$work/build.log" >&2; die "xen olddefconfig failed or dropped CONFIG_PV32"; }
make -C "$src/xen" -j"$(nproc)" PYTHON=/usr/bin/python3 \
	>>"$work/build.log" 2>&1 ||
	{ tail -n 20 "$work/build.log" >&2; die "building xen failed"; }

mkdir -p "$out.new"
cp "$src/xen/xen" "$src/xen/xen-syms" "$src/xen/.config" "$out.new/"
rm -rf "$out"
mv "$out.new" "$out"
echo "$out/xen"
