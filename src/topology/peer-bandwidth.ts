import { bondBetween, type NodeTopology, pairSeen } from './model.js';

/**
 * GPU-to-GPU bandwidth against the NVLink peak: the one definition that the smoke suite
 * (peer-bandwidth and training-step checks) and the gate (metric floors, heatmaps, Prometheus)
 * share, so a pair is judged against the same number everywhere.
 *
 * Peak of a pair = the NVLinks between the pair (`NV#` of `nvidia-smi topo -m`) × the per-link rate
 * `nvidia-smi nvlink -s` prints. That printed rate is what the link trained at (26.562 GB/s per
 * NVLink4 link on H100, 53.125 on NVLink5, 25 on A100), not the rounded per-link figure of the data
 * sheets (25, 50): measured bandwidth is compared with what this hardware negotiated. The data-sheet
 * rate would make every H100 pair look ~6% better than it is, and would need a table of
 * generations that a new GPU falls outside of (no peak, so no floor, at all). A link that trained
 * at a lower rate lowers the peak with it; the topology step's `link-speed` check (expected vs
 * printed rate) is what catches that.
 */

/** What the manifest expects, used where the node's own topology output is missing (the smoke suite). */
export interface ExpectedLinks {
  nvlinksPerPair?: number | undefined;
  linkSpeedGBs?: number | undefined;
}

/** One GPU pair's measured bandwidth and its NVLink peak. */
export interface PairBandwidth {
  /** Source GPU (matrix row). */
  a: number;
  /** Destination GPU (matrix column). */
  b: number;
  GBs: number;
  /** null: no NVLink between the pair, or the link rate or the pair's links are unknown. */
  peakGBs: number | null;
  fraction: number | null;
}

/** The per-link rate: the slowest active link `nvlink -s` printed on the node, else the expected one. */
export function linkRateGBs(found: NodeTopology | null, expected?: ExpectedLinks | null): number | null {
  return found?.linkSpeedGBs ?? expected?.linkSpeedGBs ?? null;
}

/** A pair's NVLink peak; null when the pair has no NVLink or `topo -m` did not show it (cut output). */
export function pairPeakGBs(found: NodeTopology | null, a: number, b: number, expected?: ExpectedLinks | null): number | null {
  const rate = linkRateGBs(found, expected);
  if (rate === null) return null;
  const links = found ? (pairSeen(found, a, b) ? bondBetween(found, a, b) : null) : (expected?.nvlinksPerPair ?? null);
  return links ? round(links * rate) : null;
}

/** One GPU's NVLink peak (the fewest active links of any GPU × rate): the ceiling of a ring all-reduce's busbw. */
export function gpuPeakGBs(found: NodeTopology | null, expected?: ExpectedLinks | null): number | null {
  const rate = linkRateGBs(found, expected);
  if (rate === null) return null;
  const withLinks = found?.gpus.filter((g) => g.nvlink !== null) ?? [];
  const active = withLinks.length > 0 ? Math.min(...withLinks.map((g) => g.nvlink!.activeLinks)) : (expected?.nvlinksPerPair ?? null);
  return active ? round(active * rate) : null;
}

/**
 * Pairs from a square bandwidth matrix (row = source GPU, column = destination). The diagonal and
 * N/A cells (null: the tool did not measure the pair) are left out. A 0 GB/s cell is KEPT: a pair
 * that moved nothing is a dead pair — the worst measurement there is, not a missing one — so it
 * fails the floor and the baseline comparison instead of vanishing from both.
 */
export function pairsFromMatrix(matrix: readonly (readonly (number | null)[])[], peakOf: (a: number, b: number) => number | null): PairBandwidth[] {
  const pairs: PairBandwidth[] = [];
  matrix.forEach((row, a) =>
    row.forEach((value, b) => {
      if (a === b || value === null || !Number.isFinite(value) || value < 0) return;
      const peakGBs = peakOf(a, b);
      pairs.push({ a, b, GBs: value, peakGBs, fraction: peakGBs ? round(value / peakGBs) : null });
    }),
  );
  return pairs;
}

/** The p2pBandwidthLatencyTest matrix that holds pair bandwidth: unidirectional, P2P=Enabled. */
export function p2pPairMatrix<M extends { metric: string; direction: string | null; p2p: boolean | null; values: (number | null)[][] }>(
  matrices: readonly M[],
): (number | null)[][] | null {
  return matrices.find((m) => m.metric === 'bandwidth' && m.direction === 'unidirectional' && m.p2p === true)?.values ?? null;
}

/** The floor (fraction of peak) for a node's link rate: its generation's own floor, else the default. */
export function floorForRate(rate: number | null, defaultFloor: number, generations: readonly { rawLinkGBs: number; floor?: number | undefined }[]): number {
  const generation = rate === null ? undefined : generations.find((g) => Math.abs(g.rawLinkGBs - rate) / g.rawLinkGBs < 0.01);
  return generation?.floor ?? defaultFloor;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
