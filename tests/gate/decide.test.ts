import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/core/results.js';
import { decide, type GateInput } from '../../src/gate/decide.js';
import type { Measurement } from '../../src/gate/measurements.js';
import { GatePolicy } from '../../src/manifest/schema/gate.js';
import { canary, check, run, step } from '../report/build-results.js';
import { realData } from './real-data.js';

const policy = GatePolicy.parse({ expectedActiveNvlinks: 12, expectedKernelRelease: '6.12.9-riscv64-lg1' });

function topologyStep(nvlink = realData.nvlinkHealthy()) {
  return step('topology', { data: { topo: realData.topoNv12(), 'nvlink-status': nvlink } });
}
function moduleLoad(dmesg?: unknown) {
  return step('module-load', { data: dmesg === undefined ? {} : { dmesg } });
}
function fleet(overrides: Record<string, Parameters<typeof canary>[1]> = {}): RunResults {
  return run(
    ['canary-01', 'canary-02', 'canary-03'].map((name) => canary(name, { steps: [step('preflight'), moduleLoad(), topologyStep()], ...overrides[name] })),
  );
}
function gate(current: RunResults[], extra: Partial<GateInput> = {}) {
  return decide({ current, baseline: [], baselineSource: null, policy, attempt: 1, ...extra });
}

/** Samples of one metric per run: what nvbandwidth measured for one pair on each run. */
function bandwidthRuns(values: number[], canaryName = 'canary-01'): { runs: RunResults[]; measure: (r: RunResults) => Measurement[] } {
  const runs = values.map((_, i) => run([canary(canaryName)], { id: `run-${i}` }));
  const byRun = new Map(runs.map((r, i) => [r, values[i]!]));
  return {
    runs,
    measure: (r) => {
      const value = byRun.get(r);
      return value === undefined ? [] : [{ canary: canaryName, metric: 'peer-bandwidth', subject: 'GPU0->GPU1', value, unit: 'GB/s', peak: 300, floor: 0.7 }];
    },
  };
}
function metricGate(current: number[], baseline: number[]) {
  const now = bandwidthRuns(current);
  const before = bandwidthRuns(baseline);
  const lookup = new Map([...now.runs.map((r) => [r, now.measure] as const), ...before.runs.map((r) => [r, before.measure] as const)]);
  return decide({
    current: now.runs,
    baseline: before.runs,
    baselineSource: 'baseline/',
    policy,
    attempt: 1,
    measure: (r) => lookup.get(r)!(r),
  });
}

describe('the gate decision (scenario table of issue 10)', () => {
  it('healthy: PROMOTE with no reasons', () => {
    const d = gate([fleet()]);
    expect(d.verdict).toBe('PROMOTE');
    expect(d.reasons).toEqual([]);
    expect(d.method.decidedBy).toBe('none');
  });

  it('one degraded link: ROLLBACK naming the canary, the GPU pair and the links', () => {
    const d = gate([fleet({ 'canary-03': { steps: [step('preflight'), moduleLoad(), topologyStep(realData.nvlinkDegraded())] } })]);
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.reasons).toEqual([
      { canary: 'canary-03', check: 'nvlinks', message: 'canary-03: GPU0↔GPU1: 10/12 NVLinks active, links 2, 3 inactive' },
    ]);
  });

  it('a failing topology check from the smoke step is a hard check too', () => {
    const failing = step('topology', { checks: [check('nvlinks GPU2-GPU5', 'fail', 'GPU2↔GPU5 12/18 NVLinks active, expected 18')] });
    const d = gate([fleet({ 'canary-03': { steps: [step('preflight'), failing] } })]);
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.reasons).toEqual([{ canary: 'canary-03', check: 'topology/nvlinks GPU2-GPU5', message: 'canary-03: GPU2↔GPU5 12/18 NVLinks active, expected 18' }]);
  });

  it('a fatal Xid (74, NVLink error) in the kernel log: ROLLBACK', () => {
    const d = gate([fleet({ 'canary-02': { steps: [step('preflight'), moduleLoad(realData.dmesgXid74()), topologyStep()] } })]);
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.reasons.map((r) => [r.canary, r.check])).toEqual([['canary-02', 'xid']]);
    expect(d.reasons[0]!.message).toMatch(/^canary-02: Xid 74 \(NVLink error\) on .*, fatal$/);
  });

  it('non-fatal application Xids (31, 32): PROMOTE, reported as warnings; policy can make them gate', () => {
    const current = [fleet({ 'canary-02': { steps: [step('preflight'), moduleLoad(realData.dmesgXid32and31()), topologyStep()] } })];
    const d = gate(current);
    expect(d.verdict).toBe('PROMOTE');
    expect(d.method.warnings.map((w) => w.message)).toEqual([
      'canary-02: Xid 32 (see NVIDIA Xid catalogue) on 0000:01:00, non-fatal',
      'canary-02: Xid 31 (GPU memory page fault) on 0000:01:00, non-fatal',
    ]);
    const strict = gate(current, { policy: { ...policy, nonFatalXids: 'rollback' } });
    expect(strict.verdict).toBe('ROLLBACK');
  });

  it('an IOMMU fault and a wrong kernel release are hard checks', () => {
    const d = gate([
      fleet({
        'canary-01': { steps: [step('preflight'), moduleLoad(realData.dmesgIommu()), topologyStep()] },
        'canary-02': { facts: { kernelRelease: '6.6.0-old', driverVersion: '580.82.07', bootId: 'b' } },
      }),
    ]);
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.reasons.map((r) => `${r.canary} ${r.check}`)).toEqual(expect.arrayContaining(['canary-01 iommu', 'canary-02 kernel-release']));
  });

  it('noisy but fine: overlapping samples, not significant → PROMOTE by Mann–Whitney', () => {
    const d = metricGate([388, 402, 371, 395, 380, 399], [392, 385, 405, 377, 398, 390]);
    expect(d.verdict).toBe('PROMOTE');
    const m = d.method.metrics[0]!;
    expect(m.method).toBe('mann-whitney');
    expect(m.p!).toBeGreaterThan(0.3);
    expect(m.regression).toBe(false);
  });

  it('a noisy metric whose median moved past the threshold but is not significant still passes (significance first)', () => {
    const d = metricGate([300, 410, 295, 405, 310, 400], [400, 305, 415, 300, 420, 395]);
    expect(d.method.metrics[0]!.change!).toBeLessThan(-0.05);
    expect(d.verdict).toBe('PROMOTE');
  });

  it('a real 10% bandwidth regression with enough samples: ROLLBACK by Mann–Whitney', () => {
    const d = metricGate([356, 352, 358, 355, 351, 357], [396, 392, 398, 395, 391, 397]);
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.method.decidedBy).toBe('metrics');
    expect(d.method.metrics[0]).toMatchObject({ method: 'mann-whitney', regression: true, moreRunsForStatistics: 0 });
    expect(d.reasons[0]!.message).toMatch(/^canary-01: peer-bandwidth GPU0->GPU1 -10\.1% vs baseline \(median 355\.5 vs 395\.5 GB\/s; Mann–Whitney p=0\.0022, 6 vs 6 samples\)$/);
  });

  it('too few samples: thresholds decide, and the verdict says how many more runs would make it statistical', () => {
    const fine = metricGate([394, 390], [396]);
    expect(fine.verdict).toBe('PROMOTE');
    expect(fine.method.metrics[0]).toMatchObject({ method: 'threshold', samples: { current: 2, baseline: 1 }, moreRunsForStatistics: 3 });
    const bad = metricGate([350, 352], [396]);
    expect(bad.verdict).toBe('ROLLBACK');
    expect(bad.reasons[0]!.message).toContain('threshold 5%: 2 vs 1 samples; 4 more run(s) would make it statistical');
  });

  it('below the bandwidth floor (fraction of peak) rolls back even without a baseline', () => {
    const now = bandwidthRuns([180]);
    const d = decide({ current: now.runs, baseline: [], baselineSource: null, policy, attempt: 1, measure: now.measure });
    expect(d.verdict).toBe('ROLLBACK');
    expect(d.reasons).toEqual([{ canary: 'canary-01', check: 'bandwidth-floor', message: 'canary-01: GPU0->GPU1 180 GB/s is 60% of peak 300 GB/s (floor 70%)' }]);
  });

  it('the control canary failing too: INCONCLUSIVE, never ROLLBACK, hard failures kept as warnings', () => {
    const d = gate([
      fleet({
        'canary-02': { steps: [step('preflight'), moduleLoad(realData.dmesgXid74()), topologyStep()] },
        'canary-03': { control: true, steps: [step('preflight', { checks: [check('dmesg', 'fail', 'Xid 74 on the known-good build')] })] },
      }),
    ]);
    expect(d.verdict).toBe('INCONCLUSIVE');
    expect(d.method.decidedBy).toBe('infrastructure');
    expect(d.reasons[0]).toMatchObject({ canary: 'canary-03', check: 'control' });
    expect(d.method.warnings.some((w) => w.check === 'xid' && w.message.includes('not judged'))).toBe(true);
  });

  it('one host unreachable: INCONCLUSIVE with the retry budget; once spent, it says a human must decide', () => {
    const current = [fleet({ 'canary-02': { state: 'unreachable', steps: [] } })];
    const first = gate(current);
    expect(first.verdict).toBe('INCONCLUSIVE');
    expect(first.reasons).toEqual([{ canary: 'canary-02', check: 'host', message: 'canary-02 (canary-02.lab.example): unreachable' }]);
    expect(first.method.retry).toEqual({ budget: 1, attempt: 1, remaining: 1, exhausted: false });
    const last = gate(current, { attempt: 2 });
    expect(last.verdict).toBe('INCONCLUSIVE');
    expect(last.method.retry.exhausted).toBe(true);
    expect(last.reasons.at(-1)).toMatchObject({ check: 'retry-budget' });
  });

  it('a step that timed out or could not be read is INCONCLUSIVE, as is an incomplete run', () => {
    const timedOut = step('peer-bandwidth', { status: 'error', reason: 'timed out after 600 s', checks: [check('nvbandwidth', 'error', 'timed out after 600 s')] });
    expect(gate([fleet({ 'canary-01': { steps: [step('preflight'), timedOut] } })]).verdict).toBe('INCONCLUSIVE');
    const incomplete = run([canary('canary-01')], { complete: false });
    expect(gate([incomplete]).reasons).toEqual([{ canary: null, check: 'run', message: expect.stringContaining('did not complete') }]);
  });
});
