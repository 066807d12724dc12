import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { runDemo } from '../../canary/demo/demo-pipeline.js';
import { type Command, stringOpt, stringsOpt } from '../command.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Run the whole pipeline on the embedded virtual fleet',
  usage: `linkgate demo [--out DIR] [--bundle DIR ...]

build (cached) -> sign -> verify -> deploy to a QEMU riscv64 canary (A/B slots) and to virtual GPU
canaries (replayed capture bundles, one degraded) -> smoke -> reports -> gate -> rollback of what
failed. Prints where every report is. Run from a linkgate checkout (it builds the kernel from
fixtures/kernel and Debian's linux-source-6.1). Default --out: ./demo-out.
Exit code: the gate's (0 promote, 1 rollback, 3 inconclusive or a stage failed).`,
  options: { out: { type: 'string' }, bundle: { type: 'string', multiple: true } },
  positionals: [0, 0],
  async run(args, ctx) {
    const outDir = resolve(ctx.cwd, stringOpt(args, 'out') ?? 'demo-out');
    const repoRoot = findRepoRoot(ctx.cwd);
    const bundles = stringsOpt(args, 'bundle').map((b) => resolve(ctx.cwd, b));
    const started = ctx.clock.now();
    const outcome = await runDemo({
      repoRoot,
      outDir,
      runner: ctx.runner,
      logger: ctx.logger,
      clock: ctx.clock,
      signal: ctx.signal,
      env: ctx.env,
      ...(bundles.length > 0 ? { bundles } : {}),
    });
    const seconds = ((ctx.clock.now() - started) / 1000).toFixed(1);
    ctx.logger.info('');
    const width = Math.max(...outcome.stages.map((r) => r.name.length));
    for (const r of outcome.stages) ctx.logger.info(`${r.name.padEnd(width)}  ${r.status.padEnd(13)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.detail}`);
    ctx.logger.info(`linkgate demo finished in ${seconds} s — verdict: ${outcome.verdict ?? 'none'}`);
    for (const [role, path] of Object.entries(outcome.reports)) ctx.logger.info(`  ${role.padEnd(18)} ${path}`);
    if (args.values.json) {
      ctx.stdout(`${JSON.stringify({ verdict: outcome.verdict, exitCode: outcome.exitCode, seconds: Number(seconds), stages: outcome.stages, reports: outcome.reports })}\n`);
    }
    return outcome.exitCode;
  },
};

/** The checkout holding fixtures/kernel: the working directory or the package this file came from. */
function findRepoRoot(cwd: string): string {
  const candidates = [cwd, resolve(fileURLToPath(import.meta.url), '../../../..'), resolve(fileURLToPath(import.meta.url), '../..')];
  return candidates.find((dir) => existsSync(resolve(dir, 'fixtures', 'kernel', 'qemu-virt.config'))) ?? cwd;
}
