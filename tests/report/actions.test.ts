import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionProcess } from '../helpers/action-runner.js';
import { realData } from '../gate/real-data.js';
import { canary, check, run, step } from './build-results.js';
import { writeResultsDir } from './results-dir.js';

const topology = () => step('topology', { data: { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkHealthy() } });

describe('actions/report and actions/gate, run the way the runner runs them', () => {
  it('report writes the three files, the job summary and capped annotations', async () => {
    const many = run(Array.from({ length: 14 }, (_, i) => canary(`canary-${String(i + 1).padStart(2, '0')}`, { steps: [step('topology', { checks: [check('nvlinks', 'fail', `link down on ${i + 1}`)] })] })));
    const dir = writeResultsDir(many);
    const r = await runActionProcess('report', { results: dir });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'ROLLBACK', failures: '14', errors: '0', junit: join(dir, 'junit.xml') });
    for (const f of ['junit.xml', 'summary.md', 'metrics.prom']) expect(existsSync(join(dir, f))).toBe(true);
    expect(r.summary).toContain('linkgate: ROLLBACK');
    const errors = r.annotations.filter((a) => a.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[9]).toContain('5 more errors not annotated');
  });

  it('gate: PROMOTE passes, ROLLBACK fails the step, both set verdict and reasons', async () => {
    const good = await runActionProcess('gate', { results: writeResultsDir(run([canary('canary-01', { steps: [topology()] })])) });
    expect(good.exitCode).toBe(0);
    expect(good.outputs.verdict).toBe('PROMOTE');
    expect(JSON.parse(good.outputs.reasons!)).toEqual([]);
    const bad = await runActionProcess('gate', { results: writeResultsDir(run([canary('canary-03', { steps: [step('topology', { checks: [check('nvlinks', 'fail', 'GPU2↔GPU5 12/18 NVLinks active, expected 18')] })] })])) });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.verdict).toBe('ROLLBACK');
    expect(JSON.parse(bad.outputs.reasons!)[0]).toEqual({ canary: 'canary-03', check: 'topology/nvlinks', message: 'canary-03: GPU2↔GPU5 12/18 NVLinks active, expected 18' });
    expect(bad.summary).toContain('linkgate gate: ROLLBACK');
  });

  it('gate: device text in reasons cannot inject markdown, HTML or mentions into the job summary', async () => {
    const evil = '<img src=x onerror=alert(1)> @org/team [link](https://evil.example) `tick`';
    const r = await runActionProcess('gate', { results: writeResultsDir(run([canary('canary-03', { steps: [step('topology', { checks: [check('nvlinks', 'fail', evil)] })] })])) });
    expect(r.outputs.verdict).toBe('ROLLBACK');
    expect(JSON.parse(r.outputs.reasons!)[0].message).toBe(`canary-03: ${evil}`);
    expect(r.summary).not.toContain('<img');
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt; \\@org/team \\[link\\](https://evil.example) \\`tick\\`');
  });

  it('gate always reports: missing results, a broken policy or a bad input still give a verdict', async () => {
    const missing = await runActionProcess('gate', { results: '/nonexistent/results' });
    expect(missing.exitCode).toBe(1);
    expect(missing.outputs.verdict).toBe('INCONCLUSIVE');
    expect(missing.outputs['exit-code']).toBe('3');
    const dir = writeResultsDir(run([canary('canary-01')]));
    writeFileSync(join(dir, 'policy.yaml'), 'minSamples: [');
    const policy = await runActionProcess('gate', { results: dir, policy: join(dir, 'policy.yaml') });
    expect(policy.outputs.verdict).toBe('INCONCLUSIVE');
    expect(JSON.parse(policy.outputs.reasons!)[0].message).toContain('not valid YAML');
    const input = await runActionProcess('gate', { results: dir, 'fail-on-inconclusive': 'maybe' });
    expect(input.outputs.verdict).toBe('INCONCLUSIVE');
    const lenient = await runActionProcess('gate', { results: '/nonexistent', 'fail-on-inconclusive': 'false' });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toContain('canary-01');
  });
});
