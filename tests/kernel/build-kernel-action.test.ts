import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKernelAction } from '../../src/actions/build-kernel.js';
import type { ActionContext } from '../../src/actions/run-action.js';
import { systemClock } from '../../src/core/clock.js';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { UsageError } from '../../src/core/errors.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { fixture, ROOT } from '../helpers/paths.js';

function context(): { ctx: ActionContext; outputs: Record<string, unknown>; logger: MemoryLogger } {
  const outputs: Record<string, unknown> = {};
  const logger = new MemoryLogger();
  const ctx: ActionContext = {
    logger,
    runner: new ProcessRunner(),
    clock: systemClock,
    env: {},
    signal: new AbortController().signal,
    setOutput: (name, value) => {
      if (!buildKernelAction.outputs.includes(name)) throw new Error(`undeclared output ${name}`);
      outputs[name] = value;
    },
    summary: async () => undefined,
  };
  return { ctx, outputs, logger };
}

describe('actions/build-kernel adapter', () => {
  it('dry-run: plans from the manifest, prints every command, sets artifacts-dir and status', async () => {
    const { ctx, outputs, logger } = context();
    const settings = buildKernelAction.settings.parse({ manifest: fixture('kernel', 'manifests', 'qemu-virt.yaml'), outDir: '/tmp/linkgate-action-out', dryRun: true, jobs: '3' });
    const result = await buildKernelAction.run(settings, ctx);
    expect(result.exitCode).toBe(0);
    expect(outputs).toEqual({ 'artifacts-dir': '/tmp/linkgate-action-out', status: 'planned' });
    const text = logger.lines.join('\n');
    expect(text).toContain(`merge_config.sh -m -O /tmp/linkgate-action-out-work/build`);
    expect(text).toContain(`'CC=ccache riscv64-linux-gnu-gcc' -j3 Image modules`);
    expect(text).toContain(`--input ${join(ROOT, 'fixtures/kernel/patches/0001-add-linkgate-localversion.patch')}`);
  });

  it('rejects bad inputs through the settings schema and an invalid manifest as a user error', async () => {
    expect(buildKernelAction.settings.safeParse({ jobs: '0' }).success).toBe(false);
    expect(buildKernelAction.settings.safeParse({ jobs: '4; rm -rf /' }).success).toBe(false);
    const { ctx } = context();
    const settings = buildKernelAction.settings.parse({ manifest: fixture('manifests', 'malformed', 'missing-host-keys.yaml') });
    await expect(buildKernelAction.run(settings, ctx)).rejects.toBeInstanceOf(UsageError);
  });
});
