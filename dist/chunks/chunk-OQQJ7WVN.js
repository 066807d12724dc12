import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  decide,
  groupRuns,
  loadPolicy,
  loadResults,
  readBaseline,
  writeBaseline
} from "./chunk-WWY6WE3E.js";
import {
  InfraError,
  LinkgateError,
  UsageError,
  messageOf
} from "./chunk-2RUS7HNP.js";

// src/gate/run-gate.ts
async function runGate(request, logger) {
  if (request.results.length === 0) throw new UsageError("--results DIR is required");
  const policy = await loadPolicy(request.policy);
  const loaded = [];
  const unreadable = [];
  for (const dir of request.results) {
    try {
      loaded.push(await loadResults(dir));
    } catch (error) {
      unreadable.push(explain(error));
    }
  }
  const grouped = groupRuns(loaded);
  let baseline = { runs: [], note: null };
  try {
    if (request.baseline) baseline = await readBaseline(request.baseline);
  } catch (error) {
    unreadable.push(`baseline ${request.baseline}: ${explain(error)}`);
  }
  if (baseline.note) logger.warn(baseline.note);
  const decision = decide({
    current: grouped.runs,
    baseline: baseline.runs,
    baselineSource: baseline.runs.length > 0 ? request.baseline ?? null : null,
    policy,
    attempt: request.attempt,
    trouble: [...unreadable, ...grouped.problems].map((message) => ({ canary: null, check: "results", message }))
  });
  if (decision.verdict === "PROMOTE" && request.writeBaseline) {
    try {
      await writeBaseline(request.writeBaseline, grouped.runs, request.now().toISOString());
    } catch (error) {
      throw new InfraError(`PROMOTE, but the baseline could not be written to ${request.writeBaseline}: ${messageOf(error)}`);
    }
    logger.info(`promoted: ${grouped.runs.length} run(s) written as the new baseline in ${request.writeBaseline}`);
  }
  return decision;
}
function explain(error) {
  const details = error instanceof LinkgateError ? error.details.slice(0, 5) : [];
  return details.length > 0 ? `${messageOf(error)}: ${details.join("; ")}` : messageOf(error);
}
function describeDecision(decision) {
  const lines = [`verdict: ${decision.verdict}${decision.method.decidedBy === "none" ? "" : ` (decided by ${decision.method.decidedBy})`}`];
  for (const r of decision.reasons) lines.push(`  - [${r.check}] ${r.message}`);
  for (const w of decision.method.warnings) lines.push(`  ! [${w.check}] ${w.message}`);
  const statistical = decision.method.metrics.filter((m) => m.method === "mann-whitney").length;
  const thresholds = decision.method.metrics.filter((m) => m.method === "threshold");
  if (decision.method.metrics.length > 0) {
    const more = Math.max(0, ...thresholds.map((m) => m.moreRunsForStatistics));
    lines.push(
      `metrics: ${statistical} by Mann\u2013Whitney U, ${thresholds.length} by threshold${more > 0 ? ` (${more} more run(s) would make them statistical)` : ""}`
    );
  }
  return lines;
}

// src/gate/verdict.ts
var VERDICT_EXIT = { PROMOTE: 0, ROLLBACK: 1, INCONCLUSIVE: 3 };

export {
  runGate,
  explain,
  describeDecision,
  VERDICT_EXIT
};
