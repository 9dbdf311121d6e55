#!/bin/sh
# scripts/deps.sh - make sure the Debian packages the build and tests need
# are installed.  Quiet and quick when everything is present; installs what
# is missing when run as root; otherwise prints the exact command and fails.
set -e

# command-or-file:package pairs; a path is checked with test -e.
NEEDS="
qemu-system-i386:qemu-system-x86
qemu-i386:qemu-user
sparse:sparse
cpio:cpio
gdb:gdb
/usr/lib/python3/dist-packages/kconfiglib.py:python3-kconfiglib
/usr/lib32/crt1.o:gcc-multilib
ld:binutils
file:file
/usr/include/xen/xen.h:libxen-dev
"

missing=
for pair in $NEEDS; do
	what=${pair%%:*}
	pkg=${pair#*:}
	case $what in
	/*) [ -e "$what" ] && continue ;;
	*) command -v "$what" >/dev/null 2>&1 && continue ;;
	esac
	case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
done

[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run as root:  apt-get update && $cmd" >&2
	exit 1
fi
echo "  DEPS   installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends $missing >/dev/null
