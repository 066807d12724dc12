import type { SlotContent, SlotName, SlotState } from './slot-state.js';
import { candidateSlot } from './slot-state.js';

/**
 * Deploy, promote and rollback as plans: values that can be printed (`--dry-run`) and tested without
 * a node. The executor (ab-executor.ts) interprets them against a BootControl and a RemoteHost.
 */
export type PlanStep =
  | { kind: 'observe' }
  | { kind: 'install'; slot: SlotName; content: SlotContent }
  | { kind: 'arm-try'; slot: SlotName }
  | { kind: 'disarm' }
  | { kind: 'reboot' }
  | { kind: 'wait-boot'; expectRelease: string; timeoutMs: number }
  | { kind: 'promote'; slot: SlotName };

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

/** After a good smoke run: the tried slot becomes the known-good one. */
export function promotePlan(slot: SlotName): Plan {
  return { action: 'promote', steps: [{ kind: 'promote', slot }] };
}

/**
 * Back to the known-good kernel, verified by a new boot id and its release. When the node already runs
 * the known-good release (the bootloader fell back by itself), the reboot is still done: a rollback is
 * only proven by a boot we watched.
 */
export function rollbackPlan(state: SlotState, bootTimeoutMs: number): Plan {
  const good = state.slots[state.knownGood];
  if (!good) throw new Error(`the known-good slot ${state.knownGood} is empty`);
  return {
    action: 'rollback',
    steps: [
      { kind: 'disarm' },
      { kind: 'observe' },
      { kind: 'reboot' },
      { kind: 'wait-boot', expectRelease: good.release, timeoutMs: bootTimeoutMs },
    ],
  };
}

export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'observe':
      return 'read boot id and uname -r';
    case 'install':
      return `install ${step.content.release} (${step.content.image}) into slot ${step.slot}`;
    case 'arm-try':
      return `boot slot ${step.slot} once at the next boot`;
    case 'disarm':
      return 'clear any pending try: next boot is the known-good slot';
    case 'reboot':
      return 'reboot';
    case 'wait-boot':
      return `wait up to ${Math.round(step.timeoutMs / 1000)} s for a new boot id running ${step.expectRelease}`;
    case 'promote':
      return `make slot ${step.slot} the known-good slot`;
  }
}
