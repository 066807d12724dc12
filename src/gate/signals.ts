import type { CanaryResult, RunResults } from '../core/results.js';
import type { GatePolicy } from '../manifest/schema/gate.js';
import { kernelLogCheckName, XID_CHECK } from '../smoke/step-data.js';
import { diffLinks } from '../topology/diff.js';
import { canaryTopology } from '../topology/from-results.js';
import { DmesgShape, IommuEventShape, readData, XidEventShape } from './step-data.js';
import type { Reason } from './verdict.js';
import { xidName } from './xid-catalogue.js';

/** Step 1: trouble the bump did not cause. Any of it makes the verdict INCONCLUSIVE, never ROLLBACK. */
export function infrastructureTrouble(results: RunResults): Reason[] {
  const reasons: Reason[] = [];
  if (!results.run.complete) reasons.push({ canary: null, check: 'run', message: 'the run did not complete (cancelled or timed out before every step ended, or a shard leg is missing)' });
  for (const canary of results.canaries) {
    if (canary.state !== 'ok') {
      reasons.push({ canary: canary.name, check: 'host', message: `${canary.name} (${canary.host}): ${canary.state}` });
      continue;
    }
    for (const step of canary.steps) {
      if (step.status === 'error') {
        reasons.push({ canary: canary.name, check: step.name, message: `${step.name}: ${step.reason ?? 'could not run or could not be read'}` });
      }
    }
    if (canary.control) {
      const failed = canary.steps.filter((s) => s.status === 'fail');
      if (failed.length > 0) {
        reasons.push({
          canary: canary.name,
          check: 'control',
          message: `control canary (known-good build) fails too: ${failed.map((s) => `${s.name}: ${s.reason ?? 'fail'}`).join('; ')}`,
        });
      }
    }
  }
  return reasons;
}

/**
 * module-load's kernel-log checks the gate re-judges from the same step's `data.dmesg` with its own
 * policy (fatal set, non-fatal Xids warn) instead of the step's verdict; every NVLink error event
 * comes with its Xid event. Without readable events the step's verdict stands.
 */
const REJUDGED_CHECKS = new Set([XID_CHECK, kernelLogCheckName('nvlink-error'), kernelLogCheckName('iommu-fault')]);

/** Step 2: hard checks on the bumped canaries. Returns failures (ROLLBACK) and warnings (reported only). */
export function hardChecks(results: RunResults, policy: GatePolicy): { failures: Reason[]; warnings: Reason[] } {
  const failures: Reason[] = [];
  const warnings: Reason[] = [];
  for (const canary of results.canaries) {
    if (canary.control || canary.state !== 'ok') continue;
    factChecks(canary, policy, failures);
    for (const step of canary.steps) {
      const rejudged = readData([step], 'dmesg', DmesgShape).length > 0;
      for (const check of step.checks) {
        if (check.status === 'fail' && !(rejudged && REJUDGED_CHECKS.has(check.name))) {
          failures.push({ canary: canary.name, check: `${step.name}/${check.name}`, message: `${canary.name}: ${check.message}` });
        }
      }
    }
    kernelLogChecks(canary, policy, failures, warnings);
    if (policy.expectedActiveNvlinks !== undefined) nvlinkChecks(canary, policy.expectedActiveNvlinks, failures, warnings);
  }
  return { failures, warnings };
}

function factChecks(canary: CanaryResult, policy: GatePolicy, failures: Reason[]): void {
  const { kernelRelease, driverVersion } = canary.facts;
  if (policy.expectedKernelRelease && kernelRelease !== policy.expectedKernelRelease) {
    failures.push({ canary: canary.name, check: 'kernel-release', message: `${canary.name}: uname -r is ${kernelRelease ?? 'unknown'}, expected ${policy.expectedKernelRelease}` });
  }
  if (policy.expectedDriverVersion && driverVersion !== policy.expectedDriverVersion) {
    failures.push({ canary: canary.name, check: 'driver-version', message: `${canary.name}: driver ${driverVersion ?? 'not loaded'}, expected ${policy.expectedDriverVersion}` });
  }
}

function kernelLogChecks(canary: CanaryResult, policy: GatePolicy, failures: Reason[], warnings: Reason[]): void {
  const seen = new Set<string>();
  for (const dmesg of readData(canary.steps, 'dmesg', DmesgShape)) {
    for (const event of dmesg.events) {
      const xid = XidEventShape.safeParse(event);
      if (xid.success) {
        const { xid: n, pci } = xid.data;
        const key = `xid:${n}:${pci ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const fatal = policy.fatalXids.includes(n);
        const where = pci ? ` on ${pci}` : '';
        const reason = { canary: canary.name, check: 'xid', message: `${canary.name}: Xid ${n} (${xidName(n)})${where}${fatal ? ', fatal' : ', non-fatal'}` };
        if (fatal || policy.nonFatalXids === 'rollback') failures.push(reason);
        else warnings.push(reason);
        continue;
      }
      const iommu = IommuEventShape.safeParse(event);
      if (iommu.success) {
        const key = `iommu:${iommu.data.device}`;
        if (seen.has(key)) continue;
        seen.add(key);
        failures.push({ canary: canary.name, check: 'iommu', message: `${canary.name}: IOMMU fault (${iommu.data.vendor}) from device ${iommu.data.device}` });
      }
    }
  }
}

function nvlinkChecks(canary: CanaryResult, expected: number, failures: Reason[], warnings: Reason[]): void {
  // The topology step already names the pair when it compared with the manifest; add ours only when it did not.
  const topologyFailed = canary.steps.some((s) => s.checks.some((c) => c.status === 'fail' && /nvlink/i.test(`${c.name} ${c.message}`)));
  if (topologyFailed) return;
  const found = canaryTopology(canary);
  if (!found) return;
  // The same per-link diff the topology step runs (src/topology/diff.ts), with the policy's count.
  for (const finding of diffLinks({ gpus: found.gpus.length, activeLinksPerGpu: expected }, found)) {
    const reason = { canary: canary.name, check: 'nvlinks', message: `${canary.name}: ${finding.message}` };
    if (finding.kind === 'nvlink-missing') warnings.push({ ...reason, message: `${reason.message} (expectedActiveNvlinks not checked)` });
    else failures.push(reason);
  }
}
