import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCanaryKernel, type BuiltKernel } from '../../src/canary/canary-kernel.js';
import type { QemuCanary } from '../../src/canary/qemu/qemu-canary.js';
import { runSignatureEnforcement } from '../../src/canary/signature/enforcement-step.js';
import type { SignatureCase } from '../../src/canary/signature/load-verdict.js';
import { deployPlan, knownGoodExpectation, rollbackPlan } from '../../src/canary/slots/ab-plan.js';
import { executePlan } from '../../src/canary/slots/ab-executor.js';
import { systemClock } from '../../src/core/clock.js';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { StepResult } from '../../src/core/results.js';
import { kernelTree, KERNEL_TREE_TIMEOUT_MS, type KernelTree } from '../helpers/kernel-tree.js';
import { ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { bootCanary, QEMU_TOOLS, signatureModules } from './helpers/qemu.js';

const skip = requireTools([...QEMU_TOOLS, 'riscv64-linux-gnu-gcc']);

/**
 * A/B slots for real: the known-good kernel is the shared test tree, the candidate is linkgate's
 * build with fixtures/kernel/qemu-canary.config (its own release). The launcher is the bootloader.
 */
describe.skipIf(skip)('A/B boot slots on the QEMU canary', () => {
  let good: KernelTree;
  let candidate: BuiltKernel;
  let canary: QemuCanary;
  let dir = '';
  const logger = new MemoryLogger();

  beforeAll(async () => {
    good = await kernelTree();
    candidate = await buildCanaryKernel('candidate', {
      repoRoot: ROOT.replace(/\/$/, ''),
      runner: new ProcessRunner(),
      logger,
      clock: systemClock,
      signal: new AbortController().signal,
    });
    // 25 s to SSH: a candidate that misses it is killed and the known-good slot boots (watchdog).
    ({ canary, dir } = await bootCanary(good, { readyTimeoutMs: 25_000 }));
  }, 2 * KERNEL_TREE_TIMEOUT_MS);

  afterAll(async () => {
    await canary?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const run = (plan: Parameters<typeof executePlan>[0]) =>
    executePlan(plan, { control: canary.node, connect: canary.connect, clock: systemClock, logger });

  it('deploys the candidate, proves signature enforcement on it, and rolls back to the known-good', async () => {
    expect(candidate.release).not.toBe(good.release);
    const deployed = await run(deployPlan(await canary.node.state(), { release: candidate.release, image: candidate.image }, 90_000));
    expect(deployed.failure).toBeNull();
    expect(deployed.before?.release).toBe(good.release);
    expect(deployed.after?.release).toBe(candidate.release);
    expect(deployed.after?.bootId).not.toBe(deployed.before?.bootId);
    expect(canary.node.current).toMatchObject({ slot: 'b', outcome: 'up', release: candidate.release });

    // The candidate enforces signatures: linkgate's signature loads, nothing else does.
    const modules = await signatureModules({ build: candidate.build, testModule: candidate.testModule }, join(dir, 'sig'));
    const host = await canary.connect();
    let step: StepResult;
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
      step = await runSignatureEnforcement({ host, canary: 'qemu-riscv64', cases, outDir: join(dir, 'results'), signal: new AbortController().signal });

      // A node that accepts what it should refuse fails, case by case.
      await host.put(modules.signed, '/tmp/sigtest/posing.ko', { mode: 0o644 });
      const posing = await runSignatureEnforcement({
        host,
        canary: 'qemu-riscv64',
        cases: [{ name: 'unsigned', remotePath: '/tmp/sigtest/posing.ko', module: 'linkgate_test', expect: 'reject' }],
        outDir: join(dir, 'results-2'),
        signal: new AbortController().signal,
      });
      expect(posing.status).toBe('fail');
      expect(posing.reason).toMatch(/accepted a unsigned module: signature enforcement is off/);
    } finally {
      await host.close();
    }
    expect(StepResult.safeParse(step).success).toBe(true);
    const byName = Object.fromEntries(step.checks.map((c) => [c.name, c]));
    expect(byName['sig_enforce']).toMatchObject({ status: 'pass', actual: 'Y' });
    for (const refused of ['unsigned module', 'other-key module', 'tampered module']) {
      expect(byName[refused]).toMatchObject({ status: 'pass', actual: 'key-rejected' });
      expect(byName[refused]?.message).toMatch(/Key was rejected by service/);
    }
    expect(byName['signed module']).toMatchObject({ status: 'pass', actual: 'loaded' });
    expect(byName['signed module unload']).toMatchObject({ status: 'pass' });
    expect(step.status).toBe('pass');
    for (const name of step.raw) await expect(readFile(join(dir, 'results', 'raw', name))).resolves.toBeDefined();

    const rolledBack = await run(rollbackPlan(knownGoodExpectation(await canary.node.state()), 90_000));
    expect(rolledBack.failure).toBeNull();
    expect(rolledBack.status).toBe('done');
    expect(rolledBack.after?.release).toBe(good.release);
    expect(rolledBack.after?.bootId).not.toBe(deployed.after?.bootId);
    expect(rolledBack.verification).toMatchObject({ ok: true, release: { actual: good.release } });
    expect(canary.node.current).toMatchObject({ slot: 'a', release: good.release });

    // Idempotent: the node is on the verified known-good build, so a second rollback reboots nothing.
    const boots = canary.node.boots.length;
    const again = await run(rollbackPlan(knownGoodExpectation(await canary.node.state()), 90_000));
    expect(again.status).toBe('already-done');
    expect(again.after?.bootId).toBe(rolledBack.after?.bootId);
    expect(canary.node.boots.length).toBe(boots);
  });

  it('a candidate that never comes back is rolled back by the bootloader; rollback then verifies the known-good without another reboot', async () => {
    const broken = join(dir, 'broken-Image');
    // A kernel image cut short: OpenSBI jumps into it and nothing ever answers.
    await writeFile(broken, (await readFile(candidate.image)).subarray(0, 64 * 1024));
    const deployed = await run(deployPlan(await canary.node.state(), { release: `${candidate.release}-broken`, image: broken }, 90_000));
    expect(deployed.failure?.step).toBe('wait-boot');
    // The one-shot try was used up; the next boot is the known-good slot, so the node answers again.
    expect(deployed.failure?.reason).toBe('wrong-release');
    expect(deployed.after?.release).toBe(good.release);
    const failedBoot = canary.node.boots.find((b) => b.slot === 'b' && b.outcome === 'failed');
    expect(failedBoot?.message).toMatch(/within 25000 ms|QEMU exited/);

    expect(deployed.status).toBe('fell-back');

    // The bootloader already rolled back; linkgate's rollback verifies that and clears any try.
    const rolledBack = await run(rollbackPlan(knownGoodExpectation(await canary.node.state()), 90_000));
    expect(rolledBack.failure).toBeNull();
    expect(rolledBack.status).toBe('already-done');
    expect(rolledBack.after?.release).toBe(good.release);
    expect(rolledBack.verification?.ok).toBe(true);
    expect((await canary.node.storedState())?.tryOnce).toBeNull();
  });
});
