import type { Clock } from '../../core/clock.js';
import { messageOf } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { RemoteHost } from '../../remote/transport.js';
import type { Plan, PlanStep } from './ab-plan.js';
import { describeStep } from './ab-plan.js';
import type { BootControl, BootObservation } from './boot-control.js';
import { observeBoot } from './boot-control.js';
import { type RebootOutcome, waitForReboot } from './reboot-wait.js';

export interface PlanRun {
  action: Plan['action'];
  ok: boolean;
  /** The step that failed and why (null when ok). */
  failure: { step: PlanStep['kind']; message: string; reason?: string } | null;
  before: BootObservation | null;
  after: BootObservation | null;
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
}

/**
 * Runs a plan step by step. A node that cannot be reached for `reboot` is power-cycled when the
 * BootControl can do that (QEMU: kill it; hardware: a BMC hook), so a hung candidate still returns.
 */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<PlanRun> {
  const started = options.clock.now();
  const log: string[] = [];
  let before: BootObservation | null = null;
  let after: BootObservation | null = null;
  let host: RemoteHost | null = null;
  const connected = async (): Promise<RemoteHost> => (host ??= await options.connect());
  const finish = async (failure: PlanRun['failure']): Promise<PlanRun> => {
    await (host as RemoteHost | null)?.close().catch(() => undefined);
    if (failure) log.push(`FAILED ${failure.step}: ${failure.message}`);
    return { action: plan.action, ok: failure === null, failure, before, after, log, durationMs: options.clock.now() - started };
  };

  for (const step of plan.steps) {
    const line = `${plan.action}: ${describeStep(step)}`;
    options.logger.info(line);
    log.push(line);
    try {
      switch (step.kind) {
        case 'observe':
          try {
            before = await observeBoot(await connected());
          } catch (error) {
            // A hung or dead node has no boot id to compare; any boot we then see is a new one.
            log.push(`node not reachable before reboot: ${messageOf(error)}`);
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
          });
          after = outcome.boot;
          if (!outcome.ok) return finish({ step: step.kind, message: outcome.message, reason: outcome.reason });
          log.push(`booted ${outcome.boot.release} (boot id ${outcome.boot.bootId}) after ${outcome.waitedMs} ms`);
          break;
        }
      }
    } catch (error) {
      return finish({ step: step.kind, message: messageOf(error) });
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
    }
  }
  if (!options.control.hardReset) throw new Error('the node cannot be reached and has no power-cycle hook');
  log.push('power-cycling the node');
  await options.control.hardReset();
}
