import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCanaryKernel, type BuiltKernel } from '../../src/canary/canary-kernel.js';
import type { QemuCanary } from '../../src/canary/qemu/qemu-canary.js';
import { systemClock } from '../../src/core/clock.js';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { buildSignedBundle } from '../../src/signing/bundle.js';
import { runActionProcess } from '../helpers/action-runner.js';
import { kernelTree, KERNEL_TREE_TIMEOUT_MS, type KernelTree } from '../helpers/kernel-tree.js';
import { ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { freePort, makeKey } from '../helpers/sshd.js';
import { bootCanary, QEMU_TOOLS } from '../canary/helpers/qemu.js';
import { writeArtifacts } from '../canary/helpers/artifacts.js';

/** The bundled deploy-canary action, run as the GitHub runner runs it (fresh process, INPUT_*, file commands). */
const tmp = mkdtempSync(join(tmpdir(), 'linkgate-deploy-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pin = `SHA256:${'A'.repeat(43)}`;
function manifest(name: string, canaries: { name: string; port: number; user?: string; hostKey?: string; extra?: string }[]): string {
  const path = join(tmp, `${name}.yaml`);
  const body = canaries.map((c) => `  - name: ${c.name}
    host: 127.0.0.1
    port: ${c.port}
    user: ${c.user ?? 'root'}
    hostKeys: [${JSON.stringify(c.hostKey ?? pin)}]
    boot: { strategy: hooks, install: ["true"], reboot: [reboot, -f], rollback: ["true"], stagingDir: /tmp/linkgate }
${c.extra ?? ''}`);
  writeFileSync(path, `version: 1\ncanaries:\n${body.join('')}`);
  return path;
}

describe('actions/deploy-canary: inputs and infrastructure', () => {
  const artifacts = writeArtifacts(join(tmp, 'artifacts'), '6.12.9-linkgate').dir;
  const key = makeKey(tmp, 'client').privateKey;

  it('refuses inputs it cannot use before touching anything: missing artifacts-dir, a malformed shard, a bad dry-run', async () => {
    const run = await runActionProcess('deploy-canary', { manifest: manifest('m1', [{ name: 'c1', port: 22 }]), shard: '2/2', 'dry-run': 'yes' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::input artifacts-dir: Input required and not supplied: artifacts-dir/);
    expect(run.stdout).toMatch(/::error::input shard: shard "2\/2": I must be below N/);
    expect(run.stdout).toMatch(/::error::input dry-run: Input does not meet YAML 1\.2 "Core Schema" specification/);
    expect(run.stdout).toMatch(/::error::invalid action inputs \(\d+\)/);
  });

  it('refuses artifacts that are not a deployable build (outcome invalid), naming every problem', async () => {
    const spoiled = writeArtifacts(join(tmp, 'spoiled'), '6.12.9-linkgate').dir;
    writeFileSync(join(spoiled, 'nvidia.ko'), 'not the signed bytes');
    const run = await runActionProcess('deploy-canary', { manifest: manifest('m2', [{ name: 'c1', port: 22 }]), 'artifacts-dir': spoiled, 'kernel-release': '6.13.0' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('invalid');
    expect(run.stdout).toMatch(/::error::kernel release 6\.13\.0 was asked for, but metadata\.json says the build is 6\.12\.9-linkgate/);
    expect(run.stdout).toMatch(/::error::nvidia\.ko: sha256 differs from SHA256SUMS/);
    expect(run.stdout).toMatch(/::error::.*not a deployable build/);
  });

  it('a canary that cannot be reached is infrastructure: outcome error, a warning annotation, the key masked', async () => {
    const port = await freePort();
    const run = await runActionProcess('deploy-canary', { manifest: manifest('m3', [{ name: 'down-01', port }]), 'artifacts-dir': artifacts }, { env: { SSH_PRIVATE_KEY: key } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: 'error', failed: 'down-01', deployed: '' });
    expect(JSON.parse(run.outputs.outcomes!)).toEqual([{ canary: 'down-01', status: 'unreachable', exitCode: 3, message: expect.stringContaining('unreachable before deploy') }]);
    expect(run.annotations.some((a) => /^::warning title=deploy%3A down-01 \(infrastructure\)::down-01: unreachable before deploy/.test(a))).toBe(true);
    expect(run.stdout).toMatch(/::error::infrastructure: down-01: unreachable/);
    const keyLine = key.split('\n')[1]!;
    expect(run.masked).toContain(keyLine);
    expect(run.summary).toContain('| down-01 | unreachable |');
  });

  it('dry-run prints the plan for this shard only and succeeds', async () => {
    const run = await runActionProcess('deploy-canary', { manifest: manifest('m4', [{ name: 'c0', port: 1 }, { name: 'c1', port: 2 }, { name: 'c2', port: 3 }]), 'artifacts-dir': artifacts, shard: '1/2', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('dry-run');
    expect(run.stdout).toContain('deploy c1 (127.0.0.1, boot.strategy hooks):');
    expect(run.stdout).not.toMatch(/deploy c[02] /);
  });
});

const skipQemu = requireTools([...QEMU_TOOLS, 'riscv64-linux-gnu-gcc']);

/**
 * The real thing: the action deploys a real riscv64 build (signed by linkgate, the kernel-pipeline
 * layout) to the QEMU canary over pinned SSH and reboots it. The QEMU launcher is the node's
 * bootloader; the test arms its one-shot try the way a board's install hook would (fw_setenv /
 * grub-reboot), since the guest cannot reach the host.
 */
describe.skipIf(skipQemu)('actions/deploy-canary on the QEMU riscv64 canary', () => {
  let good: KernelTree;
  let candidate: BuiltKernel;
  let canary: QemuCanary;
  let dir = '';
  let artifacts = '';
  let manifestPath = '';
  let key = '';

  beforeAll(async () => {
    good = await kernelTree();
    const logger = new MemoryLogger();
    const runner = new ProcessRunner();
    candidate = await buildCanaryKernel('candidate', { repoRoot: ROOT.replace(/\/$/, ''), runner, logger, clock: systemClock, signal: new AbortController().signal });
    artifacts = join(tmp, 'pipeline');
    await buildSignedBundle(
      artifacts,
      { modules: [candidate.testModule], certPath: join(candidate.build, 'certs', 'signing_key.x509'), key: { file: join(candidate.build, 'certs', 'signing_key.pem') }, hash: 'sha512', method: 'auto', kernelTree: candidate.build, strip: false, crossCompile: 'riscv64-linux-gnu-' },
      [candidate.image, join(dirname(candidate.image), 'metadata.json')],
      { runner, logger, env: {} },
    );
    ({ canary, dir } = await bootCanary(good, { readyTimeoutMs: 25_000 }));
    key = readFileSync(canary.initrd.clientKeyPath, 'utf8');
    manifestPath = manifest('qemu', [{ name: 'qemu-riscv64', port: canary.node.sshPort!, hostKey: canary.initrd.hostKey }]);
  }, 2 * KERNEL_TREE_TIMEOUT_MS);
  afterAll(async () => {
    await canary?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('deploys: image and signed module uploaded, rebooted, back with a new boot id on the candidate release', async () => {
    await canary.node.install('b', { release: candidate.release, image: candidate.image });
    await canary.node.armTry('b');
    const run = await runActionProcess('deploy-canary', { manifest: manifestPath, 'artifacts-dir': artifacts, 'kernel-release': candidate.release }, { env: { SSH_PRIVATE_KEY: key }, timeoutMs: 200_000 });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ outcome: 'deployed', deployed: 'qemu-riscv64', failed: '', skipped: '' });
    expect(JSON.parse(run.outputs.outcomes!)[0]).toMatchObject({ status: 'done', message: expect.stringContaining(`running ${candidate.release}`) });
    expect(canary.node.current).toMatchObject({ slot: 'b', outcome: 'up', release: candidate.release });
    expect(run.summary).toContain('### linkgate deploy: deployed');
    expect(run.masked).toContain(key.split('\n')[1]!);
  }, 240_000);

  it('fails the candidate when the node comes back on another kernel (the bootloader fell back): outcome failed, an error annotation', async () => {
    // Nothing armed this time: the reboot lands on the known-good slot, as after a watchdog reset.
    const run = await runActionProcess('deploy-canary', { manifest: manifestPath, 'artifacts-dir': artifacts }, { env: { SSH_PRIVATE_KEY: key }, timeoutMs: 200_000 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: 'failed', failed: 'qemu-riscv64', deployed: '' });
    expect(JSON.parse(run.outputs.outcomes!)[0]).toMatchObject({ status: 'fell-back', exitCode: 1 });
    expect(run.annotations.some((a) => a.startsWith('::error title=deploy%3A qemu-riscv64::qemu-riscv64: fell-back at wait-boot: rebooted') && a.includes(`into ${good.release}, expected ${candidate.release}`))).toBe(true);
    expect(run.stdout).toMatch(/::error::the candidate did not come up on qemu-riscv64/);
    expect(canary.node.current).toMatchObject({ slot: 'a', release: good.release });
  }, 240_000);
});
