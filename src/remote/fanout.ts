import type { Logger } from '../core/logger.js';
import type { HostState } from '../core/results.js';
import { messageOf } from '../core/errors.js';
import { summarizeOutcomes } from './outcome-groups.js';
import { RemoteError, type RemoteExecResult, type RemoteHost } from './transport.js';

export interface FanOutStep {
  name: string;
  argv: readonly string[];
  timeoutMs?: number;
  env?: Readonly<Record<string, string>>;
  maxOutputBytes?: number;
}

export interface StepOutcome {
  name: string;
  result: RemoteExecResult | null;
  /** Why the step has no result (connection lost), or null. */
  error: string | null;
}

export interface HostOutcome {
  name: string;
  state: HostState;
  /** One line saying why the host is not `ok`; null when it is. */
  message: string | null;
  steps: StepOutcome[];
  connectMs: number | null;
  durationMs: number;
  /** The run was cancelled while this host was busy or waiting (its state is then `timeout`). */
  cancelled: boolean;
}

export interface FanOutOptions<T> {
  /** Hosts worked on at once. */
  concurrency: number;
  nameOf: (target: T) => string;
  connect: (target: T, signal: AbortSignal | undefined) => Promise<RemoteHost>;
  steps: readonly FanOutStep[];
  logger: Logger;
  signal?: AbortSignal;
  /** Skip a host's remaining steps after its first step that is not ok (default true). */
  stopOnFailure?: boolean;
}

/**
 * Runs the same steps on many hosts: bounded concurrency, one connection per host reused for all
 * its steps, every host ends in its own state (one host's failure never stops the others), and
 * each output line is logged live with a `[host]` prefix.
 */
export async function runFanOut<T>(targets: readonly T[], options: FanOutOptions<T>): Promise<HostOutcome[]> {
  const outcomes: HostOutcome[] = new Array(targets.length);
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

async function runHost<T>(target: T, options: FanOutOptions<T>): Promise<HostOutcome> {
  const name = options.nameOf(target);
  const started = Date.now();
  const steps: StepOutcome[] = [];
  const done = (state: HostState, message: string | null, connectMs: number | null): HostOutcome => ({
    name,
    state,
    message,
    steps,
    connectMs,
    durationMs: Date.now() - started,
    cancelled: options.signal?.aborted ?? false,
  });
  if (options.signal?.aborted) return done('timeout', 'cancelled before it started', null);
  let host: RemoteHost;
  try {
    host = await options.connect(target, options.signal);
  } catch (error) {
    if (options.signal?.aborted) return done('timeout', 'cancelled while connecting', null);
    const state = error instanceof RemoteError ? error.state : 'unreachable';
    options.logger.warn(`[${name}] ${state}: ${messageOf(error)}`);
    return done(state, messageOf(error), null);
  }
  const connectMs = Date.now() - started;
  let state: HostState = 'ok';
  let message: string | null = null;
  try {
    for (const step of options.steps) {
      if (options.signal?.aborted) {
        [state, message] = ['timeout', `cancelled before step ${step.name}`];
        break;
      }
      try {
        const result = await host.exec(step.argv, {
          timeoutMs: step.timeoutMs,
          env: step.env,
          maxOutputBytes: step.maxOutputBytes,
          signal: options.signal,
          onLine: (stream, line) => options.logger.info(`[${name}]${stream === 'stderr' ? ' (stderr)' : ''} ${line}`),
        });
        steps.push({ name: step.name, result, error: null });
        const verdict = stepState(step.name, result);
        if (verdict) [state, message] = verdict;
      } catch (error) {
        steps.push({ name: step.name, result: null, error: messageOf(error) });
        [state, message] = [error instanceof RemoteError ? error.state : 'unreachable', messageOf(error)];
      }
      if (state !== 'ok' && (options.stopOnFailure ?? true)) break;
    }
  } finally {
    await host.close().catch(() => undefined);
  }
  if (state !== 'ok') options.logger.warn(`[${name}] ${state}: ${message}`);
  return done(state, message, connectMs);
}

function stepState(step: string, result: RemoteExecResult): [HostState, string] | null {
  if (result.cancelled) return ['timeout', `step ${step} cancelled`];
  if (result.timedOut) return ['timeout', `step ${step} timed out after ${result.durationMs} ms`];
  if (result.exitCode === 0) return null;
  return ['failed', `step ${step} ${result.signal ? `killed by ${result.signal}` : `exited with ${result.exitCode}`}`];
}

/** `canary-[01-07]: ok; canary-08: timeout` */
export function summarizeFanOut(outcomes: readonly HostOutcome[]): string {
  return summarizeOutcomes(outcomes.map((o) => ({ name: o.name, outcome: o.state })));
}
