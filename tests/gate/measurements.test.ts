import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/gate/decide.js';
import { measurementsOf } from '../../src/gate/measurements.js';
import { GatePolicy } from '../../src/manifest/schema/gate.js';
import { parseNccl } from '../../src/parsers/nccl.js';
import { parseNvbandwidth } from '../../src/parsers/nvbandwidth.js';
import { parseP2p } from '../../src/parsers/p2p.js';
import { real } from '../parsers/real-fixture.js';
import { fixture } from '../helpers/paths.js';
import { canary, run, step } from '../report/build-results.js';
import { realData } from './real-data.js';

/**
 * The gate's samples from step data exactly as the smoke steps store it: each parser's data under
 * its kind (src/smoke/step-data.ts), from the real parsers over real captures in fixtures/real/.
 */
const policy = GatePolicy.parse({});
const measure = (data: Record<string, unknown>) => measurementsOf(run([canary('c1', { steps: [step('x', { data })] })]), policy);

describe('gate samples from real parser output', () => {
  it('nccl-tests: the largest-size row busbw (685.19 GB/s at 16 GiB on a GB300 tray), never the 446.673 sweep average', () => {
    const nccl = parseNccl(real('nccl-tests-allreduce-4xGB300-1tray-truncated-by-author.txt')).data;
    expect(nccl.avgBusbwGBs).toBe(446.673);
    expect(measure({ nccl })).toEqual([{ canary: 'c1', metric: 'nccl-busbw', subject: 'all_reduce', value: 685.19, unit: 'GB/s', peak: null, floor: null }]);
    const old = parseNccl(real('nccl-tests-allreduce-2GPU-2020-error-column-0e+00-tail.txt')).data;
    expect(measure({ nccl: old }).map((m) => m.value)).toEqual([20.34]);
  });

  it('nccl-tests output with no complete row gives no sample (not 0, not NaN)', () => {
    const cut = parseNccl(real('nccl-tests-allreduce-8xA100-SXM4-40GB-mpirun-2021-no-hash-prefix-partial.txt')).data;
    expect(cut.largest).toBeNull();
    expect(measure({ nccl: cut })).toEqual([]);
  });

  it('p2pBandwidthLatencyTest: every off-diagonal cell of the unidirectional P2P=Enabled matrix is one pair sample', () => {
    const p2p = parseP2p(real('p2pBandwidthLatencyTest-4xGPU-PCIe-no-p2p-matrices-and-latency.txt')).data;
    const samples = measure({ p2p });
    expect(samples).toHaveLength(12);
    // Row 0 of "Unidirectional P2P=Enabled Bandwidth (P2P Writes) Matrix": 832.89 (itself) 5.90 5.90 5.90.
    expect(samples.filter((m) => m.subject.startsWith('GPU0->')).map((m) => [m.subject, m.value])).toEqual([
      ['GPU0->GPU1', 5.9],
      ['GPU0->GPU2', 5.9],
      ['GPU0->GPU3', 5.9],
    ]);
    expect(samples.find((m) => m.subject === 'GPU3->GPU2')?.value).toBe(5.89);
    // No topology in the results: no peak, so no floor is judged.
    expect(samples.every((m) => m.peak === null && m.floor === null)).toBe(true);
  });

  it('p2pBandwidthLatencyTest with only bidirectional matrices gives no unidirectional pair samples', () => {
    const p2p = parseP2p(real('p2pBandwidthLatencyTest-8xK80-bidir-enabled-only.txt')).data;
    expect(p2p.matrices.length).toBeGreaterThan(0);
    expect(measure({ p2p })).toEqual([]);
  });

  it('nvbandwidth host↔device testcases are never read as GPU pairs', () => {
    for (const file of ['nvbandwidth-h100x8-sm-h2d-d2h-quoted-whitespace-lost.txt', 'nvbandwidth-v0.2-rtx4090x8-partial.txt']) {
      const nvbandwidth = parseNvbandwidth(real(file)).data;
      expect(nvbandwidth.testcases.length, file).toBeGreaterThan(0);
      expect(measure({ nvbandwidth }), file).toEqual([]);
    }
  });

  it('the peak of a pair: NV# from topo -m × the per-link rate nvlink -s printed (2× H100 PCIe bridge: 12 × 26.562 GB/s)', () => {
    const p2p = parseP2p(real('p2pBandwidthLatencyTest-4xGPU-PCIe-no-p2p-matrices-and-latency.txt')).data;
    const samples = measure({ topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkHealthy(), p2p });
    expect(samples.find((m) => m.subject === 'GPU0->GPU1')).toMatchObject({ value: 5.9, peak: 318.744, floor: 0.7 });
    expect(samples.find((m) => m.subject === 'GPU1->GPU0')).toMatchObject({ peak: 318.744 });
    // GPU2 and GPU3 are not in this topo -m: no peak and no floor rather than a guess.
    expect(samples.filter((m) => /GPU[23]/.test(m.subject)).every((m) => m.peak === null && m.floor === null)).toBe(true);
    // Without nvlink -s the link rate is unknown: no peak either.
    expect(measure({ topo: realData.topoNv12(), p2p }).every((m) => m.peak === null)).toBe(true);
    // A generation's own floor (recognised by the printed rate) applies to its pairs.
    const strict = GatePolicy.parse({ linkGenerations: [{ name: 'NVLink4', rawLinkGBs: 26.562, floor: 0.9 }] });
    const judged = measurementsOf(run([canary('c1', { steps: [step('x', { data: { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkHealthy(), p2p } })] })]), strict);
    expect(judged.find((m) => m.subject === 'GPU0->GPU1')?.floor).toBe(0.9);
  });

  it('a 0 GB/s pair is a dead pair: kept as a sample, it fails the floor (derived capture: GPU0→GPU1 0.00)', () => {
    const p2p = parseP2p(readFileSync(fixture('derived', 'p2pBandwidthLatencyTest-4xGPU-PCIe-GPU0-to-GPU1-0.00.txt'), 'utf8')).data;
    const data = { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkHealthy(), p2p };
    expect(measure(data).find((m) => m.subject === 'GPU0->GPU1')).toEqual({ canary: 'c1', metric: 'peer-bandwidth', subject: 'GPU0->GPU1', value: 0, unit: 'GB/s', peak: 318.744, floor: 0.7 });
    const d = decide({ current: [run([canary('c1', { steps: [step('topology', { data })] })])], baseline: [], baselineSource: null, policy, attempt: 1 });
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.reasons).toContainEqual({ canary: 'c1', check: 'bandwidth-floor', message: 'c1: GPU0->GPU1 0 GB/s is 0% of peak 318.7 GB/s (floor 70%)' });
  });

  it('step data in another shape yields no sample rather than a crash', () => {
    expect(measure({ nccl: { largest: { sizeBytes: 'x' } }, p2p: [1, 2], nvbandwidth: null, 'train-step': { stepTimeMs: 'fast' } })).toEqual([]);
    expect(measure({ 'train-step': { ok: true, worldSize: 8, stepTimeMs: 12.3, loss: 1.01 } }).map((m) => [m.metric, m.value])).toEqual([['step-time', 12.3]]);
  });
});
