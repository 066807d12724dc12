import { z } from 'zod';
import { formatArgv, ProcessRunner } from '../core/command-runner.js';
import { UsageError } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import { describePlan, planFromManifest } from '../kernel/plan-from-manifest.js';
import { runBuild } from '../kernel/run-build.js';
import { formatProblem, loadManifest } from '../manifest/load.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z.object({
  manifest: z.string().default('linkgate.yaml'),
  outDir: z.string().default('out/kernel'),
  workDir: z.string().optional(),
  jobs: z
    .string()
    .regex(/^[1-9][0-9]{0,3}$/, 'expected a whole number of make jobs')
    .transform(Number)
    .optional(),
  ccacheDir: z.string().optional(),
  force: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

/**
 * Builds the manifest's kernel and out-of-tree modules (the same code as `linkgate build`).
 * Uses the process-group runner rather than @actions/exec so a cancelled job stops `make -j`
 * and every compiler under it, and still leaves a partial metadata.json.
 */
export const buildKernelAction: ActionDefinition<typeof Settings> = {
  name: 'build-kernel',
  inputs: {
    manifest: {},
    'out-dir': {},
    'work-dir': {},
    jobs: {},
    'ccache-dir': {},
    force: { kind: 'boolean' },
    'dry-run': { kind: 'boolean' },
  },
  outputs: ['kernel-release', 'artifacts-dir', 'fingerprint', 'status'],
  settings: Settings,
  async run(settings, ctx) {
    const parsed = await loadManifest(settings.manifest);
    if (!parsed.ok) {
      for (const p of parsed.problems) ctx.logger.error(p.message, { file: p.file, line: p.line, column: p.column, title: 'linkgate.yaml' });
      throw new UsageError(`${settings.manifest}: invalid manifest`, { details: parsed.problems.map(formatProblem) });
    }
    const runner = new ProcessRunner();
    const workDir = settings.workDir ?? (ctx.env.RUNNER_TEMP ? `${ctx.env.RUNNER_TEMP}/linkgate-kernel-work` : `${settings.outDir.replace(/\/+$/, '')}-work`);
    const plan = await planFromManifest(
      parsed.manifest,
      {
        baseDir: process.cwd(),
        outDir: settings.outDir,
        workDir,
        ...(settings.jobs ? { jobs: settings.jobs } : {}),
        ...(settings.ccacheDir ? { ccacheDir: settings.ccacheDir } : {}),
      },
      runner,
    );
    ctx.setOutput('artifacts-dir', plan.outDir);
    if (settings.dryRun) {
      ctx.logger.info(describePlan(plan, formatArgv));
      ctx.setOutput('status', 'planned');
      return { exitCode: ExitCode.Pass };
    }
    const outcome = await runBuild(plan, { runner, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal }, { force: settings.force });
    const s = outcome.state;
    ctx.setOutput('kernel-release', s.kernelRelease ?? '');
    ctx.setOutput('fingerprint', s.fingerprint ?? '');
    ctx.setOutput('status', outcome.status);
    const audit = s.audit?.options ?? [];
    const count = (status: string): number => audit.filter((o) => o.status === status).length;
    await ctx.summary(
      [
        `### linkgate build-kernel: ${outcome.status}${s.kernelRelease ? ` \`${s.kernelRelease}\`` : ''}`,
        '',
        `- fingerprint: \`${s.fingerprint ?? 'n/a'}\``,
        `- config audit: ${s.audit ? `${count('kept')} kept, ${count('changed')} changed, ${count('dropped')} dropped` : 'not run'}`,
        `- warnings: ${s.warnings}, errors: ${s.errors}`,
        `- artifacts: \`${plan.outDir}\` (${s.artifacts.length} files, metadata.json)`,
        ...(outcome.exitCode === ExitCode.Pass ? [] : ['', `**${outcome.message}**`, ...outcome.details.map((d) => `    ${d}`)]),
        '',
      ].join('\n'),
    );
    if (outcome.exitCode !== ExitCode.Pass) for (const line of outcome.details) ctx.logger.error(line);
    return outcome.exitCode === ExitCode.Pass ? { exitCode: ExitCode.Pass } : { exitCode: outcome.exitCode, failureMessage: outcome.message };
  },
};
