import { describe, expect, it } from 'vitest';
import { parseNccl } from '../../src/parsers/nccl.js';
import { badInputSuite, readReal } from './bad-input-suite.js';

const GB300 = 'nccl-tests-allreduce-4xGB300-1tray-truncated-by-author.txt';
const OLD = 'nccl-tests-allreduce-2GPU-2020-error-column-0e+00-tail.txt';
const TWICE = 'nccl-tests-allreduce-2node-1GPUeach-V100-header-twice-2022.txt';
const MPIRUN = 'nccl-tests-allreduce-8xA100-SXM4-40GB-mpirun-2021-no-hash-prefix-partial.txt';

describe('parseNccl on real captures', () => {
  it('4x GB300: busbw 685.19 GB/s at 16 GiB is the largest row, not the 446.673 sweep average', () => {
    const result = parseNccl(readReal(GB300));
    expect(result.problems).toEqual([]);
    expect(result.data.ranks).toBe(4);
    expect(result.data.rows).toHaveLength(2);
    expect(result.data.largest).toEqual({
      line: 12,
      sizeBytes: 17179869184,
      count: 4294967296,
      type: 'float',
      redop: 'sum',
      outOfPlace: { timeUs: 37610, algbwGBs: 456.79, busbwGBs: 685.19, wrong: 0 },
      inPlace: { timeUs: 37605, algbwGBs: 456.85, busbwGBs: 685.27, wrong: 0 },
    });
    expect(result.data.avgBusbwGBs).toBe(446.673);
    expect(result.data.outOfBounds).toEqual({ count: 0, ok: true });
  });

  it('2020 tail without header or redop column: error column 0e+00', () => {
    const result = parseNccl(readReal(OLD));
    expect(result.problems).toEqual([]);
    expect(result.data.ranks).toBeNull();
    expect(result.data.rows).toHaveLength(12);
    expect(result.data.largest).toMatchObject({ sizeBytes: 134217728, redop: null, outOfPlace: { busbwGBs: 20.34, wrong: 0 }, inPlace: { busbwGBs: 21.86 } });
    expect(result.data.avgBusbwGBs).toBe(6.6972);
  });

  it('two headers (one per process) are reported; no rows', () => {
    const result = parseNccl(readReal(TWICE));
    expect(result.ok).toBe(false);
    expect(result.data.ranks).toBe(1);
    expect(result.problems[0]).toEqual({ line: 4, message: expect.stringContaining('second test header') });
  });

  it('mpirun copy without "#" prefixes: 8 ranks, table cut after the header', () => {
    const result = parseNccl(readReal(MPIRUN));
    expect(result.data.ranks).toBe(8);
    expect(result.data.rows).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('rows under the mpirun header after the cut are read with its layout (real rows of the 2020 tail)', () => {
    // Derived: the 8x A100 header (12 columns) followed by the 2020 rows, which have 11: they do not fit and are reported.
    const header = readReal(MPIRUN).split('\n').slice(0, 16).join('\n');
    const result = parseNccl(`${header}\n${readReal(OLD)}`);
    expect(result.data.rows).toEqual([]);
    expect(result.problems[0]).toMatchObject({ line: 17, message: expect.stringContaining('11 columns, expected 12') });
  });

  it('mpirun --tag-output prefixes are removed', () => {
    // Derived from the GB300 capture: each line prefixed as OpenMPI --tag-output does ("[1,0]<stdout>:").
    const tagged = readReal(GB300).split('\n').map((line) => (line === '' ? line : `[1,0]<stdout>:${line}`)).join('\n');
    const result = parseNccl(tagged);
    expect(result.data.ranks).toBe(4);
    expect(result.data.largest?.outOfPlace.busbwGBs).toBe(685.19);
  });

  it('a rank tag injected into a row makes it unreadable, not a different number', () => {
    const lines = readReal(GB300).split('\n');
    lines[10] = (lines[10] as string).replace('  454.02', ' [0] 454.02');
    const result = parseNccl(lines.join('\n'));
    expect(result.data.rows.map((r) => r.sizeBytes)).toEqual([17179869184]);
    expect(result.problems[0]).toMatchObject({ line: 11, message: expect.stringContaining('columns') });
  });
});

badInputSuite('parseNccl', parseNccl, [GB300, OLD, TWICE, MPIRUN]);
