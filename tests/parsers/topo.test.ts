import { describe, expect, it } from 'vitest';
import { parseTopo } from '../../src/parsers/topo.js';
import { real } from './real-fixture.js';

const messages = (r: { problems: { message: string }[] }): string => r.problems.map((p) => p.message).join('\n');

describe('parseTopo on real captures', () => {
  it('DGX-1 hybrid cube mesh (tabs, mlx5 names as headers, CPU Affinity only)', () => {
    const r = parseTopo(real('nvidia-smi-topo-m-DGX1-8GPU-hybrid-cube-mesh-NV1-NV2-4xmlx5-partial-legend.txt'));
    expect(r.ok).toBe(true);
    expect(r.data.gpus).toHaveLength(8);
    expect(r.data.columns.slice(8)).toEqual(['mlx5_0', 'mlx5_2', 'mlx5_1', 'mlx5_3']);
    expect(r.data.nics).toContainEqual({ label: 'mlx5_2', device: 'mlx5_2' });
    expect(r.data.matrix.GPU0).toMatchObject({ GPU1: 'NV1', GPU3: 'NV2', GPU5: 'SYS', mlx5_0: 'PIX', mlx5_1: 'PHB' });
    expect(r.data.matrix.GPU7?.GPU4).toBe('NV2');
    expect(r.data.matrix.mlx5_3?.GPU6).toBe('PIX');
    expect(r.data.gpus[4]).toEqual({ index: 4, label: 'GPU4', cpuAffinity: '20-39,60-79', numaAffinity: null, gpuNumaId: null });
    expect(r.data.nvlinkIslands).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    expect(messages(r)).toMatch(/legend entry PHB is cut short/);
    expect(messages(r)).toMatch(/legend has no entry for NV#, PIX/);
  });

  it('8x H100 NV18 with 12 NICs, tabs, empty padding cells, rows cut after NIC5', () => {
    const r = parseTopo(real('nvidia-smi-topo-m-8xH100-NV18-12nic-drv580-partial.txt'));
    expect(r.data.gpus.map((g) => g.cpuAffinity)).toEqual([...Array(4).fill('0-55,112-167'), ...Array(4).fill('56-111,168-223')]);
    expect(r.data.gpus[5]).toMatchObject({ numaAffinity: '1', gpuNumaId: null });
    expect(r.data.matrix.GPU1?.NIC3).toBe('PXB');
    expect(r.data.matrix.NIC1?.NIC2).toBe('PIX');
    expect(r.data.matrix.NIC6).toBeUndefined();
    expect(r.data.nics).toHaveLength(12);
    expect(r.data.nvlinkIslands).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    expect(messages(r)).toMatch(/no row for NIC6, NIC7, NIC8, NIC9, NIC10, NIC11 \(output cut\?\)/);
    expect(messages(r)).toMatch(/no NIC Legend/);
  });

  it('8x A100 NV12 with spaces for tabs, cut inside GPU4: the cut value is dropped, not guessed', () => {
    const r = parseTopo(real('nvidia-smi-topo-m-8xA100-40GB-DGX-NV12-12nic-spaces-partial.txt'));
    expect(r.data.gpus[0]).toMatchObject({ cpuAffinity: '48-63,176-191', numaAffinity: '3' });
    expect(r.data.gpus[2]).toMatchObject({ cpuAffinity: '16-31,144-159', numaAffinity: '1' });
    expect(r.data.gpus[4]).toMatchObject({ cpuAffinity: null, numaAffinity: null });
    expect(r.data.matrix.GPU4?.NIC6).toBe('PXB');
    // GPU5..7 rows are cut, but their NV12 cells are known from the printed rows: one island.
    expect(r.data.nvlinkIslands).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    expect(r.problems.find((p) => /GPU4 lacks NUMA Affinity, GPU NUMA ID/.test(p.message))?.line).toBe(7);
  });

  it('old 18x mlx5 format cut mid-cell', () => {
    const r = parseTopo(real('nvidia-smi-topo-m-8xA100-NV12-18xmlx5-old-spaces-partial.txt'));
    expect(r.data.columns).toHaveLength(26);
    expect(r.data.nics.map((n) => n.device)).toContain('mlx5_17');
    expect(r.data.matrix.GPU2?.mlx5_0).toBe('PXB');
    expect(r.data.matrix.GPU4?.mlx5_7).toBe('SYS');
    expect(r.data.matrix.GPU4?.mlx5_8).toBeNull();
    expect(r.data.gpus[0]).toMatchObject({ cpuAffinity: '0-47,96-143', numaAffinity: '0' });
    expect(r.problems).toContainEqual({ line: 6, message: 'GPU4/mlx5_8: "N" is not a topology code (output cut?)' });
    expect(r.data.nvlinkIslands).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
  });

  it('4-GPU bridge pairs: two islands', () => {
    const spaces = parseTopo(real('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-spaces.txt'));
    expect(spaces.problems).toEqual([]);
    expect(spaces.data.nvlinkIslands).toEqual([[0, 1], [2, 3]]);
    expect(spaces.data.gpus[2]).toMatchObject({ cpuAffinity: '1,3,5,7,9,11', numaAffinity: '1' });
    const vllm = parseTopo(real('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-1nic-vllm-collect-env.txt'));
    expect(vllm.data.nvlinkIslands).toEqual([[0, 1], [2, 3]]);
    expect(vllm.data.matrix.NIC0).toMatchObject({ GPU3: 'PIX', NIC0: 'X' });
    expect(vllm.data.gpus[3]?.cpuAffinity).toBe('24-47,72-95');
  });

  it('8 GPUs in NV4 bridge pairs across NODE/SYS: four islands', () => {
    const r = parseTopo(real('nvidia-smi-topo-m-8xGPU-NV4-pairs-NODE-SYS-2nic-spaces-partial-legend.txt'));
    expect(r.data.nvlinkIslands).toEqual([[0, 1], [2, 3], [4, 5], [6, 7]]);
    expect(r.data.matrix.GPU6?.NIC0).toBe('PHB');
    expect(r.data.matrix.NIC1?.NIC0).toBe('PIX');
    expect(r.data.gpus[7]?.cpuAffinity).toBe('64-127');
  });

  it('all-to-all meshes: 4x A100 NV4, 4x H100 NV6, 8x H100 NV18 (VM, indented)', () => {
    const a100 = parseTopo(real('nvidia-smi-topo-m-4xA100-NV4-alltoall-4nic-leonardo-odd-affinity.txt'));
    expect(a100.data.nvlinkIslands).toEqual([[0, 1, 2, 3]]);
    expect(a100.data.gpus[1]).toMatchObject({ cpuAffinity: '0', numaAffinity: '0-1' });
    expect(messages(a100)).toMatch(/legend entry NV# is cut short/);
    const h100 = parseTopo(real('nvidia-smi-topo-m-4xH100-NV6-4nic-spaces-partial-legend.txt'));
    expect(h100.data.gpus.map((g) => g.numaAffinity)).toEqual(['3', '1', '7', '5']);
    expect(h100.data.matrix.GPU2?.GPU3).toBe('NV6');
    const vm = parseTopo(real('nvidia-smi-topo-matrix-8xH100-NV18-vm-nonic.txt'));
    expect(vm.problems).toEqual([]);
    expect(vm.data.nics).toEqual([]);
    expect(vm.data.matrix.GPU7?.GPU0).toBe('NV18');
    const indented = parseTopo(real('nvidia-smi-topo-m-8xH100-NV18-1nic-indented-vllm-collect-env-partial.txt'));
    expect(indented.data.gpus[6]?.cpuAffinity).toBe('104-207');
    expect(indented.data.nvlinkIslands).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    expect(messages(indented)).toMatch(/legend has no entry for NV#/);
  });

  it('2x H100 PCIe with an NV12 bridge, indented 6 spaces', () => {
    const r = parseTopo(real('nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt'));
    expect(r.problems).toEqual([]);
    expect(r.data.matrix.GPU1?.GPU0).toBe('NV12');
    expect(r.data.gpus[0]).toEqual({ index: 0, label: 'GPU0', cpuAffinity: '32-63,96-127', numaAffinity: '1', gpuNumaId: null });
    expect(r.data.nvlinkIslands).toEqual([[0, 1]]);
  });

  it('PCIe-only boxes give singleton islands', () => {
    const rtx = parseTopo(real('nvidia-smi-topo-m-2xRTX5090-PHB.txt'));
    expect(rtx.problems).toEqual([]);
    expect(rtx.data.matrix.GPU0?.GPU1).toBe('PHB');
    expect(rtx.data.nvlinkIslands).toEqual([[0], [1]]);
    const k80 = parseTopo(real('nvidia-smi-topo-matrix-4xK80-mlx4-SOC-legend-oldest.txt'));
    expect(k80.problems).toEqual([]);
    expect(k80.data.legend.SOC).toBe('Path traverses a socket-level link (e.g. QPI)');
    expect(k80.data.matrix.mlx4_0?.GPU2).toBe('PHB');
    expect(k80.data.nvlinkIslands).toEqual([[0], [1], [2], [3]]);
    const old = parseTopo(real('nvidia-smi-topo-m-8xPCIe-mlx4-2017-oldest-format-partial.txt'));
    expect(old.data.gpus[4]?.cpuAffinity).toBe('10-19,30-39');
    expect(old.data.nvlinkIslands).toEqual([[0], [1], [2], [3], [4], [5], [6], [7]]);
    expect(messages(old)).toMatch(/no row for GPU5, GPU6, GPU7, mlx4_0 \(output cut\?\)/);
  });

  it('topo -p2p rw status matrix', () => {
    const r = parseTopo(real('nvidia-smi-topo-p2p-rw-2xRTX5090-GNS.txt'));
    expect(r.data.format).toBe('p2p');
    expect(r.data.matrix.GPU1?.GPU0).toBe('GNS');
    expect(r.data.legend.GNS).toBe('GPU not supported');
  });
});

describe('parseTopo on mangled pastes (derived from real captures, edits made here)', () => {
  const spaces = real('nvidia-smi-topo-m-8xGPU-NV4-pairs-NODE-SYS-2nic-spaces-partial-legend.txt');

  it('glued cells are split back: "NODE    NODE" → "NODENODE"', () => {
    const glued = spaces.replace('GPU0     X      NV4     NODE    NODE', 'GPU0     X      NV4     NODENODE');
    expect(glued).not.toBe(spaces);
    const r = parseTopo(glued);
    expect(r.data.matrix.GPU0).toMatchObject({ GPU2: 'NODE', GPU3: 'NODE', GPU4: 'SYS' });
    expect(r.data.gpus[0]?.cpuAffinity).toBe('0-63');
  });

  it('CRLF line ends read the same as LF', () => {
    const lf = parseTopo(real('nvidia-smi-topo-m-8xH100-NV18-12nic-drv580-partial.txt'));
    const crlf = parseTopo(real('nvidia-smi-topo-m-8xH100-NV18-12nic-drv580-partial.txt').replace(/\n/g, '\r\n'));
    expect(crlf.data).toEqual(lf.data);
  });

  it('a NIC Legend names the devices behind NIC0.. (legend lines in the format of drivers ≥ 470)', () => {
    const withLegend = `${real('nvidia-smi-topo-m-4xGPU-NV4-pairs-SYS-1nic-vllm-collect-env.txt')}\nNIC Legend:\n\n  NIC0: mlx5_0\n`;
    const r = parseTopo(withLegend);
    expect(r.data.nics).toEqual([{ label: 'NIC0', device: 'mlx5_0' }]);
    expect(messages(r)).not.toMatch(/NIC Legend/);
  });

  it('an asymmetric matrix is reported', () => {
    const r = parseTopo(spaces.replace('GPU1    NV4      X', 'GPU1    SYS      X'));
    expect(messages(r)).toMatch(/GPU0\/GPU1 is NV4 but GPU1\/GPU0 is SYS/);
  });
});
