import type { Canary } from '../../manifest/schema/canary.js';
import { HookBootControl } from '../slots/hook-boot-control.js';
import type { SlotContent } from '../slots/slot-state.js';

/** What a plan is run for; named in the message when a canary cannot be driven. */
export type BootPurpose = 'deploy' | 'rollback' | 'promote';
export type BootStrategy = Canary['boot']['strategy'];

interface StrategyEntry {
  /** One line for --help, --dry-run and docs. */
  summary: string;
  /** Builds the BootControl; null: linkgate cannot drive this node's boot. */
  make: ((canary: Canary, knownGood: SlotContent) => HookBootControl) | null;
}

/**
 * The manifest's `boot.strategy`, mapped to a BootControl (a registry, not a switch). Both hook
 * strategies run the same plans through HookBootControl; they differ in what the slot argument
 * means and where the slot table lives. The QEMU canary is not a manifest strategy: its launcher is
 * its bootloader (QemuCanaryNode), used by `linkgate demo` and the tests.
 */
export const BOOT_STRATEGIES: Record<BootStrategy, StrategyEntry> = {
  'ab-slots': {
    summary: 'HookBootControl: the hooks address two fixed slots (a, b); linkgate keeps the slot table on the node (<stagingDir>/slots.json)',
    make: (canary, knownGood) => new HookBootControl(knownGood, hooksOf(canary), { slotTable: true }),
  },
  hooks: {
    summary: "HookBootControl: the hooks drive the node's own boot entries (grub-reboot, U-Boot bootcount); linkgate keeps no table",
    make: (canary, knownGood) => new HookBootControl(knownGood, hooksOf(canary)),
  },
  none: { summary: 'linkgate never touches the boot of this canary', make: null },
};

/**
 * The BootControl for one canary, or the message saying what to configure. Never throws: the
 * callers check every selected canary before touching any.
 */
export function bootControlFor(canary: Canary, knownGood: SlotContent, purpose: BootPurpose): { ok: true; control: HookBootControl } | { ok: false; message: string } {
  const entry = BOOT_STRATEGIES[canary.boot.strategy];
  if (!entry.make) {
    return {
      ok: false,
      message: `canary ${canary.name}: boot.strategy is "none", so linkgate cannot ${purpose} it; set boot.strategy to "hooks" (or "ab-slots") with boot.install, boot.reboot and boot.rollback hooks${purpose === 'promote' ? ' and boot.promote' : ''} (docs/canary.md has U-Boot and GRUB recipes)`,
    };
  }
  const missing = (['install', 'reboot', 'rollback', ...(purpose === 'promote' ? ['promote' as const] : [])] as const).filter((hook) => !canary.boot[hook]);
  if (missing.length > 0) {
    return { ok: false, message: `canary ${canary.name}: boot.strategy "${canary.boot.strategy}" needs ${missing.map((h) => `boot.${h}`).join(', ')} to ${purpose}` };
  }
  return { ok: true, control: entry.make(canary, knownGood) };
}

function hooksOf(canary: Canary): ConstructorParameters<typeof HookBootControl>[1] {
  const { install, reboot, rollback, promote, stagingDir } = canary.boot;
  // bootControlFor checked install/reboot/rollback before calling make.
  return { install: install!, reboot: reboot!, rollback: rollback!, ...(promote ? { promote } : {}), ...(stagingDir ? { stagingDir } : {}) };
}
