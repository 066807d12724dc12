import { ExitCode } from '../../core/exit-codes.js';
import type { Plan, PlanStep } from './ab-plan.js';
import type { RebootOutcome } from './reboot-wait.js';

/** Why a plan stopped: the step, a one-line message, and a machine-readable reason where there is one. */
export interface PlanFailure {
  step: PlanStep['kind'];
  message: string;
  reason?: Extract<RebootOutcome, { ok: false }>['reason'] | 'unreachable' | 'mismatch';
}

/**
 * How a plan ended, in words a person and the exit code can both use:
 * - `done`: every step ran and held; `already-done`: the goal already held (a rollback that found
 *   the node on the known-good build), nothing was changed;
 * - `unreachable`: the node could not be reached for a step that needed it;
 * - `did-not-return`: no new boot within the timeout (not even the bootloader's fallback answered);
 * - `fell-back`: it came back on another kernel than the one it was to boot;
 * - `verify-failed`: it answered, and release, driver or module is not what it must be;
 * - `step-failed`: a bootloader step failed (a hook's exit status), or the node never rebooted.
 */
export type PlanStatus = 'done' | 'already-done' | 'unreachable' | 'did-not-return' | 'fell-back' | 'verify-failed' | 'step-failed';

export function statusOf(failure: PlanFailure | null, alreadyDone = false): PlanStatus {
  if (!failure) return alreadyDone ? 'already-done' : 'done';
  switch (failure.reason) {
    case 'unreachable':
      return 'unreachable';
    case 'timeout':
      return 'did-not-return';
    case 'wrong-release':
      return 'fell-back';
    case 'mismatch':
      return 'verify-failed';
    default:
      return 'step-failed';
  }
}

/**
 * The exit code one canary's outcome stands for (DESIGN.md: 0 pass, 1 failure, 3 infrastructure).
 * Deploy: a candidate that fell back or never came back (even after the bootloader's fallback) failed
 * → 1; a node we could not reach, a hook that failed or a reboot that never happened says nothing
 * about the candidate → 3. Rollback and promote: the node is not where it must be (wrong build,
 * failed hook) → 1; it could not be reached or did not come back → 3.
 */
export function exitCodeOf(action: Plan['action'], status: PlanStatus): ExitCode {
  if (status === 'done' || status === 'already-done') return ExitCode.Pass;
  if (status === 'unreachable') return ExitCode.Infra;
  if (action === 'deploy') return status === 'fell-back' || status === 'did-not-return' || status === 'verify-failed' ? ExitCode.Fail : ExitCode.Infra;
  return status === 'did-not-return' ? ExitCode.Infra : ExitCode.Fail;
}

/** The fleet's exit code: a failure beats infrastructure trouble (as in smoke), which beats a configuration gap, which beats a pass. */
export function fleetExitCode(codes: readonly ExitCode[]): ExitCode {
  for (const code of [ExitCode.Fail, ExitCode.Infra, ExitCode.Usage]) if (codes.includes(code)) return code;
  return ExitCode.Pass;
}
