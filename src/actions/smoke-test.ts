import { resolve } from 'node:path';
import { z } from 'zod';
import { ExitCode } from '../core/exit-codes.js';
import { ShardInput } from '../manifest/canary-selection.js';
import { runSmoke, smokeExitCode } from '../smoke/run.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z
  .object({
    manifest: z.string().optional(),
    canaries: z.array(z.string()).default([]),
    virtual: z.array(z.string()).default([]),
    out: z.string().default('linkgate-results'),
    signatures: z.string().optional(),
    baseline: z.string().optional(),
    shard: ShardInput,
  })
  .refine((s) => s.manifest !== undefined || s.virtual.length > 0, 'give manifest or virtual');

/**
 * Runs the smoke suite on the manifest's canaries (or on virtual canaries from capture bundles) and
 * leaves results.json + raw/ in `out` for the report, gate and upload steps. The step fails on a
 * failed step (exit 1) and on infrastructure trouble (exit 3); outputs are set either way.
 */
export const smokeTestAction: ActionDefinition<typeof Settings> = {
  name: 'smoke-test',
  inputs: { manifest: {}, canaries: { kind: 'list' }, virtual: { kind: 'list' }, out: {}, signatures: {}, baseline: {}, shard: {} },
  outputs: ['results-dir', 'outcome', 'failed-steps', 'errored-steps', 'complete'],
  settings: Settings,
  async run(settings, ctx) {
    const cwd = process.cwd();
    const outDir = resolve(cwd, settings.out);
    const results = await runSmoke({
      outDir,
      logger: ctx.logger,
      signal: ctx.signal,
      env: ctx.env,
      virtual: settings.virtual.map((d) => resolve(cwd, d)),
      ...(settings.manifest ? { manifest: { path: resolve(cwd, settings.manifest), canaries: settings.canaries } } : {}),
      ...(settings.signatures ? { signatures: resolve(cwd, settings.signatures) } : {}),
      ...(settings.baseline ? { baseline: resolve(cwd, settings.baseline) } : {}),
      shard: settings.shard,
    });
    const exitCode = smokeExitCode(results);
    const steps = results.canaries.flatMap((c) => c.steps.map((s) => ({ canary: c.name, ...s })));
    const failed = steps.filter((s) => s.status === 'fail');
    const errored = steps.filter((s) => s.status === 'error');
    ctx.setOutput('results-dir', outDir);
    ctx.setOutput('outcome', exitCode === ExitCode.Pass ? 'pass' : exitCode === ExitCode.Fail ? 'fail' : 'error');
    ctx.setOutput('failed-steps', String(failed.length));
    ctx.setOutput('errored-steps', String(errored.length));
    ctx.setOutput('complete', String(results.run.complete));
    for (const s of failed) ctx.logger.error(`${s.canary}: ${s.name}: ${s.reason}`, { title: `smoke: ${s.canary} ${s.name}` });
    for (const s of errored) ctx.logger.warn(`${s.canary}: ${s.name}: ${s.reason}`, { title: `smoke: ${s.canary} ${s.name} (infrastructure)` });
    const rows = results.canaries.flatMap((c) => c.steps.map((s) => `| ${c.name} | ${s.name} | ${s.status} | ${(s.reason ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 200)} |`));
    await ctx.summary(`### linkgate smoke\n\n| canary | step | status | reason |\n|---|---|---|---|\n${rows.join('\n')}\n`);
    if (exitCode === ExitCode.Pass) return { exitCode };
    return { exitCode, failureMessage: exitCode === ExitCode.Fail ? `${failed.length} smoke step(s) failed` : `inconclusive: ${errored.length} step(s) could not be checked${results.run.complete ? '' : ' (run cancelled)'}` };
  },
};
