#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# get-busybox.sh [CACHE_DIR]: puts Debian's busybox-static for i386 in
# CACHE_DIR (default $HOME/.cache/pvkernel) and prints its path
# (scripts/get-static.sh does the work).
exec "$(dirname "$0")/get-static.sh" busybox-static bin/busybox busybox "$@"
