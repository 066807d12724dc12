import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freeLoopbackPort } from '../../src/canary/qemu/free-port.js';
import { isHostForwardFailure, qemuBootArgv, qemuDumpDtbArgv } from '../../src/canary/qemu/qemu-argv.js';

describe('qemuBootArgv', () => {
  const argv = qemuBootArgv({ kernel: '/k/Image', initrd: '/k/initrd.gz', sshPort: 40222, append: ['linkgate.epoch=1'] });

  it('keeps the guest off every network but the loopback forward to port 22', () => {
    expect(argv).toContain('user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:40222-:22');
    expect(argv.join(' ')).not.toMatch(/0\.0\.0\.0|hostfwd=tcp::/);
    expect(argv).toContain('virtio-net-pci,netdev=n0,romfile=');
  });

  it('lets the launcher play bootloader: -no-reboot, and panics end QEMU', () => {
    expect(argv).toContain('-no-reboot');
    expect(argv[argv.indexOf('-append') + 1]).toBe('console=ttyS0 panic=-1 linkgate.epoch=1');
    expect(argv.slice(argv.indexOf('-machine'), argv.indexOf('-machine') + 2)).toEqual(['-machine', 'virt']);
    expect(argv).not.toContain('-dtb');
  });

  it('boots a given DTB with the same machine size it was dumped with', () => {
    const withDtb = qemuBootArgv({ kernel: 'k', initrd: 'i', sshPort: 2, dtb: '/d/board.dtb' });
    expect(withDtb.slice(withDtb.indexOf('-dtb'), withDtb.indexOf('-dtb') + 2)).toEqual(['-dtb', '/d/board.dtb']);
    const dump = qemuDumpDtbArgv('/d/virt.dtb');
    expect(dump).toContain('virt,dumpdtb=/d/virt.dtb');
    const size = (a: string[]): string[] => [a[a.indexOf('-m') + 1]!, a[a.indexOf('-smp') + 1]!];
    expect(size(dump)).toEqual(size(withDtb));
  });

  it.each([0, -1, 65536, 1.5, Number.NaN])('refuses port %s', (port) => {
    expect(() => qemuBootArgv({ kernel: 'k', initrd: 'i', sshPort: port })).toThrow(RangeError);
  });

  it('recognises QEMU\'s message for a taken forward port', () => {
    expect(isHostForwardFailure("qemu-system-riscv64: -netdev user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:2222-:22: Could not set up host forwarding rule 'tcp:127.0.0.1:2222-:22'")).toBe(true);
    expect(isHostForwardFailure('qemu-system-riscv64: failed to find romfile "efi-virtio.rom"')).toBe(false);
  });
});

describe('freeLoopbackPort', () => {
  it('returns a port nobody listens on, and a different one while the first is held', async () => {
    const first = await freeLoopbackPort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(first, '127.0.0.1', resolve));
    try {
      const second = await freeLoopbackPort();
      expect(second).not.toBe(first);
      expect(second).toBeGreaterThan(1023);
    } finally {
      holder.close();
    }
  });
});
