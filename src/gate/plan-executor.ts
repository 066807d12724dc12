import type { Clock } from '../core/clock.js';
import { messageOf } from '../core/errors.js';
import type { RemoteHost } from '../remote/transport.js';
import type { BootPlan, KnownGood } from './boot-plan.js';

export interface Verification {
  kernelRelease: { expected: string; actual: string | null; ok: boolean };
  driverVersion: { expected: string | null; actual: string | null; ok: boolean };
  module: { expected: string; loaded: boolean; ok: boolean };
  ok: boolean;
}

export interface PlanOutcome {
  canary: string;
  action: BootPlan['action'];
  /** done: ran and verified; already-done: nothing to do; verify-failed: ran, but the node is not in the known-good state; unreachable: lost it. */
  status: 'done' | 'already-done' | 'verify-failed' | 'step-failed' | 'unreachable';
  steps: { description: string; ok: boolean; detail: string }[];
  verification: Verification | null;
}

export interface ExecutorOptions {
  connect: () => Promise<RemoteHost>;
  clock: Clock;
  pollMs?: number;
}

/** Runs a plan over the RemoteHost port. Every outcome is reported, a failed verification above all. */
export async function executePlan(plan: BootPlan, options: ExecutorOptions): Promise<PlanOutcome> {
  const outcome: PlanOutcome = { canary: plan.canary, action: plan.action, status: 'done', steps: [], verification: null };
  let host: RemoteHost | null = null;
  try {
    host = await options.connect();
    const before = await verify(host, plan.doneWhen);
    if (plan.action === 'rollback' && before.ok) {
      return { ...outcome, status: 'already-done', verification: before };
    }
    const bootId = await readText(host, ['cat', '/proc/sys/kernel/random/boot_id']);
    for (const step of plan.steps) {
      if (step.kind === 'exec' || step.kind === 'reboot') {
        host ??= await options.connect();
        const r = await host.exec(step.argv, { timeoutMs: 120_000 });
        // A reboot command may lose its own connection before reporting: that is not a failure.
        const ok = step.kind === 'reboot' ? true : r.exitCode === 0 && !r.timedOut;
        outcome.steps.push({ description: step.description, ok, detail: ok ? 'ok' : `exit ${r.exitCode ?? r.signal}: ${r.stderr.trim().slice(0, 300)}` });
        if (!ok) return { ...outcome, status: 'step-failed' };
        if (step.kind === 'reboot') {
          await host?.close().catch(() => undefined);
          host = null;
        }
      } else if (step.kind === 'wait-return') {
        const back = await waitReturn(options, bootId, step.timeoutMs);
        outcome.steps.push({ description: step.description, ok: back.host !== null, detail: back.detail });
        if (!back.host) return { ...outcome, status: 'unreachable' };
        host = back.host;
      } else {
        host ??= await options.connect();
        const v = await verify(host, step.expect);
        outcome.verification = v;
        outcome.steps.push({ description: step.description, ok: v.ok, detail: describeVerification(v) });
        if (!v.ok) return { ...outcome, status: 'verify-failed' };
      }
    }
    return outcome;
  } catch (error) {
    outcome.steps.push({ description: 'connect', ok: false, detail: messageOf(error) });
    return { ...outcome, status: 'unreachable' };
  } finally {
    await host?.close().catch(() => undefined);
  }
}

async function waitReturn(options: ExecutorOptions, oldBootId: string | null, timeoutMs: number): Promise<{ host: RemoteHost | null; detail: string }> {
  const deadline = options.clock.now() + timeoutMs;
  let last = 'not tried';
  while (options.clock.now() < deadline) {
    await options.clock.sleep(options.pollMs ?? 5000);
    try {
      const host = await options.connect();
      const id = await readText(host, ['cat', '/proc/sys/kernel/random/boot_id']);
      if (id !== null && id !== oldBootId) return { host, detail: `back with boot id ${id}` };
      last = 'same boot id: not rebooted yet';
      await host.close();
    } catch (error) {
      last = messageOf(error);
    }
  }
  return { host: null, detail: `did not come back within ${Math.round(timeoutMs / 1000)} s (${last})` };
}

async function verify(host: RemoteHost, expect: KnownGood): Promise<Verification> {
  const release = await readText(host, ['uname', '-r']);
  const driver = await readText(host, ['cat', `/sys/module/${expect.module}/version`]);
  const modules = (await readText(host, ['cat', '/proc/modules'])) ?? '';
  const loaded = modules.split('\n').some((line) => line.split(' ')[0] === expect.module);
  const v: Verification = {
    kernelRelease: { expected: expect.kernelRelease, actual: release, ok: release === expect.kernelRelease },
    driverVersion: { expected: expect.driverVersion, actual: driver, ok: expect.driverVersion === null || driver === expect.driverVersion },
    module: { expected: expect.module, loaded, ok: loaded },
    ok: false,
  };
  v.ok = v.kernelRelease.ok && v.driverVersion.ok && v.module.ok;
  return v;
}

async function readText(host: RemoteHost, argv: string[]): Promise<string | null> {
  const r = await host.exec(argv, { timeoutMs: 30_000, maxOutputBytes: 1024 * 1024 });
  return r.exitCode === 0 ? r.stdout.trim() : null;
}

export function describeVerification(v: Verification): string {
  const part = (ok: boolean, text: string): string => `${ok ? 'ok' : 'WRONG'} ${text}`;
  return [
    part(v.kernelRelease.ok, `uname -r ${v.kernelRelease.actual ?? 'unreadable'} (expected ${v.kernelRelease.expected})`),
    part(v.driverVersion.ok, `driver ${v.driverVersion.actual ?? 'not loaded'}${v.driverVersion.expected ? ` (expected ${v.driverVersion.expected})` : ''}`),
    part(v.module.ok, `module ${v.module.expected} ${v.module.loaded ? 'loaded' : 'not loaded'}`),
  ].join('; ');
}
