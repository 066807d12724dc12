import { isAbsolute, resolve } from 'node:path';
import { formatArgv } from '../../core/command-runner.js';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { planFromManifest, describePlan } from '../../kernel/plan-from-manifest.js';
import { runBuild } from '../../kernel/run-build.js';
import { requireManifest } from '../../manifest/load.js';
import { boolOpt, type Command, stringOpt } from '../command.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build the riscv64 kernel and out-of-tree modules from the manifest',
  usage: `linkgate build --manifest linkgate.yaml [--out DIR] [--work DIR] [--jobs N] [--ccache-dir DIR] [--force] [--dry-run] [--json]

Unpacks/clones the pinned source, applies the patch series, merges the config fragments, audits the
config (kept/changed/dropped), runs make with ARCH/CROSS_COMPILE (and ccache), builds the manifest's
out-of-tree modules against the O= tree and writes Image, System.map, config, Module.symvers,
modules/, dtbs/, build.log, config-audit.json and metadata.json to --out (default out/kernel).
The source and O= tree live in --work (default out/kernel-work) and are reused by the next build.
An unchanged build fingerprint skips the build (--force rebuilds).
--dry-run prints the plan (every command) and runs nothing; with --json the plan is the document.
Relative manifest paths resolve against the current directory.
Exit: 0 built (or skipped), 1 the kernel or a module failed to compile, 2 manifest/patch/config-audit
problem, 3 infrastructure (missing toolchain, disk full, cancelled).`,
  options: {
    manifest: { type: 'string', short: 'm' },
    out: { type: 'string' },
    work: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    'ccache-dir': { type: 'string' },
    force: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, 'manifest');
    if (!file) throw new UsageError('--manifest is required');
    const manifest = await requireManifest(isAbsolute(file) ? file : resolve(ctx.cwd, file), file);
    const jobsText = stringOpt(args, 'jobs');
    const jobs = jobsText === undefined ? undefined : Number(jobsText);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 1024)) throw new UsageError(`--jobs must be a whole number from 1 to 1024, got ${jobsText}`);
    const out = stringOpt(args, 'out') ?? 'out/kernel';
    const ccacheDir = stringOpt(args, 'ccache-dir');
    const plan = await planFromManifest(
      manifest,
      {
        baseDir: ctx.cwd,
        outDir: out,
        workDir: stringOpt(args, 'work') ?? `${out.replace(/\/+$/, '')}-work`,
        ...(jobs !== undefined ? { jobs } : {}),
        ...(ccacheDir ? { ccacheDir } : {}),
      },
      ctx.runner,
    );
    if (boolOpt(args, 'dry-run')) {
      if (boolOpt(args, 'json')) ctx.stdout(JSON.stringify({ dryRun: true, plan }, null, 2) + '\n');
      else ctx.logger.info(describePlan(plan, formatArgv));
      return ExitCode.Pass;
    }
    const outcome = await runBuild(plan, { runner: ctx.runner, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal, echo: !boolOpt(args, 'json') }, { force: boolOpt(args, 'force') });
    const s = outcome.state;
    if (boolOpt(args, 'json')) {
      ctx.stdout(
        JSON.stringify({
          ok: outcome.exitCode === ExitCode.Pass,
          status: outcome.status,
          message: outcome.message,
          kernelRelease: s.kernelRelease,
          fingerprint: s.fingerprint,
          artifactsDir: plan.outDir,
          metadata: outcome.metadataPath,
        }) + '\n',
      );
    }
    if (outcome.exitCode === ExitCode.Pass) ctx.logger.info(`${outcome.message}: ${plan.outDir} (fingerprint ${s.fingerprint})`);
    else {
      ctx.logger.error(outcome.message);
      for (const line of outcome.details) ctx.logger.error(line);
    }
    return outcome.exitCode;
  },
};
