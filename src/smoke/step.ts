import type { CheckResult, Problem, StepResult, StepStatus } from '../core/results.js';
import type { RemoteExecResult } from '../remote/transport.js';
import type { SuiteConfig, StepName } from './config.js';

/**
 * Where a command's answer comes from when a capture is replayed (see docs/smoke.md):
 * - `node`: it describes the node under test (GPU tools, the driver, the kernel log, uname -r);
 *   a capture bundle records it and the virtual canary replays it;
 * - `host`: generic host plumbing (clock, disk, boot id); the virtual canary runs it for real.
 */
export type CommandClass = 'node' | 'host';

export interface RunOptions {
  class: CommandClass;
  /** Fed to the command's stdin (e.g. a hardware script run as `python3 -`). */
  stdin?: string;
  /** Cap for this command; the step's remaining time is used when smaller. */
  timeoutMs?: number;
}

/** One command's outcome as the step sees it: the transport's result, and where it was recorded. */
export interface CommandOutcome extends RemoteExecResult {
  label: string;
  /** The raw/ names written for it. */
  raw: string[];
}

/** Facts learnt about the node, shared by later steps and copied into CanaryResult.facts. */
export interface NodeFacts {
  kernelRelease: string | null;
  driverVersion: string | null;
  bootId: string | null;
}

export interface StepContext {
  readonly step: StepName;
  readonly config: SuiteConfig;
  readonly facts: NodeFacts;
  /** Results of the steps that already ran on this canary, by name. */
  readonly previous: ReadonlyMap<string, StepResult>;
  /** Aborted on step timeout or run cancel. */
  readonly signal: AbortSignal;
  /** A signing manifest's sha256 per module file name (basename), when one was given. */
  readonly moduleDigests: ReadonlyMap<string, string> | null;
  /** The baseline run's result of this step on this canary, when a baseline was given. */
  readonly baseline: StepResult | null;
  now(): number;
  /** Runs argv on the node, records stdout/stderr under raw/, never throws for a failed command. */
  run(label: string, argv: readonly string[], options: RunOptions): Promise<CommandOutcome>;
}

export interface StepOutcome {
  status?: StepStatus;
  reason?: string | null;
  checks: CheckResult[];
  data: Record<string, unknown>;
  problems: Problem[];
}

export interface SmokeStep {
  name: StepName;
  /** Steps that need an NVIDIA GPU skip with "no NVIDIA GPU" on a node without one. */
  needsGpu: boolean;
  run(ctx: StepContext): Promise<StepOutcome>;
}

/** Thrown inside a step to end it at once with a status (e.g. skip "no NVIDIA GPU"). */
export class StepEnd extends Error {
  constructor(
    readonly status: StepStatus,
    readonly reason: string,
    readonly partial: Partial<StepOutcome> = {},
  ) {
    super(reason);
    this.name = 'StepEnd';
  }
}

export const check = {
  pass: (name: string, message: string, extra: Pick<CheckResult, 'expected' | 'actual'> = {}): CheckResult => ({ name, status: 'pass', message, ...extra }),
  fail: (name: string, message: string, extra: Pick<CheckResult, 'expected' | 'actual'> = {}): CheckResult => ({ name, status: 'fail', message, ...extra }),
  error: (name: string, message: string, extra: Pick<CheckResult, 'expected' | 'actual'> = {}): CheckResult => ({ name, status: 'error', message, ...extra }),
  skip: (name: string, message: string): CheckResult => ({ name, status: 'skip', message }),
};

/**
 * A step's status from its checks: the node answering wrongly anywhere is `fail`; otherwise a
 * check that could not get an answer makes it `error`; all skipped is `skip`.
 */
export function rollUp(checks: readonly CheckResult[]): { status: StepStatus; reason: string | null } {
  const first = (status: StepStatus): CheckResult | undefined => checks.find((c) => c.status === status);
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length > 0) return { status: 'fail', reason: failed.map((c) => `${c.name}: ${c.message}`).join('; ') };
  const errored = checks.filter((c) => c.status === 'error');
  if (errored.length > 0) return { status: 'error', reason: errored.map((c) => `${c.name}: ${c.message}`).join('; ') };
  if (checks.length === 0) return { status: 'skip', reason: 'nothing was checked' };
  if (!first('pass')) return { status: 'skip', reason: checks.map((c) => `${c.name}: ${c.message}`).join('; ') };
  return { status: 'pass', reason: null };
}

/** The first non-empty line of a command's output, for reasons ("modprobe: ERROR: …"). */
export function firstLine(outcome: Pick<CommandOutcome, 'stdout' | 'stderr'>): string {
  const lines = `${outcome.stderr}\n${outcome.stdout}`.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // Prefer the tool's own error line over an echoed prompt or a progress line.
  const line = lines.find((l) => /\b(ERROR|FATAL|[Ee]rror|[Ff]ailed)\b/.test(l)) ?? lines[0];
  return line === undefined ? '(no output)' : line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** A command that could not start on the node: not installed (127) or not executable (126). */
export function notInstalled(outcome: CommandOutcome): boolean {
  if (outcome.exitCode === 127 || outcome.exitCode === 126) return true;
  return outcome.exitCode !== 0 && /command not found|No such file or directory|not found$/m.test(outcome.stderr) && outcome.stdout.trim() === '';
}

/** How a command ended, for reasons: `timed out after N s`, `killed by SIGKILL` or `exit N`. */
export function describeExit(outcome: CommandOutcome): string {
  if (outcome.timedOut) return `timed out after ${Math.round(outcome.durationMs / 1000)} s`;
  if (outcome.signal) return `killed by ${outcome.signal}`;
  return `exit ${outcome.exitCode}`;
}
