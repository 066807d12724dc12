import { describe, expect, it } from 'vitest';
import { parseNvbandwidth } from '../../src/parsers/nvbandwidth.js';
import { badInputSuite, readReal } from './bad-input-suite.js';

const V02 = 'nvbandwidth-v0.2-rtx4090x8-partial.txt';
const QUOTED = 'nvbandwidth-h100x8-sm-h2d-d2h-quoted-whitespace-lost.txt';
const LIST = 'nvbandwidth-v0.6-list-testcases-partial.txt';

describe('parseNvbandwidth: text output', () => {
  it('v0.2 on 8x RTX 4090: header, two complete testcases, the third cut mid-row', () => {
    const result = parseNvbandwidth(readReal(V02));
    expect(result.ok).toBe(true);
    expect(result.data).toMatchObject({ version: 'v0.2', driverVersion: '545.29.06', cudaRuntimeVersion: '12030' });
    expect(result.data.devices).toHaveLength(8);
    expect(result.data.devices[7]).toEqual({ index: 7, name: 'NVIDIA GeForce RTX 4090', pci: null });
    const [h2d, d2h] = result.data.testcases;
    expect(h2d).toMatchObject({ name: 'host_to_device_memcpy_ce', status: 'ok', sum: 205.04, title: 'memcpy CE CPU(row) -> GPU(column) bandwidth (GB/s)' });
    expect(h2d?.matrix).toEqual([[25.5, 24.26, 23.9, 26.3, 26.28, 26.38, 26.09, 26.31]]);
    expect(d2h).toMatchObject({ name: 'device_to_host_memcpy_ce', sum: 214.28 });
    expect(d2h?.matrix?.[0]?.[4]).toBe(27.1);
    // host_to_device_bidirectional_memcpy_ce ends in "16." : reported, not read.
    expect(result.data.testcases.map((t) => t.name)).not.toContain('host_to_device_bidirectional_memcpy_ce');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { line: 38, message: expect.stringContaining('3 of 8 values') },
        { line: 35, message: expect.stringContaining('host_to_device_bidirectional_memcpy_ce: incomplete') },
      ]),
    );
  });

  it('a copy quoted with "> " and without indentation or SUM lines', () => {
    const result = parseNvbandwidth(readReal(QUOTED));
    expect(result.problems).toEqual([]);
    expect(result.data.testcases.map((t) => [t.name, t.status, t.sum])).toEqual([
      ['host_to_device_memcpy_sm', 'ok', null],
      ['device_to_host_memcpy_sm', 'ok', null],
    ]);
    expect(result.data.testcases[0]?.matrix?.[0]).toEqual([35.19, 35.25, 35.3, 35.03, 35.25, 35.32, 35.39, 35.06]);
    expect(result.data.testcases[1]?.matrix?.[0]?.[3]).toBe(52.78);
  });

  it('a testcase list (-l) is not a result', () => {
    const result = parseNvbandwidth(readReal(LIST));
    expect(result.ok).toBe(false);
    expect(result.data.version).toBe('v0.6');
    expect(result.problems.map((p) => p.message)).toContain('this is a testcase list (nvbandwidth -l), not results');
  });

  it('waived testcases: v0.6+ "Waived:" after Running, and v0.2 "Waiving X."', () => {
    // Derived from the real v0.2 capture: a "Waived: " line (nvbandwidth output.cpp: status + ": " + msg) put
    // where the first matrix was; and the v0.2 form for the second testcase.
    const lines = readReal(V02).split('\n');
    const start = lines.indexOf('Running host_to_device_memcpy_ce.');
    const waived = [...lines.slice(0, start + 1), 'Waived: ', '', 'Waiving device_to_host_memcpy_ce.', ''].join('\n');
    const result = parseNvbandwidth(waived);
    expect(result.problems).toEqual([]);
    expect(result.data.testcases).toEqual([
      { name: 'host_to_device_memcpy_ce', status: 'waived', title: null, matrix: null, sum: null, matrices: [] },
      { name: 'device_to_host_memcpy_ce', status: 'waived', title: null, matrix: null, sum: null, matrices: [] },
    ]);
  });
});

describe('parseNvbandwidth: JSON output (-j)', () => {
  // No real -j capture exists in fixtures-real. The document below has the shape json_output.cpp
  // (NVIDIA/nvbandwidth) writes: matrix cells are strings, "N/A" for missing values, "Passed"/"Waived"
  // statuses; the figures are the real ones of the v0.2 capture.
  const v02 = parseNvbandwidth(readReal(V02)).data;
  const h2d = v02.testcases[0];
  const doc = {
    nvbandwidth: {
      'CUDA Runtime Version': 12030,
      'Driver Version': '545.29.06',
      git_version: '6cefdda',
      version: 'v0.2',
      testcases: [
        {
          name: h2d?.name,
          status: 'Passed',
          bandwidth_description: h2d?.title,
          bandwidth_matrix: h2d?.matrix?.map((row) => row.map((v) => (v === null ? 'N/A' : String(v)))),
          sum: h2d?.sum,
        },
        { name: 'device_to_device_memcpy_read_ce', status: 'Waived' },
        { name: 'device_to_device_memcpy_write_ce', status: 'Error', error: 'cuda error' },
      ],
    },
  };

  it('reads matrices of strings, waived and failed testcases', () => {
    const result = parseNvbandwidth(JSON.stringify(doc, null, 3));
    expect(result.ok).toBe(true);
    expect(result.data).toMatchObject({ version: 'v0.2', driverVersion: '545.29.06', cudaRuntimeVersion: '12030' });
    expect(result.data.testcases.map((t) => [t.name, t.status, t.sum])).toEqual([
      ['host_to_device_memcpy_ce', 'ok', 205.04],
      ['device_to_device_memcpy_read_ce', 'waived', null],
    ]);
    expect(result.data.testcases[0]?.matrix).toEqual(h2d?.matrix);
    expect(result.problems).toEqual([{ line: 0, message: expect.stringContaining('device_to_device_memcpy_write_ce: status Error (cuda error)') }]);
  });

  it('reports JSON that is cut off', () => {
    const text = JSON.stringify(doc, null, 3);
    const result = parseNvbandwidth(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });
});

badInputSuite('parseNvbandwidth', parseNvbandwidth, [V02, QUOTED, LIST]);
