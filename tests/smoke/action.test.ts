import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runActionProcess } from '../helpers/action-runner.js';
import { fixture } from '../helpers/paths.js';

/** The bundled JS action (dist/smoke-test.js built fresh), run as the GitHub runner runs it. */
const tmp = mkdtempSync(join(tmpdir(), 'linkgate-smoke-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('actions/smoke-test', () => {
  it('passes on the healthy virtual canary and sets every output', async () => {
    const out = join(tmp, 'healthy');
    const run = await runActionProcess('smoke-test', { virtual: fixture('scenarios', 'h100-nv18-healthy'), out }, { timeoutMs: 120_000 });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toEqual({ 'results-dir': out, outcome: 'pass', 'failed-steps': '0', 'errored-steps': '0', complete: 'true' });
    expect(existsSync(join(out, 'results.json'))).toBe(true);
    expect(run.summary).toMatch(/\| h100-nv18-healthy \| topology \| pass \|/);
  }, 150_000);

  it('fails the step on a failed canary, annotates it, and still sets the outputs', async () => {
    const out = join(tmp, 'xid');
    const run = await runActionProcess('smoke-test', { virtual: `${fixture('scenarios', 'xid79-fallen-off-bus')}\n`, out }, { timeoutMs: 120_000 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('fail');
    expect(run.outputs['failed-steps']).toBe('1');
    expect(run.annotations.some((a) => /^::error .*xid79-fallen-off-bus: module-load: .*Xid 79/.test(a))).toBe(true);
    expect(run.stdout).toMatch(/::error::1 smoke step\(s\) failed/);
  }, 150_000);

  it('refuses inputs without a manifest or a virtual bundle (exit 1, a clear message)', async () => {
    const run = await runActionProcess('smoke-test', { out: join(tmp, 'none') }, { timeoutMs: 120_000 });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/give manifest or virtual/);
  }, 150_000);

  it('tests only its shard of the fleet (input shard: I/N), under the run id every leg shares', async () => {
    const out = join(tmp, 'shard');
    const bundles = [fixture('scenarios', 'h100-nv18-healthy'), fixture('scenarios', 'xid79-fallen-off-bus')].join('\n');
    const run = await runActionProcess('smoke-test', { virtual: bundles, out, shard: '0/2' }, { timeoutMs: 120_000 });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toMatch(/\| h100-nv18-healthy \| topology \| pass \|/);
    expect(run.summary).not.toMatch(/xid79/);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.run.id).toBe('github-1234-1');
  }, 150_000);

  it('refuses a malformed shard before testing anything (exit 1, names the input)', async () => {
    const run = await runActionProcess('smoke-test', { virtual: fixture('scenarios', 'h100-nv18-healthy'), out: join(tmp, 'bad-shard'), shard: '3/2' }, { timeoutMs: 120_000 });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/input shard: shard "3\/2": I must be below N/);
    expect(existsSync(join(tmp, 'bad-shard', 'results.json'))).toBe(false);
  }, 150_000);
});
