import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { messageOf, UsageError } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import type { Logger } from '../core/logger.js';
import type { CanaryResult, RunResults } from '../core/results.js';
import { VERSION } from '../core/version.js';
import { formatProblem, loadManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/schema/index.js';
import { connectSsh } from '../remote/connect.js';
import { sshTargetFromCanary, type SshTarget } from '../remote/ssh-target.js';
import { RemoteError, type RemoteHost } from '../remote/transport.js';
import { readBundle } from './bundle/format.js';
import { type SuiteConfig, suiteConfigFor } from './config.js';
import { readModuleDigests } from './module-digests.js';
import { readResults, writeResults, writeTopologyDb } from './results-dir.js';
import { runCanary } from './suite.js';
import { startVirtualCanary } from './virtual/server.js';

export interface SmokeOptions {
  outDir: string;
  logger: Logger;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  /** Real canaries from a manifest (all, or the named ones). */
  manifest?: { path: string; canaries: string[] };
  /** Capture bundles served as virtual canaries. */
  virtual?: string[];
  /** signatures.json of the modules under test: module-load compares the node's sha256 with it. */
  signatures?: string;
  /** A previous run's results directory (the last promoted run). */
  baseline?: string;
  runUrl?: string | null;
  /** Connect timeout per attempt (tests shorten it). */
  connectTimeoutMs?: number;
}

/** One canary to test: how to reach it and how to judge it. */
interface Planned {
  name: string;
  host: string;
  labels: Record<string, string>;
  control: boolean;
  config: SuiteConfig;
  connect(): Promise<{ remote: RemoteHost; stop(): Promise<void> }>;
}

/**
 * Runs the smoke suite and writes DIR/results.json + DIR/raw/ (+ DIR/topology.json at the end). results.json is rewritten after every
 * step, so a killed run still leaves a valid record; `run.complete` is true only when every step of
 * every canary ended on its own.
 */
export async function runSmoke(options: SmokeOptions): Promise<RunResults> {
  const planned = [...(await plannedFromManifest(options)), ...(await plannedFromBundles(options))];
  if (planned.length === 0) throw new UsageError('nothing to test: give --manifest (with canaries) or --virtual BUNDLE_DIR');
  const digests = options.signatures ? await readModuleDigests(options.signatures) : null;
  const baseline = options.baseline ? await readResults(options.baseline) : null;
  await mkdir(options.outDir, { recursive: true });

  const mode = options.manifest && options.virtual?.length ? 'mixed' : options.manifest ? 'ssh' : 'virtual';
  const results: RunResults = {
    schemaVersion: 1,
    tool: { name: 'linkgate', version: VERSION },
    run: { id: randomUUID(), startedAt: new Date().toISOString(), finishedAt: null, mode, url: options.runUrl ?? null, complete: false },
    canaries: planned.map((p) => pendingCanary(p)),
  };
  let writes = Promise.resolve<unknown>(undefined);
  const save = (): Promise<unknown> => (writes = writes.then(() => writeResults(options.outDir, results)));
  await save();

  const concurrency = options.manifest ? await manifestConcurrency(options.manifest.path) : 4;
  await pool(planned, concurrency, async (p, index) => {
    results.canaries[index] = await testCanary(p, options, digests, baseline?.canaries.find((c) => c.name === p.name) ?? null, async (partial) => {
      results.canaries[index] = partial;
      await save();
    });
    await save();
  });
  results.run.finishedAt = new Date().toISOString();
  results.run.complete = !options.signal.aborted && results.canaries.every((c) => c.steps.length === planFor(planned, c.name).config.steps.length);
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

async function testCanary(
  p: Planned,
  options: SmokeOptions,
  digests: ReadonlyMap<string, string> | null,
  baseline: CanaryResult | null,
  onStep: (partial: CanaryResult) => Promise<void>,
): Promise<CanaryResult> {
  let connection: Awaited<ReturnType<Planned['connect']>>;
  try {
    connection = await p.connect();
  } catch (error) {
    const state = error instanceof RemoteError ? error.state : 'failed';
    const reason = `not tested: ${messageOf(error)}`;
    options.logger.error(`${p.name}: ${messageOf(error)}`);
    return { ...pendingCanary(p), state, steps: p.config.steps.map((name) => ({ name, status: 'error', reason, startedAt: new Date().toISOString(), durationMs: 0, checks: [], data: {}, problems: [], raw: [] })) };
  }
  try {
    return await runCanary({
      name: p.name, host: p.host, labels: p.labels, control: p.control, config: p.config, remote: connection.remote,
      outDir: options.outDir, signal: options.signal, logger: options.logger, moduleDigests: digests, baseline, onStep,
    });
  } finally {
    await connection.stop().catch(() => undefined);
  }
}

async function plannedFromManifest(options: SmokeOptions): Promise<Planned[]> {
  if (!options.manifest) return [];
  const manifest = await validManifest(options.manifest.path);
  const wanted = options.manifest.canaries;
  const unknown = wanted.filter((n) => !manifest.canaries.some((c) => c.name === n));
  if (unknown.length > 0) throw new UsageError(`no canary named ${unknown.join(', ')} in ${options.manifest.path} (it has: ${manifest.canaries.map((c) => c.name).join(', ') || 'none'})`);
  const canaries = manifest.canaries.filter((c) => wanted.length === 0 || wanted.includes(c.name));
  return Promise.all(
    canaries.map(async (canary) => {
      const target = await sshTargetFromCanary(canary, { env: options.env, logger: options.logger });
      return {
        name: canary.name, host: canary.host, labels: canary.labels, control: canary.control, config: suiteConfigFor(manifest, canary.name),
        connect: async () => {
          const remote = await connectSsh(target, { logger: options.logger, signal: options.signal, ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}) });
          return { remote, stop: () => remote.close() };
        },
      };
    }),
  );
}

async function plannedFromBundles(options: SmokeOptions): Promise<Planned[]> {
  const names = new Map<string, number>();
  const planned: Planned[] = [];
  for (const dir of options.virtual ?? []) {
    const bundle = await readBundle(dir);
    // The same bundle twice (a fleet of identical virtual nodes) needs distinct canary names.
    const seen = (names.get(bundle.meta.name) ?? 0) + 1;
    names.set(bundle.meta.name, seen);
    const name = seen === 1 ? bundle.meta.name : `${bundle.meta.name}-${seen}`;
    planned.push({
      name, host: `virtual:${dir}`, labels: bundle.meta.node.labels, control: bundle.meta.node.control, config: bundle.meta.suite,
      connect: async () => {
        const canary = await startVirtualCanary(bundle);
        const target: SshTarget = {
          name, host: canary.host, port: canary.port, user: canary.user, hostKeys: [canary.hostPublicKey],
          hostKeyPolicy: 'pinned', privateKey: canary.clientPrivateKey,
        };
        try {
          const remote = await connectSsh(target, { logger: options.logger, signal: options.signal, ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}) });
          return { remote, stop: async () => { await remote.close(); await canary.close(); } };
        } catch (error) {
          await canary.close();
          throw error;
        }
      },
    });
  }
  return planned;
}

async function validManifest(path: string): Promise<Manifest> {
  const parsed = await loadManifest(path);
  if (!parsed.ok) throw new UsageError(`${path}: invalid manifest (${parsed.problems.length} problem(s))`, { details: parsed.problems.map(formatProblem) });
  return parsed.manifest;
}

async function manifestConcurrency(path: string): Promise<number> {
  return (await validManifest(path)).smoke.concurrency;
}

function pendingCanary(p: Planned): CanaryResult {
  return { name: p.name, host: p.host, labels: p.labels, control: p.control, state: 'ok', facts: { kernelRelease: null, driverVersion: null, bootId: null }, leaseWaitMs: null, steps: [] };
}

function planFor(planned: readonly Planned[], name: string): Planned {
  return planned.find((p) => p.name === name)!;
}

async function pool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  });
  await Promise.all(runners);
}
