/**
 * The QEMU command line of the riscv64 canary, as data. Pure.
 *
 * - `-bios default`: the OpenSBI firmware shipped by qemu-system-data (no opensbi package needed).
 * - `-no-reboot`: a guest reboot ends QEMU, so the launcher (our "bootloader") picks the next slot.
 * - user-mode network with `restrict=on`: the guest reaches no network at all; the one way in is the
 *   host forward on 127.0.0.1 to port 22.
 * - `romfile=`: without ipxe-qemu (a Recommends) virtio-net-pci fails with "failed to find romfile".
 */
export interface QemuBootSpec {
  kernel: string;
  initrd: string;
  /** A DTB to boot with instead of QEMU's generated one (same -m/-smp as when it was dumped). */
  dtb?: string;
  /** Loopback port forwarded to the guest's port 22. */
  sshPort: number;
  memoryMiB?: number;
  cpus?: number;
  /** Extra kernel command line words. */
  append?: readonly string[];
}

export const QEMU_BINARY = 'qemu-system-riscv64';
export const DEFAULT_MEMORY_MIB = 512;

export function machineArgs(spec: { memoryMiB?: number; cpus?: number }, dumpDtbTo?: string): string[] {
  const machine = dumpDtbTo === undefined ? 'virt' : `virt,dumpdtb=${dumpDtbTo}`;
  return [
    '-machine',
    machine,
    '-m',
    `${spec.memoryMiB ?? DEFAULT_MEMORY_MIB}M`,
    '-smp',
    String(spec.cpus ?? 1),
    '-nographic',
    '-bios',
    'default',
  ];
}

export function qemuBootArgv(spec: QemuBootSpec): string[] {
  if (!Number.isInteger(spec.sshPort) || spec.sshPort < 1 || spec.sshPort > 65535) {
    throw new RangeError(`ssh port out of range: ${spec.sshPort}`);
  }
  // panic=-1 + -no-reboot: a panicking kernel ends QEMU at once (with exit code 0: never trust it).
  const append = ['console=ttyS0', 'panic=-1', ...(spec.append ?? [])].join(' ');
  return [
    QEMU_BINARY,
    ...machineArgs(spec),
    '-no-reboot',
    '-kernel',
    spec.kernel,
    '-initrd',
    spec.initrd,
    ...(spec.dtb === undefined ? [] : ['-dtb', spec.dtb]),
    '-append',
    append,
    '-netdev',
    `user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:${spec.sshPort}-:22`,
    '-device',
    'virtio-net-pci,netdev=n0,romfile=',
  ];
}

/** `qemu -machine virt,dumpdtb=FILE`: QEMU writes the DTB it would give the guest, then exits. */
export function qemuDumpDtbArgv(file: string, spec: { memoryMiB?: number; cpus?: number } = {}): string[] {
  return [QEMU_BINARY, ...machineArgs(spec, file)];
}

/** QEMU says this (and exits) when the forwarded port is taken: pick another port and start again. */
export function isHostForwardFailure(stderr: string): boolean {
  return /Could not set up host forwarding rule/.test(stderr);
}
