import { basename, posix } from 'node:path';
import type { RemoteExecResult, RemoteHost } from '../../remote/transport.js';
import type { PlanStep } from './ab-plan.js';
import { type BootControl, NodeUnreachableError } from './boot-control.js';
import { armTry, disarm, initialState, parseSlotState, promote, type SlotContent, type SlotName, type SlotState } from './slot-state.js';

/**
 * BootControl for real hardware: the manifest's boot hooks (`canaries[].boot`) drive the node's own
 * bootloader (U-Boot bootcount/altbootcmd + extlinux, or GRUB's grub-reboot; recipes in
 * docs/canary.md). The hooks are argv run over SSH, never through a local shell.
 *
 * Calling convention (what a hook gets appended):
 * - install:  <image path> <release> <slot> <modules dir> [<dtb path>] — all on the node, under
 *             <stagingDir>/<release>/; the modules dir holds the signed .ko files (maybe none).
 *             Copy into the slot AND arm a one-shot try (grub-reboot / fw_setenv upgrade_available 1),
 *             so a hung candidate falls back without SSH;
 * - reboot:   nothing (the connection drops; that is expected);
 * - rollback: nothing — select the known-good entry, clear any pending try (must be idempotent);
 * - promote:  <slot> — make the tried entry the default (must be idempotent).
 */
export interface BootHooks {
  install: readonly string[];
  reboot: readonly string[];
  rollback: readonly string[];
  promote?: readonly string[];
  /** Where kernel images and modules are uploaded before the install hook runs. */
  stagingDir?: string;
}

export interface HookBootControlOptions {
  /** A power-cycle without the node's help (a BMC or PDU command run from the controller). */
  powerCycle?: (() => Promise<void>) | null;
  /**
   * Keep the slot table on the node (`<stagingDir>/slots.json`; boot strategy `ab-slots`), so that
   * deploy, promote and rollback run by different jobs agree on which slot is the known-good one.
   */
  slotTable?: boolean;
}

export const DEFAULT_STAGING_DIR = '/var/tmp/linkgate';
const RELEASE = /^[\w.+~-]{1,64}$/;

export class HookBootControl implements BootControl {
  #state: SlotState;
  readonly hardReset: (() => Promise<void>) | null;
  readonly #staging: string;
  readonly #slotTable: boolean;

  constructor(
    knownGood: SlotContent,
    private readonly hooks: BootHooks,
    options: HookBootControlOptions = {},
  ) {
    this.#state = initialState(knownGood);
    this.hardReset = options.powerCycle ?? null;
    this.#staging = hooks.stagingDir ?? DEFAULT_STAGING_DIR;
    this.#slotTable = options.slotTable ?? false;
  }

  /** The slot table's path on the node (null when this control keeps none). */
  get slotTablePath(): string | null {
    return this.#slotTable ? posix.join(this.#staging, 'slots.json') : null;
  }

  /**
   * Reads the node's slot table (ab-slots). No table yet: the known-good given to the constructor
   * stands. A table that cannot be read is refused rather than guessed at: which slot holds the
   * known-good kernel is exactly what must not be wrong.
   */
  async load(host: RemoteHost): Promise<{ ok: true; stored: boolean } | { ok: false; message: string }> {
    const path = this.slotTablePath;
    if (!path) return { ok: true, stored: false };
    const read = await host.exec(['cat', path], { timeoutMs: 30_000, maxOutputBytes: 64 * 1024 });
    if (read.exitCode !== 0) return { ok: true, stored: false };
    let value: unknown;
    try {
      value = JSON.parse(read.stdout);
    } catch {
      value = null;
    }
    const state = parseSlotState(value);
    if (!state) return { ok: false, message: `the slot table ${path} on the node is not one (a torn write or a hand edit); fix or remove it` };
    this.#state = state;
    return { ok: true, stored: true };
  }

  async state(): Promise<SlotState> {
    return this.#state;
  }

  async install(slot: SlotName, content: SlotContent, host: RemoteHost): Promise<void> {
    if (!RELEASE.test(content.release)) throw new Error(`refusing release ${JSON.stringify(content.release.slice(0, 80))}: not a kernel release`);
    const dir = posix.join(this.#staging, content.release);
    const modulesDir = posix.join(dir, 'modules');
    // A fresh modules dir: modules of an earlier upload of the same release must not linger.
    await mustSucceed('mkdir', await host.exec(['sh', '-c', 'rm -rf "$1" && mkdir -p "$1"', 'sh', modulesDir]));
    const image = posix.join(dir, basename(content.image));
    await host.put(content.image, image, { mode: 0o644 });
    const modules: string[] = [];
    for (const module of content.modules ?? []) {
      modules.push(posix.join(modulesDir, basename(module)));
      await host.put(module, modules[modules.length - 1]!, { mode: 0o644 });
    }
    const dtb = content.dtb ? posix.join(dir, basename(content.dtb)) : null;
    if (content.dtb && dtb) await host.put(content.dtb, dtb, { mode: 0o644 });
    await mustSucceed('boot.install', await host.exec([...this.hooks.install, image, content.release, slot, modulesDir, ...(dtb ? [dtb] : [])], { timeoutMs: 600_000 }));
    // The table records where things are on the node: the controller's paths mean nothing to a later job.
    const onNode: SlotContent = { release: content.release, image, ...(dtb ? { dtb } : {}), ...(modules.length ? { modules } : {}) };
    await this.#set({ ...this.#state, slots: { ...this.#state.slots, [slot]: onNode } }, host);
  }

  /** The install hook armed the one-shot try already; this only records it. */
  async armTry(slot: SlotName, host: RemoteHost): Promise<void> {
    await this.#set(armTry(this.#state, slot), host);
  }

  async disarm(host: RemoteHost | null): Promise<void> {
    if (!host) throw new NodeUnreachableError('boot.rollback needs the node: it is not reachable (power-cycle it; its bootloader falls back by itself)');
    await mustSucceed('boot.rollback', await host.exec([...this.hooks.rollback], { timeoutMs: 300_000 }));
    await this.#set(disarm(this.#state), host);
  }

  async promote(slot: SlotName, host: RemoteHost): Promise<void> {
    if (!this.hooks.promote) throw new Error('no boot.promote hook in the manifest');
    await mustSucceed('boot.promote', await host.exec([...this.hooks.promote, slot], { timeoutMs: 300_000 }));
    await this.#set(promote(this.#state, slot), host);
  }

  async reboot(host: RemoteHost): Promise<void> {
    // The session usually dies with the node; only a hook that answers and fails is an error.
    const result = await host.exec([...this.hooks.reboot], { timeoutMs: 30_000 }).catch(() => null);
    if (result && result.exitCode !== 0 && result.exitCode !== null && !result.timedOut) await mustSucceed('boot.reboot', result);
  }

  describe(step: PlanStep): string | undefined {
    const argv = (hook: readonly string[], ...appended: string[]): string => `${JSON.stringify(hook)}${appended.length ? ` + ${appended.join(' ')}` : ''}`;
    switch (step.kind) {
      case 'install':
        return `upload to ${posix.join(this.#staging, step.content.release)}/, then boot.install ${argv(this.hooks.install, '<image>', step.content.release, step.slot, '<modules dir>', ...(step.content.dtb ? ['<dtb>'] : []))}`;
      case 'arm-try':
        return 'armed by boot.install';
      case 'disarm':
        return `boot.rollback ${argv(this.hooks.rollback)}`;
      case 'reboot':
        return `boot.reboot ${argv(this.hooks.reboot)}${this.hardReset ? ', else power-cycle' : ''}`;
      case 'promote':
        return this.hooks.promote ? `boot.promote ${argv(this.hooks.promote, step.slot)}` : 'no boot.promote hook: this step fails';
      default:
        return undefined;
    }
  }

  async #set(state: SlotState, host: RemoteHost): Promise<void> {
    this.#state = state;
    const path = this.slotTablePath;
    if (!path) return;
    // Written beside and renamed: a reboot mid-write must not leave half a table.
    const write = await host.exec(['sh', '-c', 'mkdir -p "$1" && cat > "$2.tmp" && mv -f "$2.tmp" "$2"', 'sh', this.#staging, path], {
      stdin: `${JSON.stringify(state, null, 2)}\n`,
      timeoutMs: 30_000,
    });
    await mustSucceed('slot table write', write);
  }
}

async function mustSucceed(what: string, result: RemoteExecResult): Promise<void> {
  if (result.exitCode === 0) return;
  const why = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
  throw new Error(`${what}${what.startsWith('boot.') ? ' hook' : ''} ${JSON.stringify(result.argv)} failed (${result.timedOut ? 'timed out' : `exit ${result.exitCode ?? result.signal}`})${why ? `: ${why}` : ''}`);
}
