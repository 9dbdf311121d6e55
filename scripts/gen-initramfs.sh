#!/bin/sh
# scripts/gen-initramfs.sh OUT BUSYBOX USRBUILD [EXTRA]
#
# Builds the initramfs, a cpio "newc" archive the kernel unpacks into its
# root filesystem:
#   /bin/busybox and a symlink per applet (the list comes from busybox
#   itself, a static i386 program run on the build machine through
#   scripts/run-i386.sh), /init (busybox init) with its inittab, the
#   user-space tests, benchmarks and helpers under /usr/ktest, empty /dev
#   /proc /tmp /root, the programs of $STATIC_PROGRAMS ("name=path ...":
#   Debian's bash-static and zsh-static, as /bin/bash and /bin/zsh), and
#   the files of EXTRA (a host directory, like Linux's INITRAMFS_SOURCE)
#   on top.
# Entries are sorted and owned by root so the archive is reproducible.
# A step that fails stops the script with one line naming it and no
# archive written: a boot must never start from an initramfs without init.
set -e
out=$1 busybox=$2 usrbuild=$3 extra=$4
srcdir=$(cd "$(dirname "$0")/.." && pwd)

die() {
	echo "gen-initramfs: $*" >&2
	rm -f "$out"
	exit 1
}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/bin" "$stage/sbin" "$stage/usr/bin" "$stage/usr/sbin" \
	 "$stage/dev" "$stage/proc" "$stage/tmp" "$stage/root" "$stage/etc" \
	 "$stage/usr/ktest"
chmod 1777 "$stage/tmp"
cp "$busybox" "$stage/bin/busybox"
chmod 755 "$stage/bin/busybox"
# The runner's complaints, and the report of a death by signal, land in
# $err to be named in the one line.
st=0
err=$( { "$srcdir/scripts/run-i386.sh" "$busybox" --list-full \
	>"$stage/list"; } 2>&1) || st=$?
[ "$st" -eq 0 ] || die "cannot list the applets of $busybox" \
	"(status $st${err:+: $(printf '%s' "$err" | tail -n 1)})"
applets=$(cat "$stage/list")
rm -f "$stage/list"
# /init is busybox's init applet, and the shell is what it starts.
for need in sbin/init bin/sh; do
	printf '%s\n' "$applets" | grep -qx "$need" ||
		die "$busybox --list-full does not list $need: /init would not work"
done
for path in $applets; do
	case $path in
	bin/busybox) continue ;;
	esac
	mkdir -p "$stage/$(dirname "$path")"
	[ -e "$stage/$path" ] || ln -s /bin/busybox "$stage/$path"
done
for prog in ${STATIC_PROGRAMS:-}; do
	[ -f "${prog#*=}" ] || die "no ${prog%%=*} at ${prog#*=}"
	install -m 755 "${prog#*=}" "$stage/bin/${prog%%=*}"
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
install -m 755 "$srcdir/usr/init/fuzz-init" "$stage/usr/ktest/fuzz-init"
if [ -n "$extra" ]; then
	[ -d "$extra" ] || die "INITRAMFS_EXTRA=$extra is not a directory"
	cp -r "$extra/." "$stage/"
fi

# EXTRA may have replaced them; symlinks point into the archive, not here.
for f in init bin/busybox bin/sh sbin/init; do
	[ -e "$stage/$f" ] || [ -L "$stage/$f" ] ||
		die "/$f is missing from the staged initramfs"
done

(cd "$stage" && find . -mindepth 1 | LC_ALL=C sort |
	cpio --quiet -o -H newc -R 0:0 --reproducible) > "$out.tmp"
mv "$out.tmp" "$out"
