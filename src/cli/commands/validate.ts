import { ExitCode } from '../../core/exit-codes.js';
import { UsageError } from '../../core/errors.js';
import { formatProblem, loadManifest } from '../../manifest/load.js';
import { type Command, stringOpt } from '../command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a manifest without running anything',
  usage: `linkgate validate --manifest linkgate.yaml [--json]

Reports every problem as file:line:column: path: message and exits 2 when there is any.
With --json prints {"ok": bool, "problems": [{file, line, column, path, message}]}.`,
  options: { manifest: { type: 'string', short: 'm' } },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, 'manifest');
    if (!file) throw new UsageError('--manifest is required');
    const parsed = await loadManifest(file);
    const problems = parsed.ok ? [] : parsed.problems;
    if (args.values.json) ctx.stdout(JSON.stringify({ ok: parsed.ok, problems }) + '\n');
    for (const problem of problems) ctx.logger.error(formatProblem(problem));
    if (parsed.ok) {
      const m = parsed.manifest;
      ctx.logger.info(`${file}: valid (${m.canaries.length} canaries, ${m.modules.length} modules)`);
      return ExitCode.Pass;
    }
    return ExitCode.Usage;
  },
};
