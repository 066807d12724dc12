import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ActionsExecRunner } from '../../src/actions/exec-runner.js';

const runner = new ActionsExecRunner();

function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('ActionsExecRunner (@actions/exec wrapped in coreutils timeout)', () => {
  it('captures both streams and the exit code', async () => {
    const lines: string[] = [];
    const r = await runner.run({ argv: ['sh', '-c', 'echo out; echo err >&2; exit 5'], onLine: (s, l) => lines.push(`${s}:${l}`) });
    expect(r).toMatchObject({ exitCode: 5, stdout: 'out\n', stderr: 'err\n', timedOut: false });
    expect(lines.sort()).toEqual(['stderr:err', 'stdout:out']);
  });

  it('a timeout kills the command and its children and says timedOut', async () => {
    const r = await runner.run({ argv: ['sh', '-c', 'sleep 60 & echo $!; sleep 60'], timeoutMs: 1000 });
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(running(Number(r.stdout.trim()))).toBe(false);
  });

  it('a command that exits 124 on its own is not a timeout', async () => {
    const r = await runner.run({ argv: ['sh', '-c', 'exit 124'], timeoutMs: 30_000 });
    expect(r).toMatchObject({ timedOut: false, exitCode: 124 });
  });

  it('passes argv without a shell', async () => {
    const r = await runner.run({ argv: ['printf', '%s|', '$(id)', '`id`', 'a b'] });
    expect(r.stdout).toBe('$(id)|`id`|a b|');
  });
});

describe('ActionsExecRunner cancel', () => {
  it('an abort (the runner cancelling the job) stops the command group', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 500);
    const started = Date.now();
    const r = await runner.run({ argv: ['sh', '-c', 'sleep 60 & echo $!; sleep 60'], signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.cancelled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(running(Number(r.stdout.trim()))).toBe(false);
  });
});
