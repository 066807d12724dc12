import type { Clock } from '../../core/clock.js';
import { ExitCode } from '../../core/exit-codes.js';
import type { Logger } from '../../core/logger.js';
import type { Canary } from '../../manifest/schema/canary.js';
import { executePlan, type PlanRun } from '../slots/ab-executor.js';
import { describeStep, type Plan, type PlanStep } from '../slots/ab-plan.js';
import type { BootControl } from '../slots/boot-control.js';
import { exitCodeOf, type PlanStatus } from '../slots/plan-outcome.js';
import type { CanaryConnector } from './canary-connector.js';

/** A plan as printed by --dry-run and --json: the steps as data, each with its description. */
export interface PrintedPlan {
  canary: string;
  host: string;
  strategy: Canary['boot']['strategy'];
  action: Plan['action'];
  steps: (PlanStep & { description: string })[];
  /** Things the plan depends on that are only known on the node (e.g. the ab-slots slot table). */
  notes: string[];
}

/** One canary's result of a deploy, promote or rollback. */
export interface CanaryOutcome {
  canary: string;
  action: Plan['action'];
  /** `skipped`: not touched (a control canary keeps the known-good build). */
  status: PlanStatus | 'skipped';
  exitCode: ExitCode;
  /** One line for people: what happened, or what went wrong. */
  message: string;
  plan: PrintedPlan | null;
  run: PlanRun | null;
}

export function printPlan(canary: Canary, plan: Plan, control: BootControl | null, notes: string[] = []): PrintedPlan {
  return {
    canary: canary.name,
    host: canary.host,
    strategy: canary.boot.strategy,
    action: plan.action,
    steps: plan.steps.map((step) => {
      const hint = control?.describe?.(step);
      return { ...step, description: `${describeStep(step)}${hint ? ` (${hint})` : ''}` };
    }),
    notes,
  };
}

/** `deploy canary-01 (10.0.0.1, hooks):` then `  1. read boot id and uname -r` … */
export function planLines(plan: PrintedPlan): string[] {
  return [
    `${plan.action} ${plan.canary} (${plan.host}, boot.strategy ${plan.strategy}):`,
    ...plan.steps.map((s, i) => `  ${i + 1}. ${s.description}`),
    ...plan.notes.map((n) => `  note: ${n}`),
  ];
}

/** The one line an outcome is logged and summarised with. */
export function outcomeMessage(run: PlanRun): string {
  if (run.status === 'already-done') return `already done: ${run.verification ? 'verified' : 'nothing to change'} on ${run.after?.release ?? 'the node'}`;
  if (run.ok) return `${run.action} done${run.after ? `: running ${run.after.release} (boot id ${run.after.bootId?.slice(0, 8)}…)` : ''}`;
  return `${run.status} at ${run.failure?.step}: ${run.failure?.message}`;
}

/** What deploy, promote and rollback share once a canary's plan is made: how to run it. */
export interface FleetRunOptions {
  connectors: Map<string, CanaryConnector>;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
  bootTimeoutMs: number;
  /** Canaries worked on at once (each one reboots; default 8). */
  concurrency?: number;
  pollMs?: number;
}

/** Runs a canary's plan, polling through its connector while it reboots, and turns the run into its outcome. */
export async function runCanaryPlan(canary: Canary, plan: Plan, control: BootControl, connector: CanaryConnector, options: FleetRunOptions): Promise<CanaryOutcome> {
  const run = await executePlan(plan, {
    control,
    connect: connector.poll,
    clock: options.clock,
    logger: options.logger,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
  });
  return { canary: canary.name, action: plan.action, status: run.status, exitCode: exitCodeOf(plan.action, run.status), message: outcomeMessage(run), plan: printPlan(canary, plan, control), run };
}

/** One line per canary: info when it passed, error otherwise. */
export function logOutcome(logger: Logger, outcome: CanaryOutcome): CanaryOutcome {
  if (outcome.exitCode === ExitCode.Pass) logger.info(`${outcome.canary}: ${outcome.message}`);
  else logger.error(`${outcome.canary}: ${outcome.message}`);
  return outcome;
}
