import { readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareBoardDtb } from '../../src/canary/devicetree/board-dtb.js';
import { procDtString } from '../../src/canary/devicetree/board-select.js';
import { refreshRngSeed } from '../../src/canary/devicetree/overlay.js';
import { qemuDumpDtbArgv } from '../../src/canary/qemu/qemu-argv.js';
import { deployPlan } from '../../src/canary/slots/ab-plan.js';
import { QemuMachine } from '../../src/canary/qemu/qemu-machine.js';
import { executePlan } from '../../src/canary/slots/ab-executor.js';
import { systemClock } from '../../src/core/clock.js';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { DeviceTree } from '../../src/manifest/schema/devicetree.js';
import { fixture } from '../helpers/paths.js';
import { connectSsh } from '../../src/remote/connect.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { RemoteError } from '../../src/remote/transport.js';
import { generateEd25519, openSshPublicLine } from '../../src/canary/guest/ed25519-keys.js';
import { kernelTree, KERNEL_TREE_TIMEOUT_MS, type KernelTree } from '../helpers/kernel-tree.js';
import { requireTools } from '../helpers/skip.js';
import { bootCanary, QEMU_TOOLS } from './helpers/qemu.js';
import type { QemuCanary } from '../../src/canary/qemu/qemu-canary.js';

const skip = requireTools([...QEMU_TOOLS, 'riscv64-linux-gnu-gcc']);

describe.skipIf(skip)('the QEMU riscv64 canary', () => {
  let tree: KernelTree;
  let canary: QemuCanary;
  let dir = '';

  beforeAll(async () => {
    tree = await kernelTree();
    ({ canary, dir } = await bootCanary(tree));
  }, KERNEL_TREE_TIMEOUT_MS);

  afterAll(async () => {
    await canary?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('boots the linkgate-built kernel to SSH on a free loopback port, with its host key pinned', async () => {
    const boot = canary.firstBoot;
    expect(boot.outcome).toBe('up');
    expect(boot.facts?.banner).toMatch(/^SSH-2\.0-dropbear/);
    expect(boot.facts?.sshPort).toBeGreaterThan(1023);
    expect(boot.facts?.release).toBe(tree.release);
    expect(boot.facts?.bootId).toMatch(/^[0-9a-f-]{36}$/);
    console.log(`boot-to-SSH: ${boot.facts?.bootToSshMs} ms`);
    const host = await canary.connect();
    try {
      const uname = await host.exec(['uname', '-m', '-r']);
      expect(uname.stdout.trim()).toBe(`${tree.release} riscv64`);
      const id = await host.exec(['cat', '/proc/sys/kernel/random/boot_id']);
      expect(id.stdout.trim()).toBe(boot.facts?.bootId);
    } finally {
      await host.close();
    }
    // The client key is private to this run.
    expect((await stat(canary.initrd.clientKeyPath)).mode & 0o777).toBe(0o600);
  });

  it('moves to a free port when the preferred one is taken before QEMU binds it', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const taken = (squatter.address() as { port: number }).port;
    const logger = new MemoryLogger();
    try {
      const machine = await QemuMachine.boot({
        spec: { kernel: tree.image, initrd: canary.initrd.path },
        runner: new ProcessRunner(),
        logger,
        consoleLog: join(dir, 'console-port-taken.log'),
        preferPort: taken,
      });
      try {
        expect(machine.facts.sshPort).not.toBe(taken);
        expect(machine.facts.banner).toMatch(/^SSH-2\.0-/);
        expect(logger.lines.join('\n')).toContain(`port ${taken} was taken before QEMU could bind it`);
      } finally {
        await machine.stop();
      }
    } finally {
      squatter.close();
    }
  });

  it('refuses the guest when the pinned host key is another one', async () => {
    const logger = new MemoryLogger();
    const wrongPin = openSshPublicLine(generateEd25519(), '');
    const attempt = connectSsh(
      { name: 'qemu', host: '127.0.0.1', port: canary.node.sshPort!, user: 'root', hostKeys: [wrongPin], hostKeyPolicy: 'pinned', privateKey: await readFile(canary.initrd.clientKeyPath) },
      { logger, retry: { attempts: 1 } },
    );
    await expect(attempt).rejects.toBeInstanceOf(RemoteError);
    await expect(attempt).rejects.toMatchObject({ state: 'auth-failed' });
  });

  it('keeps the guest off every network: it cannot even reach the host it is forwarded from', async () => {
    let connections = 0;
    const server: Server = createServer((socket) => {
      connections++;
      socket.end('hello\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const port = (server.address() as { port: number }).port;
    const host = await canary.connect();
    try {
      // Without nc in the guest both probes would "fail" for the wrong reason and prove nothing.
      expect((await host.exec(['sh', '-c', 'command -v nc'])).exitCode).toBe(0);
      // 10.0.2.2 is slirp's gateway (the host); with restrict=on nothing leaves the guest.
      const probe = await host.exec(['nc', '-w', '2', '10.0.2.2', String(port)], { timeoutMs: 15_000 });
      expect(probe.stdout).not.toContain('hello');
      const outside = await host.exec(['nc', '-w', '2', '1.1.1.1', '53'], { timeoutMs: 15_000 });
      expect(outside.exitCode).not.toBe(0);
      expect(connections).toBe(0);
    } finally {
      await host.close();
      server.close();
    }
  });

  it('boots an overlaid device tree chosen by the node\'s own model, and the guest sees the NVLink host bridge', async () => {
    const host = await canary.connect();
    let model: string | null;
    let serial: string | null;
    try {
      model = procDtString((await host.exec(['cat', '/proc/device-tree/model'])).stdout);
      const sn = await host.exec(['cat', '/proc/device-tree/serial-number']);
      serial = sn.exitCode === 0 ? procDtString(sn.stdout) : null;
      expect((await host.exec(['ls', '/proc/device-tree/soc/'])).stdout).not.toContain('nvlink-host-bridge');
    } finally {
      await host.close();
    }
    expect(model).toBe('riscv-virtio,qemu');
    const runner = new ProcessRunner();
    const base = join(dir, 'virt.dtb');
    expect((await runner.run({ argv: qemuDumpDtbArgv(base), timeoutMs: 30_000 })).exitCode).toBe(0);
    const section = DeviceTree.parse({
      boards: [
        { name: 'other-board', model: 'sifive,hifive-unmatched-a00', baseDtb: '/nonexistent.dtb' },
        {
          name: 'qemu-virt',
          model: 'riscv-virtio,qemu',
          baseDtb: 'virt.dtb',
          overlays: [fixture('devicetree', 'nvlink-host-bridge.dtso')],
          require: [{ path: '/soc/nvlink-host-bridge', compatible: ['linkgate,nvlink-host-bridge'] }],
        },
      ],
    });
    const prepared = await prepareBoardDtb({ runner }, section, { model, serial }, { manifestDir: dir, workDir: dir });
    expect(prepared).toMatchObject({ chosenBy: 'model', board: { name: 'qemu-virt' }, verification: { ok: true } });
    await refreshRngSeed({ runner }, prepared.dtb);

    // Same kernel, new device tree: through the A/B slots like any deploy.
    const state = await canary.node.state();
    const plan = deployPlan(state, { release: tree.release, image: tree.image, dtb: prepared.dtb }, 90_000);
    const run = await executePlan(plan, { control: canary.node, connect: canary.connect, clock: systemClock, logger: new MemoryLogger() });
    expect(run.failure).toBeNull();
    expect(run.after?.bootId).not.toBe(run.before?.bootId);
    const after = await canary.connect();
    try {
      const compatible = await after.exec(['cat', '/proc/device-tree/soc/nvlink-host-bridge@28000000/compatible']);
      expect(compatible.stdout.split('\0').filter(Boolean)).toEqual(['linkgate,nvlink-host-bridge', 'nvidia,nvlink']);
    } finally {
      await after.close();
    }
  });
});
