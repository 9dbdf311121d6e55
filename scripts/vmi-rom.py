#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
#
# scripts/vmi-rom.py - finishes the VMI ROM image, and makes the damaged
# and altered copies make check boots the kernel with.
#
#   vmi-rom.py finish IMAGE.bin OUT.rom
#	pads the linked image to whole 512-byte blocks (one byte to spare
#	for the checksum), writes the length into the option-ROM header and
#	the PCI data structure, and sets the last byte so that all bytes
#	sum to 0 modulo 256, as the BIOS requires.
#   vmi-rom.py variant IN.rom OUT.rom KIND
#	a copy with one thing changed (KINDS below); the checksum is
#	corrected afterwards except for bad-checksum.
#   vmi-rom.py kinds
#	lists the KINDs.
import struct
import sys

BLOCK = 512
OFF_LENGTH = 2
OFF_VSIG = 8
OFF_MINOR = 12
OFF_MAJOR = 13
OFF_LICENSE = 22
OFF_PCI = 24
PCI_IMAGE_LENGTH = 16

KINDS = {
    "bad-checksum": "the bytes do not sum to zero",
    "bad-signature": "the VMI signature is not cVmi",
    "major-2": "API major version 2",
    "major-4": "API major version 4",
    "old-minor": "API minor version 0, below the kernel's 1",
    "no-gpl": "the license string is not GPL",
    "offset-outside": "the license offset points past the end",
    "truncated": "the length says 512 bytes: the code is cut off",
    "newer-minor": "API minor version 9: a newer ROM (accepted)",
}


def die(msg):
    sys.stderr.write("vmi-rom: %s\n" % msg)
    sys.exit(1)


def set_length(rom, blocks):
    rom[OFF_LENGTH] = blocks
    pci = struct.unpack_from("<H", rom, OFF_PCI)[0]
    if pci + PCI_IMAGE_LENGTH + 2 <= len(rom):
        struct.pack_into("<H", rom, pci + PCI_IMAGE_LENGTH, blocks)


def set_checksum(rom):
    n = rom[OFF_LENGTH] * BLOCK
    rom[n - 1] = 0
    rom[n - 1] = (-sum(rom[:n])) & 0xff


def finish(src, dst):
    with open(src, "rb") as f:
        rom = bytearray(f.read())
    if rom[0:2] != b"\x55\xaa":
        die("%s: no option-ROM signature" % src)
    blocks = (len(rom) + 1 + BLOCK - 1) // BLOCK
    if blocks > 255:
        die("%s: %d bytes, more than an option ROM can hold" % (src, len(rom)))
    rom += bytes(blocks * BLOCK - len(rom))
    set_length(rom, blocks)
    set_checksum(rom)
    with open(dst, "wb") as f:
        f.write(rom)


def variant(src, dst, kind):
    with open(src, "rb") as f:
        rom = bytearray(f.read())
    if kind == "bad-checksum":
        rom[rom[OFF_LENGTH] * BLOCK - 1] ^= 0x5a
    elif kind == "bad-signature":
        struct.pack_into("<I", rom, OFF_VSIG, 0x696d5664)
    elif kind == "major-2":
        rom[OFF_MAJOR] = 2
    elif kind == "major-4":
        rom[OFF_MAJOR] = 4
    elif kind == "old-minor":
        rom[OFF_MINOR] = 0
    elif kind == "newer-minor":
        rom[OFF_MINOR] = 9
    elif kind == "no-gpl":
        lic = struct.unpack_from("<H", rom, OFF_LICENSE)[0]
        rom[lic:lic + 4] = b"MIT\0"
    elif kind == "offset-outside":
        struct.pack_into("<H", rom, OFF_LICENSE, len(rom) + 64)
    elif kind == "truncated":
        del rom[BLOCK:]
        set_length(rom, 1)
    else:
        die("unknown kind '%s' (vmi-rom.py kinds lists them)" % kind)
    if kind != "bad-checksum":
        set_checksum(rom)
    with open(dst, "wb") as f:
        f.write(rom)


def main(argv):
    if len(argv) == 4 and argv[1] == "finish":
        finish(argv[2], argv[3])
    elif len(argv) == 5 and argv[1] == "variant":
        variant(argv[2], argv[3], argv[4])
    elif len(argv) == 2 and argv[1] == "kinds":
        for k, why in KINDS.items():
            print("%-16s %s" % (k, why))
    else:
        die("usage: vmi-rom.py finish IMAGE OUT | variant IN OUT KIND | kinds")


main(sys.argv)
