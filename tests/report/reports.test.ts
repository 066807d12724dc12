import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/gate/decide.js';
import { measurementsOf, type Measurement } from '../../src/gate/measurements.js';
import { GatePolicy } from '../../src/manifest/schema/gate.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { foldNames } from '../../src/report/node-set.js';
import { buildMetrics } from '../../src/report/prometheus.js';
import { buildSummary } from '../../src/report/summary.js';
import { requireTools } from '../helpers/skip.js';
import { realData } from '../gate/real-data.js';
import { canary, check, run, step } from './build-results.js';

const policy = GatePolicy.parse({});
const topology = (nvlink = realData.nvlinkHealthy()) => step('topology', { data: { topo: realData.topoNv12(), 'nvlink-status': nvlink } });

const fleet = run([
  ...['01', '02', '03', '04', '05', '06', '07'].map((n) => canary(`canary-${n}`, { steps: [step('preflight'), topology()] })),
  canary('canary-08', {
    steps: [step('preflight'), step('topology', { checks: [check('nvlinks GPU0-GPU1', 'fail', 'GPU0↔GPU1 10/12 NVLinks active, expected 12')], data: { topo: realData.topoNv12(), 'nvlink-status': realData.nvlinkDegraded() } })],
  }),
  canary('canary-09', { steps: [step('preflight'), step('module-load', { checks: [check('kernel-log:xid', 'fail', 'Xid 74 in the kernel log')], data: { dmesg: realData.dmesgXid74() } })] }),
  canary('canary-10', { state: 'timeout', steps: [] }),
]);
const decision = decide({ current: [fleet], baseline: [], baselineSource: null, policy, attempt: 1 });
/** Pair samples as nvbandwidth would report them (numbers; the parsers' own tests cover their reading). */
const pairs: Measurement[] = [
  { canary: 'canary-01', metric: 'peer-bandwidth', subject: 'GPU0->GPU1', value: 276.4, unit: 'GB/s', peak: 300, floor: 0.7 },
  { canary: 'canary-01', metric: 'peer-bandwidth', subject: 'GPU1->GPU0', value: 150.2, unit: 'GB/s', peak: 300, floor: 0.7 },
];

describe('node sets', () => {
  it('folds canary names like clush', () => {
    expect(foldNames(['canary-03', 'canary-01', 'canary-02', 'canary-07', 'canary-05', 'gpu-a', 'node7'])).toBe('canary-[01-03,05,07],node7,gpu-a');
    expect(foldNames(['canary-01'])).toBe('canary-01');
  });
});

describe('job summary', () => {
  it('pins the summary of a mixed fleet (snapshot)', () => {
    expect(buildSummary({ results: fleet, decision, measurements: [...measurementsOf(fleet, policy), ...pairs], artifactsUrl: 'https://github.com/example/fleet/actions/runs/42/artifacts/7' })).toMatchSnapshot();
  });

  it('groups identical outcomes: canary-[01-07]: pass', () => {
    const text = buildSummary({ results: fleet, decision, measurements: [], artifactsUrl: null });
    expect(text).toContain('| `canary-[01-07]` | 7 | pass | all steps passed |');
    // One graph for the 8 canaries that share the topology (src/topology's Mermaid, island as subgraph).
    expect(text).toContain('**`canary-[01-08]`**\n\n```mermaid\ngraph LR\n  subgraph island0["NVLink island 0"]\n    gpu0["GPU0<br/>NVIDIA H100 PCIe"]\n    gpu1["GPU1<br/>NVIDIA H100 PCIe"]\n  end\n  gpu0 ---|NV12| gpu1\n```');
    expect(text).toMatch(/^## ⚠️ linkgate: INCONCLUSIVE/);
  });

  it('hostile text cannot inject markdown, HTML or break the table', () => {
    const evil = run([canary('canary-01', { steps: [step('preflight', { checks: [check('x', 'fail', '<img src=x onerror=alert(1)> | @org/team ![a](b) `tick` \u001b[31m')] })] })]);
    const d = decide({ current: [evil], baseline: [], baselineSource: null, policy, attempt: 1 });
    const text = buildSummary({ results: evil, decision: d, measurements: [], artifactsUrl: null });
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\@org/team \\!\\[a\\](b) \\`tick\\` \\x1b\\[31m');
  });

  it('stays under the 1 MiB cap, drops the lowest priority first and says so', () => {
    const many = run(Array.from({ length: 3000 }, (_, i) => canary(`node-${i}`, { steps: [step('preflight', { status: 'fail', checks: [check('c', 'fail', `unique failure ${i} `.repeat(20))] })] })));
    const d = decide({ current: [many], baseline: [], baselineSource: null, policy, attempt: 1 });
    const big: Measurement[] = many.canaries.slice(0, 40).flatMap((c) => Array.from({ length: 8 }, (_, i) => ({ ...pairs[0]!, canary: c.name, subject: `GPU${i}->GPU${(i + 1) % 8}` })));
    const text = buildSummary({ results: many, decision: d, measurements: big, artifactsUrl: null }, 200_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200_000);
    expect(text).toContain('**Summary truncated**');
    expect(text).toContain('### Artifacts');
    expect(text).toMatch(/left out .*bandwidth heatmaps/);
    expect(text).toMatch(/^## ❌ linkgate: ROLLBACK/);
  });
});

describe('annotations', () => {
  it('at most 10 errors and 10 warnings, most important first, the rest summarised', () => {
    const many = run(Array.from({ length: 25 }, (_, i) => canary(`node-${String(i).padStart(2, '0')}`, { steps: [step('topology', { checks: [check('nvlinks', 'fail', `link down ${i}`)] })] })));
    const d = decide({ current: [many], baseline: [], baselineSource: null, policy, attempt: 1 });
    const planned = planAnnotations(many, d);
    const errors = planned.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.message).toBe('node-00: link down 0');
    expect(errors[9]!.message).toContain('16 more errors not annotated');
    expect(planned.filter((a) => a.level === 'warning').length).toBeLessThanOrEqual(10);
  });

  it('an inconclusive run annotates warnings, not errors', () => {
    const planned = planAnnotations(fleet, decision);
    expect(planned.filter((a) => a.level === 'warning').map((a) => a.title)).toContain('canary-10: host');
  });
});

const skipPromtool = requireTools(['promtool']);
describe.skipIf(skipPromtool)('Prometheus textfile', () => {
  const check = (text: string) => spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });

  it('passes promtool check metrics, with HELP/TYPE and node, chassis and gpu pair labels', () => {
    const results = run([canary('canary-01', { labels: { chassis: 'rack"1\\a\nb', island: '0' }, steps: [step('module-load', { data: { dmesg: realData.dmesgXid74() } })] })]);
    const d = decide({ current: [results], baseline: [], baselineSource: null, policy, attempt: 1 });
    const text = buildMetrics(results, d, pairs);
    const r = check(text);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(text).toContain('# TYPE linkgate_peer_bandwidth_bytes_per_second gauge');
    expect(text).toContain('linkgate_peer_bandwidth_bytes_per_second{node="canary-01",chassis="rack\\"1\\\\a\\nb",gpu_pair="GPU0->GPU1"} 276400000000');
    expect(text).toContain('linkgate_xid_events{node="canary-01",chassis="rack\\"1\\\\a\\nb",xid="74"} 1');
    expect(text).toContain('linkgate_verdict{run_id="run-42",verdict="ROLLBACK"} 1');
  });

  it('promtool is a real check: it rejects a broken file', () => {
    const r = check('# TYPE x gauge\nx{a="1"} 1\nx{a="1"} 2\n# TYPE x counter\n');
    expect(r.status).not.toBe(0);
  });
});
