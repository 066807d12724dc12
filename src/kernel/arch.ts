/** What the kernel build needs to know about a target architecture. */
export interface ArchInfo {
  /** The manifest's name (`uname -m` spelling). */
  name: 'riscv64' | 'arm64' | 'x86_64';
  /** `ARCH=` for make, and the `arch/<dir>` of the tree (SRCARCH). */
  linuxArch: string;
  /** The make target that builds the boot image, and where it lands in the build dir. */
  imageTarget: string;
  imagePath: string;
  /** The Debian package that provides `<prefix>gcc` for this target, named in errors. */
  debianToolchainPackage: string;
  debianBinutilsPackage: string;
  defaultCrossCompile: string;
  /** The symbol `.config` sets for this arch (used to infer SRCARCH from a bare .config). */
  kconfigSymbol: string;
}

export const ARCHES: Readonly<Record<ArchInfo['name'], ArchInfo>> = {
  riscv64: {
    name: 'riscv64',
    linuxArch: 'riscv',
    imageTarget: 'Image',
    imagePath: 'arch/riscv/boot/Image',
    debianToolchainPackage: 'gcc-riscv64-linux-gnu',
    debianBinutilsPackage: 'binutils-riscv64-linux-gnu',
    defaultCrossCompile: 'riscv64-linux-gnu-',
    kconfigSymbol: 'RISCV',
  },
  arm64: {
    name: 'arm64',
    linuxArch: 'arm64',
    imageTarget: 'Image',
    imagePath: 'arch/arm64/boot/Image',
    debianToolchainPackage: 'gcc-aarch64-linux-gnu',
    debianBinutilsPackage: 'binutils-aarch64-linux-gnu',
    defaultCrossCompile: 'aarch64-linux-gnu-',
    kconfigSymbol: 'ARM64',
  },
  x86_64: {
    name: 'x86_64',
    linuxArch: 'x86',
    imageTarget: 'bzImage',
    imagePath: 'arch/x86/boot/bzImage',
    debianToolchainPackage: 'gcc-x86-64-linux-gnu',
    debianBinutilsPackage: 'binutils-x86-64-linux-gnu',
    defaultCrossCompile: 'x86_64-linux-gnu-',
    kconfigSymbol: 'X86_64',
  },
};

/** Looks an arch up by its manifest name or its Linux name; undefined when unknown. */
export function archInfo(name: string): ArchInfo | undefined {
  if (Object.hasOwn(ARCHES, name)) return ARCHES[name as ArchInfo['name']];
  return Object.values(ARCHES).find((a) => a.linuxArch === name);
}

export function knownArchNames(): string[] {
  return Object.keys(ARCHES);
}
