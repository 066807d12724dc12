import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  decide,
  groupRuns,
  loadPolicy,
  loadResults,
  readBaseline,
  writeBaseline
} from "./chunk-4BG363S7.js";
import {
  UsageError,
  messageOf
} from "./chunk-JGQDVHVW.js";

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
      unreadable.push(`${dir}: ${messageOf(error)}`);
    }
  }
  const grouped = groupRuns(loaded);
  let baseline = { runs: [], note: null };
  try {
    if (request.baseline) baseline = await readBaseline(request.baseline);
  } catch (error) {
    unreadable.push(`baseline ${request.baseline}: ${messageOf(error)}`);
  }
  if (baseline.note) logger.warn(baseline.note);
  const decision = decide({
    current: grouped.runs,
    baseline: baseline.runs,
    baselineSource: baseline.runs.length > 0 ? request.baseline ?? null : null,
    policy,
    attempt: request.attempt
  });
  const trouble = [...unreadable, ...grouped.problems];
  if (trouble.length > 0) {
    return {
      verdict: "INCONCLUSIVE",
      reasons: [...trouble.map((message) => ({ canary: null, check: "results", message })), ...decision.reasons.filter((r) => decision.verdict === "INCONCLUSIVE" && r.check !== "results")],
      method: { ...decision.method, decidedBy: "infrastructure" }
    };
  }
  if (decision.verdict === "PROMOTE" && request.writeBaseline) {
    await writeBaseline(request.writeBaseline, grouped.runs, request.now().toISOString());
    logger.info(`promoted: ${grouped.runs.length} run(s) written as the new baseline in ${request.writeBaseline}`);
  }
  return decision;
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

export {
  runGate,
  describeDecision
};
