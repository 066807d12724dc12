import { UsageError } from '../../core/errors.js';
import { describeDecision, runGate } from '../../gate/run-gate.js';
import { VERDICT_EXIT } from '../../gate/verdict.js';
import { type Command, stringOpt, stringsOpt } from '../command.js';

export const gateCommand: Command = {
  name: 'gate',
  summary: 'Decide PROMOTE, ROLLBACK or INCONCLUSIVE from results',
  usage: `linkgate gate --results DIR [--results DIR ...] [--baseline DIR] [--policy FILE] [--attempt N] [--write-baseline DIR] [--json]

Decides in this order: infrastructure trouble (unreachable canaries, timeouts, unreadable output,
control canaries failing too) → INCONCLUSIVE; a hard check failed → ROLLBACK; a metric regressed vs
the baseline (Mann–Whitney U with >= minSamples a side, else thresholds) or fell below its floor →
ROLLBACK; otherwise PROMOTE. --results directories with the same run id are shards of one run;
different run ids are repeated runs (samples). --write-baseline DIR stores the runs as the new
baseline on PROMOTE. --attempt (default: $GITHUB_RUN_ATTEMPT or 1) spends the retry budget.
With --json prints {"verdict", "reasons": [{canary, check, message}], "method": {...}}.
Exit: 0 PROMOTE, 1 ROLLBACK, 3 INCONCLUSIVE, 2 bad flags or policy.`,
  options: {
    results: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    policy: { type: 'string' },
    attempt: { type: 'string' },
    'write-baseline': { type: 'string' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const attemptText = stringOpt(args, 'attempt') ?? ctx.env.GITHUB_RUN_ATTEMPT ?? '1';
    const attempt = Number(attemptText);
    if (!Number.isInteger(attempt) || attempt < 1) throw new UsageError(`--attempt must be a positive integer, got "${attemptText}"`);
    const decision = await runGate(
      {
        results: stringsOpt(args, 'results'),
        baseline: stringOpt(args, 'baseline'),
        policy: stringOpt(args, 'policy'),
        writeBaseline: stringOpt(args, 'write-baseline'),
        attempt,
        now: () => new Date(ctx.clock.now()),
      },
      ctx.logger,
    );
    if (args.values.json) ctx.stdout(`${JSON.stringify(decision)}\n`);
    for (const line of describeDecision(decision)) ctx.logger.info(line);
    return VERDICT_EXIT[decision.verdict];
  },
};
