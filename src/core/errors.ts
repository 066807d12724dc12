import { ExitCode } from './exit-codes.js';

/**
 * Errors are classified by who must act (DESIGN.md, principle 6):
 * - `user`: configuration or usage; the user edits a file or a flag (exit 2),
 * - `infra`: the fleet or the runner failed; retry or repair (exit 3),
 * - `device`: the device under test answered wrongly (exit 1).
 */
export type Actor = 'user' | 'infra' | 'device';

export class LinkgateError extends Error {
  readonly actor: Actor;
  /** Extra lines printed under the message (e.g. every manifest problem). */
  readonly details: readonly string[];

  constructor(actor: Actor, message: string, options: { details?: readonly string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.actor = actor;
    this.details = options.details ?? [];
  }

  get exitCode(): ExitCode {
    return exitCodeFor(this.actor);
  }
}

/** Bad flags, bad inputs, bad manifest. */
export class UsageError extends LinkgateError {
  constructor(message: string, options: { details?: readonly string[]; cause?: unknown } = {}) {
    super('user', message, options);
  }
}

/** The machine, the network or a tool we depend on let us down. */
export class InfraError extends LinkgateError {
  constructor(message: string, options: { details?: readonly string[]; cause?: unknown } = {}) {
    super('infra', message, options);
  }
}

export function exitCodeFor(actor: Actor): ExitCode {
  switch (actor) {
    case 'user':
      return ExitCode.Usage;
    case 'infra':
      return ExitCode.Infra;
    case 'device':
      return ExitCode.Fail;
  }
}

/** A one-line message for any thrown value, without a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
