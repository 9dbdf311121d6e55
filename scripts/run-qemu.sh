#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/run-qemu.sh - the one QEMU launcher: make run, make debug and
# every boot scenario of scripts/check.sh start the kernel through here.
#
#   run-qemu.sh [options] [-- QEMU-ARGS...]
#
#   --kernel FILE       the kernel image (default: vmlinux)
#   --append "ARGS"     kernel command line
#   --initrd "F [ARGS]" a Multiboot module; repeat for more modules
#   --backend NAME      native; xen: Xen (scripts/build-xen.sh, or
#                       \$XEN_IMAGE) boots with vmlinux as dom0; vmi: the
#                       native machine with the VMI ROM (\$VMI_ROM, default
#                       build/vmi.rom)
#   --icount            deterministic run: -icount shift=0,sleep=off
#   --timeout SECONDS   kill QEMU after SECONDS (a hang detector)
#   --log FILE          also write the serial output to FILE
#   --gdb               start halted with the gdb stub on :1234 (-s -S)
#   --dry-run           print the command instead of running it
#
# Anything else is passed to QEMU unchanged.  The serial port and the QEMU
# monitor share stdio (Ctrl-A X quits, Ctrl-A C switches to the monitor);
# piped stdin reaches the guest's serial port.  The exit status is QEMU's
# own, or 124 when --timeout fired: decoding it is the caller's business.
# Under Xen, which halts the machine but keeps QEMU running once dom0
# has stopped, QEMU is ended when Xen's log says dom0 stopped.
set -eu

usage() {
	sed -n '/^#   run-qemu/,/^# own,/s/^# \{0,1\}//p' "$0"
	exit 0
}

die() {
	echo "run-qemu.sh: $*" >&2
	exit 2
}

kernel=vmlinux
append=
modules=()
backend=native
icount=
timeout=
log=
gdb=
dry_run=
extra=()

while [ $# -gt 0 ]; do
	case $1 in
	--kernel|--append|--initrd|--backend|--timeout|--log)
		[ $# -ge 2 ] || die "$1 needs an argument" ;;
	esac
	case $1 in
	--kernel)	kernel=$2; shift ;;
	--append)	append=$2; shift ;;
	--initrd)	modules+=("$2"); shift ;;
	--backend)	backend=$2; shift ;;
	--icount)	icount=1 ;;
	--timeout)	timeout=$2; shift ;;
	--log)		log=$2; shift ;;
	--gdb)		gdb=1 ;;
	--dry-run)	dry_run=1 ;;
	-h|--help)	usage ;;
	--)		shift; extra+=("$@"); break ;;
	*)		extra+=("$1") ;;
	esac
	shift
done

[ -r "$kernel" ] || die "kernel image '$kernel' not found (run make first)"

# Under Xen the serial log is watched for the end of dom0 (see below).
tmp=
if [ "$backend" = xen ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	[ -n "$log" ] || log=$tmp/serial.log
fi

# Settings every backend shares: no screen, leave instead of rebooting,
# and the isa-debug-exit port the kernel reports through.
common=(-display none -no-reboot
	-device isa-debug-exit,iobase=0xf4,iosize=0x04)

# On a terminal this is "-serial mon:stdio" spelled out, so that a log
# file can be attached to the same character device: Ctrl-A X quits.
# Piped input goes to the serial port without the monitor multiplexer,
# whose small buffer can hold the last bytes of a burst that arrived
# while the guest's receive FIFO was full until the guest reads again,
# which it has no reason to do.
if [ -t 0 ]; then
	# Ctrl-C, Ctrl-Z and Ctrl-\ are the guest's, as on its own terminal.
	con=stdio,id=con0,mux=on,signal=off
	monitor=(-mon chardev=con0,mode=readline)
	[ -n "$gdb" ] ||
		echo "run-qemu: Ctrl-C and Ctrl-Z go to the guest; Ctrl-A X quits QEMU, Ctrl-A C is its monitor" >&2
else
	con=stdio,id=con0,signal=off
	monitor=(-monitor none)
fi
[ -n "$log" ] && con+=",logfile=$log"
common+=(-chardev "$con" -serial chardev:con0 "${monitor[@]}")

[ -n "$icount" ] && common+=(-icount shift=0,sleep=off)
[ -n "$icount" ] && [ "$backend" = xen ] &&
	common+=(-rtc clock=vm,base=2020-01-01T00:00:00)	# Xen spins on it
[ -n "$gdb" ] && common+=(-s -S)

# QEMU reads "-initrd a,b" as two modules: a literal comma is doubled.
module_list() {
	local m out=

	for m in "${modules[@]}"; do
		out+=${out:+,}${m//,/,,}
	done
	printf '%s' "$out"
}

# Each backend sets qemu (the binary) and args (how the kernel is loaded).
case $backend in
native)
	qemu=qemu-system-i386
	args=(-m 128 -kernel "$kernel" -append "$append")
	[ ${#modules[@]} -gt 0 ] && args+=(-initrd "$(module_list)")
	;;
vmi)
	# The native machine plus the VMI ROM in the option-ROM area, where
	# the BIOS copies it (\$VMI_ROM, default build/vmi.rom).
	qemu=qemu-system-i386
	rom=${VMI_ROM:-build/vmi.rom}
	[ -r "$rom" ] || die "no VMI ROM at $rom (make vmi-rom builds it)"
	args=(-m 128 -kernel "$kernel" -append "$append" -option-rom "$rom")
	[ ${#modules[@]} -gt 0 ] && args+=(-initrd "$(module_list)")
	;;
xen)
	# Xen is the Multiboot kernel; vmlinux and its command line are the
	# first module (dom0), the initramfs the second (dom0's initrd).
	# dom0 gets 128 MiB, as the native runs.
	qemu=qemu-system-x86_64
	xen=${XEN_IMAGE:-$(scripts/build-xen.sh --path)}
	[ -r "$xen" ] || die "no Xen hypervisor at $xen (make xen builds it)"
	modules=("$kernel${append:+ $append}" "${modules[@]}")
	args=(-m 512 -kernel "$xen"
	      -append "console=com1 com1=115200,8n1 loglvl=all guest_loglvl=all dom0_mem=128M,max:128M dom0_max_vcpus=1 noreboot"
	      -initrd "$(module_list)" -pidfile "$tmp/qemu.pid")
	;;
*)
	die "unknown backend '$backend' (native, vmi, xen)"
	;;
esac

cmd=("$qemu" "${common[@]}" "${args[@]}" "${extra[@]}")

# --foreground lets QEMU keep the terminal (raw mode, Ctrl-A X); the
# second signal is for a QEMU that does not die on the first.
if [ -n "$timeout" ]; then
	cmd=(timeout --foreground --kill-after=5 "$timeout" "${cmd[@]}")
fi

if [ -n "$dry_run" ]; then
	printf '%q ' "${cmd[@]}"
	echo
	exit 0
fi

command -v "$qemu" >/dev/null || die "$qemu not found (make deps installs it)"
[ -n "$log" ] && mkdir -p "$(dirname "$log")"
[ "$backend" = xen ] || exec "${cmd[@]}"

# Xen: a watcher ends QEMU a moment after dom0 has stopped (the line
# lets the rest of Xen's report through); QEMU itself keeps the
# terminal.
XEN_END='\(XEN\) (Hardware Dom0 (halted|shutdown|crashed)|Domain 0 crashed|\*\*\*\* Panic on CPU|.*Xen reboot)'
(
	while [ ! -s "$tmp/qemu.pid" ]; do sleep 0.2; done
	pid=$(cat "$tmp/qemu.pid")
	while kill -0 "$pid" 2>/dev/null; do
		if grep -qaE "$XEN_END" "$log" 2>/dev/null; then
			sleep 1
			kill "$pid" 2>/dev/null
			break
		fi
		sleep 0.3
	done
) &
watcher=$!

# Piped input is held back until Xen hands the serial port to dom0:
# before that Xen either drops what its UART received or reads it as
# its own debug keys.  From then on Xen keeps up to 128 bytes for dom0
# until its console driver reads them.
# QEMU's own line about the SIGTERM that ends it is not news.
quiet_term() {
	"${cmd[@]}" 2> >(grep -v '^qemu-system-x86_64: terminating on signal 15' >&2)
}

st=0
if [ -t 0 ]; then
	quiet_term || st=$?
else
	mkfifo "$tmp/input"
	exec 3<&0	# a background job's own stdin would be /dev/null
	(
		until grep -qa 'Serial input to DOM0' "$log" 2>/dev/null; do
			kill -0 "$$" 2>/dev/null || exit 0
			sleep 0.2
		done
		exec cat <&3
	) >"$tmp/input" &
	feeder=$!
	quiet_term <"$tmp/input" || st=$?
	kill "$feeder" 2>/dev/null || true
	wait "$feeder" 2>/dev/null || true
fi
kill "$watcher" 2>/dev/null || true
wait "$watcher" 2>/dev/null || true
exit "$st"
