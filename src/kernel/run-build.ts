import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../core/clock.js';
import { type CommandResult, type CommandRunner, formatArgv } from '../core/command-runner.js';
import { InfraError, messageOf, UsageError } from '../core/errors.js';
import { BuildFailed, Cancelled, classify, diskFull, reasonOf } from './build-failure.js';
import { ExitCode } from '../core/exit-codes.js';
import type { Logger } from '../core/logger.js';
import { BuildLog } from './build-log.js';
import { artifactFor, collectArtifacts, readKernelRelease, readKernelVersion } from './collect.js';
import { auditConfig, blockingOptions, toConfigCheckJson, type AuditRequest } from './config-audit.js';
import { computeFingerprint, previousBuildMatches } from './build-fingerprint.js';
import { parseDotConfig } from './kconfig-fragment.js';
import { loadKconfigDb } from './kconfig-load.js';
import { type BuildState, newBuildState, round, toMetadata } from './metadata.js';
import { applyPatch } from './patch-apply.js';
import type { BuildPlan, Phase, PlanStep } from './plan.js';
import { preflight } from './preflight.js';
import { checkTree, copyTree, ensureBuildDirFor, preparedSourceMatches, resetSourceDir, sourceStamp, writeSourceStamp } from './source-prep.js';
import { verifyCommit, verifySha256 } from './source-verify.js';
import { ccacheStats, probeTools } from './toolchain.js';

export interface BuildDeps {
  runner: CommandRunner;
  logger: Logger;
  clock: Clock;
  /** Aborted on SIGTERM: the running make's whole process group stops; metadata.json says so. */
  signal: AbortSignal;
  /** Echo every build line to the logger (the build log file always gets them). */
  echo?: boolean;
}

export interface BuildOutcome {
  exitCode: ExitCode;
  status: BuildState['status'];
  message: string;
  details: string[];
  state: BuildState;
  metadataPath: string;
}

export const METADATA_FILE = 'metadata.json';
export const LOG_FILE = 'build.log';

/** Runs a plan. Throws LinkgateError for user/infra problems (after writing metadata.json). */
export async function runBuild(plan: BuildPlan, deps: BuildDeps, options: { force?: boolean } = {}): Promise<BuildOutcome> {
  const { logger, clock } = deps;
  const requests = await preflight(plan, logger);
  const state = newBuildState(new Date(clock.now()));
  const metadataPath = join(plan.outDir, METADATA_FILE);
  await mkdir(plan.outDir, { recursive: true });

  const tools = await probeTools(plan, deps.runner);
  state.compiler = tools.compiler;
  state.durations.toolchain = round(tools.seconds);
  state.phaseStatus.toolchain = 'PASS';
  const fingerprint = await computeFingerprint(plan, tools.compiler.versionFull, deps.runner);
  state.fingerprint = fingerprint.value;
  state.fingerprintInputs = fingerprint.inputs;
  state.patches = fingerprint.patches;
  if (!options.force) {
    const previous = await previousBuildMatches(metadataPath, fingerprint.value, plan.outDir);
    if (previous) {
      logger.info(`fingerprint unchanged (${fingerprint.value}): skipping the build; --force rebuilds`);
      return { exitCode: ExitCode.Pass, status: 'skipped', message: 'fingerprint unchanged', details: [], state: previous, metadataPath };
    }
  }

  await clearOutputs(plan);
  const log = new BuildLog(join(plan.outDir, LOG_FILE), logger, [
    { from: plan.srcDir, to: '' },
    ...plan.modules.map((m) => ({ from: m.buildPath, to: m.display.replace(/\/+$/, '') })),
  ], deps.echo ?? true);
  log.note(`# linkgate build, fingerprint ${fingerprint.value}\n# ${tools.compiler.versionFull}`);
  const write = (): Promise<void> => writeMetadata(metadataPath, toMetadata(plan, state));
  let phaseStarted = clock.now();
  const enter = async (phase: Phase): Promise<void> => {
    if (state.phase === phase) return;
    if (state.phase !== null && state.phase !== 'toolchain') {
      state.durations[state.phase] = round((state.durations[state.phase] ?? 0) + (clock.now() - phaseStarted) / 1000);
      state.phaseStatus[state.phase] = 'PASS';
    }
    state.phase = phase;
    phaseStarted = clock.now();
    logger.info(`== ${phase}`);
    log.note(`\n## phase ${phase}`);
    await write();
  };
  const run = async (argv: readonly string[], cwd?: string): Promise<CommandResult> => {
    if (deps.signal.aborted) throw new Cancelled();
    log.note(`$ ${formatArgv(argv)}`);
    let result: CommandResult;
    try {
      result = await deps.runner.run({
        argv, cwd, env: plan.env, signal: deps.signal, maxOutputBytes: 1024 * 1024,
        onLine: (_stream, line) => log.line(line, plan.buildDir),
      });
    } catch (error) {
      throw new InfraError(`cannot run ${argv[0]}: ${messageOf(error)}`);
    }
    if (result.cancelled) throw new Cancelled();
    if (log.diskFull || log.writeError) throw diskFull(plan, log);
    return result;
  };

  const stamp = sourceStamp(plan, state.patches.map((p) => p.sha256));
  const reuseSource = await preparedSourceMatches(plan, stamp);
  await write();
  try {
    for (const step of plan.steps) {
      if (step.kind === 'tool') continue;
      if (reuseSource && (step.phase === 'source' || step.phase === 'patch') && plan.preparesSource) {
        state.phaseStatus[step.phase] = 'SKIP';
        continue;
      }
      await enter(step.phase);
      if (step.phase === 'config' && step === firstOf(plan, 'config')) {
        if (plan.preparesSource && !reuseSource) await writeSourceStamp(plan, stamp);
        if (await ensureBuildDirFor(plan, stamp)) logger.info('the O= directory was built from another tree: emptied it');
      }
      if (step.phase === 'source' && step === firstOf(plan, 'source') && !reuseSource) await resetSourceDir(plan);
      await runStep(step, plan, state, requests, run, deps, log);
    }
    const now = clock.now();
    if (state.phase) {
      state.durations[state.phase] = round((state.durations[state.phase] ?? 0) + (now - phaseStarted) / 1000);
      state.phaseStatus[state.phase] = 'PASS';
    }
    state.status = 'pass';
    state.phase = null;
    state.message = `built ${state.kernelRelease ?? 'the kernel'}`;
  } catch (error) {
    state.phaseStatus[state.phase ?? 'toolchain'] = 'FAIL';
    if (state.phase) state.durations[state.phase] = round((state.durations[state.phase] ?? 0) + (clock.now() - phaseStarted) / 1000);
    const failure = classify(error, plan, log, deps.signal);
    state.status = failure.status;
    state.message = failure.message;
    state.interruptedBy = failure.status === 'cancelled' ? reasonOf(deps.signal) : null;
    await finish(plan, state, log, metadataPath);
    if (failure.error) throw failure.error;
    return { exitCode: failure.exitCode, status: state.status, message: failure.message, details: failure.details, state, metadataPath };
  }
  await finish(plan, state, log, metadataPath);
  return { exitCode: ExitCode.Pass, status: 'pass', message: state.message ?? 'built', details: [], state, metadataPath };
}

async function runStep(
  step: PlanStep,
  plan: BuildPlan,
  state: BuildState,
  requests: AuditRequest[],
  run: (argv: readonly string[], cwd?: string) => Promise<CommandResult>,
  deps: BuildDeps,
  log: BuildLog,
): Promise<void> {
  switch (step.kind) {
    case 'tool':
      return;
    case 'verify-sha256':
      return verifySha256(step.path, step.sha256);
    case 'verify-commit':
      return verifyCommit(step, run);
    case 'check-tree':
      state.kernelVersion = await readKernelVersion(step.path);
      return checkTree(step.path);
    case 'copy':
      if (step.phase === 'config') {
        await mkdir(plan.buildDir, { recursive: true });
        await writeFile(step.to, await readFile(step.from));
      } else await copyTree(step.from, step.to);
      return;
    case 'apply-patch':
      return applyPatch(step, run, deps.logger);
    case 'audit':
      return runAudit(plan, state, requests, deps.logger);
    case 'collect': {
      state.kernelRelease = await readKernelRelease(plan.buildDir);
      // A reused source tree skipped check-tree, where the version is normally read.
      state.kernelVersion ??= await readKernelVersion(plan.srcDir);
      const collected = await collectArtifacts(plan);
      state.artifacts = collected.artifacts;
      state.modules = collected.modules;
      state.warnings = log.warnings;
      state.errors = log.errors;
      return;
    }
    case 'command': {
      const before = step.phase === 'kernel' && plan.ccache ? await ccacheStats(deps.runner, plan.env) : null;
      const result = await run(step.argv, step.cwd);
      if (before) {
        const after = await ccacheStats(deps.runner, plan.env);
        if (after) state.ccache = { hits: after.hits - before.hits, misses: after.misses - before.misses };
      }
      if (result.exitCode === 0) return;
      const what = `${step.name} failed (exit ${result.exitCode ?? result.signal})`;
      const first = log.firstError();
      const details = [
        ...(first ? [`first error: ${first.file ? `${first.file}:${first.line}: ` : ''}${first.message}`] : []),
        ...[...log.hints].map((pkg) => `a host package seems to be missing: install the Debian package ${pkg}`),
        ...log.tail.slice(-12).map((l) => `  | ${l}`),
      ];
      if (step.phase === 'config') throw new UsageError(`configuration step ${what}`, { details });
      if (step.phase === 'source') throw new InfraError(`source step ${what}`, { details });
      if (log.hints.size > 0) throw new InfraError(`${what}: the build host lacks a package`, { details });
      throw new BuildFailed(what, details);
    }
  }
}

async function runAudit(plan: BuildPlan, state: BuildState, requests: AuditRequest[], logger: Logger): Promise<void> {
  const config = parseDotConfig(await readFile(join(plan.buildDir, '.config'), 'utf8'));
  const db = loadKconfigDb(plan.srcDir, plan.arch.linuxArch);
  for (const note of db.notes.slice(0, 5)) logger.debug(`kconfig: ${note}`);
  const audit = auditConfig(requests, config, db);
  state.audit = audit;
  await writeFile(join(plan.outDir, 'config-audit.json'), JSON.stringify(toConfigCheckJson(audit), null, 2) + '\n');
  for (const o of audit.overridden) logger.warn(`${o.symbol} requested at ${o.fragment}:${o.line} is overridden by ${o.by}`);
  for (const o of audit.options) {
    if (o.status === 'kept') continue;
    const text = `${o.symbol}=${o.requested} was ${o.status}${o.actual === null ? ' (absent from .config)' : ` to ${o.actual}`}: ${o.reason}`;
    const annotation = { file: o.fragment, line: o.line, title: `config option ${o.status}` };
    if (o.policy === 'fail') logger.error(text, annotation);
    else logger.warn(text, annotation);
  }
  const counts = { kept: 0, changed: 0, dropped: 0 };
  for (const o of audit.options) counts[o.status]++;
  logger.info(`config audit: ${counts.kept} kept, ${counts.changed} changed, ${counts.dropped} dropped`);
  const blocking = blockingOptions(audit);
  if (blocking.length > 0) {
    throw new UsageError(`config audit: ${blocking.length} requested option(s) did not hold`, {
      details: blocking.map((o) => `${o.fragment}:${o.line}: ${o.symbol}=${o.requested} ${o.status}: ${o.reason}`),
    });
  }
}

function firstOf(plan: BuildPlan, phase: Phase): PlanStep | undefined {
  return plan.steps.find((s) => s.phase === phase);
}

async function finish(plan: BuildPlan, state: BuildState, log: BuildLog, metadataPath: string): Promise<void> {
  state.finishedAt = new Date().toISOString();
  state.warnings = log.warnings;
  state.errors = log.errors;
  log.note(`# ${state.status}: ${state.message ?? ''}`);
  await log.close();
  if (!log.writeError) {
    const existing = state.artifacts.filter((a) => a.kind !== 'log');
    state.artifacts = [...existing, await artifactFor(plan.outDir, log.path, 'log').catch(() => null)].filter((a) => a !== null);
  }
  await writeMetadata(metadataPath, toMetadata(plan, state)).catch(() => undefined);
}

/** Atomic: a hard kill mid-write never leaves half a metadata.json (tuxmake learned this too). */
async function writeMetadata(path: string, metadata: Record<string, unknown>): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFile(tmp, JSON.stringify(metadata, null, 2) + '\n');
  await rename(tmp, path);
}

/** What a previous build left in the output directory; stale files must not pass for new ones. */
async function clearOutputs(plan: BuildPlan): Promise<void> {
  const names = [plan.arch.imageTarget, 'System.map', 'config', 'Module.symvers', 'vmlinux', 'modules', 'dtbs', 'external', 'config-audit.json', LOG_FILE, METADATA_FILE];
  for (const name of names) await rm(join(plan.outDir, name), { recursive: true, force: true });
}
