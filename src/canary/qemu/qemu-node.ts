import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner } from '../../core/command-runner.js';
import { InfraError, messageOf } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { RemoteHost } from '../../remote/transport.js';
import type { BootControl } from '../slots/boot-control.js';
import {
  armTry,
  chooseBoot,
  disarm,
  initialState,
  parseSlotState,
  promote,
  type SlotContent,
  type SlotName,
  type SlotState,
} from '../slots/slot-state.js';
import { type BootFacts, QemuMachine } from './qemu-machine.js';

export interface QemuNodeOptions {
  name: string;
  /** The initramfs (dropbear + busybox) every slot boots with. */
  initrd: string;
  /** The kernel that boots when nothing else is known: slot a, known-good. */
  knownGood: SlotContent;
  runner: CommandRunner;
  logger: Logger;
  /** Console logs and the slot state file go here. */
  workDir: string;
  /** QEMU start → SSH banner; a boot that misses it is killed like a watchdog would (default 60 s). */
  readyTimeoutMs?: number;
  memoryMiB?: number;
  append?: readonly string[];
}

export interface BootRecord {
  n: number;
  slot: SlotName;
  release: string;
  outcome: 'up' | 'failed';
  facts: BootFacts | null;
  message: string | null;
  consoleLog: string;
}

/**
 * The riscv64 QEMU canary as a node with A/B boot slots. The launcher is its bootloader: at every
 * start it asks the slot state which kernel to boot (a pending one-shot try, else the known-good),
 * and when the guest reboots (QEMU runs with -no-reboot, so it exits) it starts the next boot. A
 * boot that does not reach SSH in time is killed and the next boot is the known-good slot, like a
 * hardware watchdog resetting into U-Boot's altbootcmd.
 */
export class QemuCanaryNode implements BootControl {
  readonly name: string;
  readonly boots: BootRecord[] = [];
  #state: SlotState;
  #machine: QemuMachine | null = null;
  #port: number | undefined;
  #stopped = false;
  #loop: Promise<void> | null = null;
  #waiters: (() => void)[] = [];
  #consecutiveGoodFailures = 0;
  readonly #abort = new AbortController();

  constructor(private readonly options: QemuNodeOptions) {
    this.name = options.name;
    this.#state = initialState(options.knownGood);
  }

  /** 127.0.0.1 and the forwarded port of the current (or last) boot. */
  get sshPort(): number | undefined {
    return this.#port;
  }

  get current(): BootRecord | undefined {
    return this.boots[this.boots.length - 1];
  }

  /** Boots and returns once the first boot answers on SSH. */
  async start(): Promise<BootRecord> {
    if (this.#loop) throw new Error('already started');
    await this.#persist();
    this.#loop = this.#run();
    await this.#nextBoot(0);
    const first = this.current;
    if (!first || first.outcome !== 'up') {
      throw new InfraError(`qemu canary ${this.name}: the known-good kernel did not boot: ${first?.message ?? 'no boot'}`);
    }
    return first;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#abort.abort(new Error('node stopped'));
    await this.#machine?.stop();
    await this.#loop;
    this.#wake();
  }

  /** Resolves when a boot after boot number `after` has finished starting (up or failed). */
  async waitForBoot(after: number, timeoutMs = 120_000): Promise<BootRecord | undefined> {
    const deadline = Date.now() + timeoutMs;
    while ((this.current?.n ?? 0) <= after && !this.#stopped && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 250).unref();
      });
    }
    return this.current;
  }

  async #nextBoot(after: number): Promise<void> {
    await this.waitForBoot(after, (this.options.readyTimeoutMs ?? 60_000) + 30_000);
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const choice = chooseBoot(this.#state);
      this.#state = choice.state;
      await this.#persist();
      const n = this.boots.length + 1;
      const consoleLog = join(this.options.workDir, `console-${String(n).padStart(2, '0')}-slot-${choice.slot}.log`);
      this.options.logger.info(`${this.name}: boot ${n}: slot ${choice.slot} (${choice.content.release})`);
      try {
        const machine = await QemuMachine.boot({
          spec: {
            kernel: choice.content.image,
            initrd: this.options.initrd,
            ...(choice.content.dtb ? { dtb: choice.content.dtb } : {}),
            memoryMiB: this.options.memoryMiB,
            // The guest has no RTC driver; like a board's RTC, the "bootloader" hands it the time.
            append: [...(this.options.append ?? []), `linkgate.epoch=${Math.floor(Date.now() / 1000)}`],
          },
          runner: this.options.runner,
          logger: this.options.logger,
          consoleLog,
          readyTimeoutMs: this.options.readyTimeoutMs,
          preferPort: this.#port,
          signal: this.#abort.signal,
        });
        this.#machine = machine;
        this.#port = machine.facts.sshPort;
        this.#consecutiveGoodFailures = 0;
        this.#record({ n, slot: choice.slot, release: choice.content.release, outcome: 'up', facts: machine.facts, message: null, consoleLog });
        this.options.logger.info(`${this.name}: boot ${n} up: SSH on 127.0.0.1:${machine.facts.sshPort} after ${machine.facts.bootToSshMs} ms`);
        await machine.exited.catch(() => undefined);
        this.#machine = null;
      } catch (error) {
        this.#record({ n, slot: choice.slot, release: choice.content.release, outcome: 'failed', facts: null, message: messageOf(error), consoleLog });
        this.options.logger.warn(`${this.name}: boot ${n} (slot ${choice.slot}) failed: ${messageOf(error)}`);
        if (choice.slot === this.#state.knownGood && ++this.#consecutiveGoodFailures >= 2) {
          this.options.logger.error(`${this.name}: the known-good slot failed twice in a row; the node stays down`);
          this.#stopped = true;
        }
      }
    }
  }

  #record(boot: BootRecord): void {
    this.boots.push(boot);
    this.#wake();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  async #persist(): Promise<void> {
    await writeFile(join(this.options.workDir, 'slots.json'), JSON.stringify(this.#state, null, 2) + '\n');
  }

  /** Reads the state file back (what a bootloader would find after a power loss). */
  async storedState(): Promise<SlotState | null> {
    try {
      return parseSlotState(JSON.parse(await readFile(join(this.options.workDir, 'slots.json'), 'utf8')));
    } catch {
      return null;
    }
  }

  // BootControl: for QEMU the "boot partition" is on the host; the kernel image never crosses SSH.
  async state(): Promise<SlotState> {
    return this.#state;
  }
  async install(slot: SlotName, content: SlotContent): Promise<void> {
    if (slot === this.#state.knownGood) throw new Error(`refusing to overwrite the known-good slot ${slot}`);
    // The guest's root is the initramfs: modules put there before a reboot would vanish with it.
    if (content.modules?.length) throw new Error('the QEMU canary boots an initramfs and keeps no modules across a reboot: copy them after the boot (the smoke step does)');
    this.#state = { ...this.#state, slots: { ...this.#state.slots, [slot]: content } };
    await this.#persist();
  }
  async armTry(slot: SlotName): Promise<void> {
    this.#state = armTry(this.#state, slot);
    await this.#persist();
  }
  async disarm(): Promise<void> {
    this.#state = disarm(this.#state);
    await this.#persist();
  }
  async promote(slot: SlotName): Promise<void> {
    this.#state = promote(this.#state, slot);
    await this.#persist();
  }
  async reboot(host: RemoteHost): Promise<void> {
    const before = this.current?.n ?? 0;
    // busybox `reboot -f` calls reboot(2) at once; with -no-reboot QEMU then exits. The session dies
    // with it, so an error from exec here is expected.
    await host.exec(['reboot', '-f'], { timeoutMs: 5_000 }).catch(() => undefined);
    const exited = this.#machine?.exited;
    if (exited) {
      const timer = new Promise((r) => setTimeout(r, 10_000).unref());
      await Promise.race([exited.catch(() => undefined), timer]);
      if (this.#machine && this.current?.n === before) throw new Error('the guest did not go down after reboot -f');
    }
  }
  readonly hardReset = async (): Promise<void> => {
    this.options.logger.warn(`${this.name}: power-cycling (killing QEMU)`);
    await this.#machine?.stop();
  };
}
