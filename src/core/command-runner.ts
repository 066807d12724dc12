import { spawn } from 'node:child_process';

/** One local command, always as argv: nothing ever goes through a shell. */
export interface CommandSpec {
  argv: readonly string[];
  cwd?: string;
  /** Added to (not replacing) the parent's environment. */
  env?: Readonly<Record<string, string>>;
  /** Kill the whole process group after this many ms and report `timedOut`. */
  timeoutMs?: number;
  /** Keep at most this many bytes of each stream (default 16 MiB); the rest is counted, not kept. */
  maxOutputBytes?: number;
  /** Cancel (e.g. on SIGTERM): the whole process group stops. */
  signal?: AbortSignal;
  /** Streamed output, line-buffered, for live logs. */
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  stdin?: string | Buffer;
}

export interface CommandResult {
  argv: readonly string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
  /** True when a stream exceeded `maxOutputBytes`; the kept text ends with a marker. */
  truncated: boolean;
  durationMs: number;
}

/** The CommandRunner port: make, openssl, dtc, qemu, git all run through one of these. */
export interface CommandRunner {
  run(spec: CommandSpec): Promise<CommandResult>;
}

export const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;
/** After SIGTERM a process group gets this long before SIGKILL. */
export const KILL_GRACE_MS = 3000;

export function truncationMarker(droppedBytes: number): string {
  return `\n[linkgate: output truncated, ${droppedBytes} more bytes not kept]\n`;
}

/** Keeps the first `limit` bytes of a stream, counts the rest. */
export class CappedBuffer {
  readonly #chunks: Buffer[] = [];
  #kept = 0;
  #dropped = 0;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    const room = this.limit - this.#kept;
    if (room > 0) {
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.#chunks.push(part);
      this.#kept += part.length;
    }
    this.#dropped += Math.max(0, chunk.length - Math.max(0, room));
  }
  get truncated(): boolean {
    return this.#dropped > 0;
  }
  text(): string {
    const body = Buffer.concat(this.#chunks).toString('utf8');
    return this.#dropped > 0 ? body + truncationMarker(this.#dropped) : body;
  }
}

/** Splits a byte stream into lines for live logging; a trailing partial line is flushed at the end. */
export class LineSplitter {
  #rest = '';
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: Buffer): void {
    const text = this.#rest + chunk.toString('utf8');
    const lines = text.split('\n');
    this.#rest = lines.pop() ?? '';
    // A flood without newlines must not grow memory without bound.
    if (this.#rest.length > 64 * 1024) {
      this.emit(this.#rest);
      this.#rest = '';
    }
    for (const line of lines) this.emit(line);
  }
  flush(): void {
    if (this.#rest) this.emit(this.#rest);
    this.#rest = '';
  }
}

/**
 * Spawns each command in its own process group (`detached`), so that a timeout or a
 * cancel kills the command *and* everything it started — `make -j` leaves compiler
 * children behind when only the direct child is signalled.
 */
export class ProcessRunner implements CommandRunner {
  run(spec: CommandSpec): Promise<CommandResult> {
    const [file, ...args] = spec.argv;
    if (!file) return Promise.reject(new TypeError('CommandSpec.argv is empty'));
    const started = Date.now();
    const limit = spec.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const out = new CappedBuffer(limit);
    const err = new CappedBuffer(limit);
    const outLines = spec.onLine ? new LineSplitter((l) => spec.onLine?.('stdout', l)) : undefined;
    const errLines = spec.onLine ? new LineSplitter((l) => spec.onLine?.('stderr', l)) : undefined;

    return new Promise((resolve, reject) => {
      let timedOut = false;
      let cancelled = false;
      let killTimer: NodeJS.Timeout | undefined;
      const child = spawn(file, args, {
        cwd: spec.cwd,
        env: spec.env ? { ...process.env, ...spec.env } : process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
      });
      const killGroup = (signal: NodeJS.Signals): void => {
        if (child.pid === undefined) return;
        try {
          process.kill(-child.pid, signal);
        } catch {
          // The group is already gone.
        }
      };
      const stop = (): void => {
        killGroup('SIGTERM');
        killTimer ??= setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
      };
      const timer =
        spec.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              stop();
            }, spec.timeoutMs);
      const onAbort = (): void => {
        cancelled = true;
        stop();
      };
      if (spec.signal?.aborted) onAbort();
      spec.signal?.addEventListener('abort', onAbort, { once: true });

      child.stdout.on('data', (chunk: Buffer) => {
        out.push(chunk);
        outLines?.push(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err.push(chunk);
        errLines?.push(chunk);
      });
      child.stdin.on('error', () => {
        // The command may exit without reading its stdin (EPIPE); its exit status tells the story.
      });
      if (spec.stdin !== undefined) child.stdin.end(spec.stdin);
      else child.stdin.end();

      child.on('error', (error) => {
        if (timer) clearTimeout(timer);
        spec.signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      child.on('close', (exitCode, signal) => {
        if (timer) clearTimeout(timer);
        // The leader exited; children in its group may still run. Finish them too on timeout/cancel.
        if (timedOut || cancelled) killGroup('SIGKILL');
        if (killTimer) clearTimeout(killTimer);
        spec.signal?.removeEventListener('abort', onAbort);
        outLines?.flush();
        errLines?.flush();
        resolve({
          argv: spec.argv,
          exitCode,
          signal,
          stdout: out.text(),
          stderr: err.text(),
          timedOut,
          cancelled,
          truncated: out.truncated || err.truncated,
          durationMs: Date.now() - started,
        });
      });
    });
  }
}

/** `argv` as a copy-pasteable line for logs (POSIX single quotes where needed). */
export function formatArgv(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
