import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadManifest, MAX_MANIFEST_BYTES, parseManifest } from '../../src/manifest/load.js';
import { manifestJsonSchema } from '../../src/manifest/json-schema.js';
import { fixture } from '../helpers/paths.js';

const malformedDir = fixture('manifests', 'malformed');
const expected = JSON.parse(readFileSync(join(malformedDir, 'expected.json'), 'utf8')) as Record<string, string[]>;

describe('the example manifest', () => {
  it('is valid and fills defaults', async () => {
    const parsed = await loadManifest(fixture('manifests', 'linkgate.example.yaml'));
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const m = parsed.manifest;
    expect(m.kernel?.arch).toBe('riscv64');
    expect(m.kernel?.config.fragments.map((f) => f.policy)).toEqual(['fail', 'fail', 'warn']);
    expect(m.canaries.map((c) => c.name)).toEqual(['canary-01', 'canary-02']);
    expect(m.canaries[0]?.port).toBe(22);
    expect(m.canaries[1]?.control).toBe(true);
    expect(m.canaries[0]?.expected?.nvlinksPerPair).toBe(18);
    expect(m.signing?.hash).toBe('sha512');
    expect(m.smoke.timeouts['training-step']).toBe(900);
    expect(m.gate.fatalXids).toContain(79);
  });
});

describe('malformed manifests', () => {
  const files = readdirSync(malformedDir).filter((f) => f.endsWith('.yaml'));
  it('has at least 15 fixtures, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });
  for (const file of files) {
    it(`${file} reports file:line:column: path: message`, async () => {
      const path = join(malformedDir, file);
      const parsed = await loadManifest(path);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problems.map(formatProblem)).toEqual(expected[file]!.map((line) => `${path}:${line}`));
    });
  }

  it('refuses a 10 MB manifest before parsing it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'linkgate-manifest-'));
    const file = join(dir, 'huge.yaml');
    await writeFile(file, `version: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`);
    const parsed = await loadManifest(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(formatProblem(parsed.problems[0]!)).toBe(
        `${file}:1:1: manifest is ${10 * 1024 * 1024 + 14} bytes; the limit is ${MAX_MANIFEST_BYTES}`,
      );
    }
  });

  it('a missing file is a usage error, not a crash', async () => {
    await expect(loadManifest('/nonexistent/linkgate.yaml')).rejects.toThrow(/cannot read manifest .*ENOENT/);
  });
});

describe('hostile and truncated input never throws', () => {
  const example = readFileSync(fixture('manifests', 'linkgate.example.yaml'), 'utf8');
  it('every prefix of the example parses to a result with positions', () => {
    for (let cut = 0; cut < example.length; cut += 7) {
      const parsed = parseManifest(example.slice(0, cut), 'cut.yaml');
      if (!parsed.ok) {
        for (const p of parsed.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
        }
      }
    }
  });
  it('binary garbage and CRLF', () => {
    let seed = 42;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(Array.from({ length: 64 + i * 3 }, () => Math.floor(random() * 256)));
      const parsed = parseManifest(bytes.toString('latin1'), 'garbage.yaml');
      expect(parsed.ok).toBe(false);
    }
    expect(parseManifest(example.replace(/\n/g, '\r\n'), 'crlf.yaml').ok).toBe(true);
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and documents fields', () => {
    const schema = manifestJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['version', 'kernel', 'modules', 'signing', 'canaries', 'devicetree', 'smoke', 'gate']);
    expect(schema.required).toEqual(['version']);
    expect(schema.properties.canaries?.description).toBe('The canary fleet.');
  });
});
