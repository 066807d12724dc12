import type { Logger } from '../core/logger.js';
import type { CanaryResult, HostState } from '../core/results.js';
import { inShard, selectCanaries, type Shard } from '../manifest/canary-selection.js';
import type { Manifest } from '../manifest/schema/index.js';
import { connectSsh } from '../remote/connect.js';
import { sshTargetFromCanary, type SshTarget } from '../remote/ssh-target.js';
import type { RemoteHost } from '../remote/transport.js';
import { readBundle } from './bundle/format.js';
import { type SuiteConfig, suiteConfigFor } from './config.js';
import { startVirtualCanary } from './virtual/server.js';

/** One canary to test: how to reach it and how to judge it. */
export interface PlannedCanary {
  name: string;
  host: string;
  labels: Record<string, string>;
  control: boolean;
  config: SuiteConfig;
  /** Real canaries are held under an exclusive lease for the whole suite (these settings); a virtual one serves only this run (null). */
  lease: Manifest['smoke']['lease'] | null;
  /** One pinned SSH connection, reused by every step (closing it also stops a virtual canary's server). */
  connect(signal: AbortSignal | undefined): Promise<RemoteHost>;
}

export interface ConnectSettings {
  logger: Logger;
  /** Connect timeout per attempt (tests shorten it). */
  connectTimeoutMs?: number;
}

/**
 * The manifest's canaries to test (the named ones, in the shard), each with its key resolved from
 * `identity` (default $SSH_PRIVATE_KEY) and masked before anything connects: a missing key is a
 * usage error for the whole run, not a per-canary failure.
 */
export async function plannedFromManifest(
  manifest: Manifest,
  selection: { names: readonly string[]; shard: Shard | null; source: string },
  io: ConnectSettings & { env: NodeJS.ProcessEnv },
): Promise<PlannedCanary[]> {
  const canaries = selectCanaries(manifest.canaries, selection);
  return Promise.all(
    canaries.map(async (canary): Promise<PlannedCanary> => {
      const target = await sshTargetFromCanary(canary, { env: io.env, logger: io.logger });
      return {
        name: canary.name, host: canary.host, labels: canary.labels, control: canary.control, config: suiteConfigFor(manifest, canary.name), lease: manifest.smoke.lease,
        connect: (signal) => connectSsh(target, connectOptions(io, signal)),
      };
    }),
  );
}

/** Capture bundles served as virtual canaries; in a shard, bundle i goes to leg i mod N like canaries do. */
export async function plannedFromBundles(dirs: readonly string[], shard: Shard | null, io: ConnectSettings): Promise<PlannedCanary[]> {
  const names = new Map<string, number>();
  const planned: PlannedCanary[] = [];
  for (const [position, dir] of dirs.entries()) {
    const bundle = await readBundle(dir);
    // The same bundle twice (a fleet of identical virtual nodes) needs distinct canary names.
    const seen = (names.get(bundle.meta.name) ?? 0) + 1;
    names.set(bundle.meta.name, seen);
    if (!inShard(position, shard)) continue;
    const name = seen === 1 ? bundle.meta.name : `${bundle.meta.name}-${seen}`;
    planned.push({
      name, host: `virtual:${dir}`, labels: bundle.meta.node.labels, control: bundle.meta.node.control, config: bundle.meta.suite, lease: null,
      connect: async (signal) => {
        const canary = await startVirtualCanary(bundle);
        const target: SshTarget = {
          name, host: canary.host, port: canary.port, user: canary.user, hostKeys: [canary.hostPublicKey], hostKeyPolicy: 'pinned', privateKey: canary.clientPrivateKey,
        };
        try {
          return closingAlso(await connectSsh(target, connectOptions(io, signal)), () => canary.close());
        } catch (error) {
          await canary.close();
          throw error;
        }
      },
    });
  }
  return planned;
}

/** The connection, whose close() also stops what serves it (the virtual canary's SSH server). */
function closingAlso(remote: RemoteHost, stop: () => Promise<void>): RemoteHost {
  return {
    name: remote.name,
    exec: (argv, options) => remote.exec(argv, options),
    put: (local, path, options) => remote.put(local, path, options),
    get: (path, local) => remote.get(path, local),
    close: async () => {
      await remote.close();
      await stop();
    },
  };
}

function connectOptions(io: ConnectSettings, signal: AbortSignal | undefined): Parameters<typeof connectSsh>[1] {
  return { logger: io.logger, signal, ...(io.connectTimeoutMs ? { connectTimeoutMs: io.connectTimeoutMs } : {}) };
}

/** A canary before its suite ran: what results.json says while the run waits for it. */
export function pendingCanary(p: PlannedCanary): CanaryResult {
  return { name: p.name, host: p.host, labels: p.labels, control: p.control, state: 'ok', facts: { kernelRelease: null, driverVersion: null, bootId: null }, leaseWaitMs: null, steps: [] };
}

/**
 * A canary the suite never ran on (unreachable, auth refused, lease not obtained, cancelled first):
 * every step is `error` with the reason — never `fail`, since the node did not answer — so the gate
 * reads it as INCONCLUSIVE.
 */
export function untestedCanary(p: PlannedCanary, state: HostState, message: string, leaseWaitMs: number | null = null): CanaryResult {
  const reason = `not tested: ${message}`;
  const startedAt = new Date().toISOString();
  return {
    ...pendingCanary(p),
    state,
    leaseWaitMs,
    steps: p.config.steps.map((name) => ({ name, status: 'error', reason, startedAt, durationMs: 0, checks: [], data: {}, problems: [], raw: [] })),
  };
}
