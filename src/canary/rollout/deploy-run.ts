import type { Clock } from '../../core/clock.js';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import type { Logger } from '../../core/logger.js';
import { selectCanaries, type Shard } from '../../manifest/canary-selection.js';
import { requireManifest } from '../../manifest/load.js';
import { fleetExitCode } from '../slots/plan-outcome.js';
import { readCandidate } from './candidate-artifacts.js';
import { type CanaryConnector, sshConnectors } from './canary-connector.js';
import { type CanaryOutcome, planLines, type PrintedPlan } from './canary-outcome.js';
import { planDeploys, runDeploys } from './deploy-fleet.js';

/** One deploy, as the CLI flags or the action inputs give it (paths absolute). */
export interface DeployRequest {
  manifest: string;
  artifacts: string;
  canaries: readonly string[];
  shard: Shard | null;
  kernelRelease: string | null;
  bootTimeoutMs: number;
  dryRun: boolean;
}

export interface DeployReport {
  release: string;
  dryRun: boolean;
  plans: PrintedPlan[];
  outcomes: CanaryOutcome[];
}

/**
 * The deploy shared by `linkgate deploy` and actions/deploy-canary: manifest, artifacts, canary
 * selection and every canary's boot strategy are checked first (usage errors), then canaries are touched.
 */
export async function deploy(request: DeployRequest, ctx: { env: NodeJS.ProcessEnv; logger: Logger; clock: Clock; signal?: AbortSignal }): Promise<{ exitCode: ExitCode; outcomes: CanaryOutcome[]; report: DeployReport }> {
  const manifest = await requireManifest(request.manifest);
  const read = await readCandidate(request.artifacts, request.kernelRelease);
  if (!read.ok) throw new UsageError(`${request.artifacts}: not a deployable build`, { details: read.problems });
  const candidate = read.candidate;
  ctx.logger.info(`candidate ${candidate.release}: ${candidate.image}, ${candidate.modules.length} module(s) from ${candidate.modulesFrom}, ${candidate.checked} digest(s) checked`);
  const canaries = selectCanaries(manifest.canaries, { names: request.canaries, shard: request.shard, source: request.manifest });
  if (canaries.length === 0) ctx.logger.warn(`no canary selected${request.shard ? ` in shard ${request.shard.index}/${request.shard.count}` : ''}: nothing to deploy`);
  const targets = planDeploys(canaries, candidate, request.bootTimeoutMs);
  for (const target of targets) {
    if (target.plan) for (const line of planLines(target.plan)) ctx.logger.info(line);
    else ctx.logger.info(`${target.canary.name}: skipped (${target.skipReason})`);
  }
  const plans = targets.flatMap((t) => (t.plan ? [t.plan] : []));
  if (request.dryRun) return { exitCode: ExitCode.Pass, outcomes: [], report: { release: candidate.release, dryRun: true, plans, outcomes: [] } };
  const connect = sshConnectors({ env: ctx.env, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal });
  const connectors = new Map<string, CanaryConnector>();
  for (const target of targets) if (target.plan) connectors.set(target.canary.name, await connect(target.canary));
  const outcomes = await runDeploys(targets, candidate, { connectors, clock: ctx.clock, logger: ctx.logger, signal: ctx.signal, bootTimeoutMs: request.bootTimeoutMs });
  const exitCode = fleetExitCode(outcomes.map((o) => o.exitCode));
  return { exitCode, outcomes, report: { release: candidate.release, dryRun: false, plans: outcomes.flatMap((o) => (o.plan ? [o.plan] : [])), outcomes } };
}
