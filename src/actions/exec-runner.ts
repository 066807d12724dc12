import { readdirSync, readFileSync } from 'node:fs';
import * as exec from '@actions/exec';
import {
  CappedBuffer,
  type CommandResult,
  type CommandRunner,
  type CommandSpec,
  DEFAULT_MAX_OUTPUT,
  LineSplitter,
} from '../core/command-runner.js';

/**
 * The CommandRunner for actions: local tools (make, openssl, dtc, qemu) run through @actions/exec so
 * their output streams into the job log. @actions/exec exposes no child handle, so it cannot kill a
 * process group on timeout or cancel; coreutils `timeout` does (it puts the command in its own group
 * and signals the whole group), hence the wrapper. A cancel finds our own `timeout` children in
 * /proc and signals them; `timeout` passes the signal on to the command's whole group.
 */
export class ActionsExecRunner implements CommandRunner {
  async run(spec: CommandSpec): Promise<CommandResult> {
    const started = Date.now();
    const limit = spec.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const out = new CappedBuffer(limit);
    const err = new CappedBuffer(limit);
    const outLines = new LineSplitter((line) => (spec.onLine ? spec.onLine('stdout', line) : process.stdout.write(`${line}\n`)));
    const errLines = new LineSplitter((line) => (spec.onLine ? spec.onLine('stderr', line) : process.stdout.write(`${line}\n`)));
    const seconds = spec.timeoutMs === undefined ? 0 : Math.max(1, Math.ceil(spec.timeoutMs / 1000));
    // `timeout 0` never times out but still gives the command its own process group.
    const [file, ...args] = ['timeout', '--kill-after=3', `${seconds}`, ...spec.argv];
    let cancelled = false;
    const before = new Set(timeoutChildren());
    const onAbort = (): void => {
      cancelled = true;
      for (const pid of timeoutChildren()) if (!before.has(pid)) signalPid(pid, 'SIGTERM');
    };
    if (spec.signal?.aborted) return Promise.reject(spec.signal.reason);
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    const exitCode = await exec.exec(file!, args, {
      cwd: spec.cwd,
      env: spec.env ? ({ ...process.env, ...spec.env } as Record<string, string>) : undefined,
      ignoreReturnCode: true,
      silent: true,
      input: spec.stdin === undefined ? undefined : Buffer.from(spec.stdin),
      listeners: {
        stdout: (chunk: Buffer) => {
          out.push(chunk);
          outLines.push(chunk);
        },
        stderr: (chunk: Buffer) => {
          err.push(chunk);
          errLines.push(chunk);
        },
      },
    });
    spec.signal?.removeEventListener('abort', onAbort);
    outLines.flush();
    errLines.flush();
    const durationMs = Date.now() - started;
    // 124: timeout fired (TERM); 137: it had to KILL. Confirmed by the clock, since a command may exit 124 itself.
    const timedOut = seconds > 0 && (exitCode === 124 || exitCode === 137) && durationMs >= seconds * 1000;
    return {
      argv: spec.argv,
      exitCode: timedOut ? null : exitCode,
      signal: timedOut ? 'SIGTERM' : null,
      stdout: out.text(),
      stderr: err.text(),
      timedOut,
      cancelled,
      truncated: out.truncated || err.truncated,
      durationMs,
    };
  }
}

/** PIDs of `timeout` processes whose parent is this process. */
function timeoutChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...
      const m = /^\d+ \((.*)\) \S (\d+)/.exec(stat);
      if (m && m[1] === 'timeout' && Number(m[2]) === process.pid) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
