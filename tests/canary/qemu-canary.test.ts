import { readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSignatureEnforcement } from '../../src/canary/signature/enforcement-step.js';
import type { SignatureCase } from '../../src/canary/signature/load-verdict.js';
import { connectSsh } from '../../src/remote/connect.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { RemoteError } from '../../src/remote/transport.js';
import { generateEd25519, openSshPublicLine } from '../../src/canary/guest/ed25519-keys.js';
import { StepResult } from '../../src/core/results.js';
import { kernelTree, KERNEL_TREE_TIMEOUT_MS, type KernelTree } from '../helpers/kernel-tree.js';
import { requireTools } from '../helpers/skip.js';
import { bootCanary, QEMU_TOOLS, signatureModules } from './helpers/qemu.js';
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

  it('enforces module signatures: the linkgate-signed module loads, unsigned/other-key/tampered are refused', async () => {
    const modules = await signatureModules(tree, dir);
    const host = await canary.connect();
    try {
      await host.exec(['mkdir', '-p', '/tmp/sigtest']);
      const cases: SignatureCase[] = [
        { name: 'signed', remotePath: '/tmp/sigtest/signed.ko', module: 'linkgate_test', expect: 'load' },
        { name: 'unsigned', remotePath: '/tmp/sigtest/unsigned.ko', module: 'linkgate_test', expect: 'reject' },
        { name: 'other-key', remotePath: '/tmp/sigtest/other-key.ko', module: 'linkgate_test', expect: 'reject' },
        { name: 'tampered', remotePath: '/tmp/sigtest/tampered.ko', module: 'linkgate_test', expect: 'reject' },
      ];
      const local = { signed: modules.signed, unsigned: modules.unsigned, 'other-key': modules.otherKey, tampered: modules.tampered };
      for (const c of cases) await host.put(local[c.name], c.remotePath, { mode: 0o644 });
      const outDir = join(dir, 'results');
      const step = await runSignatureEnforcement({ host, canary: 'qemu-riscv64', cases, outDir, signal: new AbortController().signal });
      expect(StepResult.safeParse(step).success).toBe(true);
      const byName = Object.fromEntries(step.checks.map((c) => [c.name, c]));
      expect(byName['sig_enforce']).toMatchObject({ status: 'pass', actual: 'Y' });
      for (const refused of ['unsigned module', 'other-key module', 'tampered module']) {
        expect(byName[refused]).toMatchObject({ status: 'pass', actual: 'key-rejected' });
        expect(byName[refused]?.message).toMatch(/Key was rejected by service/);
      }
      console.log(JSON.stringify(step.checks, null, 1));
      expect(byName['signed module']).toMatchObject({ status: 'pass', actual: 'loaded' });
      expect(byName['signed module unload']).toMatchObject({ status: 'pass' });
      expect(step.status).toBe('pass');
      // Every command's output is on disk under raw/.
      for (const name of step.raw) await expect(readFile(join(outDir, 'raw', name))).resolves.toBeDefined();
      // And the guest is back as it was: the module is out again.
      expect((await host.exec(['cat', '/proc/modules'])).stdout).not.toMatch(/^linkgate_test /m);
    } finally {
      await host.close();
    }
  });

  it('reports a node without enforcement as a failure, case by case', async () => {
    const modules = await signatureModules(tree, join(dir, 'again'));
    const host = await canary.connect();
    try {
      // The signed module posing as "unsigned": the kernel accepts it, so the check must fail.
      await host.put(modules.signed, '/tmp/sigtest/posing.ko', { mode: 0o644 });
      const step = await runSignatureEnforcement({
        host,
        canary: 'qemu-riscv64',
        cases: [{ name: 'unsigned', remotePath: '/tmp/sigtest/posing.ko', module: 'linkgate_test', expect: 'reject' }],
        outDir: join(dir, 'results-2'),
        signal: new AbortController().signal,
      });
      expect(step.status).toBe('fail');
      expect(step.reason).toMatch(/accepted a unsigned module: signature enforcement is off/);
    } finally {
      await host.close();
    }
  });
});
