import { createWriteStream, type WriteStream } from 'node:fs';
import type { CommandResult, CommandRunner } from '../../core/command-runner.js';
import { InfraError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { BOOT_MARKER, SSH_STARTED_MARKER } from '../guest/guest-files.js';
import { freeLoopbackPort } from './free-port.js';
import { isHostForwardFailure, qemuBootArgv, type QemuBootSpec } from './qemu-argv.js';
import { waitForSshBanner } from './ssh-banner.js';

export interface BootOptions {
  spec: Omit<QemuBootSpec, 'sshPort'>;
  runner: CommandRunner;
  logger: Logger;
  /** Every console line of this boot is appended here. */
  consoleLog: string;
  /** From QEMU start to an SSH banner (default 60 s; TCG on a busy 2-core runner is slow). */
  readyTimeoutMs?: number;
  /** Reuse this port (a reboot keeps the node's address); a new one is picked if it is taken. */
  preferPort?: number;
  signal?: AbortSignal;
}

export interface BootFacts {
  sshPort: number;
  /** /proc/sys/kernel/random/boot_id as the guest's init printed it ("none" without PROC_SYSCTL). */
  bootId: string | null;
  release: string | null;
  /** QEMU start → SSH banner. */
  bootToSshMs: number;
  banner: string;
}

const MAX_CONSOLE_LINES = 2000;

/** One QEMU process = one boot of the canary. `stop()` ends it; a guest reboot ends it too. */
export class QemuMachine {
  readonly #abort: AbortController;
  readonly #console: string[];
  #exitResult: CommandResult | null = null;

  private constructor(
    readonly facts: BootFacts,
    readonly exited: Promise<CommandResult>,
    abort: AbortController,
    consoleLines: string[],
  ) {
    this.#abort = abort;
    this.#console = consoleLines;
    void exited.then((r) => (this.#exitResult = r));
  }

  get running(): boolean {
    return this.#exitResult === null;
  }

  /** The last console lines, for error reports. */
  consoleTail(lines = 40): string[] {
    return this.#console.slice(-lines);
  }

  async stop(): Promise<CommandResult> {
    this.#abort.abort(new Error('stop'));
    return this.exited;
  }

  static async boot(options: BootOptions): Promise<QemuMachine> {
    let port = options.preferPort ?? (await freeLoopbackPort());
    for (let attempt = 1; ; attempt++) {
      try {
        return await bootOnce(options, port);
      } catch (error) {
        if (!(error instanceof PortTaken) || attempt >= 3) throw error;
        options.logger.warn(`qemu: port ${port} was taken before QEMU could bind it; trying another`);
        port = await freeLoopbackPort();
      }
    }
  }

  /** @internal */
  static create(facts: BootFacts, exited: Promise<CommandResult>, abort: AbortController, lines: string[]): QemuMachine {
    return new QemuMachine(facts, exited, abort, lines);
  }
}

class PortTaken extends Error {}

async function bootOnce(options: BootOptions, sshPort: number): Promise<QemuMachine> {
  const started = Date.now();
  const abort = new AbortController();
  const onOuterAbort = (): void => abort.abort(options.signal?.reason);
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  const log: WriteStream = createWriteStream(options.consoleLog, { flags: 'a', mode: 0o644 });
  log.on('error', () => undefined);
  const lines: string[] = [];
  let bootId: string | null = null;
  let release: string | null = null;
  let markSeen: () => void = () => undefined;
  const sshStarted = new Promise<void>((resolve) => (markSeen = resolve));

  const argv = qemuBootArgv({ ...options.spec, sshPort });
  options.logger.debug(`qemu: ${argv.join(' ')}`);
  const exited = options.runner
    .run({
      argv,
      signal: abort.signal,
      maxOutputBytes: 4 * 1024 * 1024,
      onLine: (_stream, raw) => {
        const line = raw.replace(/\r$/, '');
        log.write(`${line}\n`);
        lines.push(line);
        if (lines.length > MAX_CONSOLE_LINES) lines.shift();
        const boot = new RegExp(`^${BOOT_MARKER} (\\S+) (\\S+)`).exec(line);
        if (boot) {
          bootId = boot[1] === 'none' ? null : (boot[1] ?? null);
          release = boot[2] ?? null;
        }
        if (line.startsWith(SSH_STARTED_MARKER)) markSeen();
      },
    })
    .finally(() => {
      options.signal?.removeEventListener('abort', onOuterAbort);
      log.end();
    });

  let alive = true;
  void exited.then(
    () => (alive = false),
    () => (alive = false),
  );
  const deadline = started + (options.readyTimeoutMs ?? 60_000);
  const failWith = async (message: string): Promise<never> => {
    abort.abort(new Error(message));
    const result = await exited.catch(() => null);
    const stderr = result?.stderr ?? '';
    if (isHostForwardFailure(stderr)) throw new PortTaken(stderr.trim());
    throw new InfraError(`qemu canary: ${message}`, {
      details: [...stderr.trim().split('\n').filter(Boolean).slice(-3), ...lines.slice(-15)],
    });
  };

  // Wait for the console marker first: an ssh attempt before dropbear listens can stall.
  const outcome = await Promise.race([
    sshStarted.then(() => 'ready' as const),
    exited.then(
      () => 'exited' as const,
      () => 'exited' as const,
    ),
    new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), Math.max(0, deadline - Date.now())).unref()),
  ]);
  if (outcome === 'exited') return failWith('QEMU exited before the guest started SSH');
  if (outcome === 'timeout') return failWith(`no "${SSH_STARTED_MARKER}" on the console within ${options.readyTimeoutMs ?? 60_000} ms`);
  let banner: string;
  try {
    banner = await waitForSshBanner('127.0.0.1', sshPort, { deadline, isAlive: () => alive, signal: abort.signal });
  } catch (error) {
    return failWith((error as Error).message);
  }
  const facts: BootFacts = { sshPort, bootId, release, bootToSshMs: Date.now() - started, banner };
  return QemuMachine.create(facts, exited, abort, lines);
}
