import { messageOf, UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { forEachBounded } from '../../core/for-each-bounded.js';
import type { Canary } from '../../manifest/schema/canary.js';
import type { RemoteHost } from '../../remote/transport.js';
import { deployPlan } from '../slots/ab-plan.js';
import { observeBoot } from '../slots/boot-control.js';
import { initialState } from '../slots/slot-state.js';
import { bootControlFor } from './boot-strategy.js';
import type { Candidate } from './candidate-artifacts.js';
import { type CanaryOutcome, type FleetRunOptions, logOutcome, printPlan, type PrintedPlan, runCanaryPlan } from './canary-outcome.js';

export const DEFAULT_BOOT_TIMEOUT_MS = 10 * 60_000;
const RUNNING = '(the running kernel)';

export interface DeployTarget {
  canary: Canary;
  /** null: not deployed (a control canary keeps the known-good build). */
  plan: PrintedPlan | null;
  skipReason: string | null;
}

/**
 * The deploy plans for the selected canaries, before anything is touched. Control canaries are
 * skipped; a canary linkgate cannot boot (boot.strategy none, missing hooks) is a usage error
 * naming every such canary. For ab-slots the slot shown is the one a fresh node would get; the real
 * one comes from the node's slot table when the deploy runs.
 */
export function planDeploys(canaries: readonly Canary[], candidate: Candidate, bootTimeoutMs: number): DeployTarget[] {
  const problems: string[] = [];
  const targets = canaries.map((canary): DeployTarget => {
    if (canary.control) return { canary, plan: null, skipReason: 'control canary: keeps the known-good build' };
    const made = bootControlFor(canary, { release: RUNNING, image: RUNNING }, 'deploy');
    if (!made.ok) {
      problems.push(made.message);
      return { canary, plan: null, skipReason: made.message };
    }
    const notes = made.control.slotTablePath ? [`the slot is chosen from the node's slot table ${made.control.slotTablePath} when the deploy runs`] : [];
    return { canary, plan: printPlan(canary, deployPlan(initialState({ release: RUNNING, image: RUNNING }), candidate, bootTimeoutMs), made.control, notes), skipReason: null };
  });
  if (problems.length > 0) throw new UsageError(`cannot deploy to ${problems.length} canary(ies)`, { details: problems });
  return targets;
}

/** Runs the deploy plan on every target; one canary's trouble never stops the others. */
export async function runDeploys(targets: readonly DeployTarget[], candidate: Candidate, options: FleetRunOptions): Promise<CanaryOutcome[]> {
  return forEachBounded(targets, options.concurrency ?? 8, async (target) => {
    if (!target.plan) return { canary: target.canary.name, action: 'deploy', status: 'skipped', exitCode: ExitCode.Pass, message: target.skipReason ?? 'skipped', plan: null, run: null };
    return logOutcome(options.logger, await deployOne(target.canary, candidate, options));
  });
}

async function deployOne(canary: Canary, candidate: Candidate, options: FleetRunOptions): Promise<CanaryOutcome> {
  const connector = options.connectors.get(canary.name);
  const fail = (status: 'unreachable' | 'step-failed', message: string): CanaryOutcome => ({ canary: canary.name, action: 'deploy', status, exitCode: ExitCode.Infra, message, plan: null, run: null });
  if (!connector) return fail('unreachable', 'no connection settings');
  // Connect before anything changes: a node that is down now is infrastructure, not the candidate.
  let host: RemoteHost;
  try {
    host = await connector.first();
  } catch (error) {
    return fail('unreachable', `unreachable before deploy: ${messageOf(error)}`);
  }
  let control;
  try {
    const running = await observeBoot(host);
    const made = bootControlFor(canary, { release: running.release ?? RUNNING, image: RUNNING }, 'deploy');
    if (!made.ok) return fail('step-failed', made.message);
    control = made.control;
    const loaded = await control.load(host);
    if (!loaded.ok) return fail('step-failed', loaded.message);
  } catch (error) {
    return fail('unreachable', `lost the node before deploy: ${messageOf(error)}`);
  } finally {
    await host.close().catch(() => undefined);
  }
  return runCanaryPlan(canary, deployPlan(await control.state(), candidate, options.bootTimeoutMs), control, connector, options);
}
