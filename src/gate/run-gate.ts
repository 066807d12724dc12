import { InfraError, LinkgateError, messageOf, UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { loadResults, type LoadedResults } from '../report/results-source.js';
import { groupRuns, readBaseline, writeBaseline } from './baseline-store.js';
import { decide } from './decide.js';
import { loadPolicy } from './policy-file.js';
import type { GateDecision } from './verdict.js';

export interface GateRequest {
  results: readonly string[];
  baseline?: string;
  policy?: string;
  attempt: number;
  /** On PROMOTE, write the current runs here as the new baseline. */
  writeBaseline?: string;
  now: () => Date;
}

/**
 * The gate's I/O edge, shared by the CLI and actions/gate. Flags and the policy are the user's
 * (UsageError, exit 2); everything about the data ends in a verdict: unreadable results are
 * INCONCLUSIVE, so a required check always gets an answer.
 */
export async function runGate(request: GateRequest, logger: Logger): Promise<GateDecision> {
  if (request.results.length === 0) throw new UsageError('--results DIR is required');
  const policy = await loadPolicy(request.policy);
  const loaded: LoadedResults[] = [];
  const unreadable: string[] = [];
  for (const dir of request.results) {
    try {
      loaded.push(await loadResults(dir));
    } catch (error) {
      // loadResults' messages name the directory or file already.
      unreadable.push(explain(error));
    }
  }
  const grouped = groupRuns(loaded);
  let baseline: Awaited<ReturnType<typeof readBaseline>> = { runs: [], note: null };
  try {
    if (request.baseline) baseline = await readBaseline(request.baseline);
  } catch (error) {
    unreadable.push(`baseline ${request.baseline}: ${explain(error)}`);
  }
  if (baseline.note) logger.warn(baseline.note);
  const decision = decide({
    current: grouped.runs,
    baseline: baseline.runs,
    baselineSource: baseline.runs.length > 0 ? (request.baseline ?? null) : null,
    policy,
    attempt: request.attempt,
    trouble: [...unreadable, ...grouped.problems].map((message) => ({ canary: null, check: 'results', message })),
  });
  if (decision.verdict === 'PROMOTE' && request.writeBaseline) {
    try {
      await writeBaseline(request.writeBaseline, grouped.runs, request.now().toISOString());
    } catch (error) {
      // The runs were judged PROMOTE, but the next gate would compare with a stale baseline: not the bump's fault.
      throw new InfraError(`PROMOTE, but the baseline could not be written to ${request.writeBaseline}: ${messageOf(error)}`);
    }
    logger.info(`promoted: ${grouped.runs.length} run(s) written as the new baseline in ${request.writeBaseline}`);
  }
  return decision;
}

/** A one-line reason with the error's details (which results.json fields are wrong), for a verdict's reasons. */
export function explain(error: unknown): string {
  const details = error instanceof LinkgateError ? error.details.slice(0, 5) : [];
  return details.length > 0 ? `${messageOf(error)}: ${details.join('; ')}` : messageOf(error);
}

/** Human lines for stderr and logs. */
export function describeDecision(decision: GateDecision): string[] {
  const lines = [`verdict: ${decision.verdict}${decision.method.decidedBy === 'none' ? '' : ` (decided by ${decision.method.decidedBy})`}`];
  for (const r of decision.reasons) lines.push(`  - [${r.check}] ${r.message}`);
  for (const w of decision.method.warnings) lines.push(`  ! [${w.check}] ${w.message}`);
  const statistical = decision.method.metrics.filter((m) => m.method === 'mann-whitney').length;
  const thresholds = decision.method.metrics.filter((m) => m.method === 'threshold');
  if (decision.method.metrics.length > 0) {
    const more = Math.max(0, ...thresholds.map((m) => m.moreRunsForStatistics));
    lines.push(
      `metrics: ${statistical} by Mann–Whitney U, ${thresholds.length} by threshold${more > 0 ? ` (${more} more run(s) would make them statistical)` : ''}`,
    );
  }
  return lines;
}
