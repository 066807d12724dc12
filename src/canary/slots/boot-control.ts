import type { RemoteHost } from '../../remote/transport.js';
import type { PlanStep } from './ab-plan.js';
import type { SlotContent, SlotName, SlotState } from './slot-state.js';

/**
 * The node's bootloader, as a port. On the QEMU canary the launcher is the bootloader (it picks the
 * slot's kernel at every start); on hardware the manifest's boot hooks drive U-Boot or GRUB. Deploy
 * and rollback code only see this interface.
 */
export interface BootControl {
  /** The slot bookkeeping as the node's bootloader sees it now. */
  state(): Promise<SlotState>;
  /** Put a kernel into the (non-known-good) slot. */
  install(slot: SlotName, content: SlotContent, host: RemoteHost): Promise<void>;
  /** Boot `slot` once at the next boot, then fall back to the known-good slot. */
  armTry(slot: SlotName, host: RemoteHost): Promise<void>;
  /** No pending try: the next boot is the known-good slot. */
  disarm(host: RemoteHost | null): Promise<void>;
  /** Make `slot` the known-good slot. */
  promote(slot: SlotName, host: RemoteHost): Promise<void>;
  /** Ask the running system to reboot (the connection drops). */
  reboot(host: RemoteHost): Promise<void>;
  /** Power-cycle without the system's help (watchdog, BMC, or killing QEMU); null when unavailable. */
  hardReset: (() => Promise<void>) | null;
  /** What this bootloader does for a step (e.g. the hook's argv), for `--dry-run`; undefined: nothing to add. */
  describe?(step: PlanStep): string | undefined;
}

/** The node could not be reached for a step that needs it: infrastructure, not the build under test. */
export class NodeUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NodeUnreachableError';
  }
}

/** What a boot looks like from the outside. */
export interface BootObservation {
  bootId: string | null;
  release: string | null;
}

export const BOOT_ID_PATH = '/proc/sys/kernel/random/boot_id';

/** Reads boot id and `uname -r` over the RemoteHost port (two argv commands, no shell). */
export async function observeBoot(host: RemoteHost, timeoutMs = 10_000): Promise<BootObservation> {
  const id = await host.exec(['cat', BOOT_ID_PATH], { timeoutMs });
  const rel = await host.exec(['uname', '-r'], { timeoutMs });
  const bootId = id.exitCode === 0 ? id.stdout.trim() : '';
  const release = rel.exitCode === 0 ? rel.stdout.trim() : '';
  return {
    bootId: /^[0-9a-f-]{36}$/.test(bootId) ? bootId : null,
    release: /^[\w.+~-]{1,64}$/.test(release) ? release : null,
  };
}
