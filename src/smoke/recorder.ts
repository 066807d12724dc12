import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { messageOf } from '../core/errors.js';
import type { RemoteHost } from '../remote/transport.js';
import { RAW_DIR } from './results-dir.js';
import { type CommandClass, type CommandOutcome, type RunOptions, StepEnd } from './step.js';

/** Kept per stream; a flood beyond this is cut with the transport's truncation marker. */
export const RAW_MAX_BYTES = 32 * 1024 * 1024;

/**
 * What `raw/<canary>/<step>/<NN>-<label>.json` holds next to `.stdout` and `.stderr`: enough to
 * rebuild a capture bundle from a results directory (linkgate capture does exactly that).
 */
export interface RawCommandRecord {
  label: string;
  argv: readonly string[];
  class: CommandClass;
  /** `done`: the command ended; `unfinished`: the step ended (timeout/cancel) before it answered. */
  state: 'done' | 'unfinished' | 'connection-lost';
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Stopped because the step timed out or the run was cancelled. */
  cancelled: boolean;
  truncated: boolean;
  durationMs: number;
  /** sha256 of what was fed to stdin (the hardware scripts), or null. */
  stdinSha256: string | null;
  error: string | null;
}

/**
 * Runs one step's commands and writes every output under raw/ as it arrives. Commands still in
 * flight when the step is abandoned get their files written by `finish()`, so every raw name in
 * results.json exists on disk.
 */
export class StepRecorder {
  readonly raw: string[] = [];
  #count = 0;
  readonly #pending = new Map<string, { label: string; argv: readonly string[]; class: CommandClass; started: number; stdinSha256: string | null }>();

  constructor(
    private readonly host: RemoteHost,
    private readonly outDir: string,
    /** `<canary>/<step>`, the folder below raw/. */
    private readonly prefix: string,
    private readonly signal: AbortSignal,
    private readonly deadline: number,
    private readonly now: () => number,
  ) {}

  async run(label: string, argv: readonly string[], options: RunOptions): Promise<CommandOutcome> {
    // After a timeout or cancel nothing new starts (and nothing unstarted is recorded).
    if (this.signal.aborted) throw new StepEnd('error', `not started: ${messageOf(this.signal.reason)}`);
    const base = `${this.prefix}/${String(++this.#count).padStart(2, '0')}-${safeLabel(label)}`;
    const names = [`${base}.stdout`, `${base}.stderr`, `${base}.json`];
    this.raw.push(...names);
    const stdinSha256 = options.stdin === undefined ? null : createHash('sha256').update(options.stdin).digest('hex');
    const started = this.now();
    this.#pending.set(base, { label, argv, class: options.class, started, stdinSha256 });
    const remaining = Math.max(1, this.deadline - started);
    const timeoutMs = Math.min(options.timeoutMs ?? remaining, remaining);
    try {
      const result = await this.host.exec(argv, {
        timeoutMs,
        signal: this.signal,
        maxOutputBytes: RAW_MAX_BYTES,
        ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
      });
      const outcome: CommandOutcome = { label, ...result, argv, raw: names };
      await this.#write(base, outcome.stdout, outcome.stderr, {
        label, argv, class: options.class, state: 'done', exitCode: result.exitCode, signal: result.signal,
        timedOut: result.timedOut, cancelled: result.cancelled === true, truncated: result.truncated, durationMs: result.durationMs, stdinSha256, error: null,
      });
      return outcome;
    } catch (error) {
      if (!this.#pending.has(base)) throw error;
      const message = messageOf(error);
      await this.#write(base, '', message, {
        label, argv, class: options.class, state: error instanceof StepEnd ? 'unfinished' : 'connection-lost', exitCode: null, signal: null,
        timedOut: false, cancelled: error instanceof StepEnd, truncated: false, durationMs: this.now() - started, stdinSha256, error: message,
      });
      if (error instanceof StepEnd) throw error;
      throw new StepEnd('error', `${label}: the node did not answer (${message})`);
    }
  }

  /** Writes placeholder files for commands that never answered (step timeout, cancel). */
  async finish(reason: string): Promise<void> {
    for (const [base, p] of [...this.#pending]) {
      await this.#write(base, '', '', {
        label: p.label, argv: p.argv, class: p.class, state: 'unfinished', exitCode: null, signal: null,
        timedOut: true, cancelled: true, truncated: false, durationMs: this.now() - p.started, stdinSha256: p.stdinSha256, error: reason,
      });
    }
  }

  async #write(base: string, stdout: string, stderr: string, record: RawCommandRecord): Promise<void> {
    if (!this.#pending.delete(base)) return;
    const path = join(this.outDir, RAW_DIR, base);
    await mkdir(dirname(path), { recursive: true });
    await Promise.all([
      writeFile(`${path}.stdout`, stdout),
      writeFile(`${path}.stderr`, stderr),
      writeFile(`${path}.json`, `${JSON.stringify(record, null, 2)}\n`),
    ]);
  }
}

function safeLabel(label: string): string {
  return label.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 60) || 'cmd';
}
