import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { realData } from '../gate/real-data.js';
import { canary, check, run, step } from './build-results.js';
import { writeResultsDir } from './results-dir.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: process.cwd(), signal: new AbortController().signal });
  return { code, stdout, stderr };
}

const results = run([canary('canary-01'), canary('canary-02', { steps: [step('topology', { checks: [check('nvlinks', 'fail', 'GPU0↔GPU1 10/12 NVLinks active, expected 12')], raw: ['canary-02/topology/01-topo.stdout'] })] })]);
const skip = requireTools(['xmllint', 'promtool']);
/** A real capture as the topology step's raw log (its excerpt must reach the JUnit report). */
const TOPO = 'nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt';

describe.skipIf(skip)('linkgate report', () => {
  it('writes all three reports from one results directory; JUnit validates, promtool accepts', async () => {
    const dir = writeResultsDir(results, { 'canary-02/topology/01-topo.stdout': readFileSync(fixture('real', TOPO), 'utf8') });
    const out = mkdtempSync(join(tmpdir(), 'reports-'));
    for (const kind of ['junit', 'summary', 'metrics']) {
      const r = await cli(['report', kind, '--results', dir, '--out', join(out, kind), '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ kind, out: join(out, kind) });
    }
    expect(spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'fixtures/schemas/junit-10.xsd'), join(out, 'junit')]).status).toBe(0);
    expect(readFileSync(join(out, 'junit'), 'utf8')).toContain('GPU0     X      NV12');
    expect(spawnSync('promtool', ['check', 'metrics'], { input: readFileSync(join(out, 'metrics')) }).status).toBe(0);
    expect(readFileSync(join(out, 'summary'), 'utf8')).toMatch(/^## ❌ linkgate: ROLLBACK/);
    const stdoutOnly = await cli(['report', 'summary', '--results', dir]);
    expect(stdoutOnly.stdout).toBe(readFileSync(join(out, 'summary'), 'utf8'));
  });

  it('malformed, truncated or hostile results.json: a clear error and exit 2, no stack trace', async () => {
    for (const text of ['{"schemaVersion":1,"tool":{"na', 'null', JSON.stringify({ ...results, canaries: [{ ...results.canaries[1], steps: [{ ...results.canaries[1]!.steps[0], raw: ['/etc/passwd'] }] }] })]) {
      const dir = writeResultsDir(results);
      writeFileSync(join(dir, 'results.json'), text);
      const r = await cli(['report', 'junit', '--results', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/results\.json/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
    expect((await cli(['report', 'pdf', '--results', writeResultsDir(results)])).code).toBe(2);
    expect((await cli(['report', 'junit'])).code).toBe(2);
  });
});

describe('linkgate merge', () => {
  it('combines shards of one run (results.json and raw/) and refuses overlaps', async () => {
    const a = writeResultsDir(run([results.canaries[0]!]), { 'canary-01/a.txt': 'A' });
    const b = writeResultsDir(run([results.canaries[1]!]), { 'canary-02/topology/01-topo.stdout': 'B' });
    const out = join(mkdtempSync(join(tmpdir(), 'merged-')), 'run');
    const r = await cli(['merge', '--results', a, '--results', b, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ out, canaries: 2, shards: 2 });
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).canaries.map((c: { name: string }) => c.name)).toEqual(['canary-01', 'canary-02']);
    expect(existsSync(join(out, 'raw/canary-02/topology/01-topo.stdout'))).toBe(true);
    // The merged directory carries the fleet topology DB of every shard, like a smoke run's.
    const c = mkdtempSync(join(tmpdir(), 'merged-'));
    const withTopo = writeResultsDir(run([canary('canary-03', { steps: [step('topology', { data: { topo: realData.topoNv12() } })] })]));
    expect((await cli(['merge', '--results', withTopo, '--results', a, '--out', join(c, 'run')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(c, 'run', 'topology.json'), 'utf8')).nodes.map((n: { node: string }) => n.node)).toEqual(['canary-03']);
    expect((await cli(['merge', '--results', a, '--results', b, '--out', out])).code).toBe(2);
    const sameRaw = writeResultsDir(run([canary('canary-05')]), { 'canary-01/a.txt': 'A' });
    const collide = await cli(['merge', '--results', a, '--results', sameRaw, '--out', join(out, 'y')]);
    expect(collide.code).toBe(2);
    expect(collide.stderr).toContain('collide');
    const other = writeResultsDir(run([canary('canary-09')], { id: 'run-7' }));
    const mixed = await cli(['merge', '--results', a, '--results', other, '--out', join(out, 'x')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('different runs');
  });
});
