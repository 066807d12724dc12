import { InfraError, LinkgateError, messageOf } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import type { BuildLog } from './build-log.js';
import type { BuildState } from './metadata.js';
import type { BuildPlan } from './plan.js';

/** How a build ended when it did not pass: who must act (exit code) and what metadata.json says. */

/** SIGTERM/SIGINT reached a running command. */
export class Cancelled extends Error {}

/** The kernel itself failed to build: the candidate is bad (exit 1). */
export class BuildFailed extends Error {
  constructor(message: string, readonly details: string[]) {
    super(message);
  }
}

export interface Failure {
  status: BuildState['status'];
  exitCode: ExitCode;
  message: string;
  details: string[];
  error?: LinkgateError;
}

export function classify(error: unknown, plan: BuildPlan, log: BuildLog, signal: AbortSignal): Failure {
  if (error instanceof Cancelled || signal.aborted) {
    return { status: 'cancelled', exitCode: ExitCode.Infra, message: `build cancelled (${reasonOf(signal)}); metadata.json is partial`, details: [] };
  }
  if (isEnospc(error) || log.diskFull) {
    const infra = diskFull(plan, log);
    return { status: 'error', exitCode: ExitCode.Infra, message: infra.message, details: [], error: infra };
  }
  if (error instanceof BuildFailed) return { status: 'fail', exitCode: ExitCode.Fail, message: error.message, details: error.details };
  if (error instanceof LinkgateError) {
    return { status: error.actor === 'infra' ? 'error' : 'fail', exitCode: error.exitCode, message: error.message, details: [...error.details], error };
  }
  const infra = new InfraError(`build step failed: ${messageOf(error)}`);
  return { status: 'error', exitCode: ExitCode.Infra, message: infra.message, details: [], error: infra };
}

export function diskFull(plan: BuildPlan, log: BuildLog): InfraError {
  return new InfraError(`no space left on device while building (work ${plan.workDir}, output ${plan.outDir}): free disk space or point --work elsewhere`, {
    details: log.tail.slice(-5).map((l) => `  | ${l}`),
  });
}

function isEnospc(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC' || /ENOSPC|No space left/.test(messageOf(error));
}

export function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  const text = reason instanceof Error ? reason.message : String(reason ?? 'aborted');
  return /SIG[A-Z]+/.exec(text)?.[0] ?? text;
}
