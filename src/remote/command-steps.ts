import { messageOf } from '../core/errors.js';
import type { HostState } from '../core/results.js';
import type { HostWork } from './fanout.js';
import { RemoteError, type RemoteExecResult } from './transport.js';

/** One command of a plain command list run on every host (benchmarks, ad-hoc fleet commands). */
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

/**
 * Work for runFanOut: the same commands, in order, on each host, each output line logged live with
 * a `[host]` prefix. The host is `failed` when a command exits non-zero (the node answered wrongly),
 * `timeout` when one times out or is cancelled; by default its remaining commands are skipped.
 */
export function commandSteps<T>(steps: readonly FanOutStep[], options: { stopOnFailure?: boolean } = {}): HostWork<T, StepOutcome[]> {
  return async (host, _target, { name, signal, logger }) => {
    const outcomes: StepOutcome[] = [];
    let state: HostState = 'ok';
    let message: string | null = null;
    for (const step of steps) {
      if (signal?.aborted) {
        [state, message] = ['timeout', `cancelled before step ${step.name}`];
        break;
      }
      try {
        const result = await host.exec(step.argv, {
          timeoutMs: step.timeoutMs,
          env: step.env,
          maxOutputBytes: step.maxOutputBytes,
          signal,
          onLine: (stream, line) => logger.info(`[${name}]${stream === 'stderr' ? ' (stderr)' : ''} ${line}`),
        });
        outcomes.push({ name: step.name, result, error: null });
        const verdict = stepState(step.name, result);
        if (verdict) [state, message] = verdict;
      } catch (error) {
        outcomes.push({ name: step.name, result: null, error: messageOf(error) });
        [state, message] = [error instanceof RemoteError ? error.state : 'unreachable', messageOf(error)];
      }
      if (state !== 'ok' && (options.stopOnFailure ?? true)) break;
    }
    return { state, message, value: outcomes };
  };
}

function stepState(step: string, result: RemoteExecResult): [HostState, string] | null {
  if (result.cancelled) return ['timeout', `step ${step} cancelled`];
  if (result.timedOut) return ['timeout', `step ${step} timed out after ${result.durationMs} ms`];
  if (result.exitCode === 0) return null;
  return ['failed', `step ${step} ${result.signal ? `killed by ${result.signal}` : `exited with ${result.exitCode}`}`];
}
