import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunResults } from '../../src/core/results.js';
import { parseNvlinkStatus } from '../../src/parsers/nvlink-status.js';
import { parseTopo } from '../../src/parsers/topo.js';
import { writeResults } from '../../src/smoke/results-dir.js';
import { canaryTopology } from '../../src/topology/from-results.js';
import { fixture } from '../helpers/paths.js';
import { real } from '../parsers/real-fixture.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: process.cwd(), signal: new AbortController().signal });
  return { code, stdout, stderr };
}

const DGX1 = fixture('real', 'nvidia-smi-topo-m-DGX1-8GPU-hybrid-cube-mesh-NV1-NV2-4xmlx5-partial-legend.txt');
const H100_PAIR = fixture('real', 'nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt');
const NVLINK_S = fixture('real', 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt');

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A results directory as `linkgate smoke --out DIR` writes it, with two canaries' topology steps. */
async function resultsDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'linkgate-topology-'));
  dirs.push(dir);
  const step = (data: Record<string, unknown>) => ({ name: 'topology', status: 'pass' as const, reason: null, startedAt: '2025-01-01T00:00:00Z', durationMs: 1, checks: [], data, problems: [], raw: [] });
  const canary = (name: string, chassis: string, steps: ReturnType<typeof step>[]) => ({
    name, host: name, labels: { chassis }, control: false, state: 'ok' as const,
    facts: { kernelRelease: null, driverVersion: null, bootId: null }, leaseWaitMs: null, steps,
  });
  const results: RunResults = {
    schemaVersion: 1,
    tool: { name: 'linkgate', version: 'test' },
    run: { id: 'r1', startedAt: '2025-01-01T00:00:00Z', finishedAt: null, mode: 'virtual', url: null, complete: true },
    canaries: [
      canary('canary-01', 'rack7-a', [step({ topo: parseTopo(real('nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt')).data, 'nvlink-status': parseNvlinkStatus(real('nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt')).data })]),
      canary('canary-02', 'rack7-b', [step({ topo: parseTopo(real('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt')).data })]),
      canary('canary-03', 'rack7-c', [step({ topo: null })]),
    ],
  };
  await writeResults(dir, results);
  return dir;
}

describe('linkgate topology --from FILE', () => {
  it('gres prints one line per GPU with Links= and Cores=', async () => {
    const r = await cli('topology', 'gres', '--from', DGX1, '--node', 'dgx1');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('NodeName=dgx1 Name=gpu File=/dev/nvidia0 Links=-1,1,1,2,2,0,0,0 Cores=0-19');
    expect(r.stderr).toMatch(/legend entry PHB is cut short/);
  });

  it('labels with --nvlink: key=value lines; --json one document', async () => {
    const r = await cli('topology', 'labels', '--from', H100_PAIR, '--nvlink', NVLINK_S);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('linkgate.dev/nvlink-island-0-gpus=0.1\n');
    expect(r.stdout).toContain('linkgate.dev/nvlink-active-links-min=12\n');
    const json = await cli('topology', 'labels', '--from', H100_PAIR, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ nodes: [{ node: 'nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented', labels: { 'linkgate.dev/gpu-count': '2' } }] });
  });

  it('nrt and mermaid', async () => {
    const nrt = JSON.parse((await cli('topology', 'nrt', '--from', H100_PAIR, '--node', 'dl380')).stdout);
    expect(nrt).toMatchObject({ kind: 'NodeResourceTopology', metadata: { name: 'dl380' } });
    expect(nrt.zones.find((z: { type: string }) => z.type === 'NVLinkIsland')).toMatchObject({ name: 'nvlink-island-0', parent: 'node-1' });
    const mermaid = await cli('topology', 'mermaid', '--from', H100_PAIR);
    expect(mermaid.stdout).toContain('  gpu0 ---|NV12| gpu1\n');
  });

  it('usage errors exit 2; a file without a matrix exits 3', async () => {
    expect((await cli('topology', 'gres')).code).toBe(2);
    expect((await cli('topology', 'graphviz', '--from', H100_PAIR)).code).toBe(2);
    expect((await cli('topology', 'gres', '--from', '/nonexistent')).code).toBe(2);
    const notTopo = await cli('topology', 'gres', '--from', NVLINK_S);
    expect(notTopo.code).toBe(3);
    expect(notTopo.stderr).toMatch(/no readable nvidia-smi topo -m/);
    expect(notTopo.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('linkgate topology --from DIR (results directory)', () => {
  it('exports every canary whose topology step parsed topo -m, and says which could not', async () => {
    const dir = await resultsDir();
    const gres = await cli('topology', 'gres', '--from', dir);
    expect(gres.code).toBe(0);
    expect(gres.stdout.trim().split('\n')).toEqual([
      'NodeName=canary-01 Name=gpu File=/dev/nvidia0 Links=-1,12 Cores=32-63',
      'NodeName=canary-01 Name=gpu File=/dev/nvidia1 Links=12,-1 Cores=32-63',
      'NodeName=canary-02 Name=gpu File=/dev/nvidia0 Links=-1,4,0,0 Cores=0-5',
      'NodeName=canary-02 Name=gpu File=/dev/nvidia1 Links=4,-1,0,0 Cores=0-5',
      'NodeName=canary-02 Name=gpu File=/dev/nvidia2 Links=0,0,-1,4 Cores=6-11',
      'NodeName=canary-02 Name=gpu File=/dev/nvidia3 Links=0,0,4,-1 Cores=6-11',
    ]);
    expect(gres.stderr).toMatch(/canary-03: no parsed topo -m in results.json/);
    const labels = await cli('topology', 'labels', '--from', dir);
    expect(labels.stdout).toContain('# canary-02\n');
    expect(labels.stdout).toContain('linkgate.dev/chassis=rack7-a\n');
    const db = JSON.parse((await cli('topology', 'db', '--from', dir)).stdout);
    expect(db.gpus).toHaveLength(6);
    expect(db.gpus[0]).toMatchObject({ node: 'canary-01', chassis: 'rack7-a', island: 'canary-01/0', activeLinks: 12, adjacency: { '1': 12 } });
    const nrt = JSON.parse((await cli('topology', 'nrt', '--from', dir)).stdout);
    expect(nrt.kind).toBe('List');
    expect(nrt.items).toHaveLength(2);
  });

  it('a directory without results.json exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'linkgate-topology-empty-'));
    dirs.push(dir);
    await writeFile(join(dir, 'other.txt'), 'x');
    const r = await cli('topology', 'labels', '--from', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no results.json/);
  });
});

describe('topology from hostile step data in results.json', () => {
  it('fields of the wrong type are not trusted: no graph, no crash (gate and exports read the same way)', () => {
    const topo = parseTopo(real('nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt')).data;
    const status = parseNvlinkStatus(real('nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt')).data;
    const of = (data: Record<string, unknown>) =>
      canaryTopology({
        name: 'c1', host: 'c1', labels: {}, control: false, state: 'ok', facts: { kernelRelease: null, driverVersion: null, bootId: null }, leaseWaitMs: null,
        steps: [{ name: 'topology', status: 'pass', reason: null, startedAt: '2025-01-01T00:00:00Z', durationMs: 1, checks: [], data, problems: [], raw: [] }],
      });
    expect(of({ topo })?.gpus).toHaveLength(2);
    for (const bad of [
      { ...topo, nvlinkIslands: [5] },
      { ...topo, matrix: { GPU0: { GPU1: 12 } } },
      { ...topo, gpus: [{ index: '0' }] },
      { ...topo, columns: 'GPU0 GPU1' },
      null,
      'topo',
    ]) {
      expect(of({ topo: bad })).toBeNull();
    }
    // A malformed nvlink -s next to a good topo -m is left out, not half-read.
    const found = of({ topo, 'nvlink-status': { gpus: [{ ...status.gpus[0], links: [{ link: 0, active: 'yes', speedGBs: 1 }] }] } });
    expect(found?.gpus.every((g) => g.nvlink === null)).toBe(true);
  });
});
