#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
#
# scripts/pty-run.py SECONDS INPUT... -- COMMAND [ARGS...]
#
# Runs COMMAND on a pseudo-terminal, as if typed at by a person: waits
# SECONDS, types the first INPUT (backslash escapes decoded: \r, \x03),
# waits SECONDS again, types the next, and so on; then reads until the
# command ends or 60 s pass, and prints everything the terminal showed.
# make check uses it for what only happens on a terminal (Ctrl-C reaching
# the guest in make run).  Exits with the command's status, 124 on the
# time limit.
import os
import pty
import select
import signal
import sys
import time


def main(argv):
    if "--" not in argv or len(argv) < 4:
        sys.stderr.write("usage: pty-run.py SECONDS INPUT... -- COMMAND [ARGS...]\n")
        return 2
    sep = argv.index("--")
    pause = float(argv[1])
    inputs = [a.encode().decode("unicode_escape").encode("latin-1")
              for a in argv[2:sep]]
    cmd = argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    out = bytearray()

    def pump(seconds):
        end = time.time() + seconds
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.2)
            if r:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return False
                if not data:
                    return False
                out.extend(data)
        return True

    for text in inputs:
        if not pump(pause):
            break
        os.write(fd, text)
    pump(60)
    done, status = os.waitpid(pid, os.WNOHANG)
    if not done:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        status = 124 << 8
    sys.stdout.write(out.decode("utf-8", "replace"))
    return os.waitstatus_to_exitcode(status) if done else 124


sys.exit(main(sys.argv))
