import type { SlotContent, SlotName, SlotState } from './slot-state.js';
import { candidateSlot } from './slot-state.js';
import { describeExpectation, type Expectation } from './verify-boot.js';

/**
 * Deploy, promote and rollback as plans: values that can be printed (`--dry-run`) and tested without
 * a node. The executor (ab-executor.ts) interprets them against a BootControl and a RemoteHost; the
 * same plans drive the QEMU canary (its launcher is the bootloader) and hardware (the manifest's boot
 * hooks, HookBootControl).
 */
export type PlanStep =
  | { kind: 'observe' }
  | { kind: 'install'; slot: SlotName; content: SlotContent }
  | { kind: 'arm-try'; slot: SlotName }
  | { kind: 'disarm' }
  | { kind: 'reboot' }
  /** expectRelease null: any new boot will do (a verify step judges it, with every fact). */
  | { kind: 'wait-boot'; expectRelease: string | null; timeoutMs: number }
  | { kind: 'promote'; slot: SlotName }
  /** The node must match: a mismatch fails the plan and is reported field by field. */
  | { kind: 'verify'; expect: Expectation }
  /** When the node already matches, the plan's goal holds: stop here (what makes a rollback idempotent). */
  | { kind: 'done-if'; expect: Expectation };

export interface Plan {
  action: 'deploy' | 'promote' | 'rollback';
  steps: PlanStep[];
}

export function deployPlan(state: SlotState, candidate: SlotContent, bootTimeoutMs: number): Plan {
  const slot = candidateSlot(state);
  return {
    action: 'deploy',
    steps: [
      { kind: 'observe' },
      { kind: 'install', slot, content: candidate },
      { kind: 'arm-try', slot },
      { kind: 'reboot' },
      { kind: 'wait-boot', expectRelease: candidate.release, timeoutMs: bootTimeoutMs },
    ],
  };
}

/**
 * After a good smoke run: the tried slot becomes the known-good one. With an expectation, the node
 * must first prove it runs the new build — a node that fell back is never promoted.
 */
export function promotePlan(slot: SlotName, expect: Expectation | null = null): Plan {
  const steps: PlanStep[] = expect ? [{ kind: 'observe' }, { kind: 'verify', expect }] : [];
  return { action: 'promote', steps: [...steps, { kind: 'promote', slot }] };
}

/**
 * Back to the known-good build, proven: clear any pending try, and unless the node already runs the
 * known-good build (verified: release, driver, module), reboot, wait for a new boot id and verify.
 * Idempotent: a second run only repeats the (idempotent) disarm and stops at `done-if` — no second
 * reboot. The wait accepts any new boot so that a node that came back on the wrong kernel is
 * reported by `verify` with every fact, not just "wrong release".
 */
export function rollbackPlan(expect: Expectation, bootTimeoutMs: number): Plan {
  return {
    action: 'rollback',
    steps: [
      { kind: 'disarm' },
      { kind: 'observe' },
      { kind: 'done-if', expect },
      { kind: 'reboot' },
      { kind: 'wait-boot', expectRelease: null, timeoutMs: bootTimeoutMs },
      { kind: 'verify', expect },
    ],
  };
}

/** The known-good slot's content; throws on a state without one (parseSlotState never yields that). */
export function knownGoodOf(state: SlotState): SlotContent {
  const good = state.slots[state.knownGood];
  if (!good) throw new Error(`the known-good slot ${state.knownGood} is empty`);
  return good;
}

/** The known-good slot's release as an expectation; no driver check (the QEMU canary has no GPU driver). */
export function knownGoodExpectation(state: SlotState): Expectation {
  return { release: knownGoodOf(state).release, driverVersion: null, module: null };
}

/** The slot to promote: the non-known-good slot holding `release`, else the candidate slot. */
export function slotHolding(state: SlotState, release: string | null): SlotName {
  const other = candidateSlot(state);
  if (release !== null && state.slots[state.knownGood]?.release === release && state.slots[other]?.release !== release) return state.knownGood;
  return other;
}

export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'observe':
      return 'read boot id and uname -r';
    case 'install':
      return `install ${step.content.release} (${step.content.image}${step.content.modules?.length ? ` + ${step.content.modules.length} module(s)` : ''}) into slot ${step.slot}`;
    case 'arm-try':
      return `boot slot ${step.slot} once at the next boot`;
    case 'disarm':
      return 'clear any pending try: next boot is the known-good slot';
    case 'reboot':
      return 'reboot';
    case 'wait-boot':
      return `wait up to ${Math.round(step.timeoutMs / 1000)} s for a new boot id${step.expectRelease === null ? '' : ` running ${step.expectRelease}`}`;
    case 'promote':
      return `make slot ${step.slot} the known-good slot`;
    case 'verify':
      return `verify ${describeExpectation(step.expect)}`;
    case 'done-if':
      return `stop here if the node already runs ${describeExpectation(step.expect)} (nothing to do)`;
  }
}
