# SPDX-License-Identifier: GPL-2.0
#
# Top-level Makefile: a small Kbuild look-alike.  Each directory lists its
# objects in its own Makefile as obj-y / obj-$(CONFIG_FOO); this file
# collects them, builds them quietly (V=1 shows the commands, C=1 runs
# sparse on every C file) and links vmlinux.
#
VERSION = 0
PATCHLEVEL = 1
KERNELVERSION = $(VERSION).$(PATCHLEVEL)
export KERNELVERSION

MAKEFLAGS += -rR --no-print-directory
SHELL := /bin/bash

# --- verbosity ------------------------------------------------------------
ifeq ($(V),1)
Q :=
quiet_echo = @true
else
Q := @
quiet_echo = @printf '  %-7s %s\n'
endif

# --- tools ----------------------------------------------------------------
CROSS_COMPILE ?=
CC      := $(CROSS_COMPILE)gcc
LD      := $(CROSS_COMPILE)ld
NM      := $(CROSS_COMPILE)nm
OBJCOPY := $(CROSS_COMPILE)objcopy
OBJDUMP := $(CROSS_COMPILE)objdump
HOSTCC  := gcc
PYTHON  := /usr/bin/python3
SPARSE  := sparse
export PYTHON

KCONFIG_ENV := srctree=. KERNELVERSION=$(KERNELVERSION)

# --- configuration targets (no .config needed) ----------------------------
config-targets := defconfig olddefconfig menuconfig oldconfig savedefconfig \
		  allnoconfig allyesconfig
no-config-targets := $(config-targets) clean mrproper distclean help deps \
		     hosttests

.PHONY: all $(config-targets) deps help clean mrproper distclean
all: vmlinux

deps:
	$(Q)scripts/deps.sh

defconfig:
	$(Q)$(KCONFIG_ENV) $(PYTHON) -m defconfig --kconfig Kconfig arch/i386/defconfig
olddefconfig oldconfig allnoconfig allyesconfig menuconfig:
	$(Q)$(KCONFIG_ENV) $(PYTHON) -m $@ Kconfig
savedefconfig:
	$(Q)$(KCONFIG_ENV) $(PYTHON) -m savedefconfig --kconfig Kconfig --out defconfig

# A clean tree builds the default configuration without being asked.
.config:
	@echo "  CONFIG  no .config, using arch/i386/defconfig"
	$(Q)$(KCONFIG_ENV) $(PYTHON) -m defconfig --kconfig Kconfig arch/i386/defconfig >/dev/null

# <asm/...> is include/asm-i386, as in Linux 2.6.
include/asm:
	$(Q)ln -sfn asm-i386 $@

# <xen/...>: Xen's public headers, from Debian's libxen-dev (the ABI is
# used, not copied); make deps installs them.
XEN_PUBLIC := /usr/include/xen
include/xen:
	$(Q)ln -sfn $(XEN_PUBLIC) $@

include/config/auto.conf include/generated/autoconf.h: .config $(shell find . -name Kconfig -not -path './.git/*') | include/asm include/xen
	@mkdir -p include/config include/generated
	$(quiet_echo) GEN include/generated/autoconf.h
	$(Q)$(KCONFIG_ENV) $(PYTHON) -m olddefconfig Kconfig >/dev/null
	$(Q)$(KCONFIG_ENV) $(PYTHON) -m genconfig Kconfig \
		--header-path include/generated/autoconf.h \
		--config-out include/config/auto.conf
	@touch include/config/auto.conf include/generated/autoconf.h

ifeq ($(filter $(no-config-targets),$(MAKECMDGOALS)),)
ifneq ($(MAKECMDGOALS),)
need-config := $(filter-out $(no-config-targets),$(MAKECMDGOALS))
else
need-config := all
endif
endif
ifneq ($(need-config),)
-include include/config/auto.conf
endif

# --- flags ----------------------------------------------------------------
GCC_INC := $(shell $(CC) -print-file-name=include)

UTS_RELEASE := $(KERNELVERSION)$(patsubst "%",%,$(CONFIG_LOCALVERSION))
KBUILD_CPPFLAGS := -nostdinc -isystem $(GCC_INC) -Iinclude \
	-include include/linux/kconfig.h -D__KERNEL__ \
	-DUTS_RELEASE='"$(UTS_RELEASE)"' -D__XEN_INTERFACE_VERSION__=0x00040e00
KBUILD_CFLAGS := -m32 -march=i686 -mregparm=3 -std=gnu11 -O2 -g \
	-ffreestanding -fno-builtin -fno-pic -fno-pie -fno-stack-protector \
	-fno-common -fno-strict-aliasing -fno-delete-null-pointer-checks \
	-fno-asynchronous-unwind-tables -mno-sse -mno-mmx -mno-80387 \
	-mpreferred-stack-boundary=2 -Wall -Wundef -Wstrict-prototypes \
	-Wno-array-bounds -Werror=implicit-function-declaration \
	-Werror=return-type
ifeq ($(CONFIG_FRAME_POINTER),y)
KBUILD_CFLAGS += -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer \
	-fno-optimize-sibling-calls
endif
KBUILD_AFLAGS := -m32 -D__ASSEMBLY__
KBUILD_LDFLAGS := -m elf_i386 --no-warn-rwx-segments -z noexecstack
CHECKFLAGS := -D__i386__ -m32 -Wbitwise -Wno-return-void -Wno-unknown-attribute \
	-D__CHECKER__

# --- objects --------------------------------------------------------------
core-dirs := init kernel kernel/irq kernel/time mm lib drivers/serial \
	     fs fs/ramfs fs/proc drivers/char drivers/tty \
	     arch/i386/kernel arch/i386/mm arch/i386/lib arch/i386/xen \
	     arch/i386/vmi

define collect-dir
obj-y :=
include $(1)/Makefile
objs += $$(addprefix $(1)/,$$(obj-y))
endef
objs :=
$(foreach d,$(core-dirs),$(eval $(call collect-dir,$(d))))

head-obj := arch/i386/kernel/head.o
objs := $(filter-out $(head-obj),$(objs))
lds := arch/i386/kernel/vmlinux.lds

# Generated at build time, never edited.
arch/i386/kernel/vectors.S: scripts/gen-vectors.sh
	$(quiet_echo) GEN $@
	$(Q)scripts/gen-vectors.sh > $@

# Structure offsets for assembly (pv_ops slots for entry.S).
include/generated/asm-offsets.h: arch/i386/kernel/asm-offsets.c include/generated/autoconf.h include/asm-i386/paravirt_types.h
	$(quiet_echo) GEN $@
	$(Q)$(CC) $(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS) -S -o arch/i386/kernel/asm-offsets.s $<
	$(Q)sed -n 's/^->\([A-Za-z_0-9]*\) \$$\{0,1\}\([0-9-]*\).*/#define \1 \2/p' \
		arch/i386/kernel/asm-offsets.s > $@

include/generated/pv_slot_names.h: include/asm-i386/paravirt_types.h scripts/gen-pvslots.sh include/generated/autoconf.h
	$(quiet_echo) GEN $@
	$(Q)scripts/gen-pvslots.sh $< > $@

arch/i386/kernel/paravirt.o: include/generated/pv_slot_names.h

arch/i386/kernel/syscall_table.c: arch/i386/kernel/syscall_32.tbl scripts/gen-syscalls.sh
	$(quiet_echo) GEN $@
	$(Q)scripts/gen-syscalls.sh $< > $@

# --- compile rules --------------------------------------------------------
dep-flags = -MD -MP -MT $@ -MF $(dir $@).$(notdir $@).d

ifeq ($(C),1)
cmd_check = $(SPARSE) $(CHECKFLAGS) $(KBUILD_CPPFLAGS) $<
else
cmd_check = true
endif

%.o: %.c include/generated/autoconf.h Makefile
	$(quiet_echo) CC $@
	$(Q)$(cmd_check)
	$(Q)$(CC) $(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS) $(CFLAGS_$(notdir $@)) $(dep-flags) -c -o $@ $<

%.o: %.S include/generated/autoconf.h include/generated/asm-offsets.h Makefile
	$(quiet_echo) AS $@
	$(Q)$(CC) $(KBUILD_CPPFLAGS) $(KBUILD_AFLAGS) $(dep-flags) -c -o $@ $<

%.lds: %.lds.S include/generated/autoconf.h
	$(quiet_echo) LDS $@
	$(Q)$(CC) -E -P $(KBUILD_CPPFLAGS) -D__ASSEMBLY__ -DLINKER_SCRIPT -Ui386 $(dep-flags) -o $@ -x c $<

# --- link -----------------------------------------------------------------
# With CONFIG_KALLSYMS the image is linked twice: once with an empty symbol
# table to learn the text addresses, then with the real table.  The table
# lives after all text, so text addresses cannot move between the passes;
# scripts/kallsyms.sh checks that they did not.
link-objs := $(head-obj) $(objs)

ifeq ($(CONFIG_KALLSYMS),y)
.tmp_kallsyms1.o: $(link-objs) $(lds) scripts/kallsyms.sh
	$(quiet_echo) KSYM $@
	$(Q)scripts/kallsyms.sh empty > .tmp_kallsyms1.S
	$(Q)$(CC) $(KBUILD_AFLAGS) -c -o $@ .tmp_kallsyms1.S
.tmp_vmlinux1: .tmp_kallsyms1.o
	$(quiet_echo) LD $@
	$(Q)$(LD) $(KBUILD_LDFLAGS) -T $(lds) -o $@ $(link-objs) $<
.tmp_kallsyms2.o: .tmp_vmlinux1
	$(quiet_echo) KSYM $@
	$(Q)scripts/kallsyms.sh table $< > .tmp_kallsyms2.S
	$(Q)$(CC) $(KBUILD_AFLAGS) -c -o $@ .tmp_kallsyms2.S
kallsyms-obj := .tmp_kallsyms2.o
endif

vmlinux: $(link-objs) $(lds) $(kallsyms-obj)
	$(quiet_echo) LD $@
	$(Q)$(LD) $(KBUILD_LDFLAGS) -T $(lds) -Map System.map.full -o $@ $(link-objs) $(kallsyms-obj)
ifeq ($(CONFIG_KALLSYMS),y)
	$(Q)scripts/kallsyms.sh verify .tmp_vmlinux1 $@
endif
	$(Q)$(NM) -n $@ | grep -v ' [aUw] ' > System.map
	@echo "  Kernel: $@ is ready ($$(stat -c %s $@) bytes)"

-include $(shell find . -name '.*.d' -not -path './.git/*' 2>/dev/null)

# --- host-side unit tests ---------------------------------------------------
include tests/host/Makefile

# --- the VMI ROM ------------------------------------------------------------
include arch/i386/vmi/rom/rom.mk

# --- running --------------------------------------------------------------
.PHONY: run debug check bench
# --- user space and the initramfs -------------------------------------------
# Debian's busybox-static for i386 lives outside the tree; the user-space
# tests and benchmarks (usr/) are built with gcc -m32 -static.
BUSYBOX_CACHE ?= $(HOME)/.cache/pvkernel
BUSYBOX := $(BUSYBOX_CACHE)/busybox
INITRAMFS := build/initramfs.cpio
export INITRAMFS

$(BUSYBOX):
	$(quiet_echo) FETCH busybox-static:i386
	$(Q)scripts/get-busybox.sh $(BUSYBOX_CACHE) >/dev/null

# Debian's bash-static and zsh-static, as /bin/bash and /bin/zsh: the
# shell tests run under them too.
BASH_STATIC := $(BUSYBOX_CACHE)/bash
ZSH_STATIC := $(BUSYBOX_CACHE)/zsh
$(BASH_STATIC):
	$(quiet_echo) FETCH bash-static:i386
	$(Q)scripts/get-static.sh bash-static bin/bash-static bash $(BUSYBOX_CACHE) >/dev/null
$(ZSH_STATIC):
	$(quiet_echo) FETCH zsh-static:i386
	$(Q)scripts/get-static.sh zsh-static bin/zsh-static zsh $(BUSYBOX_CACHE) >/dev/null

.PHONY: usr initramfs
usr:
	$(Q)$(MAKE) -C usr O=$(CURDIR)/build/usr

# Always restaged: cheap, and INITRAMFS_EXTRA may change between runs.
initramfs: usr $(BUSYBOX) $(BASH_STATIC) $(ZSH_STATIC)
	$(quiet_echo) GEN $(INITRAMFS)
	$(Q)mkdir -p build
	$(Q)STATIC_PROGRAMS="bash=$(BASH_STATIC) zsh=$(ZSH_STATIC)" \
		scripts/gen-initramfs.sh $(INITRAMFS) $(BUSYBOX) build/usr $(INITRAMFS_EXTRA)

# HV picks the backend: native (bare QEMU), xen (the same vmlinux as
# dom0 of the Xen hypervisor, which "make xen" builds once and caches),
# vmi (bare QEMU with the project's VMI ROM, build/vmi.rom).
HV ?= native
hv-deps := $(if $(filter xen,$(HV)),xen) $(if $(filter vmi,$(HV)),vmi-rom)

# Xen 4.17 rebuilt from Debian's source with 32-bit PV guests enabled,
# cached outside the tree (~/.cache/pvkernel/xen-<version>/).
.PHONY: xen
xen: deps
	$(Q)scripts/build-xen.sh >/dev/null

run: deps $(hv-deps)
	$(Q)$(MAKE) -s vmlinux initramfs
	$(Q)scripts/run-qemu.sh --backend $(HV) --kernel vmlinux \
		--initrd $(INITRAMFS) --append "$(APPEND)" $(QEMU_EXTRA)

debug: deps $(hv-deps)
	$(Q)$(MAKE) -s vmlinux initramfs
	$(Q)scripts/debug.sh vmlinux "$(APPEND)" --backend $(HV) \
		--initrd $(INITRAMFS) $(QEMU_EXTRA)

# Deterministic-mode benchmarks, instructions per operation, each kernel
# booted twice: PARAVIRT=n (built aside), and this PARAVIRT=y kernel with
# its call sites left as indirect calls, patched, and patched with the
# layouts a hypervisor asks for (Xen's hole reserved at the top, a
# kernel page directory per address space); then the same vmlinux as
# Xen's dom0, and a PARAVIRT_STATS kernel there for the hypercall counts;
# then on the VMI ROM, with its code for every call and answering NONE
# for the hot ones.
bench: deps xen
	$(Q)$(MAKE) -s vmlinux initramfs vmi-rom
	$(Q)scripts/bench.sh 2 \
		nopv=$$(scripts/build-variant.sh nopv CONFIG_PARAVIRT=n) \
		pv-unpatched=vmlinux:noreplace-paravirt \
		pv-patched=vmlinux \
		reservetop=vmlinux:reservetop=168M \
		unshared-pmd=vmlinux:kernel_pmd=unshared \
		xen=vmlinux@xen \
		xen-stats=$$(scripts/build-variant.sh stats CONFIG_PARAVIRT_STATS=y)@xen \
		vmi=vmlinux@vmi=$(VMI_ROM) \
		vmi-nohot=vmlinux@vmi=$(VMI_ROM_NOHOT)

# The random-syscall fuzzer at length (usr/tests/fuzz.c, which make check
# runs for 3 s): FUZZ_SECONDS (default 60), FUZZ_SEED to repeat a run,
# HV as for run.  The log ends with free memory before and after.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps $(hv-deps)
	$(Q)$(MAKE) -s vmlinux initramfs
	$(Q)scripts/run-qemu.sh --backend $(HV) --kernel vmlinux \
		--initrd $(INITRAMFS) --timeout $$(($(FUZZ_SECONDS) + 300)) \
		--append "rdinit=/usr/ktest/fuzz-init fuzz_seconds=$(FUZZ_SECONDS) $(if $(FUZZ_SEED),fuzz_seed=$(FUZZ_SEED))" \
		</dev/null

# The builds are separate makes so that deps has installed the tools
# first; -s keeps "is up to date" out of the test report.
check: deps
	$(Q)$(MAKE) $(if $(filter 1,$(V)),,-s) xen || true
	$(Q)$(MAKE) $(if $(filter 1,$(V)),,-s) vmlinux vmi-rom
	$(Q)$(MAKE) $(if $(filter 1,$(V)),,-s) hosttests-build
	$(Q)$(MAKE) $(if $(filter 1,$(V)),,-s) initramfs
	$(Q)HOSTTESTS="$(hosttest-progs)" BUSYBOX=$(BUSYBOX) \
		NOPV_KERNEL=$$(scripts/build-variant.sh nopv CONFIG_PARAVIRT=n 2>/dev/null) \
		STATS_KERNEL=$$(scripts/build-variant.sh stats CONFIG_PARAVIRT_STATS=y 2>/dev/null) \
		DEBUG_KERNEL=$$(scripts/build-variant.sh debug CONFIG_DEBUG_PARAVIRT=y 2>/dev/null) \
		XEN_IMAGE=$$(scripts/build-xen.sh --path) \
		VMI_ROM=$(VMI_ROM) VMI_ROM_NOHOT=$(VMI_ROM_NOHOT) \
		scripts/check.sh

# --- cleaning -------------------------------------------------------------
clean:
	$(Q)find . \( -name '*.o' -o -name '.*.d' -o -name '*.lds' \) -not -path './.git/*' -delete
	$(Q)rm -f vmlinux .tmp_* System.map System.map.full arch/i386/kernel/vectors.S \
		arch/i386/kernel/syscall_table.c
	$(Q)rm -rf tests/host/build build

mrproper distclean: clean
	$(Q)rm -rf .config .config.old include/config include/generated include/asm \
		include/xen

help:
	@echo 'Configuration:'
	@echo '  defconfig      - .config from arch/i386/defconfig'
	@echo '  olddefconfig   - update .config, new options at their defaults'
	@echo '  menuconfig     - interactive configuration (kconfiglib)'
	@echo '  savedefconfig  - minimal ./defconfig from .config'
	@echo 'Building:'
	@echo '  vmlinux (all)  - the kernel image (V=1 verbose, C=1 sparse)'
	@echo 'Running and testing:'
	@echo '  run            - boot in QEMU, serial console on the terminal'
	@echo '                   APPEND="..." adds to the command line,'
	@echo '                   QEMU_EXTRA="..." to the QEMU arguments,'
	@echo '                   INITRAMFS_EXTRA=DIR adds a directory to the initramfs,'
	@echo '                   HV=xen boots it as dom0 of Xen,'
	@echo '                   HV=vmi on the VMI ROM (build/vmi.rom)'
	@echo '  debug          - boot halted with the gdb stub, print the gdb command'
	@echo '  check          - host unit tests and QEMU boot tests (native, Xen, VMI)'
	@echo '  bench          - instructions per operation, deterministic QEMU'
	@echo '  fuzz           - random system calls for FUZZ_SECONDS (60), FUZZ_SEED='
	@echo '  hosttests-build - build the host unit tests (make check runs them)'
	@echo '  xen            - build the Xen hypervisor (cached in ~/.cache/pvkernel)'
	@echo '  vmi-rom        - build the VMI ROM (build/vmi.rom, build/vmi-nohot.rom)'
	@echo '  deps           - install the Debian packages the build needs'
	@echo 'Cleaning:'
	@echo '  clean, mrproper'
