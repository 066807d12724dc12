import { mkdir } from 'node:fs/promises';
import { systemClock } from '../core/clock.js';
import { UsageError } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import type { Logger } from '../core/logger.js';
import type { CanaryResult, RunResults } from '../core/results.js';
import { VERSION } from '../core/version.js';
import type { Shard } from '../manifest/canary-selection.js';
import { formatProblem, loadManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/schema/index.js';
import { runFanOut, summarizeFanOut, type HostWork } from '../remote/fanout.js';
import { LeaseBusyError, withLease } from '../remote/lease.js';
import { readModuleDigests } from './module-digests.js';
import { pendingCanary, type PlannedCanary, plannedFromBundles, plannedFromManifest, untestedCanary } from './plan.js';
import { readResults, writeResults, writeTopologyDb } from './results-dir.js';
import { runIdentity, type RunIdentity } from './run-identity.js';
import { runCanary } from './suite.js';

export interface SmokeOptions {
  outDir: string;
  logger: Logger;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  /** Real canaries from a manifest (all, or the named ones). */
  manifest?: { path: string; canaries: string[] };
  /** Capture bundles served as virtual canaries. */
  virtual?: string[];
  /** Test only this leg of the fleet (canary i of the manifest goes to leg i mod N). */
  shard?: Shard | null;
  /** results.json run.id; shards of one run must share it (default: see runIdentity). */
  runId?: string;
  /** signatures.json of the modules under test: module-load compares the node's sha256 with it. */
  signatures?: string;
  /** A previous run's results directory (the last promoted run). */
  baseline?: string;
  /** Connect timeout per attempt (tests shorten it). */
  connectTimeoutMs?: number;
}

/** Canaries worked on at once when no manifest says otherwise (virtual canaries only). */
const VIRTUAL_CONCURRENCY = 4;

/**
 * Runs the smoke suite and writes DIR/results.json + DIR/raw/ (+ DIR/topology.json at the end).
 * The canaries go through the fleet layer (src/remote/fanout.ts): bounded concurrency, one pinned
 * connection per canary reused by every step, and each real canary held under its exclusive lease
 * for the whole suite. results.json is rewritten after every step, so a killed run still leaves a
 * valid record; `run.complete` is true only when every step of every canary ended on its own.
 */
export async function runSmoke(options: SmokeOptions): Promise<RunResults> {
  const shard = options.shard ?? null;
  const identity = runIdentity(options.env, { ...(options.runId !== undefined ? { runId: options.runId } : {}), sharded: shard !== null });
  const manifest = options.manifest ? await validManifest(options.manifest.path) : null;
  const io = { logger: options.logger, env: options.env, ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}) };
  const planned = [
    ...(manifest && options.manifest ? await plannedFromManifest(manifest, { names: options.manifest.canaries, shard, source: options.manifest.path }, io) : []),
    ...(await plannedFromBundles(options.virtual ?? [], shard, io)),
  ];
  if (planned.length === 0) {
    if (!shard) throw new UsageError('nothing to test: give --manifest (with canaries) or --virtual BUNDLE_DIR');
    // More legs than canaries: this leg's share is empty, which is not an error of the leg.
    options.logger.warn(`shard ${shard.index}/${shard.count} holds no canary: nothing to test in this leg`);
  }
  const digests = options.signatures ? await readModuleDigests(options.signatures) : null;
  const baseline = options.baseline ? await readResults(options.baseline) : null;
  await mkdir(options.outDir, { recursive: true });

  const mode = options.manifest && options.virtual?.length ? 'mixed' : options.manifest ? 'ssh' : 'virtual';
  const results: RunResults = {
    schemaVersion: 1,
    tool: { name: 'linkgate', version: VERSION },
    run: { id: identity.id, startedAt: new Date().toISOString(), finishedAt: null, mode, url: identity.url, complete: false, ...(shard ? { shard } : {}) },
    canaries: planned.map((p) => pendingCanary(p)),
  };
  let writes = Promise.resolve<unknown>(undefined);
  const save = (): Promise<unknown> => (writes = writes.then(() => writeResults(options.outDir, results)));
  await save();

  const work: HostWork<PlannedCanary, CanaryResult> = async (remote, p) => {
    const index = planned.indexOf(p);
    const suite = (leaseWaitMs: number | null): Promise<CanaryResult> =>
      runCanary({
        name: p.name, host: p.host, labels: p.labels, control: p.control, config: p.config, remote, leaseWaitMs,
        outDir: options.outDir, signal: options.signal, logger: options.logger, moduleDigests: digests,
        baseline: baseline?.canaries.find((c) => c.name === p.name) ?? null,
        onStep: async (partial) => {
          results.canaries[index] = partial;
          await save();
        },
      });
    if (!p.lease) return { state: 'ok', message: null, value: await suite(null) };
    try {
      return { state: 'ok', message: null, value: await withLease(remote, leaseOptions(p.name, p.lease, identity, options), (lease) => suite(lease.waitedMs)) };
    } catch (error) {
      if (error instanceof LeaseBusyError) return { state: 'timeout', message: error.message, value: untestedCanary(p, 'timeout', error.message, p.lease.waitS * 1000) };
      throw error;
    }
  };
  const outcomes = await runFanOut(planned, {
    concurrency: manifest?.smoke.concurrency ?? VIRTUAL_CONCURRENCY,
    nameOf: (p) => p.name,
    connect: (p, signal) => p.connect(signal),
    work,
    logger: options.logger,
    signal: options.signal,
  });
  outcomes.forEach((outcome, index) => {
    const p = planned[index]!;
    results.canaries[index] = outcome.value ? { ...outcome.value, state: outcome.state } : untestedCanary(p, outcome.state, outcome.message ?? outcome.state);
  });
  if (outcomes.length > 0) options.logger.info(`canaries: ${summarizeFanOut(outcomes)}`);
  results.run.finishedAt = new Date().toISOString();
  results.run.complete = !options.signal.aborted && results.canaries.every((c, i) => c.steps.length === planned[i]!.config.steps.length);
  await save();
  await writes;
  await writeTopologyDb(options.outDir, results);
  return results;
}

/** 0 every step passed or skipped; 1 a step failed; 3 a step errored or a canary was unreachable. */
export function smokeExitCode(results: RunResults): number {
  const steps = results.canaries.flatMap((c) => c.steps);
  if (steps.some((s) => s.status === 'fail')) return ExitCode.Fail;
  if (!results.run.complete || results.canaries.some((c) => c.state !== 'ok') || steps.some((s) => s.status === 'error')) return ExitCode.Infra;
  return ExitCode.Pass;
}

function leaseOptions(canary: string, settings: NonNullable<PlannedCanary['lease']>, identity: RunIdentity, options: SmokeOptions): Parameters<typeof withLease>[1] {
  const { waitS, ttlS, pollS } = settings;
  return {
    canary, owner: identity.owner, runUrl: identity.url, waitMs: waitS * 1000, ttlMs: ttlS * 1000, pollMs: pollS * 1000,
    clock: systemClock, logger: options.logger, signal: options.signal,
  };
}

async function validManifest(path: string): Promise<Manifest> {
  const parsed = await loadManifest(path);
  if (!parsed.ok) throw new UsageError(`${path}: invalid manifest (${parsed.problems.length} problem(s))`, { details: parsed.problems.map(formatProblem) });
  return parsed.manifest;
}
