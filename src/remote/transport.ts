import type { HostState } from '../core/results.js';

/**
 * The remote-host port. The SSH implementation lives in src/remote/; the smoke suite, deploy and
 * rollback code only see this interface, so the same code runs on real canaries, on the QEMU
 * riscv64 canary and on virtual (replay) canaries.
 */
export interface RemoteExecOptions {
  /** Kill the remote process after this long; the result says `timedOut`. */
  timeoutMs?: number;
  env?: Readonly<Record<string, string>>;
  /** Keep at most this many bytes per stream; the kept text ends with a truncation marker. */
  maxOutputBytes?: number;
  stdin?: string | Buffer;
  /** Cancel: the remote process is killed as on timeout, and the result says `cancelled`. */
  signal?: AbortSignal;
  /** Streamed output, line by line, for live per-host logs. */
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
}

export interface RemoteExecResult {
  /** The command as argv; it is quoted for the remote shell by the transport, never by callers. */
  argv: readonly string[];
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** True when `signal` aborted the command (it was killed). Optional for older implementations. */
  cancelled?: boolean;
  truncated: boolean;
  durationMs: number;
}

export interface RemoteHost {
  /** The canary name, for logs. */
  readonly name: string;
  exec(argv: readonly string[], options?: RemoteExecOptions): Promise<RemoteExecResult>;
  /** Upload; skipped when the remote file already has the same sha256. */
  put(localPath: string, remotePath: string, options?: { mode?: number }): Promise<{ skipped: boolean; sha256: string }>;
  get(remotePath: string, localPath: string): Promise<void>;
  close(): Promise<void>;
}

/** A connection-level failure: the host could not be reached or would not let us in. */
export class RemoteError extends Error {
  constructor(
    readonly state: Exclude<HostState, 'ok' | 'failed'>,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RemoteError';
  }
}
