import type { CanaryResult, RunResults } from '../core/results.js';
import type { GatePolicy } from '../manifest/schema/gate.js';
import { canaryTopology } from '../topology/from-results.js';
import { floorForRate, linkRateGBs, p2pPairMatrix, pairPeakGBs, pairsFromMatrix } from '../topology/peer-bandwidth.js';
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
  /** NVLink peak for bandwidth pairs (src/topology/peer-bandwidth.ts: NVLinks between the pair × the printed per-link rate), else null. */
  peak: number | null;
  /** Floor as a fraction of peak (the policy's, or its link generation's), when the peak is known. */
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
  const floor = floorForRate(linkRateGBs(found), policy.bandwidthFloor, policy.linkGenerations);
  const pairMatrix = (matrix: readonly (readonly (number | null)[])[]): void => {
    // The smoke step's pairs, the same way: a 0 GB/s pair is a dead pair and stays (it fails the floor).
    for (const pair of pairsFromMatrix(matrix, (a, b) => pairPeakGBs(found, a, b))) {
      out.push({ canary: canary.name, metric: 'peer-bandwidth', subject: `GPU${pair.a}->GPU${pair.b}`, value: pair.GBs, unit: 'GB/s', peak: pair.peakGBs, floor: pair.peakGBs === null ? null : floor });
    }
  };
  for (const nvb of readData(canary.steps, 'nvbandwidth', NvbandwidthShape)) {
    const testcase = NVBANDWIDTH_PAIR_TESTS.map((name) => nvb.testcases.find((t) => t.name === name && t.status === 'ok' && t.matrix)).find(Boolean);
    if (testcase?.matrix) pairMatrix(testcase.matrix);
  }
  for (const p2p of readData(canary.steps, 'p2p', P2pShape)) {
    const matrix = p2pPairMatrix(p2p.matrices);
    if (matrix) pairMatrix(matrix);
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
