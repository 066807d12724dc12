import { describe, expect, it } from 'vitest';
import { parseP2p } from '../../src/parsers/p2p.js';
import { badInputSuite, readReal } from './bad-input-suite.js';

const FULL = 'p2pBandwidthLatencyTest-2xRTX5090-no-p2p-full.txt';
const QUAD = 'p2pBandwidthLatencyTest-4xGPU-PCIe-no-p2p-matrices-and-latency.txt';
const V100 = 'p2pBandwidthLatencyTest-4xV100-DGX-Station-bidir-elided.txt';
const READS = 'p2pBandwidthLatencyTest-6xGPU-PCIe-p2p-read-partial-nccl814.txt';
const A100 = 'p2pBandwidthLatencyTest-8xA100-SXM-80GB-header-partial-ncclTests100.txt';
const K80 = 'p2pBandwidthLatencyTest-8xK80-bidir-enabled-only.txt';

const find = (file: string, title: string, table: 'GPU' | 'CPU' | null = null) =>
  parseP2p(readReal(file)).data.matrices.find((m) => m.title === title && m.table === table);

describe('parseP2p on real captures', () => {
  it('complete 2x RTX 5090 run: devices, peer access, connectivity, 4 bandwidth and 4 latency tables', () => {
    const result = parseP2p(readReal(FULL));
    expect(result.problems).toEqual([]);
    expect(result.data.devices).toEqual([
      { index: 0, name: 'NVIDIA Graphics Device', pciBusId: '21' },
      { index: 1, name: 'NVIDIA Graphics Device', pciBusId: '61' },
    ]);
    expect(result.data.peerAccess).toEqual([{ from: 0, to: 1, can: false }, { from: 1, to: 0, can: false }]);
    expect(result.data.connectivity).toEqual([[1, 0], [0, 1]]);
    expect(result.data.matrices.map((m) => [m.metric, m.direction, m.p2p, m.table])).toEqual([
      ['bandwidth', 'unidirectional', false, null],
      ['bandwidth', 'unidirectional', true, null],
      ['bandwidth', 'bidirectional', false, null],
      ['bandwidth', 'bidirectional', true, null],
      ['latency', null, false, 'GPU'],
      ['latency', null, false, 'CPU'],
      ['latency', null, true, 'GPU'],
      ['latency', null, true, 'CPU'],
    ]);
    expect(find(FULL, 'Unidirectional P2P=Enabled Bandwidth (P2P Writes) Matrix (GB/s)')?.values).toEqual([[1509.66, 38.2], [38.66, 1536.43]]);
    expect(find(FULL, 'P2P=Disabled Latency Matrix (us)', 'CPU')?.values).toEqual([[2.11, 5.91], [5.86, 2.04]]);
  });

  it('4 PCIe GPUs: connectivity with spaces, GPU latency 18.49 us between 0 and 2', () => {
    expect(parseP2p(readReal(QUAD)).data.connectivity).toEqual([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]);
    expect(find(QUAD, 'P2P=Disabled Latency Matrix (us)', 'GPU')?.values[0]?.[2]).toBe(18.49);
    expect(find(QUAD, 'Unidirectional P2P=Disabled Bandwidth Matrix (GB/s)')?.values[1]?.[1]).toBe(829.35);
  });

  it('DGX Station V100: bidirectional P2P 96.87 GB/s, elisions reported', () => {
    const result = parseP2p(readReal(V100));
    expect(find(V100, 'Bidirectional P2P=Enabled Bandwidth Matrix (GB/s)')?.values[0]).toEqual([761.45, 96.87, 96.91, 96.87]);
    expect(result.problems.map((p) => p.line)).toEqual([2, 9, 22]);
  });

  it('--p2p_read adds (P2P Reads); the cut bidirectional matrix is reported, not read', () => {
    const result = parseP2p(readReal(READS));
    expect(result.data.matrices.map((m) => m.title)).toEqual([
      'Unidirectional P2P=Disabled Bandwidth Matrix (GB/s)',
      'Unidirectional P2P=Enabled Bandwidth (P2P Writes) Matrix (GB/s)',
      'Unidirectional P2P=Enabled Bandwidth (P2P Reads) Matrix (GB/s)',
    ]);
    expect(find(READS, 'Unidirectional P2P=Enabled Bandwidth (P2P Reads) Matrix (GB/s)')?.values[3]?.[2]).toBe(10.45);
    expect(result.problems).toEqual([{ line: 28, message: expect.stringContaining('Bidirectional P2P=Disabled Bandwidth Matrix (GB/s): row 0') }]);
  });

  it('8x A100 header cut in the peer list: devices read, the cut reported', () => {
    const result = parseP2p(readReal(A100));
    expect(result.data.devices).toHaveLength(8);
    expect(result.data.devices[3]).toEqual({ index: 3, name: 'NVIDIA A100-SXM-80GB', pciBusId: '4f' });
    expect(result.data.peerAccess).toHaveLength(12);
    expect(result.data.matrices).toEqual([]);
    expect(result.problems[0]).toEqual({ line: 23, message: 'unexpected line: "Device"' });
  });

  it('8x K80 bidirectional only (trailing spaces)', () => {
    const result = parseP2p(readReal(K80));
    expect(result.problems).toEqual([]);
    expect(result.data.matrices).toHaveLength(1);
    expect(result.data.matrices[0]?.values[7]).toEqual([17.63, 18.02, 19.62, 19.63, 21.51, 22.44, 23.76, 173.63]);
  });
});

badInputSuite('parseP2p', parseP2p, [FULL, QUAD, V100, READS, A100, K80]);
