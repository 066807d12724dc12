import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNvlinkStatus } from '../../src/parsers/nvlink-status.js';
import { parseTopo } from '../../src/parsers/topo.js';
import { buildNodeTopology } from '../../src/topology/build.js';
import { diffTopology } from '../../src/topology/diff.js';
import { fixture } from '../helpers/paths.js';
import { real } from '../parsers/real-fixture.js';

const topoOf = (file: string) => parseTopo(real(file)).data;
const build = (file: string, nvlink?: string) =>
  buildNodeTopology({ node: 'n1', topo: topoOf(file), nvlinkStatus: nvlink ? parseNvlinkStatus(nvlink).data : null });

const H100_PAIR = 'nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt';
const NVLINK_S = 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt';

describe('diffTopology: expected vs found', () => {
  it('a node as expected has no findings', () => {
    expect(diffTopology({ gpus: 8, nvlinksPerPair: 18 }, build('nvidia-smi-topo-matrix-8xH100-NV18-vm-nonic.txt'))).toEqual([]);
    expect(diffTopology({ gpus: 2, nvlinksPerPair: 12, activeLinksPerGpu: 12, linkSpeedGBs: 26.5625 }, build(H100_PAIR, real(NVLINK_S)))).toEqual([]);
  });

  it('bridge pairs where one island was expected: the split and every missing pair are named', () => {
    const findings = diffTopology({ gpus: 4, nvlinksPerPair: 4 }, build('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt'));
    expect(findings[0]).toMatchObject({ kind: 'island', message: 'NVLink island [0,1,2,3] is split into [0,1] [2,3]' });
    expect(findings.filter((f) => f.kind === 'pair-links').map((f) => f.message)).toEqual([
      'GPU0↔GPU2: expected NV4, found no NVLink',
      'GPU0↔GPU3: expected NV4, found no NVLink',
      'GPU1↔GPU2: expected NV4, found no NVLink',
      'GPU1↔GPU3: expected NV4, found no NVLink',
    ]);
    // The same box with its real islands declared is fine.
    expect(diffTopology({ gpus: 4, nvlinksPerPair: 4, islands: [[0, 1], [2, 3]] }, build('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt'))).toEqual([]);
  });

  it('a bond with fewer links than expected names the pair (derived: GPU1/GPU0 NV12 → NV8)', () => {
    const derived = real(H100_PAIR).replace('GPU0     X      NV12', 'GPU0     X      NV8').replace('GPU1    NV12', 'GPU1    NV8');
    expect(derived).not.toBe(real(H100_PAIR));
    const topology = buildNodeTopology({ node: 'n1', topo: parseTopo(derived).data });
    expect(diffTopology({ gpus: 2, nvlinksPerPair: 12 }, topology)).toEqual([
      { kind: 'pair-links', message: 'GPU0↔GPU1: expected NV12, found NV8', gpus: [0, 1], expected: 12, actual: 8 },
    ]);
  });

  it('inactive links are named per GPU (and its one NVLink peer) when every GPU should have 18 active', () => {
    const findings = diffTopology({ gpus: 2, activeLinksPerGpu: 18 }, build(H100_PAIR, real(NVLINK_S)));
    expect(findings.map((f) => f.message)).toEqual([
      'GPU0↔GPU1: 12/18 NVLinks active, links 4, 5, 10, 11, 16, 17 inactive',
      'GPU1↔GPU0: 12/18 NVLinks active, links 4, 5, 10, 11, 16, 17 inactive',
    ]);
  });

  it('without activeLinksPerGpu, a GPU needs nvlinksPerPair active links; the casualties are the links up on its peer (derived: GPU0 links 2, 3 down)', () => {
    const degraded = readFileSync(fixture('derived', 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-GPU0-links2-3-down.txt'), 'utf8');
    expect(diffTopology({ gpus: 2, nvlinksPerPair: 12 }, build(H100_PAIR, real(NVLINK_S)))).toEqual([]);
    expect(diffTopology({ gpus: 2, nvlinksPerPair: 12 }, build(H100_PAIR, degraded))).toEqual([
      { kind: 'link-inactive', message: 'GPU0↔GPU1: 10/12 NVLinks active, links 2, 3 inactive', gpus: [0, 1], expected: 12, actual: 10 },
    ]);
    // No nvlink -s and no explicit link expectation: nothing to judge, nothing invented.
    expect(diffTopology({ gpus: 2, nvlinksPerPair: 12 }, build(H100_PAIR))).toEqual([]);
  });

  it('a cut topo -m: pairs it never printed are unseen, not missing (8x A100, rows after GPU4 cut)', () => {
    const findings = diffTopology({ gpus: 8, nvlinksPerPair: 12 }, build('nvidia-smi-topo-m-8xA100-40GB-DGX-NV12-12nic-spaces-partial.txt'));
    expect(findings.map((f) => `${f.kind} ${f.message}`)).toEqual([
      'pair-unseen GPU5↔GPU6: not shown by topo -m',
      'pair-unseen GPU5↔GPU7: not shown by topo -m',
      'pair-unseen GPU6↔GPU7: not shown by topo -m',
    ]);
  });

  it('a slower link is named (derived: GPU 1 link 7 printed at 25 GB/s)', () => {
    const lines = real(NVLINK_S).split('\n');
    const at = lines.findIndex((l, i) => i > 20 && l.trim() === 'Link 7: 26.562 GB/s');
    lines[at] = lines[at]!.replace('26.562', '25');
    const findings = diffTopology({ gpus: 2, linkSpeedGBs: 26.562 }, build(H100_PAIR, lines.join('\n')));
    expect(findings).toEqual([
      { kind: 'link-speed', message: 'GPU1 link 7: 25 GB/s, expected 26.562 GB/s', gpus: [1], link: 7, expected: 26.562, actual: 25 },
    ]);
  });

  it('missing GPUs: a cut matrix shows fewer GPUs than expected', () => {
    const findings = diffTopology({ gpus: 8 }, build('nvidia-smi-topo-m-2xRTX5090-PHB.txt'));
    expect(findings[0]).toMatchObject({ kind: 'gpu-count', message: 'expected 8 GPUs, found 2 (missing GPU2, GPU3, GPU4, GPU5, GPU6, GPU7)' });
    expect(findings[1]).toMatchObject({ kind: 'island', message: 'NVLink island [0,1,2,3,4,5,6,7] is split into [0] [1]' });
  });

  it('link expectations without nvlink -s data say so instead of passing', () => {
    const findings = diffTopology({ gpus: 2, activeLinksPerGpu: 12 }, build(H100_PAIR));
    expect(findings.map((f) => f.kind)).toEqual(['nvlink-missing', 'nvlink-missing']);
  });
});

describe('the manifest schema', () => {
  it('accepts activeLinksPerGpu (added for the link check) and rejects a negative count', async () => {
    const { ExpectedTopology } = await import('../../src/manifest/schema/canary.js');
    expect(ExpectedTopology.parse({ gpus: 8, nvlinksPerPair: 18, activeLinksPerGpu: 18 })).toMatchObject({ activeLinksPerGpu: 18 });
    expect(ExpectedTopology.safeParse({ gpus: 8, activeLinksPerGpu: -1 }).success).toBe(false);
  });
});
