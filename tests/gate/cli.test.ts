import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { canary, check, run, step } from '../report/build-results.js';
import { writeResultsDir } from '../report/results-dir.js';
import { realData } from './real-data.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd: process.cwd(),
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

const topology = () => step('topology', { data: { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkHealthy() } });
const healthy = run([canary('canary-01', { steps: [step('preflight'), topology()] }), canary('canary-02', { steps: [step('preflight'), topology()] })]);

describe('linkgate gate', () => {
  it('PROMOTE: exit 0 and exactly one JSON document {verdict, reasons, method}', async () => {
    const r = await cli(['gate', '--results', writeResultsDir(healthy), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['verdict', 'reasons', 'method']);
    expect(doc.verdict).toBe('PROMOTE');
    expect(r.stderr).toContain('verdict: PROMOTE');
  });

  it('ROLLBACK exits 1 with reasons as data', async () => {
    const bad = run([canary('canary-03', { steps: [step('topology', { checks: [check('nvlinks', 'fail', 'GPU2↔GPU5 12/18 NVLinks active, expected 18')] })] })]);
    const r = await cli(['gate', '--results', writeResultsDir(bad), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).reasons).toEqual([{ canary: 'canary-03', check: 'topology/nvlinks', message: 'canary-03: GPU2↔GPU5 12/18 NVLinks active, expected 18' }]);
  });

  it('malformed, truncated and hostile results.json: INCONCLUSIVE (exit 3) with the reason, never a stack trace', async () => {
    for (const text of ['{"schemaVersion": 1, "tool": {', '', '{"schemaVersion": 2}', '[]', JSON.stringify({ ...healthy, canaries: [{ ...healthy.canaries[0], steps: [{ ...healthy.canaries[0]!.steps[0], raw: ['../../etc/shadow'] }] }] })]) {
      const dir = writeResultsDir(healthy);
      writeFileSync(join(dir, 'results.json'), text);
      const r = await cli(['gate', '--results', dir, '--json']);
      expect(r.code, text.slice(0, 30)).toBe(3);
      const doc = JSON.parse(r.stdout);
      expect(doc.verdict).toBe('INCONCLUSIVE');
      expect(doc.reasons[0].check).toBe('results');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('unreadable results beside a failing run: INCONCLUSIVE naming what is wrong; the failure is kept as a warning; the retry budget counts', async () => {
    const broken = writeResultsDir(healthy);
    writeFileSync(join(broken, 'results.json'), JSON.stringify({ ...healthy, schemaVersion: 2 }));
    const failing = writeResultsDir(run([canary('canary-03', { steps: [step('topology', { checks: [check('nvlinks', 'fail', 'GPU2↔GPU5 12/18 NVLinks active, expected 18')] })] })], { id: 'run-43' }));
    const r = await cli(['gate', '--results', broken, '--results', failing, '--attempt', '2', '--json']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.verdict).toBe('INCONCLUSIVE');
    expect(doc.reasons[0]).toMatchObject({ check: 'results', message: expect.stringContaining('schemaVersion') });
    expect(doc.reasons.at(-1)).toMatchObject({ check: 'retry-budget' });
    expect(doc.method.warnings).toContainEqual(expect.objectContaining({ canary: 'canary-03', message: expect.stringContaining('(not judged: infrastructure trouble)') }));
  });

  it('hostile step data (valid results.json, wrong shapes inside steps[].data) yields a verdict, never a crash', async () => {
    const hostile = { topo: { columns: 'GPU0', matrix: [], gpus: [{ index: -1 }], nvlinkIslands: [[{}]] }, 'nvlink-status': { gpus: 'all' }, dmesg: { events: [null, 7, { kind: 'xid' }] }, nccl: { largest: [] }, p2p: { matrices: {} } };
    const bad = run([canary('canary-01', { steps: [step('preflight'), step('topology', { data: hostile }), step('module-load', { data: { dmesg: 'Xid 79' } })] })]);
    const r = await cli(['gate', '--results', writeResultsDir(bad), '--json']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'PROMOTE', reasons: [] });
    expect(r.code).toBe(0);
  });

  it('usage errors exit 2: no --results, a bad policy, a bad --attempt', async () => {
    expect((await cli(['gate', '--json'])).code).toBe(2);
    const policy = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policy.yaml');
    writeFileSync(policy, 'minSamples: 1\nbogus: true\n');
    const r = await cli(['gate', '--results', writeResultsDir(healthy), '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('minSamples');
    expect(r.stderr).toContain('bogus');
    expect((await cli(['gate', '--results', writeResultsDir(healthy), '--attempt', 'x'])).code).toBe(2);
  });

  it('a manifest works as --policy (its gate section), and promotion writes the baseline the next gate reads', async () => {
    const manifest = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'linkgate.yaml');
    writeFileSync(manifest, 'version: 1\ncanaries: []\ngate:\n  expectedKernelRelease: 6.12.9-riscv64-lg1\n');
    const base = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'baseline');
    const first = await cli(['gate', '--results', writeResultsDir(healthy), '--policy', manifest, '--write-baseline', base, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(join(base, 'baseline.json'), 'utf8')).runs).toEqual(['01-run-42']);
    const again = await cli(['gate', '--results', writeResultsDir(healthy), '--baseline', base, '--json']);
    expect(JSON.parse(again.stdout).method).toMatchObject({ baseline: base, runs: { current: 1, baseline: 1 } });
    const wrongKernel = run([canary('canary-01', { facts: { kernelRelease: '6.6.1', driverVersion: null, bootId: null } })]);
    expect((await cli(['gate', '--results', writeResultsDir(wrongKernel), '--policy', manifest])).code).toBe(1);
  });

  it('shards of one run are merged; a canary in two shards is INCONCLUSIVE', async () => {
    const a = writeResultsDir(run([healthy.canaries[0]!]));
    const b = writeResultsDir(run([healthy.canaries[1]!]));
    const merged = await cli(['gate', '--results', a, '--results', b, '--json']);
    expect(JSON.parse(merged.stdout).method.runs).toEqual({ current: 1, baseline: 0 });
    const twice = await cli(['gate', '--results', a, '--results', a, '--json']);
    expect(twice.code).toBe(3);
    expect(JSON.parse(twice.stdout).reasons[0].message).toContain('appears in shard 1 and shard 2');
  });
});
