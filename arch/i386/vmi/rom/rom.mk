# SPDX-License-Identifier: GPL-2.0
#
# The project's VMI ROM (included by the top Makefile): build/vmi.rom,
# and build/vmi-nohot.rom, the same ROM answering NONE for the hot calls.
# Each is linked twice, at 0 and at 0x800: the two images must be equal,
# which proves the code runs wherever the BIOS copies it.

VMI_ROM := build/vmi.rom
VMI_ROM_NOHOT := build/vmi-nohot.rom

rom-dir := arch/i386/vmi/rom
rom-srcs := $(rom-dir)/head.S $(rom-dir)/calls.S $(rom-dir)/timer.c
rom-deps := $(rom-srcs) $(rom-dir)/rom.h $(rom-dir)/rom.lds \
	    include/asm-i386/vmi.h scripts/vmi-rom.py $(rom-dir)/rom.mk
ROM_CFLAGS := -m32 -march=i686 -mregparm=3 -O2 -std=gnu11 -ffreestanding \
	-fno-builtin -fno-pic -fno-pie -fno-stack-protector -fno-jump-tables \
	-fno-asynchronous-unwind-tables -mno-sse -mno-mmx -mno-80387 \
	-nostdinc -isystem $(GCC_INC) -Iinclude -Wall -Werror

# $(call build-rom,OUT,DIR,EXTRA-CFLAGS)
define build-rom
	$(quiet_echo) ROM $(1)
	$(Q)mkdir -p $(2)
	$(Q)$(CC) $(ROM_CFLAGS) $(3) -D__ASSEMBLY__ -c -o $(2)/head.o $(rom-dir)/head.S
	$(Q)$(CC) $(ROM_CFLAGS) $(3) -D__ASSEMBLY__ -c -o $(2)/calls.o $(rom-dir)/calls.S
	$(Q)$(CC) $(ROM_CFLAGS) $(3) -c -o $(2)/timer.o $(rom-dir)/timer.c
	$(Q)for base in 0 0x800; do \
		$(LD) -m elf_i386 -z noexecstack --defsym ROM_BASE=$$base \
			-T $(rom-dir)/rom.lds -o $(2)/rom-$$base.elf \
			$(2)/head.o $(2)/calls.o $(2)/timer.o && \
		$(OBJCOPY) -O binary -j .rom $(2)/rom-$$base.elf $(2)/rom-$$base.bin \
		|| exit 1; \
	done
	$(Q)cmp -s $(2)/rom-0.bin $(2)/rom-0x800.bin || \
		{ echo "vmi-rom: the image depends on where it is loaded" >&2; exit 1; }
	$(Q)$(PYTHON) scripts/vmi-rom.py finish $(2)/rom-0.bin $(1)
endef

$(VMI_ROM): $(rom-deps) include/asm
	$(call build-rom,$@,build/vmi-rom/std,)

$(VMI_ROM_NOHOT): $(rom-deps) include/asm
	$(call build-rom,$@,build/vmi-rom/nohot,-DROM_NATIVE_HOT)

.PHONY: vmi-rom
vmi-rom: $(VMI_ROM) $(VMI_ROM_NOHOT)
