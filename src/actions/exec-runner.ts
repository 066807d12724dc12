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
 * and signals the whole group), hence the wrapper.
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
      cancelled: false,
      truncated: out.truncated || err.truncated,
      durationMs,
    };
  }
}
