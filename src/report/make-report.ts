import { UsageError } from '../core/errors.js';
import type { RunResults } from '../core/results.js';
import { readBaseline } from '../gate/baseline-store.js';
import { decide } from '../gate/decide.js';
import { measurementsOf } from '../gate/measurements.js';
import { loadPolicy } from '../gate/policy-file.js';
import type { GateDecision } from '../gate/verdict.js';
import type { GatePolicy } from '../manifest/schema/gate.js';
import { planAnnotations, type PlannedAnnotation } from './annotations.js';
import { collectExcerpts } from './excerpts.js';
import { buildJunit } from './junit.js';
import { buildMetrics } from './prometheus.js';
import { loadResultsSet, type LoadedResults } from './results-source.js';
import { buildSummary } from './summary.js';

export const REPORT_KINDS = ['junit', 'summary', 'metrics'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportRequest {
  results: readonly string[];
  baseline?: string;
  policy?: string;
  artifactsUrl?: string | null;
}

/** Everything the three reports are made from: results.json (+ raw/ excerpts), a policy and a baseline. */
export interface ReportContext {
  loaded: LoadedResults[];
  results: RunResults;
  /** The policy the decision and the measurements were made with (read once). */
  policy: GatePolicy;
  decision: GateDecision;
  artifactsUrl: string | null;
}

export async function loadReportContext(request: ReportRequest): Promise<ReportContext> {
  const { loaded, merged } = await loadResultsSet(request.results);
  const policy = await loadPolicy(request.policy);
  const baseline = request.baseline ? await readBaseline(request.baseline) : { runs: [] };
  const decision = decide({
    current: [merged],
    baseline: baseline.runs,
    baselineSource: baseline.runs.length > 0 ? (request.baseline ?? null) : null,
    policy,
    attempt: 1,
  });
  return { loaded, results: merged, policy, decision, artifactsUrl: request.artifactsUrl ?? null };
}

export async function renderReport(kind: ReportKind, ctx: ReportContext): Promise<string> {
  const { policy } = ctx;
  switch (kind) {
    case 'junit':
      return buildJunit(ctx.results, await collectExcerpts(ctx.loaded));
    case 'summary':
      return buildSummary({ results: ctx.results, decision: ctx.decision, measurements: measurementsOf(ctx.results, policy), artifactsUrl: ctx.artifactsUrl });
    case 'metrics':
      return buildMetrics(ctx.results, ctx.decision, measurementsOf(ctx.results, policy));
  }
}

export function reportKind(value: string | undefined): ReportKind {
  if (value && (REPORT_KINDS as readonly string[]).includes(value)) return value as ReportKind;
  throw new UsageError(`report kind must be one of ${REPORT_KINDS.join(', ')}, got "${value ?? ''}"`);
}

export function annotationsFor(ctx: ReportContext): PlannedAnnotation[] {
  return planAnnotations(ctx.results, ctx.decision);
}
