import type { ParseArgsConfig } from 'node:util';
import type { Clock } from '../core/clock.js';
import type { CommandRunner } from '../core/command-runner.js';
import type { StreamLogger } from '../core/logger.js';

/** What every command gets: ports in, never globals. */
export interface CliContext {
  logger: StreamLogger;
  runner: CommandRunner;
  clock: Clock;
  /** stdout is reserved for results (`--json` documents, reports); humans read stderr. */
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGTERM/SIGINT: long work stops and still writes what it has. */
  signal: AbortSignal;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line for `linkgate --help`. */
  summary: string;
  /** The full `--help` text. */
  usage: string;
  options: OptionSpec;
  /** Positional arguments accepted: [min, max]. */
  positionals: [number, number];
  /** Returns the exit code (see ExitCode); throws LinkgateError for usage or infrastructure trouble. */
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}

/** Flags every command accepts. */
export const COMMON_OPTIONS: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
};

/** A string flag's value, or undefined. */
export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string flag's values. */
export function stringsOpt(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

export function boolOpt(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
