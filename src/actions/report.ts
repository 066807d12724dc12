import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ExitCode } from '../core/exit-codes.js';
import { annotationsFor, loadReportContext, renderReport, REPORT_KINDS } from '../report/make-report.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z.object({
  results: z.array(z.string()).min(1).default(['results']),
  outDir: z.string().optional(),
  baseline: z.string().optional(),
  policy: z.string().optional(),
  artifactsUrl: z.string().optional(),
  summary: z.boolean().default(true),
  annotate: z.boolean().default(true),
});

/** Writes junit.xml, summary.md and metrics.prom from results, fills the job summary and annotates within GitHub's caps. */
export const reportAction: ActionDefinition<typeof Settings> = {
  name: 'report',
  inputs: {
    results: { kind: 'list' },
    'out-dir': {},
    baseline: {},
    policy: {},
    'artifacts-url': {},
    summary: { kind: 'boolean' },
    annotate: { kind: 'boolean' },
  },
  outputs: ['junit', 'summary', 'metrics', 'verdict', 'failures', 'errors'],
  settings: Settings,
  async run(settings, ctx) {
    const context = await loadReportContext({
      results: settings.results,
      baseline: settings.baseline,
      policy: settings.policy,
      artifactsUrl: settings.artifactsUrl ?? null,
    });
    const outDir = settings.outDir ?? settings.results[0]!;
    await mkdir(outDir, { recursive: true });
    const files = { junit: 'junit.xml', summary: 'summary.md', metrics: 'metrics.prom' } as const;
    for (const kind of REPORT_KINDS) {
      const path = join(outDir, files[kind]);
      const text = await renderReport(kind, context);
      await writeFile(path, text);
      ctx.setOutput(kind, path);
      if (kind === 'summary' && settings.summary) await ctx.summary(text);
    }
    const checks = context.results.canaries.flatMap((c) => c.steps.flatMap((s) => s.checks));
    ctx.setOutput('verdict', context.decision.verdict);
    ctx.setOutput('failures', String(checks.filter((c) => c.status === 'fail').length));
    ctx.setOutput('errors', String(checks.filter((c) => c.status === 'error').length + context.results.canaries.filter((c) => c.state !== 'ok' && c.steps.length === 0).length));
    if (settings.annotate) {
      for (const a of annotationsFor(context)) (a.level === 'error' ? ctx.logger.error : ctx.logger.warn).call(ctx.logger, a.message, { title: a.title });
    }
    // Reporting succeeded; whether the bump is good is actions/gate's question.
    return { exitCode: ExitCode.Pass };
  },
};
