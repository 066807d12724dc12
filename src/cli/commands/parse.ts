import { ExitCode } from '../../core/exit-codes.js';
import { UsageError } from '../../core/errors.js';
import { isParserKind, PARSER_KINDS, PARSERS } from '../../parsers/index.js';
import type { Command } from '../command.js';
import { readInput } from '../read-input.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse a GPU or kernel tool output',
  usage: `linkgate parse KIND FILE [--json]

KIND: ${PARSER_KINDS.join(', ')}
FILE may be - for stdin.

Prints {"kind", "ok", "data", "problems": [{"line", "message"}]}: with --json as one JSON document,
otherwise the data indented on stdout and each problem as FILE:LINE: message on stderr.
"ok" is false only when nothing usable was read. docs/parsers.md lists the data fields.

Exit codes: 0 read (problems may still be listed), 3 nothing usable read (an unreadable tool output
is inconclusive, like any infrastructure failure), 2 unknown KIND or unreadable FILE.`,
  options: {},
  positionals: [2, 2],
  async run(args, ctx) {
    const [kind, file] = args.positionals as [string, string];
    if (!isParserKind(kind)) throw new UsageError(`unknown KIND "${kind}"; one of: ${PARSER_KINDS.join(', ')}`);
    const parser = PARSERS[kind];
    const text = await readInput(file);
    const result = parser(text);
    const problems = result.problems.map(({ line, message }) => ({ line, message }));
    const doc = { kind, ok: result.ok, data: result.data, problems };
    ctx.stdout(args.values.json ? `${JSON.stringify(doc)}\n` : `${JSON.stringify(result.data, null, 2)}\n`);
    const name = file === '-' ? '<stdin>' : file;
    for (const problem of problems) ctx.logger.warn(`${name}:${problem.line}: ${problem.message}`);
    if (!result.ok) {
      ctx.logger.error(`${name}: no usable ${kind} output`);
      return ExitCode.Infra;
    }
    return ExitCode.Pass;
  },
};
