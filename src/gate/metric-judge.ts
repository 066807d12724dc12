import type { RunResults } from '../core/results.js';
import type { GatePolicy } from '../manifest/schema/gate.js';
import { mannWhitneyU, median } from './mann-whitney.js';
import { measurementsOf, type Measurement } from './measurements.js';
import type { MetricJudgement, Reason } from './verdict.js';

/**
 * Step 3: metrics vs the baseline (the same canary on the known-good build). Each current run and
 * each baseline run gives one sample per metric and subject. With at least `minSamples` a side the
 * Mann–Whitney U test must be significant AND the median change must pass the effect-size floor
 * (`maxRegression`); with fewer, the median change alone is compared with the threshold, and the
 * judgement says how many more runs would make it statistical. Floors as a fraction of peak need
 * no baseline.
 */
export function judgeMetrics(
  current: readonly RunResults[],
  baseline: readonly RunResults[],
  policy: GatePolicy,
  measure: (results: RunResults, policy: GatePolicy) => Measurement[] = measurementsOf,
): { judgements: MetricJudgement[]; failures: Reason[] } {
  const controls = new Set(current.flatMap((r) => r.canaries.filter((c) => c.control || c.state !== 'ok').map((c) => c.name)));
  const now = groupSamples(current.flatMap((r) => measure(r, policy)).filter((m) => !controls.has(m.canary)));
  const before = groupSamples(baseline.flatMap((r) => measure(r, policy)));
  const judgements: MetricJudgement[] = [];
  const failures: Reason[] = [];
  for (const [key, samples] of now) {
    const first = samples[0]!;
    const rule = policy.metrics.find((r) => r.metric === first.metric);
    if (!rule) continue;
    const minSamples = rule.minSamples ?? policy.minSamples;
    const values = samples.map((s) => s.value);
    const base = (before.get(key) ?? []).map((s) => s.value);
    const medianNow = median(values);
    const medianBefore = base.length > 0 ? median(base) : null;
    const ofPeak = first.peak ? medianNow / first.peak : null;
    const floor = ofPeak !== null ? first.floor : null;
    const belowFloor = floor !== null && ofPeak !== null && ofPeak < floor;
    let change: number | null = null;
    let p: number | null = null;
    let method: MetricJudgement['method'] = 'floor-only';
    let regression = false;
    if (medianBefore !== null) {
      change = medianBefore === 0 ? (medianNow === 0 ? 0 : Math.sign(medianNow) * Number.POSITIVE_INFINITY) : (medianNow - medianBefore) / Math.abs(medianBefore);
      const bad = rule.badDirection === 'down' ? -change : change;
      if (values.length >= minSamples && base.length >= minSamples) {
        method = 'mann-whitney';
        p = mannWhitneyU(values, base).p;
        regression = p < policy.significance && bad > rule.maxRegression;
      } else {
        method = 'threshold';
        regression = bad > rule.maxRegression;
      }
    }
    const judgement: MetricJudgement = {
      canary: first.canary,
      metric: first.metric,
      subject: first.subject,
      method,
      samples: { current: values.length, baseline: base.length },
      median: { current: medianNow, baseline: medianBefore },
      change,
      p,
      ofPeak,
      regression,
      belowFloor,
      moreRunsForStatistics: method === 'mann-whitney' ? 0 : Math.max(0, minSamples - values.length),
    };
    judgements.push(judgement);
    if (belowFloor) {
      failures.push({
        canary: first.canary,
        check: 'bandwidth-floor',
        message: `${first.canary}: ${first.subject} ${fmt(medianNow)} ${first.unit} is ${pct(ofPeak!)} of peak ${fmt(first.peak!)} ${first.unit} (floor ${pct(floor!)})`,
      });
    }
    if (regression) failures.push({ canary: first.canary, check: first.metric, message: regressionMessage(judgement, first, rule.maxRegression, minSamples) });
  }
  return { judgements, failures };
}

function regressionMessage(j: MetricJudgement, m: Measurement, maxRegression: number, minSamples: number): string {
  const how =
    j.method === 'mann-whitney'
      ? `Mann–Whitney p=${j.p!.toPrecision(2)}, ${j.samples.current} vs ${j.samples.baseline} samples`
      : `threshold ${pct(maxRegression)}: ${j.samples.current} vs ${j.samples.baseline} samples; ${Math.max(j.moreRunsForStatistics, minSamples - j.samples.baseline, 0)} more run(s) would make it statistical`;
  return `${j.canary}: ${j.metric} ${j.subject} ${signedPct(j.change!)} vs baseline (median ${fmt(j.median.current)} vs ${fmt(j.median.baseline!)} ${m.unit}; ${how})`;
}

function groupSamples(measurements: readonly Measurement[]): Map<string, Measurement[]> {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = `${m.canary}\u0000${m.metric}\u0000${m.subject}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

export const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const pct = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;
export const signedPct = (fraction: number): string => (Number.isFinite(fraction) ? `${fraction >= 0 ? '+' : ''}${pct(fraction)}` : fraction > 0 ? '+∞' : '−∞');
