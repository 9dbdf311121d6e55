#!/bin/sh
# scripts/gen-initramfs.sh OUT BUSYBOX USRBUILD [EXTRA]
#
# Builds the initramfs, a cpio "newc" archive the kernel unpacks into its
# root filesystem:
#   /bin/busybox and a symlink per applet (the list comes from busybox
#   itself, a static i386 program run on the build machine through
#   scripts/run-i386.sh), /init (busybox init) with its inittab, the
#   user-space tests, benchmarks and helpers under /usr/ktest, empty /dev
#   /proc /tmp /root, and the files of EXTRA (a host directory, like
#   Linux's INITRAMFS_SOURCE) on top.
# Entries are sorted and owned by root so the archive is reproducible.
set -e
out=$1 busybox=$2 usrbuild=$3 extra=$4
srcdir=$(cd "$(dirname "$0")/.." && pwd)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/bin" "$stage/sbin" "$stage/usr/bin" "$stage/usr/sbin" \
	 "$stage/dev" "$stage/proc" "$stage/tmp" "$stage/root" "$stage/etc" \
	 "$stage/usr/ktest"
chmod 1777 "$stage/tmp"
cp "$busybox" "$stage/bin/busybox"
chmod 755 "$stage/bin/busybox"
for path in $("$srcdir/scripts/run-i386.sh" "$busybox" --list-full); do
	case $path in
	bin/busybox) continue ;;
	esac
	mkdir -p "$stage/$(dirname "$path")"
	[ -e "$stage/$path" ] || ln -s /bin/busybox "$stage/$path"
done
# busybox init is pid 1: "poweroff" in the shell asks it to shut down.
ln -s /bin/busybox "$stage/init"
mkdir -p "$stage/etc/init.d"
install -m 644 "$srcdir/usr/init/inittab" "$stage/etc/inittab"
install -m 755 "$srcdir/usr/init/rcS" "$stage/etc/init.d/rcS"
echo "root:x:0:0:root:/root:/bin/sh" > "$stage/etc/passwd"
echo "root:x:0:" > "$stage/etc/group"
for d in tests bench helpers; do
	[ -d "$usrbuild/$d" ] && cp -r "$usrbuild/$d" "$stage/usr/ktest/"
done
install -m 755 "$srcdir/usr/init/ktest-init" "$stage/usr/ktest/ktest-init"
install -m 755 "$srcdir/usr/init/kbench-init" "$stage/usr/ktest/kbench-init"
if [ -n "$extra" ]; then
	if [ ! -d "$extra" ]; then
		echo "gen-initramfs: INITRAMFS_EXTRA=$extra is not a directory" >&2
		exit 1
	fi
	cp -r "$extra/." "$stage/"
fi

(cd "$stage" && find . -mindepth 1 | LC_ALL=C sort |
	cpio --quiet -o -H newc -R 0:0 --reproducible) > "$out.tmp"
mv "$out.tmp" "$out"
