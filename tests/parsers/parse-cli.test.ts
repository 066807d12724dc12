import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readInput } from '../../src/cli/read-input.js';
import { PARSER_KINDS, PARSERS } from '../../src/parsers/index.js';
import { fixture } from '../helpers/paths.js';
import { real } from './real-fixture.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

describe('linkgate parse', () => {
  it('every KIND of issue 6 has a parser', () => {
    for (const kind of ['topo', 'nvlink-status', 'nvlink-errors', 'query-gpu', 'nvbandwidth', 'p2p', 'nccl', 'dmesg', 'lsmod', 'modinfo', 'dcgm-diag']) {
      expect(PARSER_KINDS).toContain(kind);
      expect(typeof PARSERS[kind as keyof typeof PARSERS]).toBe('function');
    }
  });

  it('--json prints one document {kind, ok, data, problems} and exits 0', async () => {
    const file = fixture('real', 'nvidia-smi-topo-m-DGX1-8GPU-hybrid-cube-mesh-NV1-NV2-4xmlx5-partial-legend.txt');
    const r = await cli('parse', 'topo', file, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['kind', 'ok', 'data', 'problems']);
    expect(doc).toMatchObject({ kind: 'topo', ok: true });
    expect(doc.data.nvlinkIslands).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    expect(doc.data.matrix.GPU0.GPU3).toBe('NV2');
    expect(doc.problems[0]).toEqual({ line: 20, message: 'legend entry PHB is cut short (output cut?)' });
    expect(r.stderr).toContain(`${file}:20: legend entry PHB is cut short`);
  });

  it('nvlink-status and dcgm-diag through the CLI', async () => {
    const s = await cli('parse', 'nvlink-status', fixture('real', 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt'), '--json');
    expect(JSON.parse(s.stdout).data.gpus[0].activeLinks).toBe(12);
    const d = await cli('parse', 'dcgm-diag', fixture('real', 'dcgmi-diag-r2-dcgm2.4.6-pcie-fail-nvlink-down-warnings-wrapped.txt'), '--json');
    expect(d.code).toBe(0);
    expect(JSON.parse(d.stdout).data.overall).toBe('fail');
  });

  it('nothing usable read: ok false, exit 3 (inconclusive), still one JSON document', async () => {
    const r = await cli('parse', 'nvlink-status', fixture('real', 'nvidia-smi-failed-to-initialize-nvml-driver-library-version-mismatch.txt'), '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'nvlink-status', ok: false, problems: [{ line: 2 }] });
    expect(r.stderr).toMatch(/no usable nvlink-status output/);
  });

  it('unknown KIND and missing FILE exit 2 without a stack trace', async () => {
    const unknown = await cli('parse', 'nvlink-s', fixture('real', 'nvidia-smi-topo-m-2xRTX5090-PHB.txt'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown KIND "nvlink-s"; one of: topo, nvlink-status/);
    const missing = await cli('parse', 'topo', '/nonexistent/topo.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect(missing.stderr + unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it('without --json: the data on stdout, problems on stderr', async () => {
    const r = await cli('parse', 'topo', fixture('real', 'nvidia-smi-topo-m-2xRTX5090-PHB.txt'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).matrix.GPU0.GPU1).toBe('PHB');
  });

  it('FILE - reads stdin', async () => {
    const text = real('nvidia-smi-topo-m-2xRTX5090-PHB.txt');
    expect(await readInput('-', Readable.from([Buffer.from(text.slice(0, 100)), text.slice(100)]))).toBe(text);
  });
});
