import { messageOf, UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { forEachBounded } from '../../core/for-each-bounded.js';
import type { Canary } from '../../manifest/schema/canary.js';
import type { RemoteHost } from '../../remote/transport.js';
import { knownGoodOf, type Plan, promotePlan, rollbackPlan, slotHolding } from '../slots/ab-plan.js';
import type { SlotContent, SlotState } from '../slots/slot-state.js';
import { initialState } from '../slots/slot-state.js';
import type { Expectation } from '../slots/verify-boot.js';
import { bootControlFor } from './boot-strategy.js';
import { type CanaryOutcome, type FleetRunOptions, logOutcome, printPlan, type PrintedPlan, runCanaryPlan } from './canary-outcome.js';

export interface RollbackRequest {
  canary: Canary;
  /**
   * rollback: the known-good build; promote: the new build that must be running. null (rollback of an
   * ab-slots canary only): the known-good release is read from the node's slot table.
   */
  expect: Expectation | null;
}

export interface RollbackTarget extends RollbackRequest {
  action: 'rollback' | 'promote';
  plan: PrintedPlan;
}

const FROM_TABLE = '<the known-good slot\'s release, from the node\'s slot table>';
const ENTRY = '(the known-good boot entry)';

/** What the known-good slot holds before the node's table (if any) is read: for a promote, not the new build. */
const seedFor = (action: 'rollback' | 'promote', expect: Expectation | null): SlotContent => ({
  release: action === 'rollback' ? (expect?.release ?? FROM_TABLE) : ENTRY,
  image: ENTRY,
});

/** The plans, before anything is touched; every canary that cannot be driven is named in one usage error. */
export function planRollbacks(requests: readonly RollbackRequest[], action: 'rollback' | 'promote', bootTimeoutMs: number): RollbackTarget[] {
  const problems: string[] = [];
  const targets: RollbackTarget[] = [];
  for (const request of requests) {
    const { canary, expect } = request;
    const made = bootControlFor(canary, seedFor(action, expect), action);
    if (!made.ok) {
      problems.push(made.message);
      continue;
    }
    const table = made.control.slotTablePath;
    if (expect === null && (action === 'promote' || !table)) {
      problems.push(
        action === 'promote'
          ? `canary ${canary.name}: promote needs the release that must be running (--release, gate.expectedKernelRelease or smoke.expectedKernelRelease)`
          : `canary ${canary.name}: no known-good release: give --baseline DIR or --known-good-release R (boot.strategy "${canary.boot.strategy}" keeps no slot table on the node; "ab-slots" does)`,
      );
      continue;
    }
    const notes = table ? [`slots are read from the node's slot table ${table} when this runs`] : [];
    targets.push({ ...request, action, plan: printPlan(canary, planFor(action, initialState(seedFor(action, expect)), expect, canary, bootTimeoutMs), made.control, notes) });
  }
  if (problems.length > 0) throw new UsageError(`cannot ${action} ${problems.length} canary(ies)`, { details: problems });
  return targets;
}

function planFor(action: 'rollback' | 'promote', state: SlotState, expect: Expectation | null, canary: Canary, bootTimeoutMs: number): Plan {
  const e = expect ?? { release: knownGoodOf(state).release, driverVersion: null, module: canary.driver.module };
  return action === 'rollback' ? rollbackPlan(e, bootTimeoutMs) : promotePlan(slotHolding(state, e.release), e);
}

/** Runs each target's plan; every outcome is reported, a failed verification with what was found. */
export async function runRollbacks(targets: readonly RollbackTarget[], options: FleetRunOptions): Promise<CanaryOutcome[]> {
  return forEachBounded(targets, options.concurrency ?? 8, async (target) => {
    return logOutcome(options.logger, await runOne(target, options));
  });
}

async function runOne(target: RollbackTarget, options: FleetRunOptions): Promise<CanaryOutcome> {
  const { canary, action } = target;
  const end = (status: CanaryOutcome['status'], exitCode: ExitCode, message: string): CanaryOutcome => ({ canary: canary.name, action, status, exitCode, message, plan: target.plan, run: null });
  const connector = options.connectors.get(canary.name);
  if (!connector) return end('unreachable', ExitCode.Infra, 'no connection settings');
  const made = bootControlFor(canary, seedFor(action, target.expect), action);
  if (!made.ok) return end('step-failed', ExitCode.Usage, made.message);
  const control = made.control;
  let host: RemoteHost;
  try {
    host = await connector.first();
  } catch (error) {
    return end('unreachable', ExitCode.Infra, `unreachable: ${messageOf(error)}`);
  }
  try {
    const loaded = await control.load(host);
    if (!loaded.ok) return end('step-failed', ExitCode.Infra, loaded.message);
    if (target.expect === null && !loaded.stored) {
      return end('step-failed', ExitCode.Usage, `the node has no slot table yet (${control.slotTablePath}): give --known-good-release R or --baseline DIR`);
    }
  } catch (error) {
    return end('unreachable', ExitCode.Infra, `lost the node: ${messageOf(error)}`);
  } finally {
    await host.close().catch(() => undefined);
  }
  return runCanaryPlan(canary, planFor(action, await control.state(), target.expect, canary, options.bootTimeoutMs), control, connector, options);
}
