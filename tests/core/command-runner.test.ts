import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatArgv, ProcessRunner, shellQuote } from '../../src/core/command-runner.js';

const runner = new ProcessRunner();


/** Running, not a zombie waiting for a reaper that this sandbox may not have. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

describe('ProcessRunner', () => {
  it('separates stdout and stderr and reports the exit code', async () => {
    const r = await runner.run({ argv: ['sh', '-c', 'echo out; echo err >&2; exit 7'] });
    expect(r).toMatchObject({ exitCode: 7, stdout: 'out\n', stderr: 'err\n', timedOut: false, truncated: false });
  });

  it('passes argv verbatim: no shell ever sees hostile strings', async () => {
    const hostile = ['$(touch /tmp/pwned)', '`id`', "it's", 'a\nb', '*', '; rm -rf /', 'x'.repeat(100_000)];
    const r = await runner.run({ argv: ['node', '-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...hostile] });
    expect(JSON.parse(r.stdout)).toEqual(hostile);
  });

  it('adds env to the parent environment and honours cwd', async () => {
    const r = await runner.run({ argv: ['sh', '-c', 'echo "$LINKGATE_X:$PWD"'], env: { LINKGATE_X: 'v' }, cwd: '/tmp' });
    expect(r.stdout).toBe('v:/tmp\n');
  });

  it('a timeout kills the whole process group, grandchildren included', async () => {
    const r = await runner.run({
      argv: ['sh', '-c', 'sleep 30 & echo $!; sleep 30'],
      timeoutMs: 300,
    });
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(5000);
    const grandchild = Number(r.stdout.trim());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(grandchild)).toBe(false);
  });

  it('a cancel (AbortSignal) stops the group and says so', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const r = await runner.run({ argv: ['sleep', '30'], signal: controller.signal });
    expect(r).toMatchObject({ cancelled: true, timedOut: false, exitCode: null, signal: 'SIGTERM' });
  });

  it('caps a flood of output with a truncation marker', async () => {
    const r = await runner.run({ argv: ['sh', '-c', 'head -c 5000000 /dev/zero | tr "\\0" x'], maxOutputBytes: 1000 });
    expect(r.truncated).toBe(true);
    expect(r.stdout.startsWith('x'.repeat(1000))).toBe(true);
    expect(r.stdout).toContain('[linkgate: output truncated, 4999000 more bytes not kept]');
  });

  it('streams lines as they come', async () => {
    const lines: string[] = [];
    await runner.run({ argv: ['sh', '-c', 'echo a; echo b >&2; printf c'], onLine: (s, l) => lines.push(`${s}:${l}`) });
    expect(lines.sort()).toEqual(['stderr:b', 'stdout:a', 'stdout:c']);
  });

  it('feeds stdin', async () => {
    const r = await runner.run({ argv: ['cat'], stdin: 'hello' });
    expect(r.stdout).toBe('hello');
  });

  it('a missing program rejects with ENOENT', async () => {
    await expect(runner.run({ argv: ['/nonexistent/tool'] })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('formatArgv', () => {
  it('quotes for copy-paste into a POSIX shell', () => {
    expect(formatArgv(['make', 'ARCH=riscv64', "it's", '', 'a b'])).toBe(`make ARCH=riscv64 'it'\\''s' '' 'a b'`);
    expect(shellQuote('$(x)')).toBe(`'$(x)'`);
  });
});
