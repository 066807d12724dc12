import type { CanaryResult, RunResults } from '../core/results.js';
import type { GatePolicy } from '../manifest/schema/gate.js';
import { canaryTopology } from '../topology/from-results.js';
import { bondBetween, type NodeTopology, pairSeen } from '../topology/model.js';
import { NcclShape, NvbandwidthShape, NvlinkErrorsShape, P2pShape, readData, TrainStepShape } from './step-data.js';

export type GateMetric = GatePolicy['metrics'][number]['metric'];

/** One measured number: the unit of every metric comparison, heatmap cell and Prometheus sample. */
export interface Measurement {
  canary: string;
  metric: GateMetric;
  /** `GPU0->GPU1` for pairs, `all_reduce` for NCCL, `GPU3` for per-GPU counters, `step` for step time. */
  subject: string;
  value: number;
  unit: 'GB/s' | 'ms' | 'count';
  /** Spec peak for bandwidth pairs (NVLinks between the pair × spec per-link rate), else null. */
  peak: number | null;
  /** Floor as a fraction of peak for this link generation (policy), when the peak is known. */
  floor: number | null;
}

/** nvbandwidth testcases that measure GPU→GPU copies over NVLink, preferred first. */
const NVBANDWIDTH_PAIR_TESTS = ['device_to_device_memcpy_write_ce', 'device_to_device_memcpy_read_ce', 'device_to_device_memcpy_write_sm'];

export function measurementsOf(results: RunResults, policy: GatePolicy): Measurement[] {
  return results.canaries.flatMap((canary) => canaryMeasurements(canary, policy));
}

export function canaryMeasurements(canary: CanaryResult, policy: GatePolicy): Measurement[] {
  const out: Measurement[] = [];
  const found = canaryTopology(canary);
  const rate = found ? specLinkRate(found, policy) : null;
  const peakOf = (a: number, b: number): number | null => {
    // NVLinks between the pair as topo -m shows them; unknown (cut output) or none: no peak, no floor.
    const links = found && pairSeen(found, a, b) ? bondBetween(found, a, b) : null;
    return rate && links ? links * rate.specLinkGBs : null;
  };
  const pairMatrix = (matrix: readonly (readonly (number | null)[])[]): void => {
    matrix.forEach((row, i) =>
      row.forEach((value, j) => {
        if (i === j || value === null || !(value > 0)) return;
        out.push({ canary: canary.name, metric: 'peer-bandwidth', subject: `GPU${i}->GPU${j}`, value, unit: 'GB/s', peak: peakOf(i, j), floor: rate?.floor ?? null });
      }),
    );
  };
  for (const nvb of readData(canary.steps, 'nvbandwidth', NvbandwidthShape)) {
    const testcase = NVBANDWIDTH_PAIR_TESTS.map((name) => nvb.testcases.find((t) => t.name === name && t.status === 'ok' && t.matrix)).find(Boolean);
    if (testcase?.matrix) pairMatrix(testcase.matrix);
  }
  for (const p2p of readData(canary.steps, 'p2p', P2pShape)) {
    const matrix = p2p.matrices.find((m) => m.metric === 'bandwidth' && m.p2p === true && m.direction === 'unidirectional');
    if (matrix) pairMatrix(matrix.values);
  }
  for (const nccl of readData(canary.steps, 'nccl', NcclShape)) {
    // The largest-size row, never "Avg bus bandwidth": that averages the whole size sweep.
    if (nccl.largest) out.push({ canary: canary.name, metric: 'nccl-busbw', subject: 'all_reduce', value: nccl.largest.outOfPlace.busbwGBs, unit: 'GB/s', peak: null, floor: null });
  }
  for (const train of readData(canary.steps, 'train-step', TrainStepShape)) {
    out.push({ canary: canary.name, metric: 'step-time', subject: 'step', value: train.stepTimeMs, unit: 'ms', peak: null, floor: null });
  }
  for (const errors of readData(canary.steps, 'nvlink-errors', NvlinkErrorsShape)) {
    for (const gpu of errors.gpus) {
      const total = Object.values(gpu.totals).reduce((a, b) => a + b, 0);
      out.push({ canary: canary.name, metric: 'nvlink-errors', subject: `GPU${gpu.index}`, value: total, unit: 'count', peak: null, floor: null });
    }
  }
  return out;
}

/** The spec per-link rate of the node's NVLink generation, recognised from the printed rate of `nvlink -s`. */
export function specLinkRate(found: NodeTopology, policy: GatePolicy): { name: string; specLinkGBs: number; floor: number } | null {
  const speed = found.linkSpeedGBs;
  if (speed === null) return null;
  const generation = policy.linkGenerations.find((g) => Math.abs(g.rawLinkGBs - speed) / g.rawLinkGBs < 0.01);
  return generation ? { name: generation.name, specLinkGBs: generation.specLinkGBs, floor: generation.floor ?? policy.bandwidthFloor } : null;
}
