import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { UsageError } from '../../src/core/errors.js';
import { inShard, parseShard, selectCanaries } from '../../src/manifest/canary-selection.js';
import { readResults } from '../../src/smoke/results-dir.js';
import { fixture } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'linkgate-shard-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd: tmp, signal: new AbortController().signal });
  return { code, stdout, stderr };
}

describe('parseShard', () => {
  it.each([
    ['0/1', { index: 0, count: 1 }],
    ['1/2', { index: 1, count: 2 }],
    ['255/256', { index: 255, count: 256 }],
  ])('reads %s', (text, shard) => {
    expect(parseShard(text)).toEqual({ ok: true, shard });
  });
  it.each([
    ['3/2', /I must be below N/],
    ['2/2', /I must be below N/],
    ['0/0', /N must be at least 1/],
    ['1/0', /N must be at least 1/],
    ['x/y', /not of the form I\/N/],
    ['-1/2', /not of the form I\/N/],
    ['1.5/2', /not of the form I\/N/],
    [' 1/2', /not of the form I\/N/],
    ['1/2/3', /not of the form I\/N/],
    ['1/', /not of the form I\/N/],
    ['', /not of the form I\/N/],
    ['0/257', /at most 256/],
    ['9'.repeat(400) + '/1', /not of the form I\/N/],
    ['0/1\n; rm -rf /', /not of the form I\/N/],
  ])('refuses %j', (text, message) => {
    const parsed = parseShard(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message.length).toBeLessThan(200);
    }
  });
});

describe('sharding is a pure function of the manifest order', () => {
  const canaries = Array.from({ length: 7 }, (_, i) => ({ name: `c${i}` }));
  it('canary i goes to leg i mod N: the legs are disjoint, cover the fleet, and do not depend on --canary', () => {
    const legs = [0, 1, 2].map((index) => selectCanaries(canaries, { names: [], shard: { index, count: 3 }, source: 'm' }).map((c) => c.name));
    expect(legs).toEqual([
      ['c0', 'c3', 'c6'],
      ['c1', 'c4'],
      ['c2', 'c5'],
    ]);
    expect(legs.flat().sort()).toEqual(canaries.map((c) => c.name).sort());
    // Selecting names keeps each canary in its own leg.
    expect(selectCanaries(canaries, { names: ['c4', 'c5'], shard: { index: 1, count: 3 }, source: 'm' }).map((c) => c.name)).toEqual(['c4']);
    expect(selectCanaries(canaries, { names: [], shard: null, source: 'm' })).toHaveLength(7);
    expect(inShard(9, { index: 1, count: 4 })).toBe(true);
  });
  it('an unknown name is a usage error listing the canaries', () => {
    expect(() => selectCanaries(canaries, { names: ['nope'], shard: null, source: 'linkgate.yaml' })).toThrow(UsageError);
    expect(() => selectCanaries(canaries, { names: ['nope'], shard: null, source: 'linkgate.yaml' })).toThrow(/no canary named nope in linkgate.yaml \(it has: c0, c1/);
  });
});

describe('linkgate smoke --shard', () => {
  const healthy = fixture('scenarios', 'h100-nv18-healthy');
  const degraded = fixture('scenarios', 'nvlink-degraded');
  it.each([['3/2'], ['x/y'], ['0/0']])('--shard %s is a usage error (exit 2, no stack trace)', async (shard) => {
    const run = await cli(['smoke', '--virtual', healthy, '--shard', shard, '--run-id', 'r1', '--out', join(tmp, 'bad')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--shard ".*": .*expected I\/N/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('needs a shared run id: --run-id, or GitHub\'s run id and attempt', async () => {
    const none = await cli(['smoke', '--virtual', healthy, '--shard', '0/2', '--out', join(tmp, 'no-id')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--shard needs --run-id ID outside GitHub Actions/);
    const bad = await cli(['smoke', '--virtual', healthy, '--shard', '0/2', '--run-id', '../x', '--out', join(tmp, 'bad-id')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--run-id "..\/x": use letters/);
  });

  it('two legs of one run → linkgate merge → the gate decides over the whole fleet', async () => {
    const env = { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2', GITHUB_REPOSITORY: 'example/fleet', GITHUB_SERVER_URL: 'https://github.com' };
    const bundles = [healthy, healthy, degraded].flatMap((b) => ['--virtual', b]);
    const legs = ['0/2', '1/2'].map((shard, i) => ({ shard, out: join(tmp, `leg-${i}`) }));
    for (const leg of legs) await cli(['smoke', ...bundles, '--shard', leg.shard, '--out', leg.out], env);
    const [first, second] = await Promise.all(legs.map((leg) => readResults(leg.out)));
    // Bundle i goes to leg i mod 2; both legs carry the same run id and URL.
    expect(first!.canaries.map((c) => c.name)).toEqual(['h100-nv18-healthy', 'nvlink-degraded']);
    expect(second!.canaries.map((c) => c.name)).toEqual(['h100-nv18-healthy-2']);
    expect([first!.run.id, second!.run.id]).toEqual(['github-4242-2', 'github-4242-2']);
    expect(first!.run.url).toBe('https://github.com/example/fleet/actions/runs/4242');

    const merged = join(tmp, 'merged');
    const merge = await cli(['merge', '--results', legs[0]!.out, '--results', legs[1]!.out, '--out', merged, '--json']);
    expect(merge.code, merge.stderr).toBe(0);
    expect(JSON.parse(merge.stdout)).toEqual({ out: merged, canaries: 3, shards: 2 });
    const gate = await cli(['gate', '--results', merged, '--json']);
    const decision = JSON.parse(gate.stdout);
    expect(decision.verdict).toBe('ROLLBACK');
    expect(gate.code).toBe(1);
    expect(decision.reasons.map((r: { canary: string }) => r.canary)).toEqual(expect.arrayContaining(['nvlink-degraded']));
    expect(decision.reasons.every((r: { canary: string }) => r.canary === 'nvlink-degraded')).toBe(true);
    // The gate also takes the legs directly (same run id = shards of one run) and agrees.
    const direct = await cli(['gate', '--results', legs[0]!.out, '--results', legs[1]!.out, '--json']);
    expect(JSON.parse(direct.stdout).verdict).toBe('ROLLBACK');
    expect(first!.run.shard).toEqual({ index: 0, count: 2 });
    expect((await readResults(merged)).run.shard).toBeUndefined();

    // A leg that never delivered (its job died before uploading): the others merge, but the run is
    // incomplete, so the gate cannot PROMOTE a fleet it has not seen.
    const partial = join(tmp, 'partial');
    const merge1 = await cli(['merge', '--results', legs[1]!.out, '--out', partial]);
    expect(merge1.code).toBe(0);
    expect(merge1.stderr).toMatch(/shard leg\(s\) 0 missing/);
    expect((await readResults(partial)).run.complete).toBe(false);
    const gatePartial = JSON.parse((await cli(['gate', '--results', partial, '--json'])).stdout);
    expect(gatePartial.verdict).toBe('INCONCLUSIVE');
    expect(gatePartial.reasons[0].message).toMatch(/a shard leg is missing/);

    // Legs of different splits, or one leg twice, are refused.
    const third = join(tmp, 'leg-of-3');
    await cli(['smoke', ...bundles, '--shard', '2/3', '--out', third], env);
    const mixed = await cli(['merge', '--results', legs[0]!.out, '--results', third, '--out', join(tmp, 'mixed')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/shards of different splits \(\/2, \/3\)/);
    const twice = await cli(['merge', '--results', legs[0]!.out, '--results', legs[0]!.out, '--out', join(tmp, 'twice')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/shard 0\/2 is given twice/);
  }, 120_000);

  it('a leg with no canary (more legs than canaries) writes an empty, complete shard that merges', async () => {
    const out = join(tmp, 'empty-leg');
    const run = await cli(['smoke', '--virtual', healthy, '--shard', '1/2', '--run-id', 'run-7', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/shard 1\/2 holds no canary/);
    const results = await readResults(out);
    expect(results.canaries).toEqual([]);
    expect(results.run).toMatchObject({ id: 'run-7', complete: true });
    const full = join(tmp, 'full-leg');
    expect((await cli(['smoke', '--virtual', healthy, '--shard', '0/2', '--run-id', 'run-7', '--out', full])).code).toBe(0);
    const gate = await cli(['gate', '--results', full, '--results', out, '--json']);
    expect(JSON.parse(gate.stdout).verdict).toBe('PROMOTE');
  }, 120_000);
});
