import { messageOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { CanaryResult, StepResult } from '../core/results.js';
import type { RemoteHost } from '../remote/transport.js';
import { type SuiteConfig, stepTimeoutMs } from './config.js';
import { StepRecorder } from './recorder.js';
import { type NodeFacts, type SmokeStep, StepEnd, type StepOutcome, rollUp } from './step.js';
import { STEPS } from './steps/index.js';

/** After a timeout or cancel, a step gets this long to return what it has before it is abandoned. */
export const ABANDON_GRACE_MS = 5000;

export interface CanaryRun {
  name: string;
  host: string;
  labels: Record<string, string>;
  control: boolean;
  config: SuiteConfig;
  remote: RemoteHost;
  outDir: string;
  signal: AbortSignal;
  logger: Logger;
  moduleDigests?: ReadonlyMap<string, string> | null;
  baseline?: CanaryResult | null;
  /** How long the run waited for this canary's lease (null: not leased, e.g. a virtual canary). */
  leaseWaitMs?: number | null;
  /** Called after each step, so the caller can rewrite results.json as the run goes. */
  onStep?: (partial: CanaryResult) => Promise<void>;
  now?: () => number;
  /** Steps by name; tests inject slow or failing steps here. */
  registry?: ReadonlyMap<string, SmokeStep>;
}

/** Steps that only make sense once the driver is in. */
const NEEDS_DRIVER = new Set(['topology', 'peer-bandwidth', 'training-step', 'dcgm-diag']);

/** Runs the configured steps on one canary, in order; always returns a complete CanaryResult. */
export async function runCanary(run: CanaryRun): Promise<CanaryResult> {
  const now = run.now ?? Date.now;
  const registry = run.registry ?? STEPS;
  const facts: NodeFacts = { kernelRelease: null, driverVersion: null, bootId: null };
  const steps: StepResult[] = [];
  const previous = new Map<string, StepResult>();
  const result = (): CanaryResult => ({
    name: run.name, host: run.host, labels: run.labels, control: run.control, state: 'ok',
    facts: { ...facts }, leaseWaitMs: run.leaseWaitMs ?? null, steps: [...steps],
  });

  for (const name of run.config.steps) {
    const step = registry.get(name);
    const startedAt = new Date(now()).toISOString();
    let stepResult: StepResult;
    const blocked = run.signal.aborted ? `run cancelled before this step (${messageOf(run.signal.reason)})` : dependencyBlock(name, previous);
    if (!step) {
      stepResult = ended(name, startedAt, 'error', `no step named ${name} in this build`);
    } else if (blocked) {
      stepResult = ended(name, startedAt, 'skip', blocked);
    } else {
      stepResult = await runStep(step, run, facts, previous, now, startedAt);
    }
    steps.push(stepResult);
    previous.set(name, stepResult);
    run.logger.info(`${run.name}: ${name}: ${stepResult.status}${stepResult.reason ? ` (${stepResult.reason})` : ''}`);
    await run.onStep?.(result());
  }
  return result();
}

function dependencyBlock(name: string, previous: ReadonlyMap<string, StepResult>): string | null {
  if (!NEEDS_DRIVER.has(name)) return null;
  const load = previous.get('module-load');
  if (!load || load.status === 'pass') return null;
  if (load.status === 'skip') return load.reason ?? 'module-load was skipped';
  return `needs the driver, and module-load ended ${load.status}`;
}

async function runStep(
  step: SmokeStep,
  run: CanaryRun,
  facts: NodeFacts,
  previous: ReadonlyMap<string, StepResult>,
  now: () => number,
  startedAt: string,
): Promise<StepResult> {
  const started = now();
  const timeoutMs = stepTimeoutMs(run.config, step.name);
  const controller = new AbortController();
  const onRunAbort = (): void => controller.abort(new Error(`run cancelled (${messageOf(run.signal.reason)})`));
  run.signal.addEventListener('abort', onRunAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Error(`step timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  const recorder = new StepRecorder(run.remote, run.outDir, `${run.name}/${step.name}`, controller.signal, started + timeoutMs, now);
  const baseline = run.baseline?.steps.find((s) => s.name === step.name) ?? null;

  const work = step
    .run({
      step: step.name, config: run.config, facts, previous, signal: controller.signal,
      moduleDigests: run.moduleDigests ?? null, baseline, now,
      run: (label, argv, options) => recorder.run(label, argv, options),
    })
    .then(
      (outcome): StepOutcome => outcome,
      (error: unknown): StepOutcome => {
        if (error instanceof StepEnd) {
          return { checks: [], data: {}, problems: [], ...error.partial, status: error.status, reason: error.reason };
        }
        return { checks: [], data: {}, problems: [], status: 'error', reason: `internal error in ${step.name}: ${messageOf(error)}` };
      },
    );
  // A step that ignores its signal must not hold the run hostage: after the grace it is abandoned.
  const abandoned = new Promise<'abandoned'>((resolve) => {
    const onAbort = (): void => {
      setTimeout(() => resolve('abandoned'), ABANDON_GRACE_MS).unref();
    };
    if (controller.signal.aborted) onAbort();
    else controller.signal.addEventListener('abort', onAbort, { once: true });
  });
  const settled = await Promise.race([work, abandoned]);
  clearTimeout(timer);
  run.signal.removeEventListener('abort', onRunAbort);

  let outcome: StepOutcome;
  if (controller.signal.aborted) {
    // Whatever the step concluded, it did not finish: the verdict is error, with what it had.
    const why = messageOf(controller.signal.reason);
    const partial = settled === 'abandoned' ? { checks: [], data: {}, problems: [] } : settled;
    outcome = { ...partial, status: 'error', reason: why };
    await recorder.finish(why);
  } else {
    outcome = settled as StepOutcome;
  }
  const rolled = rollUp(outcome.checks);
  const status = outcome.status ?? rolled.status;
  const reason = outcome.status === undefined ? rolled.reason : (outcome.reason ?? null);
  return {
    name: step.name,
    status,
    reason: status === 'pass' ? null : (reason ?? `${status} without a reason`),
    startedAt,
    durationMs: Math.max(0, now() - started),
    checks: outcome.checks,
    data: outcome.data,
    problems: outcome.problems,
    raw: recorder.raw,
  };
}

function ended(name: string, startedAt: string, status: StepResult['status'], reason: string): StepResult {
  return { name, status, reason, startedAt, durationMs: 0, checks: [], data: {}, problems: [], raw: [] };
}
