import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/parsers/types.js';
import { real as readReal } from './real-fixture.js';

/** Small deterministic PRNG (mulberry32) so failures can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same reader as real-fixture.ts, under the name the kernel-parser tests use. */
export { readReal };

/**
 * The bad input every parser must survive (issue 6): empty input, binary garbage, a 100 MB single
 * line, CRLF line ends, and each real fixture cut at random points inside a line. No exception, no
 * hang, and the damage is reported as problems.
 */
export function badInputSuite<T>(name: string, parse: (text: string) => ParseResult<T>, fixtures: readonly string[]): void {
  describe(`${name}: bad input`, () => {
    it('reports empty input', () => {
      for (const text of ['', '\n\n', '   \r\n']) {
        const result = parse(text);
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
      }
    });

    it('reports binary garbage without throwing', () => {
      const next = random(0x5eed);
      const bytes = Buffer.alloc(256 * 1024);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
      for (const text of [bytes.toString('latin1'), bytes.toString('utf8')]) {
        const result = parse(text);
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.length).toBeLessThanOrEqual(201);
      }
    });

    it('skips a 100 MB single line quickly', () => {
      // A real line glued onto itself, as a log with lost line ends would be.
      const unit = readReal(fixtures[0] as string).replace(/\r?\n/g, ' ');
      const text = unit.repeat(Math.ceil(100e6 / unit.length));
      const started = performance.now();
      const result = parse(text);
      const elapsed = performance.now() - started;
      expect(result.problems.some((p) => p.line === 1 && /characters long/.test(p.message))).toBe(true);
      expect(elapsed).toBeLessThan(5000);
    });

    it.each(fixtures)('reads %s the same with CRLF line ends', (file) => {
      const text = readReal(file);
      const lf = parse(text);
      const crlf = parse(text.replace(/\n/g, '\r\n'));
      expect(crlf.data).toEqual(lf.data);
      expect(crlf.ok).toBe(lf.ok);
    });

    it.each(fixtures)('reports %s cut at random points inside a line', (file) => {
      const text = readReal(file);
      const next = random(file.length * 7919);
      let cuts = 0;
      for (let attempt = 0; attempt < 200 && cuts < 25; attempt++) {
        const at = 1 + Math.floor(next() * (text.length - 1));
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        // Only cuts that leave part of a line with something on it: a cut at a line end is a shorter, valid output.
        if (text.slice(lineStart, at).trim() === '') continue;
        cuts++;
        const result = parse(text.slice(0, at));
        expect(result.problems.length, `cut at ${at}`).toBeGreaterThan(0);
      }
      expect(cuts).toBeGreaterThan(0);
    });
  });
}
