import type { CheckResult } from '../core/results.js';
import type { PairBandwidth } from '../topology/peer-bandwidth.js';
import { check } from './step.js';

/*
 * The peer-bandwidth step's checks over pairs (src/topology/peer-bandwidth.ts builds the pairs and
 * their NVLink peaks, the same way the gate does).
 */

export function floorCheck(pairs: readonly PairBandwidth[], floor: number): CheckResult {
  const judged = pairs.filter((p) => p.fraction !== null);
  if (judged.length === 0) return check.skip('peak-fraction', 'no pair has a known NVLink peak (topology or link speed unknown)');
  const low = judged.filter((p) => p.fraction! < floor);
  const worst = judged.reduce((w, p) => (p.fraction! < w.fraction! ? p : w));
  if (low.length === 0) return check.pass('peak-fraction', `${judged.length} pairs ≥ ${pct(floor)} of NVLink peak (lowest GPU${worst.a}→GPU${worst.b} ${pct(worst.fraction!)})`);
  return check.fail(
    'peak-fraction',
    `${low.length} pair(s) below ${pct(floor)} of NVLink peak: ${low.slice(0, 4).map((p) => `GPU${p.a}→GPU${p.b} ${p.GBs} GB/s = ${pct(p.fraction!)} of ${p.peakGBs} GB/s`).join('; ')}${low.length > 4 ? '; …' : ''}`,
    { expected: floor, actual: low.map((p) => ({ a: p.a, b: p.b, fraction: p.fraction })) },
  );
}

/** Each pair vs the same pair in the baseline run (the same node on the known-good build). */
export function baselineCheck(pairs: readonly PairBandwidth[], baseline: readonly PairBandwidth[] | null, maxRegression: number): CheckResult {
  if (!baseline || baseline.length === 0) return check.skip('vs-baseline', 'no baseline for this canary');
  const before = new Map(baseline.map((p) => [`${p.a}-${p.b}`, p.GBs]));
  const drops: string[] = [];
  let compared = 0;
  for (const p of pairs) {
    const old = before.get(`${p.a}-${p.b}`);
    if (old === undefined || old <= 0) continue;
    compared++;
    const change = (p.GBs - old) / old;
    if (change < -maxRegression) drops.push(`GPU${p.a}→GPU${p.b} ${old} → ${p.GBs} GB/s (${pct(change)})`);
  }
  if (compared === 0) return check.skip('vs-baseline', 'the baseline has none of these pairs');
  if (drops.length > 0) return check.fail('vs-baseline', `${drops.length} pair(s) dropped more than ${pct(maxRegression)}: ${drops.slice(0, 4).join('; ')}`, { expected: maxRegression, actual: drops });
  return check.pass('vs-baseline', `${compared} pairs within ${pct(maxRegression)} of the baseline`);
}

/** Reads the pairs a previous run stored in its step data; null when absent or malformed. */
export function storedPairs(data: Record<string, unknown> | undefined): PairBandwidth[] | null {
  const pairs = data?.pairs;
  if (!Array.isArray(pairs)) return null;
  return pairs.filter(
    (p): p is PairBandwidth =>
      typeof p === 'object' && p !== null && Number.isInteger((p as PairBandwidth).a) && Number.isInteger((p as PairBandwidth).b) && typeof (p as PairBandwidth).GBs === 'number',
  );
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
