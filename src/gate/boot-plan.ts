import type { Canary } from '../manifest/schema/canary.js';

/**
 * Rollback and promote as data (DESIGN.md principle 4): printable with --dry-run, testable without
 * a node. A rollback runs the canary's boot hooks from the manifest, waits for the node to come
 * back with a new boot id, then verifies what runs: uname -r = the known-good release, the driver
 * version, the module loaded. Promote runs the promote hook (make the new boot entry permanent).
 */
export interface KnownGood {
  kernelRelease: string;
  /** null: do not check the driver version (unknown). */
  driverVersion: string | null;
  module: string;
}

export type PlanStep =
  | { kind: 'exec'; description: string; argv: string[] }
  | { kind: 'reboot'; description: string; argv: string[] }
  | { kind: 'wait-return'; description: string; timeoutMs: number }
  | { kind: 'verify'; description: string; expect: KnownGood };

export interface BootPlan {
  canary: string;
  host: string;
  action: 'rollback' | 'promote';
  /** When these already hold, the plan is done: running it twice changes nothing. */
  doneWhen: KnownGood;
  steps: PlanStep[];
}

export type PlanResult = { ok: true; plan: BootPlan } | { ok: false; message: string };

export function rollbackPlan(canary: Canary, knownGood: KnownGood, rebootTimeoutMs = 10 * 60_000): PlanResult {
  const { rollback, reboot } = canary.boot;
  if (!rollback) return { ok: false, message: `canary ${canary.name}: no boot.rollback hook in the manifest (strategy ${canary.boot.strategy})` };
  const steps: PlanStep[] = [{ kind: 'exec', description: 'select the known-good boot entry (boot.rollback)', argv: rollback }];
  if (reboot) {
    steps.push({ kind: 'reboot', description: 'reboot (boot.reboot)', argv: reboot });
    steps.push({ kind: 'wait-return', description: `wait up to ${Math.round(rebootTimeoutMs / 1000)} s for a new boot id`, timeoutMs: rebootTimeoutMs });
  }
  steps.push({ kind: 'verify', description: `verify uname -r = ${knownGood.kernelRelease}, driver ${knownGood.driverVersion ?? '(any)'}, module ${knownGood.module} loaded`, expect: knownGood });
  return { ok: true, plan: { canary: canary.name, host: canary.host, action: 'rollback', doneWhen: knownGood, steps } };
}

export function promotePlan(canary: Canary, expected: KnownGood): PlanResult {
  const { promote } = canary.boot;
  if (!promote) return { ok: false, message: `canary ${canary.name}: no boot.promote hook in the manifest` };
  return {
    ok: true,
    plan: {
      canary: canary.name,
      host: canary.host,
      action: 'promote',
      doneWhen: expected,
      steps: [
        { kind: 'verify', description: `verify the new build runs (uname -r = ${expected.kernelRelease})`, expect: expected },
        { kind: 'exec', description: 'make the new boot entry permanent (boot.promote)', argv: promote },
      ],
    },
  };
}

export function describePlan(plan: BootPlan): string[] {
  return [`${plan.action} ${plan.canary} (${plan.host}):`, ...plan.steps.map((s, i) => `  ${i + 1}. ${s.description}${'argv' in s ? `: ${JSON.stringify(s.argv)}` : ''}`)];
}
