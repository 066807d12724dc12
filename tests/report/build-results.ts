import type { CanaryResult, CheckResult, RunResults, StepResult } from '../../src/core/results.js';
import { RunResults as RunResultsSchema } from '../../src/core/results.js';

/**
 * Builders for result records shaped exactly like results.json (validated by the RunResults
 * schema on the way out, so a test can never feed the reports a record the smoke suite could not
 * write). Step `data` is passed in by the tests, from the real parsers over real fixtures.
 */
export function check(name: string, status: CheckResult['status'], message = `${name} ${status}`, extra: Partial<CheckResult> = {}): CheckResult {
  return { name, status, message, ...extra };
}

export function step(name: string, overrides: Partial<StepResult> = {}): StepResult {
  const checks = overrides.checks ?? [check(name, overrides.status ?? 'pass')];
  const worst = (['error', 'fail', 'skip', 'pass'] as const).find((s) => checks.some((c) => c.status === s)) ?? 'pass';
  return {
    name,
    status: overrides.status ?? worst,
    reason: overrides.reason ?? (worst === 'pass' ? null : checks.find((c) => c.status === worst)!.message),
    startedAt: '2026-08-20T10:00:00.000Z',
    durationMs: 1500,
    checks,
    data: {},
    problems: [],
    raw: [],
    ...overrides,
  };
}

export function canary(name: string, overrides: Partial<CanaryResult> = {}): CanaryResult {
  return {
    name,
    host: `${name}.lab.example`,
    labels: { chassis: 'rack1-c1', island: '0' },
    control: false,
    state: 'ok',
    facts: { kernelRelease: '6.12.9-riscv64-lg1', driverVersion: '580.82.07', bootId: `boot-${name}` },
    leaseWaitMs: 0,
    steps: [step('preflight'), step('module-load')],
    ...overrides,
  };
}

export function run(canaries: CanaryResult[], overrides: Partial<RunResults['run']> = {}): RunResults {
  const results: RunResults = {
    schemaVersion: 1,
    tool: { name: 'linkgate', version: '0.1.0' },
    run: {
      id: 'run-42',
      startedAt: '2026-08-20T10:00:00.000Z',
      finishedAt: '2026-08-20T10:05:00.000Z',
      mode: 'virtual',
      url: 'https://github.com/example/fleet/actions/runs/42',
      complete: true,
      ...overrides,
    },
    canaries,
  };
  return RunResultsSchema.parse(results);
}
