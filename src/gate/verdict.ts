/** The gate's public answer (`linkgate gate --json`, issue 10). Field names are a public interface. */
export type Verdict = 'PROMOTE' | 'ROLLBACK' | 'INCONCLUSIVE';

/** One reason as data: `{canary: "canary-03", check: "topology/nvlinks", message: "GPU2↔GPU5 12/18 ..."}`. */
export interface Reason {
  /** The canary it concerns; null for the fleet or the run as a whole. */
  canary: string | null;
  check: string;
  message: string;
}

export type MetricMethod = 'mann-whitney' | 'threshold' | 'floor-only';

/** How one metric of one canary was judged, so a verdict explains itself. */
export interface MetricJudgement {
  canary: string;
  metric: string;
  subject: string;
  method: MetricMethod;
  samples: { current: number; baseline: number };
  median: { current: number; baseline: number | null };
  /** Relative change of the median vs baseline (−0.1 = 10% lower); null without a baseline. */
  change: number | null;
  /** Mann–Whitney two-sided p; null for thresholds. */
  p: number | null;
  /** Fraction of the NVLink peak (bandwidth pairs with a known peak: src/topology/peer-bandwidth.ts), else null. */
  ofPeak: number | null;
  regression: boolean;
  belowFloor: boolean;
  /** Runs still needed on the current side before the statistical test applies (0 when it did). */
  moreRunsForStatistics: number;
}

export interface GateMethod {
  /** The decision order, as documented. */
  order: ['infrastructure', 'hard-checks', 'metrics', 'fleet'];
  /** Which step decided; `none` when nothing stood in the way of PROMOTE. */
  decidedBy: 'infrastructure' | 'hard-checks' | 'metrics' | 'none';
  statistics: { test: 'mann-whitney-u'; significance: number; minSamples: number };
  /** Runs on each side: current runs (samples) and baseline runs. */
  runs: { current: number; baseline: number };
  baseline: string | null;
  retry: { budget: number; attempt: number; remaining: number; exhausted: boolean };
  metrics: MetricJudgement[];
  /** Findings that do not gate (a non-fatal Xid, hard failures hidden behind infra trouble). */
  warnings: Reason[];
}

export interface GateDecision {
  verdict: Verdict;
  reasons: Reason[];
  method: GateMethod;
}

export const VERDICT_EXIT: Record<Verdict, 0 | 1 | 3> = { PROMOTE: 0, ROLLBACK: 1, INCONCLUSIVE: 3 };
