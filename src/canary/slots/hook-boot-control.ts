import { basename, posix } from 'node:path';
import type { RemoteExecResult, RemoteHost } from '../../remote/transport.js';
import type { BootControl } from './boot-control.js';
import { armTry, disarm, initialState, promote, type SlotContent, type SlotName, type SlotState } from './slot-state.js';

/**
 * BootControl for real hardware: the manifest's boot hooks (`canaries[].boot`) drive the node's own
 * bootloader (U-Boot bootcount/altbootcmd + extlinux, or GRUB's grub-reboot; recipes in
 * docs/canary.md). The hooks are argv run over SSH, never through a local shell.
 *
 * Calling convention (what a hook gets appended):
 * - install:  <image path on the node> <release> <slot> [<dtb path>] — copy into the slot AND arm a
 *             one-shot try (grub-reboot / fw_setenv upgrade_available 1), so a hung candidate falls
 *             back without SSH;
 * - reboot:   nothing (the connection drops; that is expected);
 * - rollback: nothing — select the known-good entry, clear any pending try;
 * - promote:  <slot> — make the tried entry the default.
 */
export interface BootHooks {
  install: readonly string[];
  reboot: readonly string[];
  rollback: readonly string[];
  promote?: readonly string[];
  /** Where kernel images are uploaded before the install hook runs. */
  stagingDir?: string;
}

export class HookBootControl implements BootControl {
  #state: SlotState;
  readonly hardReset: (() => Promise<void>) | null;

  constructor(
    knownGood: SlotContent,
    private readonly hooks: BootHooks,
    /** A power-cycle without the node's help (a BMC or PDU command run from the controller). */
    powerCycle: (() => Promise<void>) | null = null,
  ) {
    this.#state = initialState(knownGood);
    this.hardReset = powerCycle;
  }

  async state(): Promise<SlotState> {
    return this.#state;
  }

  async install(slot: SlotName, content: SlotContent, host: RemoteHost): Promise<void> {
    const dir = this.hooks.stagingDir ?? '/var/tmp/linkgate';
    await mustSucceed('mkdir', await host.exec(['mkdir', '-p', dir]));
    const image = posix.join(dir, `${basename(content.image)}-${content.release}`);
    await host.put(content.image, image, { mode: 0o644 });
    const extra: string[] = [];
    if (content.dtb) {
      const dtb = posix.join(dir, `${basename(content.dtb)}-${content.release}`);
      await host.put(content.dtb, dtb, { mode: 0o644 });
      extra.push(dtb);
    }
    await mustSucceed('boot.install', await host.exec([...this.hooks.install, image, content.release, slot, ...extra], { timeoutMs: 600_000 }));
    this.#state = { ...this.#state, slots: { ...this.#state.slots, [slot]: content } };
  }

  /** The install hook armed the one-shot try already; this only records it. */
  async armTry(slot: SlotName): Promise<void> {
    this.#state = armTry(this.#state, slot);
  }

  async disarm(host: RemoteHost | null): Promise<void> {
    if (!host) throw new Error('boot.rollback needs the node: it is not reachable (power-cycle it; its bootloader falls back by itself)');
    await mustSucceed('boot.rollback', await host.exec([...this.hooks.rollback], { timeoutMs: 300_000 }));
    this.#state = disarm(this.#state);
  }

  async promote(slot: SlotName, host: RemoteHost): Promise<void> {
    if (!this.hooks.promote) throw new Error('no boot.promote hook in the manifest');
    await mustSucceed('boot.promote', await host.exec([...this.hooks.promote, slot], { timeoutMs: 300_000 }));
    this.#state = promote(this.#state, slot);
  }

  async reboot(host: RemoteHost): Promise<void> {
    // The session usually dies with the node; only a hook that answers and fails is an error.
    const result = await host.exec([...this.hooks.reboot], { timeoutMs: 30_000 }).catch(() => null);
    if (result && result.exitCode !== 0 && result.exitCode !== null && !result.timedOut) await mustSucceed('boot.reboot', result);
  }
}

async function mustSucceed(what: string, result: RemoteExecResult): Promise<void> {
  if (result.exitCode === 0) return;
  const why = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
  throw new Error(`${what} hook ${JSON.stringify(result.argv)} failed (${result.timedOut ? 'timed out' : `exit ${result.exitCode ?? result.signal}`})${why ? `: ${why}` : ''}`);
}
