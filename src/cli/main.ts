import { parseArgs } from 'node:util';
import { systemClock } from '../core/clock.js';
import { ProcessRunner } from '../core/command-runner.js';
import { LinkgateError, messageOf } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import { StreamLogger } from '../core/logger.js';
import { VERSION } from '../core/version.js';
import { type CliContext, COMMON_OPTIONS, type Command } from './command.js';
import { COMMANDS } from './commands/index.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal: AbortSignal;
}

/** Runs one CLI invocation and returns its exit code. The single place errors become exit codes. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const logger = new StreamLogger(io.stderr, { debug: io.env.LINKGATE_DEBUG === '1' });
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topLevelHelp());
    return name === undefined ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`linkgate ${VERSION}\n`);
    return ExitCode.Pass;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    logger.error(`unknown command "${name}"; run linkgate --help for the list`);
    return ExitCode.Usage;
  }
  const ctx: CliContext = {
    logger,
    runner: new ProcessRunner(),
    clock: systemClock,
    stdout: io.stdout,
    env: io.env,
    cwd: io.cwd,
    signal: io.signal,
  };
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout(commandHelp(command));
      return ExitCode.Pass;
    }
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof LinkgateError) {
      logger.error(error.message);
      for (const line of error.details) logger.error(line);
      return error.exitCode;
    }
    // An unexpected exception is our bug, not the user's: say so plainly, with the stack on demand.
    logger.error(`internal error: ${messageOf(error)}`);
    if (error instanceof Error && error.stack) logger.debug(error.stack);
    return ExitCode.Infra;
  }
}

function parseCommandArgs(command: Command, argv: string[]): { values: Record<string, never>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new LinkgateError('user', `${command.name}: ${messageOf(error)}`, { details: [`usage: ${firstLine(command.usage)}`] });
  }
  const [min, max] = command.positionals;
  if (!parsed.values.help) {
    const count = parsed.positionals.length;
    if (count < min || count > max) {
      const wanted = max === 0 ? 'no arguments' : max === Infinity ? `at least ${min} argument(s)` : `${min === max ? min : `${min}-${max}`} argument(s)`;
      throw new LinkgateError('user', `${command.name}: expected ${wanted}, got ${count}`, {
        details: [`usage: ${firstLine(command.usage)}`],
      });
    }
  }
  return parsed as never;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function commandHelp(command: Command): string {
  return `${command.summary}\n\nusage: ${command.usage}\n\nCommon flags: --json (one JSON document on stdout), --help.\n${EXIT_CODES}`;
}

const EXIT_CODES = `Exit codes: 0 pass/promote, 1 test failure/rollback, 2 usage or configuration error, 3 infrastructure error or inconclusive.\n`;

function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `linkgate ${VERSION}: gate kernel and GPU-driver bumps on riscv64 hosts with NVLink GPUs.

usage: linkgate <command> [flags]

Commands:
${lines.join('\n')}

Run linkgate <command> --help for a command's flags.
${EXIT_CODES}`;
}
