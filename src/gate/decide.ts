import type { RunResults } from '../core/results.js';
import type { GatePolicy } from '../manifest/schema/gate.js';
import type { Measurement } from './measurements.js';
import { judgeMetrics } from './metric-judge.js';
import { hardChecks, infrastructureTrouble } from './signals.js';
import type { GateDecision, Reason } from './verdict.js';

export interface GateInput {
  /** Current runs: one per repetition (each is the merge of its shards). */
  current: readonly RunResults[];
  /** Baseline runs: the last promoted results (same canaries on the known-good build); may be empty. */
  baseline: readonly RunResults[];
  baselineSource: string | null;
  policy: GatePolicy;
  /** 1-based attempt of this gate (GITHUB_RUN_ATTEMPT); spends the retry budget. */
  attempt: number;
  /** Trouble found before any run could be judged (unreadable results, shards that do not merge): step 1, like the rest. */
  trouble?: readonly Reason[];
  /** How a run's samples are read; default: from the parsed step data (measurementsOf). */
  measure?: (results: RunResults, policy: GatePolicy) => Measurement[];
}

/**
 * The decision, in the documented order; the first step that finds something decides:
 * 1. infrastructure trouble → INCONCLUSIVE (never ROLLBACK),
 * 2. a hard check failed → ROLLBACK,
 * 3. a metric regressed vs baseline or fell below its floor → ROLLBACK,
 * 4. otherwise PROMOTE. Pure: no I/O.
 */
export function decide(input: GateInput): GateDecision {
  const { policy } = input;
  const infra = [...(input.trouble ?? []), ...input.current.flatMap(infrastructureTrouble)];
  const hard = input.current.map((r) => hardChecks(r, policy));
  const hardFailures = dedupe(hard.flatMap((h) => h.failures));
  const warnings = dedupe(hard.flatMap((h) => h.warnings));
  const metrics = judgeMetrics(input.current, input.baseline, policy, input.measure);
  const remaining = Math.max(0, policy.retryBudget - (input.attempt - 1));
  const method = {
    order: ['infrastructure', 'hard-checks', 'metrics', 'fleet'] as ['infrastructure', 'hard-checks', 'metrics', 'fleet'],
    decidedBy: 'none' as GateDecision['method']['decidedBy'],
    statistics: { test: 'mann-whitney-u' as const, significance: policy.significance, minSamples: policy.minSamples },
    runs: { current: input.current.length, baseline: input.baseline.length },
    baseline: input.baselineSource,
    retry: { budget: policy.retryBudget, attempt: input.attempt, remaining, exhausted: false },
    metrics: metrics.judgements,
    warnings,
  };
  if (input.current.length === 0 && infra.length === 0) {
    return { verdict: 'INCONCLUSIVE', reasons: [{ canary: null, check: 'results', message: 'no results to judge' }], method: { ...method, decidedBy: 'infrastructure' } };
  }
  if (infra.length > 0) {
    const reasons = dedupe(infra);
    // A hard failure seen while the fleet is unhealthy is still shown, so a human can act on it.
    method.warnings = [...warnings, ...hardFailures.map((r) => ({ ...r, message: `${r.message} (not judged: infrastructure trouble)` }))];
    method.retry.exhausted = remaining === 0;
    if (remaining === 0) {
      reasons.push({ canary: null, check: 'retry-budget', message: `retry budget spent (${policy.retryBudget} re-run(s)); a human must decide` });
    }
    return { verdict: 'INCONCLUSIVE', reasons, method: { ...method, decidedBy: 'infrastructure' } };
  }
  if (hardFailures.length > 0) return { verdict: 'ROLLBACK', reasons: hardFailures, method: { ...method, decidedBy: 'hard-checks' } };
  if (metrics.failures.length > 0) return { verdict: 'ROLLBACK', reasons: dedupe(metrics.failures), method: { ...method, decidedBy: 'metrics' } };
  return { verdict: 'PROMOTE', reasons: [], method };
}

function dedupe(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.canary}\u0000${r.check}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
