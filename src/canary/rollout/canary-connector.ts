import type { Clock } from '../../core/clock.js';
import type { Logger } from '../../core/logger.js';
import type { Canary } from '../../manifest/schema/canary.js';
import { connectSsh } from '../../remote/connect.js';
import { sshTargetFromCanary } from '../../remote/ssh-target.js';
import type { RemoteHost } from '../../remote/transport.js';

/** How deploy, promote and rollback reach one canary. */
export interface CanaryConnector {
  /** The first connection, retried with backoff: failing here means unreachable before anything changed. */
  first(): Promise<RemoteHost>;
  /** One quick attempt, for polling while the node reboots (the poll loop is the retry). */
  poll(): Promise<RemoteHost>;
}

/** Resolves a canary's connector; throws UsageError when its key cannot be had (before any node is touched). */
export type ConnectorFactory = (canary: Canary) => Promise<CanaryConnector>;

/** Pinned SSH from the manifest (host keys, identity, jump host) through connectSsh. */
export function sshConnectors(io: { env: NodeJS.ProcessEnv; logger: Logger; clock: Clock; signal?: AbortSignal }): ConnectorFactory {
  return async (canary) => {
    const target = await sshTargetFromCanary(canary, io);
    const base = { logger: io.logger, clock: io.clock, ...(io.signal ? { signal: io.signal } : {}) };
    return {
      first: () => connectSsh(target, base),
      poll: () => connectSsh(target, { ...base, connectTimeoutMs: 10_000, retry: { attempts: 1 } }),
    };
  };
}
