import { describe, expect, it } from 'vitest';
import { parseLsmod } from '../../src/parsers/lsmod.js';
import { badInputSuite, readReal } from './bad-input-suite.js';

const FIXTURES = [
  'lsmod-grep-nvid-550-peermem-drm-modeset-dell.txt',
  'lsmod-grep-nvidia-gpu-operator-docs-525-nvidia_fs-peermem-indented.txt',
  'lsmod-grep-nvidia_peermem-hpc-node-104MB-nvidia.txt',
  'lsmod-grep-nvidia_peermem-ib_core-nvidia-492-users.txt',
];

const module = (file: string, name: string) => {
  const result = parseLsmod(readReal(file));
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  return result.data.modules.find((m) => m.name === name);
};

describe('parseLsmod on real captures', () => {
  it('Dell host: nvidia 54292480 bytes used by 63, three module users', () => {
    expect(module(FIXTURES[0] as string, 'nvidia')).toEqual({
      name: 'nvidia', size: 54292480, usedBy: 63, users: ['nvidia_uvm', 'nvidia_peermem', 'nvidia_modeset'],
    });
    expect(module(FIXTURES[0] as string, 'nvidia_peermem')).toEqual({ name: 'nvidia_peermem', size: 16384, usedBy: 0, users: [] });
    expect(parseLsmod(readReal(FIXTURES[0] as string)).data.modules).toHaveLength(7);
  });

  it('indented GPU Operator docs copy: nvidia_fs loaded, ib_core with nine users', () => {
    expect(module(FIXTURES[1] as string, 'nvidia_fs')).toMatchObject({ size: 245760, usedBy: 0 });
    expect(module(FIXTURES[1] as string, 'ib_core')?.users).toEqual(['rdma_cm', 'ib_ipoib', 'nvidia_peermem', 'iw_cm', 'ib_umad', 'rdma_ucm', 'ib_uverbs', 'mlx5_ib', 'ib_cm']);
    expect(module(FIXTURES[1] as string, 'nvidia')).toMatchObject({ size: 39059456, usedBy: 115 });
  });

  it('HPC node with a prompt line: nvidia 104964096 bytes, 96 users', () => {
    expect(module(FIXTURES[2] as string, 'nvidia')).toMatchObject({ size: 104964096, usedBy: 96 });
  });

  it('nvidia used by 492', () => {
    expect(module(FIXTURES[3] as string, 'nvidia')).toMatchObject({ size: 56344576, usedBy: 492 });
  });

  it('a last row cut inside its user list is reported, not read', () => {
    const text = readReal(FIXTURES[0] as string);
    const cut = text.slice(0, text.indexOf('nvidia_peermem,nvidia_modeset\nvideo'));
    const result = parseLsmod(cut);
    expect(result.data.modules.map((m) => m.name)).toEqual(['nvidia_uvm', 'nvidia_peermem', 'ib_uverbs', 'nvidia_drm', 'nvidia_modeset']);
    expect(result.problems).toEqual([{ line: 7, message: 'last line has no line end and may be cut off; not read' }]);
  });

  it('reports a row that is not lsmod output', () => {
    const result = parseLsmod(`${readReal(FIXTURES[3] as string)}nvidia_uvm 4956160\n`);
    expect(result.data.modules).toHaveLength(3);
    expect(result.problems).toEqual([{ line: 4, message: expect.stringContaining('not an lsmod row') }]);
  });
});

badInputSuite('parseLsmod', parseLsmod, FIXTURES);
