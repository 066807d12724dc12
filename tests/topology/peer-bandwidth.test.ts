import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measurementsOf } from '../../src/gate/measurements.js';
import { GatePolicy } from '../../src/manifest/schema/gate.js';
import { parseP2p } from '../../src/parsers/p2p.js';
import { floorCheck } from '../../src/smoke/bandwidth-check.js';
import { SuiteConfig } from '../../src/smoke/config.js';
import { linkModel } from '../../src/smoke/link-model.js';
import { topologyFromStepData } from '../../src/topology/from-results.js';
import { floorForRate, gpuPeakGBs, linkRateGBs, p2pPairMatrix, pairPeakGBs, pairsFromMatrix } from '../../src/topology/peer-bandwidth.js';
import { realData } from '../gate/real-data.js';
import { fixture } from '../helpers/paths.js';
import { canary, run, step } from '../report/build-results.js';

/** 2× H100 PCIe joined by NVLink bridges: topo -m says NV12, nvlink -s prints 26.562 GB/s per link. */
const topologyData = { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkHealthy() };
const found = topologyFromStepData('node', null, topologyData)!;
const deadPair = parseP2p(readFileSync(fixture('derived', 'p2pBandwidthLatencyTest-4xGPU-PCIe-GPU0-to-GPU1-0.00.txt'), 'utf8')).data;

describe('NVLink peak: links × the per-link rate nvlink -s printed', () => {
  it('a pair: NV12 × 26.562 GB/s (not the 25 GB/s of the data sheet)', () => {
    expect(linkRateGBs(found)).toBe(26.562);
    expect(pairPeakGBs(found, 0, 1)).toBe(318.744);
    expect(pairPeakGBs(found, 1, 0)).toBe(318.744);
    // A GPU topo -m did not show: unknown, never guessed.
    expect(pairPeakGBs(found, 0, 3)).toBeNull();
    expect(pairPeakGBs(found, 0, 0)).toBeNull();
  });
  it('one GPU: its fewest active links × rate; a degraded GPU (10 of 12 up) lowers it', () => {
    expect(gpuPeakGBs(found)).toBe(318.744);
    const degraded = topologyFromStepData('node', null, { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkDegraded() })!;
    expect(gpuPeakGBs(degraded)).toBe(265.62);
  });
  it('without nvlink -s the rate is unknown unless the manifest expects one; without any topology the expectation alone', () => {
    const bare = topologyFromStepData('node', null, { topo: realData.topoNv12() })!;
    expect(pairPeakGBs(bare, 0, 1)).toBeNull();
    expect(pairPeakGBs(bare, 0, 1, { linkSpeedGBs: 26.562 })).toBe(318.744);
    expect(pairPeakGBs(null, 0, 1, { nvlinksPerPair: 18, linkSpeedGBs: 26.562 })).toBe(478.116);
    expect(pairPeakGBs(null, 0, 1, { nvlinksPerPair: 0, linkSpeedGBs: 26.562 })).toBeNull();
    expect(gpuPeakGBs(null, { nvlinksPerPair: 18 })).toBeNull();
  });
  it('a generation\'s own floor, recognised within 1% of its printed rate; else the default floor', () => {
    const generations = [{ rawLinkGBs: 26.562, floor: 0.8 }, { rawLinkGBs: 53.125 }];
    expect(floorForRate(26.6, 0.7, generations)).toBe(0.8);
    expect(floorForRate(53.125, 0.7, generations)).toBe(0.7);
    expect(floorForRate(20, 0.7, generations)).toBe(0.7);
    expect(floorForRate(null, 0.7, generations)).toBe(0.7);
  });
});

describe('matrix → pairs', () => {
  it('leaves out the diagonal and N/A cells, keeps a 0 GB/s pair as a dead pair', () => {
    const pairs = pairsFromMatrix(
      [
        [800, 0, null],
        [300.5, 790, 12],
      ],
      (a, b) => (a + b === 1 ? 318.744 : null),
    );
    expect(pairs).toEqual([
      { a: 0, b: 1, GBs: 0, peakGBs: 318.744, fraction: 0 },
      { a: 1, b: 0, GBs: 300.5, peakGBs: 318.744, fraction: 0.943 },
      { a: 1, b: 2, GBs: 12, peakGBs: null, fraction: null },
    ]);
  });
  it('p2pBandwidthLatencyTest: the unidirectional P2P=Enabled matrix, or none', () => {
    expect(p2pPairMatrix(deadPair.matrices)?.[0]?.slice(0, 2)).toEqual([832.89, 0]);
    expect(p2pPairMatrix([])).toBeNull();
  });
});

describe('the smoke step and the gate judge a pair against the same peak', () => {
  it('every pair of the same data: same peak in the step (linkModel) and in the gate (measurements); the dead pair fails both', () => {
    const matrix = p2pPairMatrix(deadPair.matrices)!;
    const config = SuiteConfig.parse({ expected: { gpus: 2, nvlinksPerPair: 12, linkSpeedGBs: 25 } });
    const model = linkModel({ previous: new Map([['topology', step('topology', { data: topologyData })]]), config });
    const smokePairs = pairsFromMatrix(matrix, model.pairPeak);
    const gatePairs = measurementsOf(run([canary('c1', { steps: [step('topology', { data: topologyData }), step('peer-bandwidth', { data: { p2p: deadPair } })] })]), GatePolicy.parse({}));
    expect(gatePairs.map((m) => [m.subject, m.value, m.peak])).toEqual(smokePairs.map((p) => [`GPU${p.a}->GPU${p.b}`, p.GBs, p.peakGBs]));
    expect(smokePairs.find((p) => p.a === 0 && p.b === 1)).toEqual({ a: 0, b: 1, GBs: 0, peakGBs: 318.744, fraction: 0 });
    const verdict = floorCheck(smokePairs, 0.7);
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(/GPU0→GPU1 0 GB\/s = 0% of 318\.744 GB\/s/);
  });
});
