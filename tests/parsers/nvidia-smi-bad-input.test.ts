import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDcgmDiag } from '../../src/parsers/dcgm-diag.js';
import { parseNvlinkErrors } from '../../src/parsers/nvlink-errors.js';
import { parseNvlinkStatus } from '../../src/parsers/nvlink-status.js';
import { parseQueryGpu } from '../../src/parsers/query-gpu.js';
import { parseSmiQuery } from '../../src/parsers/smi-query.js';
import { parseTopo } from '../../src/parsers/topo.js';
import type { Parser } from '../../src/parsers/types.js';
import { fixture } from '../helpers/paths.js';
import { random } from './bad-input-suite.js';
import { real } from './real-fixture.js';

const PARSERS: Record<string, Parser<unknown>> = {
  topo: parseTopo,
  'nvlink-status': parseNvlinkStatus,
  'nvlink-errors': parseNvlinkErrors,
  'query-gpu': parseQueryGpu,
  'smi-query': parseSmiQuery,
  'dcgm-diag': parseDcgmDiag,
};

/** The real captures each parser reads (fixtures/real/SOURCES.md). */
const FIXTURES: Record<string, string[]> = {
  topo: readdirSync(fixture('real')).filter((f) => f.startsWith('nvidia-smi-topo')),
  'nvlink-status': ['nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt'],
  'nvlink-errors': ['nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt'],
  'query-gpu': ['nvidia-smi-failed-to-initialize-nvml-driver-library-version-mismatch.txt'],
  'smi-query': ['nvidia-smi-q-fabric-section-NA-laptop.txt'],
  'dcgm-diag': readdirSync(fixture('real')).filter((f) => f.startsWith('dcgmi-diag')),
};

function garbage(bytes: number, seed: number): string {
  const next = random(seed);
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(next() * 256);
  return buffer.toString('latin1');
}

const HUGE_LINE = 'NV18\t'.repeat(20 * 1024 * 1024); // 100 MiB, one line

describe.each(Object.entries(PARSERS))('%s on bad input', (kind, parse) => {
  it('empty input: not ok, one problem, no throw', () => {
    for (const text of ['', '\n', '   \r\n\t\n']) {
      const r = parse(text);
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  it('binary garbage: not ok, problems capped', () => {
    for (const seed of [1, 2, 3]) {
      const r = parse(garbage(64 * 1024, seed));
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
      expect(r.problems.length).toBeLessThanOrEqual(201);
    }
  });

  it('a 100 MB single line is skipped quickly', () => {
    const started = performance.now();
    const r = parse(HUGE_LINE);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toMatch(/line is 104857600 characters long/);
  });

  it('CRLF line ends give the same data as LF', () => {
    for (const name of FIXTURES[kind]!) {
      const lf = parse(real(name));
      const crlf = parse(real(name).replace(/\n/g, '\r\n'));
      expect(crlf.data, name).toEqual(lf.data);
      expect(crlf.ok, name).toBe(lf.ok);
    }
  });

  it('every real capture cut at random points: no throw, the cut is reported', () => {
    const next = random(kind.length * 7919);
    for (const name of FIXTURES[kind]!) {
      const text = real(name);
      for (let i = 0; i < 25; i++) {
        let cut = 1 + Math.floor(next() * (text.length - 2));
        // A cut right after a line end (or in the next line's indentation) can look like a complete
        // shorter output; move it to just after the first visible character of that line.
        while (cut < text.length - 1 && text.slice(text.lastIndexOf('\n', cut - 1) + 1, cut).trim() === '') cut++;
        const part = text.slice(0, cut);
        const r = parse(part);
        expect(Array.isArray(r.problems), `${name} cut at ${cut}`).toBe(true);
        expect(r.problems.length, `${name} cut at ${cut}`).toBeGreaterThan(0);
        for (const p of r.problems) expect(p.line, `${name} cut at ${cut}`).toBeLessThanOrEqual(part.split('\n').length);
      }
    }
  });

  it('cuts at line boundaries never throw', () => {
    for (const name of FIXTURES[kind]!) {
      const lines = real(name).split('\n');
      for (let n = 0; n <= lines.length; n++) expect(() => parse(lines.slice(0, n).join('\n'))).not.toThrow();
    }
  });
});
