import junitModule, { type Builder, type TestCase, type TestSuite } from 'junit-report-builder';
import type { XMLElement } from 'xmlbuilder';
import type { CanaryResult, CheckResult, RunResults, StepResult } from '../core/results.js';
import type { LogExcerpt } from './log-excerpt.js';
import { xmlSafe } from './xml-text.js';

// The package is CommonJS (`module.exports = builder`) but its typings declare `export default`:
// Node and esbuild hand us module.exports, TypeScript thinks it is the namespace. Accept both.
const rootBuilder = ((junitModule as unknown as { default?: Builder }).default ?? junitModule) as unknown as Builder;

/** Raw-log excerpts per step, keyed by `stepKey(canary, step)`. */
export type ExcerptMap = ReadonlyMap<string, readonly LogExcerpt[]>;

export const stepKey = (canary: string, step: string): string => `${canary}\u0000${step}`;

/**
 * Builds the JUnit XML report: one <testsuite> per canary, one <testcase> per step check;
 * fail → <failure>, error → <error>, skip → <skipped message>. Pure: excerpts are read beforehand.
 * Valid against junit-10.xsd (fixtures/schemas/junit-10.xsd).
 */
export function buildJunit(results: RunResults, excerpts: ExcerptMap = new Map()): string {
  const builder = rootBuilder.newBuilder().name(xmlSafe(`linkgate ${results.run.id}`));
  for (const canary of results.canaries) addSuite(builder.testSuite(), canary, results, excerpts);
  // junit-report-builder writes `skipped` on <testsuites>, an attribute junit-10.xsd does not
  // declare there (only on <testsuite>); strict consumers reject the whole file for it.
  return builder.build().replace(/^(<\?xml[^>]*\?>\s*<testsuites\b[^>]*?) skipped="\d+"/, '$1');
}

function addSuite(suite: TestSuite, canary: CanaryResult, results: RunResults, excerpts: ExcerptMap): void {
  const started = canary.steps[0]?.startedAt ?? results.run.startedAt;
  suite
    .name(xmlSafe(canary.name))
    .timestamp(xmlSafe(started))
    .time(seconds(canary.steps.reduce((sum, step) => sum + step.durationMs, 0)));
  const properties: [string, string | null | undefined][] = [
    ['hostname', canary.host],
    ['kernel-release', canary.facts.kernelRelease],
    ['driver-version', canary.facts.driverVersion],
    ['chassis', canary.labels.chassis],
    ['island', canary.labels.island],
    ['control', String(canary.control)],
    ['host-state', canary.state],
  ];
  for (const [name, value] of properties) suite.property(name, xmlSafe(value ?? 'unknown'));
  for (const [name, value] of Object.entries(canary.labels)) {
    if (name !== 'chassis' && name !== 'island') suite.property(xmlSafe(`label.${name}`), xmlSafe(value));
  }
  afterBuild(suite, (el) => el.att('hostname', xmlSafe(canary.host)));

  if (canary.steps.length === 0) {
    const tc = suite.testCase().className(xmlSafe(`${canary.name}.connect`)).name('connect').time(0);
    if (canary.state === 'ok') afterBuild(tc, () => undefined);
    else {
      tc.error(xmlSafe(`${canary.name} (${canary.host}): ${canary.state}; no step ran`), canary.state);
    }
    return;
  }
  for (const step of canary.steps) addStep(suite, canary, step, excerpts.get(stepKey(canary.name, step.name)) ?? []);
}

function addStep(suite: TestSuite, canary: CanaryResult, step: StepResult, logs: readonly LogExcerpt[]): void {
  // A step without checks still reports its own outcome as one test case.
  const checks: CheckResult[] =
    step.checks.length > 0 ? step.checks : [{ name: step.name, status: step.status, message: step.reason ?? step.status }];
  const share = seconds(step.durationMs / checks.length);
  const excerptHolder = checks.findIndex((c) => c.status !== 'pass');
  checks.forEach((check, index) => {
    const tc = suite
      .testCase()
      .className(xmlSafe(`${canary.name}.${step.name}`))
      .name(xmlSafe(check.name))
      .time(share);
    const type = xmlSafe(`${step.name}/${check.name}`);
    const details = detailText(step, check);
    if (check.status === 'fail') tc.failure(xmlSafe(check.message), type);
    if (check.status === 'error') tc.error(xmlSafe(check.message), type);
    if (check.status === 'skip') tc.skipped();
    const showLogs = index === (excerptHolder === -1 ? 0 : excerptHolder);
    afterBuild(tc, (el) => {
      const child = (name: string): XMLElement | undefined =>
        el.children.find((n): n is XMLElement => (n as XMLElement).name === name) as XMLElement | undefined;
      if (check.status === 'skip') child('skipped')?.att('message', xmlSafe(step.reason ?? check.message));
      if (details) child(check.status === 'fail' ? 'failure' : 'error')?.txt(xmlSafe(details));
      // Text nodes, not CDATA: xmlbuilder 15 replaces only the FIRST "]]>" inside CDATA, so a log
      // holding two of them would end the section early and break the document.
      const out = systemOut(logs, showLogs);
      if (out) el.ele('system-out').txt(xmlSafe(out));
    });
  });
}

function detailText(step: StepResult, check: CheckResult): string | null {
  if (check.status !== 'fail' && check.status !== 'error') return null;
  const lines = [check.message];
  if (check.expected !== undefined) lines.push(`expected: ${JSON.stringify(check.expected)}`);
  if (check.actual !== undefined) lines.push(`actual:   ${JSON.stringify(check.actual)}`);
  if (step.reason && step.reason !== check.message) lines.push(`step ${step.name}: ${step.reason}`);
  for (const problem of step.problems.slice(0, 20)) lines.push(`problem${problem.source ? ` (${problem.source})` : ''} line ${problem.line}: ${problem.message}`);
  return lines.join('\n');
}

function systemOut(logs: readonly LogExcerpt[], withText: boolean): string | null {
  if (logs.length === 0) return null;
  return logs
    .map((log) => {
      if (log.unavailable) return `[${log.path}: ${log.unavailable}]`;
      if (!withText) return `[full log: ${log.path}]`;
      return `[${log.cut ? 'excerpt of ' : ''}${log.path}]\n${log.text}`;
    })
    .join('\n');
}

/** Seconds with millisecond precision, as junit-10.xsd's SUREFIRE_TIME pattern wants (no exponent). */
function seconds(ms: number): number {
  const s = Math.round(ms) / 1000;
  return Number.isFinite(s) && s < 1e15 ? Number(s.toFixed(3)) : 0;
}

/**
 * junit-report-builder 5.1.2 has no hook for attributes it does not know (testsuite hostname,
 * skipped message) and writes logs as CDATA; we finish each element right after it is built.
 */
function afterBuild(node: TestCase | TestSuite, finish: (el: XMLElement) => void): void {
  const target = node as unknown as { build(parent?: XMLElement): XMLElement };
  const build = target.build.bind(target);
  target.build = (parent?: XMLElement) => {
    const el = build(parent);
    finish(el);
    return el;
  };
}
