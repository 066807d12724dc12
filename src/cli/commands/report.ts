import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ExitCode } from '../../core/exit-codes.js';
import { UsageError } from '../../core/errors.js';
import { loadReportContext, renderReport, reportKind } from '../../report/make-report.js';
import { type Command, stringOpt, stringsOpt } from '../command.js';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Generate JUnit, a job summary or Prometheus metrics from results',
  usage: `linkgate report junit|summary|metrics --results DIR [--results DIR ...] [--out FILE] [--baseline DIR] [--policy FILE]

Made from results.json alone (plus raw/ excerpts for JUnit), so it works offline on a downloaded
artifact. Several --results directories are shards of one run and are merged. Without --out the
report goes to stdout; with --out and --json, {"kind", "out", "bytes"} is printed. The summary's
verdict banner uses the gate's decision with --policy/--baseline (defaults: built-in policy, none).
Exit: 0 written, 2 unreadable results or bad flags.`,
  options: { results: { type: 'string', multiple: true }, out: { type: 'string' }, baseline: { type: 'string' }, policy: { type: 'string' } },
  positionals: [1, 1],
  async run(args, ctx) {
    const kind = reportKind(args.positionals[0]);
    const out = stringOpt(args, 'out');
    if (args.values.json && !out) throw new UsageError('--json needs --out FILE (stdout then carries the JSON document, not the report)');
    const context = await loadReportContext({ results: stringsOpt(args, 'results'), baseline: stringOpt(args, 'baseline'), policy: stringOpt(args, 'policy') });
    const text = await renderReport(kind, context);
    if (!out) {
      ctx.stdout(text);
      return ExitCode.Pass;
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
    const bytes = Buffer.byteLength(text);
    if (args.values.json) ctx.stdout(`${JSON.stringify({ kind, out, bytes })}\n`);
    ctx.logger.info(`${kind}: wrote ${out} (${bytes} bytes)`);
    return ExitCode.Pass;
  },
};
