import type { Clock } from '../../core/clock.js';
import { messageOf } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { RemoteError, type RemoteHost } from '../../remote/transport.js';
import type { Plan } from './ab-plan.js';
import { describeStep } from './ab-plan.js';
import type { BootControl, BootObservation } from './boot-control.js';
import { NodeUnreachableError, observeBoot } from './boot-control.js';
import { type PlanFailure, type PlanStatus, statusOf } from './plan-outcome.js';
import { type RebootOutcome, waitForReboot } from './reboot-wait.js';
import { describeVerification, type Verification, verifyNode } from './verify-boot.js';

export interface PlanRun {
  action: Plan['action'];
  /** done | already-done | unreachable | did-not-return | fell-back | verify-failed | step-failed (plan-outcome.ts). */
  status: PlanStatus;
  ok: boolean;
  /** The step that failed and why (null when ok). */
  failure: PlanFailure | null;
  before: BootObservation | null;
  after: BootObservation | null;
  /** The last verification (verify or done-if step), reported whether it passed or not. */
  verification: Verification | null;
  /** One line per executed step, for logs and the step's raw record. */
  log: string[];
  durationMs: number;
}

export interface ExecuteOptions {
  control: BootControl;
  connect: () => Promise<RemoteHost>;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
  /** Poll interval while waiting for a reboot (default 500 ms). */
  pollMs?: number;
}

/**
 * Runs a plan step by step. A node that cannot be reached for `reboot` is power-cycled when the
 * BootControl can do that (QEMU: kill it; hardware: a BMC hook), so a hung candidate still returns.
 * Every outcome is reported — a failed verification above all, with what was found.
 */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<PlanRun> {
  const started = options.clock.now();
  const log: string[] = [];
  let before: BootObservation | null = null;
  let after: BootObservation | null = null;
  let verification: Verification | null = null;
  let host: RemoteHost | null = null;
  const connected = async (): Promise<RemoteHost> => {
    if (host) return host;
    try {
      host = await options.connect();
      return host;
    } catch (error) {
      throw new NodeUnreachableError(`cannot reach the node: ${messageOf(error)}`, { cause: error });
    }
  };
  const finish = async (failure: PlanFailure | null, alreadyDone = false): Promise<PlanRun> => {
    await (host as RemoteHost | null)?.close().catch(() => undefined);
    if (failure) log.push(`FAILED ${failure.step}: ${failure.message}`);
    const status = statusOf(failure, alreadyDone);
    return { action: plan.action, status, ok: failure === null, failure, before, after, verification, log, durationMs: options.clock.now() - started };
  };
  const note = (line: string): void => {
    options.logger.info(line);
    log.push(line);
  };

  for (const step of plan.steps) {
    const hint = options.control.describe?.(step);
    note(`${plan.action}: ${describeStep(step)}${hint ? ` (${hint})` : ''}`);
    try {
      switch (step.kind) {
        case 'observe':
          try {
            before = await observeBoot(await connected());
          } catch (error) {
            // A hung or dead node has no boot id to compare; any boot we then see is a new one.
            note(`node not reachable before reboot: ${messageOf(error)}`);
            before = null;
            host = null;
          }
          break;
        case 'install':
          await options.control.install(step.slot, step.content, await connected());
          break;
        case 'arm-try':
          await options.control.armTry(step.slot, await connected());
          break;
        case 'disarm':
          await options.control.disarm(await connected().catch(() => null));
          break;
        case 'promote':
          await options.control.promote(step.slot, await connected());
          break;
        case 'reboot':
          await reboot(options, host, log);
          host = null;
          break;
        case 'wait-boot': {
          const outcome: RebootOutcome = await waitForReboot({
            connect: options.connect,
            previousBootId: before?.bootId ?? null,
            expectRelease: step.expectRelease,
            timeoutMs: step.timeoutMs,
            clock: options.clock,
            signal: options.signal,
            ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
          });
          after = outcome.boot;
          if (!outcome.ok) return finish({ step: step.kind, message: outcome.message, reason: outcome.reason });
          note(`booted ${outcome.boot.release} (boot id ${outcome.boot.bootId}) after ${outcome.waitedMs} ms`);
          break;
        }
        case 'verify':
          verification = await verifyNode(await connected(), step.expect);
          note(`verification: ${describeVerification(verification)}`);
          if (!verification.ok) return finish({ step: step.kind, message: describeVerification(verification), reason: 'mismatch' });
          break;
        case 'done-if':
          if (before?.release !== step.expect.release) break;
          verification = await verifyNode(await connected(), step.expect);
          note(`already: ${describeVerification(verification)}`);
          if (verification.ok) {
            after = before;
            return finish(null, true);
          }
          break;
      }
    } catch (error) {
      const unreachable = error instanceof NodeUnreachableError || error instanceof RemoteError;
      return finish({ step: step.kind, message: messageOf(error), ...(unreachable ? { reason: 'unreachable' as const } : {}) });
    }
  }
  return finish(null);
}

async function reboot(options: ExecuteOptions, host: RemoteHost | null, log: string[]): Promise<void> {
  if (host) {
    try {
      await options.control.reboot(host);
      return;
    } catch (error) {
      log.push(`reboot over SSH failed: ${messageOf(error)}`);
      if (!options.control.hardReset) throw error;
    }
  }
  if (!options.control.hardReset) throw new NodeUnreachableError('the node cannot be reached and has no power-cycle hook');
  log.push('power-cycling the node');
  await options.control.hardReset();
}
