#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/build-variant.sh NAME [CONFIG=y|n ...]
#
# Builds vmlinux for a configuration other than .config, in a copy of
# the source tree at build/variant-NAME (the tree builds in place), and
# prints the path of that vmlinux.  Each CONFIG_FOO=y/n argument changes
# one option of the default configuration; kconfiglib resolves the rest.
set -eu
cd "$(dirname "$0")/.."

name=$1
shift
dir=build/variant-$name
mkdir -p "$dir"
# The tracked sources (and the untracked ones not ignored), as they are.
git ls-files -co --exclude-standard -z | grep -zv '^usr/\|^build/' |
	cpio --quiet -0pdmu "$dir"
cp arch/i386/defconfig "$dir/.variant.defconfig"
for opt in "$@"; do
	key=${opt%%=*}
	val=${opt#*=}
	sed -i "/^$key=/d; /^# $key is not set/d" "$dir/.variant.defconfig"
	if [ "$val" = n ]; then
		echo "# $key is not set" >> "$dir/.variant.defconfig"
	else
		echo "$key=$val" >> "$dir/.variant.defconfig"
	fi
done
if ! cmp -s "$dir/.variant.defconfig" "$dir/.variant.defconfig.used" 2>/dev/null; then
	(cd "$dir" && srctree=. KERNELVERSION=variant /usr/bin/python3 -m defconfig \
		--kconfig Kconfig .variant.defconfig >/dev/null)
	cp "$dir/.variant.defconfig" "$dir/.variant.defconfig.used"
fi
make -s -C "$dir" vmlinux >&2
echo "$dir/vmlinux"
