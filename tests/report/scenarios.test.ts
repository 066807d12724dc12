import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import type { RunResults } from '../../src/core/results.js';
import { decide } from '../../src/gate/decide.js';
import { measurementsOf } from '../../src/gate/measurements.js';
import { GatePolicy } from '../../src/manifest/schema/gate.js';
import { collectExcerpts } from '../../src/report/excerpts.js';
import { buildJunit } from '../../src/report/junit.js';
import { buildMetrics } from '../../src/report/prometheus.js';
import { buildSummary } from '../../src/report/summary.js';
import { runSmoke } from '../../src/smoke/run.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';

/** The gate's verdict on each virtual-canary scenario (fixtures/scenarios/), judged alone. */
const VERDICTS: Record<string, 'PROMOTE' | 'ROLLBACK' | 'INCONCLUSIVE'> = {
  'h100-nv18-healthy': 'PROMOTE',
  'a100-nv12-healthy': 'INCONCLUSIVE', // its topo capture is cut: the topology step cannot read it (error)
  'nvlink-degraded': 'ROLLBACK',
  'xid79-fallen-off-bus': 'ROLLBACK',
  'xid74-nvlink-error': 'ROLLBACK',
  'unsigned-module-rejected': 'ROLLBACK',
  'nvrm-api-mismatch': 'ROLLBACK',
  'iommu-faults': 'ROLLBACK',
  'gb300-tray-allreduce': 'PROMOTE',
};

const skip = requireTools(['xmllint', 'promtool']);
const scenarios = readdirSync(fixture('scenarios'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const policy = GatePolicy.parse({});
let out: string;
let results: RunResults;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'linkgate-report-scenarios-'));
  results = await runSmoke({ outDir: out, logger: new MemoryLogger(), signal: new AbortController().signal, env: {}, virtual: scenarios.map((s) => fixture('scenarios', s)) });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(skip)('reports and verdicts from every virtual-canary scenario', () => {
  it('every scenario has an expected verdict', () => {
    expect(scenarios).toEqual(Object.keys(VERDICTS).sort());
  });

  it('JUnit of the whole run validates; promtool accepts the metrics; the summary is made', async () => {
    const decision = decide({ current: [results], baseline: [], baselineSource: null, policy, attempt: 1 });
    const junit = join(out, 'junit.xml');
    writeFileSync(junit, buildJunit(results, await collectExcerpts([{ dir: out, results }])));
    const xml = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'fixtures/schemas/junit-10.xsd'), junit], { encoding: 'utf8' });
    expect(xml.stderr).toContain('validates');
    const prom = spawnSync('promtool', ['check', 'metrics'], { input: buildMetrics(results, decision, measurementsOf(results, policy)), encoding: 'utf8' });
    expect(prom.stdout + prom.stderr).toBe('');
    const summary = buildSummary({ results, decision, measurements: measurementsOf(results, policy), artifactsUrl: null });
    expect(summary).toContain('### Canaries');
  });

  it.each(Object.entries(VERDICTS))('%s → %s, and its own three reports are valid', async (name, verdict) => {
    const canaries = results.canaries.filter((c) => c.name === name || c.labels.scenario === name);
    const one: RunResults = { ...results, canaries: canaries.length > 0 ? canaries : results.canaries.filter((c) => c.name.includes(name)) };
    expect(one.canaries.length, `no canary for scenario ${name}: ${results.canaries.map((c) => c.name).join(', ')}`).toBeGreaterThan(0);
    const decision = decide({ current: [one], baseline: [], baselineSource: null, policy, attempt: 1 });
    expect(decision.verdict, JSON.stringify(decision.reasons)).toBe(verdict);
    const junit = join(out, `${name}.xml`);
    writeFileSync(junit, buildJunit(one, await collectExcerpts([{ dir: out, results: one }])));
    expect(spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'fixtures/schemas/junit-10.xsd'), junit]).status).toBe(0);
    expect(spawnSync('promtool', ['check', 'metrics'], { input: buildMetrics(one, decision, measurementsOf(one, policy)) }).status).toBe(0);
  });
});
