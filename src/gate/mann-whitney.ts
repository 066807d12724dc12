/**
 * Two-sided Mann–Whitney U test (Wilcoxon rank-sum), the test Kayenta's judge uses. Exact null
 * distribution when there are no ties and the samples are small; otherwise the normal
 * approximation with tie and continuity corrections.
 */
export interface MannWhitneyResult {
  /** U of the first sample (x): how often an x beats a y, ties counting one half. */
  u: number;
  /** Two-sided p-value. */
  p: number;
  exact: boolean;
}

const EXACT_LIMIT = 30;

export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) return { u: 0, p: 1, exact: true };
  const all = [...x.map((v) => ({ v, fromX: true })), ...y.map((v) => ({ v, fromX: false }))].sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(all.length);
  const tieGroups: number[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[k] = rank;
    if (j > i) tieGroups.push(j - i + 1);
    i = j + 1;
  }
  const rankSumX = all.reduce((sum, item, index) => (item.fromX ? sum + ranks[index]! : sum), 0);
  const u = rankSumX - (n * (n + 1)) / 2;
  if (tieGroups.length === 0 && n <= EXACT_LIMIT && m <= EXACT_LIMIT) {
    return { u, p: exactTwoSided(u, n, m), exact: true };
  }
  const mean = (n * m) / 2;
  const tieTerm = tieGroups.reduce((sum, t) => sum + (t * t * t - t), 0);
  const total = n + m;
  const variance = ((n * m) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (variance <= 0) return { u, p: 1, exact: false };
  const z = Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  return { u, p: Math.min(1, 2 * (1 - normalCdf(z))), exact: false };
}

/** P(|U - nm/2| >= |u - nm/2|) under H0, counting rank arrangements (no ties). */
function exactTwoSided(u: number, n: number, m: number): number {
  const counts = uDistribution(n, m);
  const total = counts.reduce((a, b) => a + b, 0);
  const mean = (n * m) / 2;
  const distance = Math.abs(u - mean);
  let extreme = 0;
  counts.forEach((count, value) => {
    if (Math.abs(value - mean) >= distance - 1e-9) extreme += count;
  });
  return Math.min(1, extreme / total);
}

/** counts[k] = number of arrangements with U = k, by the recurrence f(n,m,k) = f(n-1,m,k-m) + f(n,m-1,k). */
function uDistribution(n: number, m: number): number[] {
  // table[i][j] is the distribution for sample sizes i and j.
  let previous: number[][] = [];
  for (let i = 0; i <= n; i++) {
    const row: number[][] = [];
    for (let j = 0; j <= m; j++) {
      if (i === 0 || j === 0) row.push([1]);
      else {
        const a = previous[j]!; // (i-1, j), shifted by j
        const b = row[j - 1]!; // (i, j-1)
        const size = i * j + 1;
        const dist = new Array<number>(size).fill(0);
        a.forEach((c, k) => (dist[k + j] = (dist[k + j] ?? 0) + c));
        b.forEach((c, k) => (dist[k] = (dist[k] ?? 0) + c));
        row.push(dist);
      }
    }
    previous = row;
  }
  return previous[m]!;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-((z * z) / 2));
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
