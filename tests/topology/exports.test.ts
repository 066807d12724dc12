import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNvlinkStatus } from '../../src/parsers/nvlink-status.js';
import { parseTopo } from '../../src/parsers/topo.js';
import { buildNodeTopology } from '../../src/topology/build.js';
import { slurmCores } from '../../src/topology/cpu-list.js';
import { fleetTopologyDb } from '../../src/topology/fleet-db.js';
import { gresConf } from '../../src/topology/gres.js';
import { isValidLabelKey, isValidLabelValue, labelValue, topologyLabels } from '../../src/topology/labels.js';
import { mermaidGraph } from '../../src/topology/mermaid.js';
import { nodeResourceTopology } from '../../src/topology/nrt.js';
import { storedNvlinkStatus, storedTopo } from '../../src/topology/stored-data.js';
import { fixture } from '../helpers/paths.js';
import { real } from '../parsers/real-fixture.js';

function node(file: string, nvlink?: string) {
  return buildNodeTopology({
    node: 'n1',
    topo: parseTopo(real(file)).data,
    nvlinkStatus: nvlink ? parseNvlinkStatus(real(nvlink)).data : null,
  });
}

/** Every topo fixture: islands, Slurm Links= of GPU0, label values, read from the file. */
const CASES: { file: string; islands: number[][]; gpu0Links: string; gpu0Cores: string | null; bondMin: number; bondMax: number }[] = [
  { file: 'nvidia-smi-topo-m-DGX1-8GPU-hybrid-cube-mesh-NV1-NV2-4xmlx5-partial-legend.txt', islands: [[0, 1, 2, 3, 4, 5, 6, 7]], gpu0Links: '-1,1,1,2,2,0,0,0', gpu0Cores: '0-19', bondMin: 1, bondMax: 2 },
  { file: 'nvidia-smi-topo-m-8xA100-40GB-DGX-NV12-12nic-spaces-partial.txt', islands: [[0, 1, 2, 3, 4, 5, 6, 7]], gpu0Links: '-1,12,12,12,12,12,12,12', gpu0Cores: null, bondMin: 12, bondMax: 12 },
  { file: 'nvidia-smi-topo-m-8xA100-NV12-18xmlx5-old-spaces-partial.txt', islands: [[0, 1, 2, 3, 4, 5, 6, 7]], gpu0Links: '-1,12,12,12,12,12,12,12', gpu0Cores: null, bondMin: 12, bondMax: 12 },
  { file: 'nvidia-smi-topo-m-8xH100-NV18-12nic-drv580-partial.txt', islands: [[0, 1, 2, 3, 4, 5, 6, 7]], gpu0Links: '-1,18,18,18,18,18,18,18', gpu0Cores: '0-55', bondMin: 18, bondMax: 18 },
  { file: 'nvidia-smi-topo-matrix-8xH100-NV18-vm-nonic.txt', islands: [[0, 1, 2, 3, 4, 5, 6, 7]], gpu0Links: '-1,18,18,18,18,18,18,18', gpu0Cores: '0-63', bondMin: 18, bondMax: 18 },
  { file: 'nvidia-smi-topo-m-8xH100-NV18-1nic-indented-vllm-collect-env-partial.txt', islands: [[0, 1, 2, 3, 4, 5, 6, 7]], gpu0Links: '-1,18,18,18,18,18,18,18', gpu0Cores: '0-103', bondMin: 18, bondMax: 18 },
  { file: 'nvidia-smi-topo-m-4xA100-NV4-alltoall-4nic-leonardo-odd-affinity.txt', islands: [[0, 1, 2, 3]], gpu0Links: '-1,4,4,4', gpu0Cores: '0', bondMin: 4, bondMax: 4 },
  { file: 'nvidia-smi-topo-m-4xH100-NV6-4nic-spaces-partial-legend.txt', islands: [[0, 1, 2, 3]], gpu0Links: '-1,6,6,6', gpu0Cores: null, bondMin: 6, bondMax: 6 },
  { file: 'nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt', islands: [[0, 1], [2, 3]], gpu0Links: '-1,4,0,0', gpu0Cores: '0-5', bondMin: 4, bondMax: 4 },
  { file: 'nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-1nic-vllm-collect-env.txt', islands: [[0, 1], [2, 3]], gpu0Links: '-1,4,0,0', gpu0Cores: '0-23', bondMin: 4, bondMax: 4 },
  { file: 'nvidia-smi-topo-m-8xGPU-NV4-pairs-NODE-SYS-2nic-spaces-partial-legend.txt', islands: [[0, 1], [2, 3], [4, 5], [6, 7]], gpu0Links: '-1,4,0,0,0,0,0,0', gpu0Cores: '0-63', bondMin: 4, bondMax: 4 },
  { file: 'nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt', islands: [[0, 1]], gpu0Links: '-1,12', gpu0Cores: '32-63', bondMin: 12, bondMax: 12 },
  { file: 'nvidia-smi-topo-m-2xRTX5090-PHB.txt', islands: [[0], [1]], gpu0Links: '-1,0', gpu0Cores: '0-63', bondMin: 0, bondMax: 0 },
  { file: 'nvidia-smi-topo-matrix-4xK80-mlx4-SOC-legend-oldest.txt', islands: [[0], [1], [2], [3]], gpu0Links: '-1,0,0,0', gpu0Cores: '0-11', bondMin: 0, bondMax: 0 },
  { file: 'nvidia-smi-topo-m-8xPCIe-mlx4-2017-oldest-format-partial.txt', islands: [[0], [1], [2], [3], [4], [5], [6], [7]], gpu0Links: '-1,0,0,0,0,0,0,0', gpu0Cores: null, bondMin: 0, bondMax: 0 },
  { file: 'nvidia-smi-topo-p2p-rw-2xRTX5090-GNS.txt', islands: [[0], [1]], gpu0Links: '-1,0', gpu0Cores: null, bondMin: 0, bondMax: 0 },
];

describe.each(CASES)('$file', ({ file, islands, gpu0Links, gpu0Cores, bondMin, bondMax }) => {
  const topology = node(file);

  it('islands', () => {
    expect(topology.islands).toEqual(islands);
    for (const gpu of topology.gpus) expect(islands[gpu.island]).toContain(gpu.index);
  });

  it('Slurm gres.conf: one line per GPU, Links= in index order, Cores= from affinity', () => {
    const lines = gresConf(topology);
    expect(lines).toHaveLength(topology.gpus.length);
    expect(lines[0]).toBe(`NodeName=n1 Name=gpu File=/dev/nvidia0 Links=${gpu0Links}${gpu0Cores ? ` Cores=${gpu0Cores}` : ''}`);
    // Links= is symmetric and -1 exactly on the diagonal.
    const matrix = lines.map((l) => /Links=(\S+)/.exec(l)![1]!.split(',').map(Number));
    matrix.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(i === j ? -1 : matrix[j]![i])));
  });

  it('Kubernetes labels: valid syntax, values read from the file', () => {
    const labels = topologyLabels(topology);
    for (const [key, value] of Object.entries(labels)) {
      expect(isValidLabelKey(key), key).toBe(true);
      expect(isValidLabelValue(value), `${key}=${value}`).toBe(true);
    }
    expect(labels['linkgate.dev/gpu-count']).toBe(String(topology.gpus.length));
    expect(labels['linkgate.dev/nvlink-island-count']).toBe(String(islands.length));
    expect(labels['linkgate.dev/nvlink-island-sizes']).toBe(islands.map((i) => i.length).join('.'));
    expect(labels['linkgate.dev/nvlink-island-0-gpus']).toBe(islands[0]!.join('.'));
    expect(labels['linkgate.dev/nvlink-bond-min']).toBe(String(bondMin));
    expect(labels['linkgate.dev/nvlink-bond-max']).toBe(String(bondMax));
  });

  it('Mermaid: one subgraph per island, one edge per NV# pair', () => {
    const graph = mermaidGraph(topology);
    expect(graph.startsWith('graph LR\n')).toBe(true);
    expect(graph.match(/^ {2}subgraph /gm)).toHaveLength(islands.length);
    expect((graph.match(/---\|NV\d+\|/g) ?? []).length).toBe(topology.bonds.length);
  });

  it('NodeResourceTopology: one NVLinkIsland zone per island holding its GPUs', () => {
    const nrt = nodeResourceTopology(topology);
    const zones = nrt.zones.filter((z) => z.type === 'NVLinkIsland');
    expect(zones.map((z) => z.attributes.find((a) => a.name === 'gpus')?.value)).toEqual(islands.map((i) => i.join(',')));
    expect(zones.map((z) => z.resources[0]?.capacity)).toEqual(islands.map((i) => String(i.length)));
  });
});

describe('specific exports', () => {
  it('DGX-1 hybrid cube mesh: NV1/NV2 bonds as gres Links= for GPU5', () => {
    const lines = gresConf(node(CASES[0]!.file));
    expect(lines[5]).toBe('NodeName=n1 Name=gpu File=/dev/nvidia5 Links=0,2,0,0,1,-1,2,1 Cores=20-39');
  });

  it('2x H100 PCIe + nvlink -s: speed, generation, 12 active links, bandwidth labels', () => {
    const t = node('nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt', 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt');
    expect(t.linkSpeedGBs).toBe(26.562);
    expect(t.nvlinkGeneration).toBe(4);
    expect(t.gpus[1]?.nvlink).toMatchObject({ activeLinks: 12, inactiveLinks: [4, 5, 10, 11, 16, 17], bandwidthGBs: 318.744 });
    expect(topologyLabels(t)).toMatchObject({
      'linkgate.dev/nvlink-speed-gbs': '26.562',
      'linkgate.dev/nvlink-generation': '4',
      'linkgate.dev/nvlink-active-links-min': '12',
      'linkgate.dev/nvlink-bandwidth-gbs-min': '318.744',
      'linkgate.dev/gpu-product': 'NVIDIA-H100-PCIe',
    });
  });

  it('NUMA zones of the 4x H100 board: one GPU per NUMA node, island spans them (no parent)', () => {
    const nrt = nodeResourceTopology(node('nvidia-smi-topo-m-4xH100-NV6-4nic-spaces-partial-legend.txt'));
    expect(nrt.zones.filter((z) => z.type === 'Node').map((z) => z.name)).toEqual(['node-1', 'node-3', 'node-5', 'node-7']);
    const island = nrt.zones.find((z) => z.type === 'NVLinkIsland')!;
    expect(island.parent).toBeUndefined();
    const pairs = nodeResourceTopology(node('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt'));
    expect(pairs.zones.filter((z) => z.type === 'NVLinkIsland').map((z) => z.parent)).toEqual(['node-0', 'node-1']);
  });

  it('fleet DB: a row per GPU with adjacency and fleet-unique island ids', () => {
    const db = fleetTopologyDb([node('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt')]);
    expect(db.gpus).toHaveLength(4);
    expect(db.gpus[2]).toMatchObject({ node: 'n1', gpu: 2, island: 'n1/1', numaNode: 1, adjacency: { '0': 0, '1': 0, '3': 4 } });
  });

  it('label values are sanitised and bounded', () => {
    expect(labelValue('NVIDIA A100-SXM4-80GB')).toBe('NVIDIA-A100-SXM4-80GB');
    expect(labelValue(`-${'x'.repeat(80)}-`)).toHaveLength(63);
    expect(isValidLabelValue(labelValue('  (weird) "name" ä '))).toBe(true);
  });

  it('Slurm Cores= keeps the first thread of each core', () => {
    expect(slurmCores('0-23,48-71')).toBe('0-23');
    expect(slurmCores('56-111,168-223')).toBe('56-111');
    expect(slurmCores('6,14,22,30')).toBe('6,14,22,30');
    expect(slurmCores('112-127,240-25')).toBeNull();
    expect(slurmCores('N/A')).toBeNull();
  });

  it('Slurm Cores= is logical: interleaved OS numbering is renumbered, partial coverage is left out', () => {
    expect(gresConf(node('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt')).map((l) => /Cores=(\S+)/.exec(l)?.[1])).toEqual(['0-5', '0-5', '6-11', '6-11']);
    // Cut rows leave GPU5..7 without affinity: no Cores= at all rather than a partial guess.
    expect(gresConf(node('nvidia-smi-topo-m-8xA100-40GB-DGX-NV12-12nic-spaces-partial.txt')).some((l) => l.includes('Cores='))).toBe(false);
    // One GPU per NUMA node with CPUs 4..31 spread over 8 nodes: the other nodes are unknown.
    expect(gresConf(node('nvidia-smi-topo-m-4xH100-NV6-4nic-spaces-partial-legend.txt'))[0]).toBe('NodeName=n1 Name=gpu File=/dev/nvidia0 Links=-1,6,6,6');
    expect(gresConf(node('nvidia-smi-topo-m-8xH100-NV18-12nic-drv580-partial.txt'))[7]).toMatch(/ Cores=56-111$/);
  });
});

describe('stored parser data (what results.json holds) is accepted for every real capture', () => {
  it('each topo -m and nvlink -s fixture parses into data the graph builder trusts', () => {
    const files = readdirSync(fixture('real'));
    const topoFiles = files.filter((f) => /^nvidia-smi-topo-(m|matrix)-/.test(f));
    expect(topoFiles.length).toBeGreaterThan(10);
    for (const f of topoFiles) {
      const parsed = parseTopo(real(f));
      if (parsed.ok) expect(storedTopo(JSON.parse(JSON.stringify(parsed.data))), f).not.toBeNull();
    }
    for (const f of files.filter((f) => f.startsWith('nvidia-smi-nvlink-s-'))) {
      expect(storedNvlinkStatus(JSON.parse(JSON.stringify(parseNvlinkStatus(real(f)).data))), f).not.toBeNull();
    }
  });
});
