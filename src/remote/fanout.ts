import type { Logger } from '../core/logger.js';
import type { HostState } from '../core/results.js';
import { messageOf } from '../core/errors.js';
import { summarizeOutcomes } from './outcome-groups.js';
import { RemoteError, type RemoteHost } from './transport.js';

/** What a host's work reports: its state (`ok` unless something went wrong), why, and its own result. */
export interface HostWorkResult<R> {
  state: HostState;
  /** One line saying why the host is not `ok`; null when it is. */
  message: string | null;
  value: R;
}

/**
 * The work done on one connected host (e.g. a list of commands, or the whole smoke suite). It gets
 * the host's one connection, reused for everything it does; the fan-out closes it afterwards.
 */
export type HostWork<T, R> = (host: RemoteHost, target: T, context: { name: string; signal?: AbortSignal; logger: Logger }) => Promise<HostWorkResult<R>>;

export interface HostOutcome<R> {
  name: string;
  state: HostState;
  /** One line saying why the host is not `ok`; null when it is. */
  message: string | null;
  /** What the work returned; null when the host was never connected or the work threw. */
  value: R | null;
  connectMs: number | null;
  durationMs: number;
  /** The run was cancelled while this host was busy or waiting (its state is then `timeout`). */
  cancelled: boolean;
}

export interface FanOutOptions<T, R> {
  /** Hosts worked on at once. */
  concurrency: number;
  nameOf: (target: T) => string;
  connect: (target: T, signal: AbortSignal | undefined) => Promise<RemoteHost>;
  work: HostWork<T, R>;
  logger: Logger;
  signal?: AbortSignal;
}

/**
 * Runs work on many hosts: bounded concurrency, one connection per host reused for all its work,
 * every host ends in its own state (one host's failure never stops the others). A connection-level
 * failure during the work (RemoteError from exec/put/get: connection lost) overrides an `ok` the
 * work reported, so a host that dropped off mid-run is `unreachable`, whatever the work made of it.
 */
export async function runFanOut<T, R>(targets: readonly T[], options: FanOutOptions<T, R>): Promise<HostOutcome<R>[]> {
  const outcomes: HostOutcome<R>[] = new Array(targets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const index = next++;
      outcomes[index] = await runHost(targets[index]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, worker));
  return outcomes;
}

async function runHost<T, R>(target: T, options: FanOutOptions<T, R>): Promise<HostOutcome<R>> {
  const name = options.nameOf(target);
  const started = Date.now();
  const done = (state: HostState, message: string | null, value: R | null, connectMs: number | null): HostOutcome<R> => {
    if (state !== 'ok') options.logger.warn(`[${name}] ${state}: ${message}`);
    return { name, state, message, value, connectMs, durationMs: Date.now() - started, cancelled: options.signal?.aborted ?? false };
  };
  if (options.signal?.aborted) return done('timeout', 'cancelled before it started', null, null);
  let host: RemoteHost;
  try {
    host = await options.connect(target, options.signal);
  } catch (error) {
    if (options.signal?.aborted) return done('timeout', 'cancelled while connecting', null, null);
    return done(error instanceof RemoteError ? error.state : 'unreachable', messageOf(error), null, null);
  }
  const connectMs = Date.now() - started;
  const tracked = trackConnection(host);
  try {
    const result = await options.work(tracked.host, target, { name, signal: options.signal, logger: options.logger });
    const lost = tracked.lost();
    if (result.state === 'ok' && lost) return done(lost.state, lost.message, result.value, connectMs);
    return done(result.state, result.message, result.value, connectMs);
  } catch (error) {
    if (options.signal?.aborted) return done('timeout', `cancelled: ${messageOf(error)}`, null, connectMs);
    return done(error instanceof RemoteError ? error.state : 'failed', messageOf(error), null, connectMs);
  } finally {
    await host.close().catch(() => undefined);
  }
}

/** The host as the work sees it, remembering the first connection-level error any call threw. */
function trackConnection(host: RemoteHost): { host: RemoteHost; lost(): RemoteError | null } {
  let lost: RemoteError | null = null;
  const watch = async <V>(call: Promise<V>): Promise<V> => {
    try {
      return await call;
    } catch (error) {
      if (error instanceof RemoteError) lost ??= error;
      throw error;
    }
  };
  return {
    lost: () => lost,
    host: {
      name: host.name,
      exec: (argv, execOptions) => watch(host.exec(argv, execOptions)),
      put: (local, remote, putOptions) => watch(host.put(local, remote, putOptions)),
      get: (remote, local) => watch(host.get(remote, local)),
      close: () => host.close(),
    },
  };
}

/** `canary-[01-07]: ok; canary-08: timeout` */
export function summarizeFanOut(outcomes: readonly Pick<HostOutcome<unknown>, 'name' | 'state'>[]): string {
  return summarizeOutcomes(outcomes.map((o) => ({ name: o.name, outcome: o.state })));
}
