import { z } from 'zod';
import { ExitCode } from '../core/exit-codes.js';
import { describeDecision, explain, runGate } from '../gate/run-gate.js';
import { type GateDecision, VERDICT_EXIT } from '../gate/verdict.js';
import { mdCode, mdText } from '../report/markdown-text.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z.object({
  results: z.array(z.string()).default(['results']),
  baseline: z.string().optional(),
  policy: z.string().optional(),
  writeBaseline: z.string().optional(),
  // Read as text and checked inside run(): a typo in an input must still produce a verdict.
  attempt: z.string().optional(),
  failOnInconclusive: z.string().default('true'),
});

/**
 * The gate as a required check. It ALWAYS sets `verdict` and `reasons` and writes the job summary,
 * whatever goes wrong (bad policy, missing results, an internal error): a required check must
 * never hang or end without an answer. Fails the step on ROLLBACK, and on INCONCLUSIVE unless
 * fail-on-inconclusive is false.
 */
export const gateAction: ActionDefinition<typeof Settings> = {
  name: 'gate',
  inputs: {
    results: { kind: 'list' },
    baseline: {},
    policy: {},
    'write-baseline': {},
    attempt: {},
    'fail-on-inconclusive': {},
  },
  outputs: ['verdict', 'reasons', 'decision', 'exit-code'],
  settings: Settings,
  async run(settings, ctx) {
    let decision: GateDecision | null = null;
    let failure: string | null = null;
    const failOnInconclusive = settings.failOnInconclusive !== 'false';
    try {
      if (!['true', 'false'].includes(settings.failOnInconclusive)) throw new Error(`input fail-on-inconclusive must be true or false, got "${settings.failOnInconclusive}"`);
      const attempt = settings.attempt === undefined ? Number(ctx.env.GITHUB_RUN_ATTEMPT) || 1 : Number(settings.attempt);
      if (!Number.isInteger(attempt) || attempt < 1) throw new Error(`input attempt must be a positive integer, got "${settings.attempt}"`);
      decision = await runGate(
        {
          results: settings.results,
          baseline: settings.baseline,
          policy: settings.policy,
          writeBaseline: settings.writeBaseline,
          attempt,
          now: () => new Date(ctx.clock.now()),
        },
        ctx.logger,
      );
    } catch (error) {
      failure = explain(error);
    }
    const verdict = decision?.verdict ?? 'INCONCLUSIVE';
    const reasons = decision?.reasons ?? [{ canary: null, check: 'gate', message: failure ?? 'the gate could not run' }];
    ctx.setOutput('verdict', verdict);
    ctx.setOutput('reasons', reasons);
    ctx.setOutput('decision', decision ?? { verdict, reasons, method: null });
    const exitCode = VERDICT_EXIT[verdict];
    ctx.setOutput('exit-code', String(exitCode));
    const lines = decision ? describeDecision(decision) : [`verdict: INCONCLUSIVE`, `  - [gate] ${failure}`];
    for (const line of lines) ctx.logger.info(line);
    await ctx.summary(`### linkgate gate: ${verdict}\n\n${reasons.map((r) => `- ${r.canary ? `${mdCode(r.canary)} ` : ''}**${mdText(r.check, 80)}**: ${mdText(r.message, 1000)}`).join('\n')}\n`);
    if (verdict === 'PROMOTE') return { exitCode: ExitCode.Pass };
    if (verdict === 'INCONCLUSIVE' && !failOnInconclusive) return { exitCode: ExitCode.Pass };
    return { exitCode, failureMessage: `gate: ${verdict}: ${reasons.map((r) => r.message).join('; ').slice(0, 500)}` };
  },
};
