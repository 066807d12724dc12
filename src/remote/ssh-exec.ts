import type { Client, ClientChannel } from 'ssh2';
import { CappedBuffer, DEFAULT_MAX_OUTPUT, LineSplitter } from '../core/command-runner.js';
import { buildRemoteCommand } from './remote-command.js';
import { RemoteError, type RemoteExecOptions, type RemoteExecResult } from './transport.js';

/** After the watchdog EOF and SIGKILL, how long the channel gets to close before we stop waiting. */
export const KILL_WAIT_MS = 3000;

export interface ExecContext {
  name: string;
  /** The connection-level error, once the connection is gone. */
  lost: () => Error | undefined;
  /** Subscribes to the connection closing; returns an unsubscribe function. */
  onLost: (listener: () => void) => () => void;
}

/**
 * Runs one command on an open ssh2 connection. Timeout and cancel send EOF on the channel's stdin;
 * the wrapper's watchdog then kills the command's process group (see remote-command.ts). This works
 * the same on OpenSSH and dropbear; if the channel still does not close, we close it and stop waiting.
 */
export async function execOverSsh(client: Client, argv: readonly string[], options: RemoteExecOptions, ctx: ExecContext): Promise<RemoteExecResult> {
  const stdin = options.stdin === undefined ? undefined : Buffer.from(options.stdin);
  const { command, preamble } = buildRemoteCommand({ argv, env: options.env, timeoutMs: options.timeoutMs, stdinBytes: stdin?.length ?? 0 });
  const lostBefore = ctx.lost();
  if (lostBefore) throw new RemoteError('unreachable', `${ctx.name}: connection lost before the command started (${lostBefore.message})`);
  if (options.signal?.aborted) throw options.signal.reason;
  const started = Date.now();
  const limit = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const out = new CappedBuffer(limit);
  const err = new CappedBuffer(limit);
  const onLine = options.onLine;
  const outLines = onLine ? new LineSplitter((line) => onLine('stdout', line)) : undefined;
  const errLines = onLine ? new LineSplitter((line) => onLine('stderr', line)) : undefined;

  return new Promise<RemoteExecResult>((resolve, reject) => {
    let exitCode: number | null = null;
    let signal: string | null = null;
    let exited = false;
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      unsubscribe();
      outLines?.flush();
      errLines?.flush();
      if (error) return reject(error);
      resolve({
        argv,
        exitCode,
        signal,
        stdout: out.text(),
        stderr: err.text(),
        timedOut,
        cancelled,
        truncated: out.truncated || err.truncated,
        durationMs: Date.now() - started,
      });
    };
    let stream: ClientChannel | undefined;
    const kill = (): void => {
      if (!stream) return;
      // EOF, not a signal request: OpenSSH would deliver SIGKILL to the session's group, which holds
      // the wrapper and its watchdog but not the command (in its own group), so nobody would kill it.
      stream.end();
      timers.push(
        setTimeout(() => {
          stream?.close();
          timers.push(setTimeout(() => finish(), KILL_WAIT_MS));
        }, KILL_WAIT_MS),
      );
    };
    const onAbort = (): void => {
      if (exited || timedOut || cancelled) return;
      cancelled = true;
      kill();
    };
    const unsubscribe = ctx.onLost(() => {
      // The channel dies with the connection; the remote watchdog sees its stdin close.
      if (timedOut || cancelled) return finish();
      if (!exited) {
        const why = ctx.lost()?.message ?? 'connection closed';
        finish(new RemoteError('unreachable', `${ctx.name}: connection lost while running ${argv[0]} (${why})`));
      }
    });

    // Listeners go on inside ssh2's callback, synchronously: packets that arrived with the exec
    // confirmation (output, exit-status, close of a quick command) are emitted in the same tick, and
    // a listener attached one microtask later would miss them.
    const attach = (channel: ClientChannel): void => {
      stream = channel;
      channel.on('data', (chunk: Buffer) => {
        out.push(chunk);
        outLines?.push(chunk);
      });
      channel.stderr.on('data', (chunk: Buffer) => {
        err.push(chunk);
        errLines?.push(chunk);
      });
      channel.on('exit', (code: number | null, sig?: string) => {
        exited = true;
        exitCode = code ?? null;
        signal = sig ?? null;
        // EOF lets the watchdog kill whatever the command left in the background (it would otherwise
        // hold stdout open and keep the channel, and us, waiting).
        channel.end();
      });
      channel.on('close', () => {
        if (!exited && !timedOut && !cancelled && ctx.lost()) {
          return finish(new RemoteError('unreachable', `${ctx.name}: connection lost while running ${argv[0]} (${ctx.lost()?.message})`));
        }
        finish();
      });
      channel.on('error', () => {
        // Surfaces again as 'close' or as the connection's error.
      });

      if (preamble) channel.write(preamble);
      if (stdin) channel.write(stdin);
      if (options.timeoutMs !== undefined) {
        timers.push(
          setTimeout(() => {
            if (exited || cancelled) return;
            timedOut = true;
            kill();
          }, options.timeoutMs),
        );
      }
      if (cancelled) kill();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    openChannel(client, command, ctx.name, attach).catch((error: unknown) => finish(error as Error));
  });
}

/**
 * Opens the exec channel. A refused channel (sshd's MaxSessions, dropbear's channel limit: "Unable to exec") means the command never started,
 * so opening again is safe; this is the only retry at this level.
 */
async function openChannel(client: Client, command: string, name: string, attach: (channel: ClientChannel) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new Promise<void>((resolve, reject) => {
        client.exec(command, (error, channel) => {
          if (error) return reject(error);
          attach(channel);
          resolve();
        });
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt < 5 && /Channel open failure|Unable to exec/i.test(message)) {
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
        continue;
      }
      throw new RemoteError('unreachable', `${name}: cannot open an SSH channel (${message})`, { cause: error });
    }
  }
}
