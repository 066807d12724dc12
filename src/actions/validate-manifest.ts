import { z } from 'zod';
import { ExitCode } from '../core/exit-codes.js';
import { loadManifest } from '../manifest/load.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z.object({
  manifest: z.string().default('linkgate.yaml'),
});

/** Validates linkgate.yaml and annotates every problem at its line and column in the PR. */
export const validateManifestAction: ActionDefinition<typeof Settings> = {
  name: 'validate-manifest',
  inputs: { manifest: {} },
  outputs: ['valid', 'problem-count'],
  settings: Settings,
  async run(settings, ctx) {
    const parsed = await loadManifest(settings.manifest);
    const problems = parsed.ok ? [] : parsed.problems;
    for (const p of problems) {
      ctx.logger.error(`${p.path ? `${p.path}: ` : ''}${p.message}`, { file: p.file, line: p.line, column: p.column, title: 'linkgate.yaml' });
    }
    ctx.setOutput('valid', String(parsed.ok));
    ctx.setOutput('problem-count', String(problems.length));
    await ctx.summary(
      parsed.ok
        ? `### linkgate: \`${settings.manifest}\` is valid\n`
        : `### linkgate: \`${settings.manifest}\` has ${problems.length} problem(s)\n\n${problems.map((p) => `- \`${p.file}:${p.line}:${p.column}\` ${p.path ? `**${p.path}**: ` : ''}${p.message}`).join('\n')}\n`,
    );
    return parsed.ok
      ? { exitCode: ExitCode.Pass }
      : { exitCode: ExitCode.Usage, failureMessage: `${settings.manifest}: ${problems.length} problem(s)` };
  },
};
