import type { CheckResult } from '../core/results.js';
import type { ExpectedTopology } from '../manifest/schema/canary.js';
import { diffTopology, type FindingKind, type TopologyFinding } from '../topology/diff.js';
import type { NodeTopology } from '../topology/model.js';
import { check } from './step.js';

/**
 * The topology step's checks: src/topology's expected-vs-found diff, one check per kind of finding,
 * so a failure names the GPU pair and the links (`GPU0↔GPU1: 10/12 NVLinks active, links 2, 3 inactive`).
 * `nvlinkRead` says whether `nvlink -s` answered: without it, link findings are a skip, not a verdict.
 */
export function topologyChecks(expected: ExpectedTopology, found: NodeTopology, nvlinkRead: boolean): CheckResult[] {
  const findings = diffTopology(expected, found);
  const of = (...kinds: FindingKind[]): TopologyFinding[] => findings.filter((f) => kinds.includes(f.kind));
  const checks: CheckResult[] = [];

  const count = of('gpu-count')[0];
  checks.push(
    count
      ? check.fail('gpu-count', `${found.gpus.length} GPUs, expected ${expected.gpus}`, { expected: expected.gpus, actual: found.gpus.length })
      : check.pass('gpu-count', `${found.gpus.length} GPUs`, { expected: expected.gpus, actual: found.gpus.length }),
  );

  if (expected.nvlinksPerPair !== undefined) {
    const wrong = of('pair-links');
    const unseen = of('pair-unseen');
    if (wrong.length > 0) checks.push(failing('nvlinks-per-pair', wrong, expected.nvlinksPerPair));
    else if (unseen.length > 0) {
      const names = unseen.map((f) => `GPU${f.gpus[0]}↔GPU${f.gpus[1]}`);
      checks.push(check.error('nvlinks-per-pair', `topo -m did not show ${names.length} pair(s) (output cut?): ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}`));
    } else checks.push(check.pass('nvlinks-per-pair', `every pair NV${expected.nvlinksPerPair}`));
  }

  const split = of('island');
  if (split.length > 0) checks.push(failing('islands', split, expected.islands ?? null));
  else if (expected.islands) checks.push(check.pass('islands', `islands ${expected.islands.map((i) => `[${i.join(',')}]`).join(' ')}`));

  const missing = of('nvlink-missing');
  if (missing.length > 0) {
    const what = `nvlink -s shows no links for ${missing.map((f) => `GPU${f.gpus[0]}`).join(', ')}`;
    checks.push(nvlinkRead ? check.error('nvlinks-active', what) : check.skip('nvlinks-active', 'nvlink -s did not answer: active links and link speed not checked'));
  }
  if (!nvlinkRead) return checks;
  const inactive = of('link-inactive');
  if (inactive.length > 0) checks.push(failing('nvlinks-active', inactive, inactive[0]!.expected));
  else if (missing.length === 0 && (expected.activeLinksPerGpu !== undefined || expected.nvlinksPerPair)) checks.push(check.pass('nvlinks-active', 'every GPU has its expected active NVLinks'));
  if (expected.linkSpeedGBs !== undefined) {
    const slow = of('link-speed');
    checks.push(slow.length > 0 ? failing('link-speed', slow, expected.linkSpeedGBs) : check.pass('link-speed', `every active link at ${expected.linkSpeedGBs} GB/s`));
  }
  return checks;
}

function failing(name: string, findings: readonly TopologyFinding[], expected: unknown): CheckResult {
  const messages = findings.map((f) => f.message);
  return check.fail(name, `${messages.slice(0, 8).join('; ')}${messages.length > 8 ? `; … (${messages.length} in all)` : ''}`, { expected, actual: messages });
}
