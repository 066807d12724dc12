import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, systemClock } from '../../src/core/clock.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import { acquireLease, withLease } from '../../src/remote/lease.js';
import type { RemoteHost } from '../../src/remote/transport.js';
import { ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, startSshd, waitNoUserProcesses, killUserProcesses, type SshLab, type SshServer } from '../helpers/sshd.js';

const skip = requireTools([...SSHD_TOOLS], { root: true });

describe.skipIf(skip)('canary lease on a real host', () => {
  let lab: SshLab;
  let sshd: SshServer;
  let a: RemoteHost;
  let b: RemoteHost;
  let dir: string;
  let scratch: string;
  const base = { owner: 'repo-a run 1', runUrl: 'https://ci.example/run/1', clock: systemClock };

  beforeAll(async () => {
    lab = await createSshLab();
    sshd = await startSshd(lab);
    a = await connectSsh(lab.target('canary-01', sshd), { logger: new MemoryLogger() });
    b = await connectSsh(lab.target('canary-01', sshd), { logger: new MemoryLogger() });
    dir = (await a.exec(['mktemp', '-d'])).stdout.trim();
    scratch = mkdtempSync(join(tmpdir(), 'linkgate-lease-'));
  });
  afterAll(async () => {
    if (dir) await a?.exec(['rm', '-rf', dir]);
    await a?.close();
    await b?.close();
    await sshd?.stop();
    await lab?.cleanup();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is exclusive: a second holder waits, reports whom it waits for and how long it waited', async () => {
    const first = await acquireLease(a, { ...base, canary: 'c1', dir, logger: new MemoryLogger() });
    expect(first.waitedMs).toBe(0);
    const logger = new MemoryLogger();
    const clock = new FakeClock(1_000_000);
    const waiting = acquireLease(b, { ...base, owner: 'repo-b run 7', canary: 'c1', dir, logger, clock, pollMs: 5000 });
    // Let b see the lease as busy, then move its clock and free the canary.
    while (!logger.lines.some((l) => l.includes('busy'))) await new Promise((r) => setTimeout(r, 20));
    expect(logger.lines.find((l) => l.includes('busy'))).toMatch(/leased by repo-a run 1 \(https:\/\/ci\.example\/run\/1\) for another \d+ s/);
    await first.release();
    clock.advance(5000);
    const second = await waiting;
    expect(second.waitedMs).toBe(5000);
    // The lease file on the canary names the new holder.
    const file = await a.exec(['cat', `${dir}/c1.lease`]);
    expect(file.stdout).toContain('owner=repo-b run 7');
    await second.release();
    expect((await a.exec(['ls', '-A', dir])).stdout.trim()).toBe('');
  });

  it('gives up after waitMs with an infrastructure error', async () => {
    const held = await acquireLease(a, { ...base, canary: 'c2', dir, logger: new MemoryLogger() });
    const clock = new FakeClock(0);
    const waiting = acquireLease(b, { ...base, canary: 'c2', dir, logger: new MemoryLogger(), clock, waitMs: 1000, pollMs: 1000 });
    const outcome = waiting.catch((e: Error) => e);
    while (clock.now() === 0) {
      await new Promise((r) => setTimeout(r, 20));
      clock.advance(1000);
    }
    expect(String(await outcome)).toMatch(/still leased by repo-a run 1/);
    await held.release();
  });

  it('lets a stale lease expire (holder vanished without releasing)', async () => {
    await acquireLease(a, { ...base, canary: 'c3', dir, ttlMs: 1000, logger: new MemoryLogger() });
    await new Promise((r) => setTimeout(r, 2100));
    const logger = new MemoryLogger();
    const taken = await acquireLease(b, { ...base, owner: 'repo-b', canary: 'c3', dir, logger });
    expect(logger.lines.join('\n')).toMatch(/took over an expired lease of repo-a run 1/);
    await taken.release();
  });

  it('is released in finally when the work fails, and renewal keeps it alive', async () => {
    await expect(
      withLease(a, { ...base, canary: 'c4', dir, ttlMs: 3000, logger: new MemoryLogger() }, async (lease) => {
        const before = lease.expiresAt;
        await new Promise((r) => setTimeout(r, 1200));
        await lease.renew();
        expect(lease.expiresAt).toBeGreaterThanOrEqual(before);
        throw new Error('smoke step exploded');
      }),
    ).rejects.toThrow('smoke step exploded');
    expect((await a.exec(['test', '-e', `${dir}/c4.lease`])).exitCode).toBe(1);
  });

  it('refuses hostile canary names before touching the host', async () => {
    await expect(acquireLease(a, { ...base, canary: '../../etc', dir, logger: new MemoryLogger() })).rejects.toThrow(/invalid canary name/);
  });

  it('on SIGTERM the client kills the remote command and releases the lease (bundled, pure-JS ssh2)', async () => {
    const outfile = join(scratch, 'lease-holder.mjs');
    await build({
      entryPoints: [join(ROOT, 'tests/remote/lease-holder.fixture.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['cpu-features', '*.node'],
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
      define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
      logLevel: 'error',
    });
    const marker = `lg-lease-sigterm-${process.pid}`;
    const child = spawn(process.execPath, [outfile], {
      env: { ...process.env, LEASE_HOLDER: JSON.stringify({ target: lab.target('canary-01', sshd), canary: 'c5', marker, dir }) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 15_000;
      while (!(stderr.includes('LEASED') && (await a.exec(['pgrep', '-f', marker])).exitCode === 0)) {
        if (Date.now() > deadline) throw new Error(`holder never got going:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect((await a.exec(['cat', `${dir}/c5.lease`])).stdout).toContain(`owner=holder ${child.pid}`);
      const killedAt = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(3);
      expect(Date.now() - killedAt).toBeLessThan(5000);
      expect(stderr).toContain('RESULT cancelled=true');
      expect(stderr).toContain('c5: lease released');
      expect((await a.exec(['test', '-e', `${dir}/c5.lease`])).exitCode).toBe(1);
      expect(await waitNoUserProcesses(marker, 3000)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      killUserProcesses(marker);
    }
  }, 40_000);
});
