import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { UsageError } from '../../src/core/errors.js';
import { connectSsh } from '../../src/remote/connect.js';
import type { RemoteHost } from '../../src/remote/transport.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, killUserProcesses, startDropbear, startSshd, waitNoUserProcesses, type SshLab, type SshServer } from '../helpers/sshd.js';

const skip = requireTools([...SSHD_TOOLS, 'dropbear', 'dropbearconvert'], { root: true });

const HOSTILE = [
  `it's`,
  '"double"',
  '$(touch /tmp/linkgate-pwned-1)',
  '`touch /tmp/linkgate-pwned-2`',
  'line1\nline2\n',
  '*',
  '~',
  '$HOME ${PATH}',
  'a;b|c&d>e<f',
  '\\back\\slash\\',
  '-n',
  '',
  ' lead and trail ',
  "'; rm -rf / #",
  'tab\there',
  'ünïcødé ✓',
  '!!',
];

describe.skipIf(skip)('exec over SSH', () => {
  let lab: SshLab;
  const servers: { name: string; server: SshServer; host: RemoteHost }[] = [];

  beforeAll(async () => {
    lab = await createSshLab();
    const sshd = await startSshd(lab);
    const dropbear = await startDropbear(lab);
    for (const [name, server] of [['openssh', sshd], ['dropbear', dropbear]] as const) {
      servers.push({ name, server, host: await connectSsh(lab.target(name, server), { logger: new MemoryLogger() }) });
    }
  });
  afterAll(async () => {
    for (const { host, server } of servers) {
      await host.close();
      await server.stop();
    }
    await lab?.cleanup();
  });

  const each = (title: string, fn: (host: RemoteHost, server: string) => Promise<void>, timeout?: number): void => {
    for (const server of ['openssh', 'dropbear']) {
      it(`${title} (${server})`, async () => fn(servers.find((s) => s.name === server)!.host, server), timeout);
    }
  };

  each('separates stdout and stderr and returns the exit code', async (host) => {
    const result = await host.exec(['sh', '-c', 'echo to-out; echo to-err >&2; exit 7']);
    expect(result).toMatchObject({ exitCode: 7, signal: null, stdout: 'to-out\n', stderr: 'to-err\n', timedOut: false, truncated: false });
  });

  each('passes hostile arguments through verbatim and runs none of them', async (host) => {
    rmSync('/tmp/linkgate-pwned-1', { force: true });
    rmSync('/tmp/linkgate-pwned-2', { force: true });
    const result = await host.exec(['printf', '%s\\0', ...HOSTILE]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(HOSTILE);
    expect(existsSync('/tmp/linkgate-pwned-1') || existsSync('/tmp/linkgate-pwned-2')).toBe(false);
  });

  each('carries a 100 KiB argument and refuses one the remote kernel cannot take', async (host) => {
    const long = 'x'.repeat(100 * 1024);
    const result = await host.exec(['sh', '-c', 'printf %s "$1" | wc -c', 'sh', long]);
    expect(result.stdout.trim()).toBe(String(long.length));
    await expect(host.exec(['echo', 'y'.repeat(200 * 1024)])).rejects.toThrow(UsageError);
    await expect(host.exec(['echo', 'a\0b'])).rejects.toThrow(/NUL/);
  });

  each('passes environment variables and stdin', async (host) => {
    const result = await host.exec(['sh', '-c', 'printf "%s|" "$LG_ONE" "$LG_TWO"; cat'], {
      env: { LG_ONE: `it's $(date) \`x\``, LG_TWO: 'two\nlines' },
      stdin: 'from stdin',
    });
    expect(result.stdout).toBe(`it's $(date) \`x\`|two\nlines|from stdin`);
    await expect(host.exec(['true'], { env: { 'BAD NAME': 'x' } })).rejects.toThrow(/invalid environment variable name/);
  });

  each('reports a command killed by a signal', async (host) => {
    const result = await host.exec(['sh', '-c', 'kill -TERM $$']);
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM' });
  });

  each('keeps an exit status above 128 that is an errno, not a signal (busybox insmod: 129 = EKEYREJECTED)', async (host) => {
    const result = await host.exec(['sh', '-c', 'exit 129']);
    expect(result).toMatchObject({ exitCode: 129, signal: null });
  });

  each(
    'kills a command that never ends at its timeout and leaves nothing running',
    async (host, server) => {
      const marker = `lg-never-ends-${server}-${process.pid}`;
      const started = Date.now();
      const result = await host.exec(['sh', '-c', `sleep 300; : ${marker}`], { timeoutMs: 1000 });
      const elapsed = Date.now() - started;
      expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
      expect(elapsed).toBeGreaterThanOrEqual(1000);
      expect(elapsed).toBeLessThan(1000 + 3000);
      expect(await waitNoUserProcesses(marker, 3000)).toEqual([]);
      killUserProcesses(marker);
    },
    20_000,
  );

  each(
    'does not hang on a background child holding stdout, and kills it',
    async (host, server) => {
      const marker = `lg-background-${server}-${process.pid}`;
      const started = Date.now();
      const result = await host.exec(['sh', '-c', `(sleep 300; : ${marker}) & echo started`]);
      expect(result).toMatchObject({ exitCode: 0, stdout: 'started\n', timedOut: false });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await waitNoUserProcesses(marker, 3000)).toEqual([]);
      killUserProcesses(marker);
    },
    20_000,
  );

  each(
    'caps a flood of output with a marker and stops it at the timeout',
    async (host, server) => {
      const marker = `lg-flood-${server}-${process.pid}`;
      const lines: string[] = [];
      const result = await host.exec(['sh', '-c', `yes flood-${marker}`], {
        timeoutMs: 1500,
        maxOutputBytes: 64 * 1024,
        onLine: (_stream, line) => lines.length < 5 && lines.push(line),
      });
      expect(result.timedOut).toBe(true);
      expect(result.truncated).toBe(true);
      expect(result.stdout.length).toBeLessThan(64 * 1024 + 200);
      expect(result.stdout).toMatch(/\[linkgate: output truncated, \d+ more bytes not kept\]\n$/);
      expect(lines[0]).toBe(`flood-${marker}`);
      expect(await waitNoUserProcesses(marker, 3000)).toEqual([]);
      killUserProcesses(marker);
    },
    20_000,
  );

  each(
    'kills the remote command when the caller aborts',
    async (host, server) => {
      const marker = `lg-abort-${server}-${process.pid}`;
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('SIGTERM')), 500);
      const result = await host.exec(['sh', '-c', `sleep 300; : ${marker}`], { signal: controller.signal });
      expect(result).toMatchObject({ cancelled: true, timedOut: false });
      expect(await waitNoUserProcesses(marker, 3000)).toEqual([]);
      killUserProcesses(marker);
    },
    20_000,
  );

  each('runs many commands on one connection, several at once', async (host) => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => host.exec(['echo', String(i)])));
    expect(results.map((r) => r.stdout.trim())).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
  });
});
