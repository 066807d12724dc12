import { ExitCode } from '../../core/exit-codes.js';
import { UsageError } from '../../core/errors.js';
import { formatProblem, loadManifest } from '../../manifest/load.js';
import { readBaseline } from '../../gate/baseline-store.js';
import { describePlan, type KnownGood, promotePlan, rollbackPlan } from '../../gate/boot-plan.js';
import { executePlan, type PlanOutcome } from '../../gate/plan-executor.js';
import { connectSsh } from '../../remote/connect.js';
import { sshTargetFromCanary } from '../../remote/ssh-target.js';
import { boolOpt, type Command, stringOpt, stringsOpt } from '../command.js';

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Roll a canary back to its known-good kernel and driver',
  usage: `linkgate rollback --manifest linkgate.yaml --canary NAME [--canary NAME ...] [--baseline DIR | --known-good-release R [--known-good-driver V]] [--promote] [--dry-run] [--json]

Runs the canary's boot.rollback hook (then boot.reboot, waits for a new boot id), and verifies
uname -r = the known-good release, the driver version and the module loaded. The known-good
release and driver come from the baseline (the last promoted results) unless given. Idempotent: a
canary already on the known-good build is left alone. --promote runs boot.promote instead (after
verifying the new build runs). --dry-run prints the plans and touches nothing.
With --json prints {"plans": [...], "outcomes": [...]}. Exit: 0 done, 1 a verification or hook
failed, 3 a canary did not come back or could not be reached, 2 bad flags or manifest.`,
  options: {
    manifest: { type: 'string', short: 'm' },
    canary: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    'known-good-release': { type: 'string' },
    'known-good-driver': { type: 'string' },
    promote: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, 'manifest');
    const names = stringsOpt(args, 'canary');
    if (!file) throw new UsageError('--manifest is required');
    if (names.length === 0) throw new UsageError('--canary NAME is required');
    const parsed = await loadManifest(file);
    if (!parsed.ok) throw new UsageError(`${file}: invalid manifest`, { details: parsed.problems.map(formatProblem) });
    const manifest = parsed.manifest;
    const baseline = stringOpt(args, 'baseline') ? await readBaseline(stringOpt(args, 'baseline')!) : { runs: [] };
    const promote = boolOpt(args, 'promote');
    const plans = names.map((name) => {
      const canary = manifest.canaries.find((c) => c.name === name);
      if (!canary) throw new UsageError(`no canary "${name}" in ${file} (have: ${manifest.canaries.map((c) => c.name).join(', ') || 'none'})`);
      const facts = baseline.runs.flatMap((r) => r.canaries).find((c) => c.name === name)?.facts;
      const release = promote
        ? (manifest.gate.expectedKernelRelease ?? manifest.smoke.expectedKernelRelease)
        : (stringOpt(args, 'known-good-release') ?? facts?.kernelRelease ?? undefined);
      if (!release) {
        throw new UsageError(promote ? 'promote needs gate.expectedKernelRelease or smoke.expectedKernelRelease in the manifest' : `canary ${name}: no known-good release: give --baseline DIR or --known-good-release R`);
      }
      const driver = promote
        ? (manifest.gate.expectedDriverVersion ?? manifest.smoke.expectedDriverVersion ?? null)
        : (stringOpt(args, 'known-good-driver') ?? facts?.driverVersion ?? null);
      const expect: KnownGood = { kernelRelease: release, driverVersion: driver, module: canary.driver.module };
      const plan = promote ? promotePlan(canary, expect) : rollbackPlan(canary, expect);
      if (!plan.ok) throw new UsageError(plan.message);
      return { canary, plan: plan.plan };
    });
    for (const { plan } of plans) for (const line of describePlan(plan)) ctx.logger.info(line);
    if (boolOpt(args, 'dry-run')) {
      if (args.values.json) ctx.stdout(`${JSON.stringify({ plans: plans.map((p) => p.plan), outcomes: [] })}\n`);
      return ExitCode.Pass;
    }
    const outcomes: PlanOutcome[] = [];
    for (const { canary, plan } of plans) {
      const target = await sshTargetFromCanary(canary, { env: ctx.env, logger: ctx.logger });
      const outcome = await executePlan(plan, { connect: () => connectSsh(target, { logger: ctx.logger, clock: ctx.clock, signal: ctx.signal }), clock: ctx.clock });
      outcomes.push(outcome);
      for (const step of outcome.steps) (step.ok ? ctx.logger.info : ctx.logger.error).call(ctx.logger, `${plan.canary}: ${step.description}: ${step.detail}`);
      ctx.logger.info(`${plan.canary}: ${plan.action} ${outcome.status}`);
    }
    if (args.values.json) ctx.stdout(`${JSON.stringify({ plans: plans.map((p) => p.plan), outcomes })}\n`);
    if (outcomes.some((o) => o.status === 'unreachable')) return ExitCode.Infra;
    if (outcomes.some((o) => o.status === 'verify-failed' || o.status === 'step-failed')) return ExitCode.Fail;
    return ExitCode.Pass;
  },
};
