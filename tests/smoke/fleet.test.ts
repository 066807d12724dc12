import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CanaryResult, RunResults } from '../../src/core/results.js';
import { systemClock } from '../../src/core/clock.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import { acquireLease } from '../../src/remote/lease.js';
import { readResults } from '../../src/smoke/results-dir.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, startSshd, type SshLab, type SshServer } from '../helpers/sshd.js';

/**
 * `linkgate smoke --manifest` on a real fleet: three OpenSSH sshd instances on loopback, each a
 * canary of the manifest (pinned host key, key from the canary's identity). The non-GPU steps run
 * for real on this machine; it has no NVIDIA GPU, so the GPU steps skip with that reason.
 */
const skip = requireTools(SSHD_TOOLS, { root: true });
// Leases live in the test user's home, shared by every test file: names unique to this process.
const prefix = `fleet${process.pid % 100_000}-`;
const STEPS = ['preflight', 'module-load', 'topology', 'peer-bandwidth'];

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Starts the CLI in process; `stderr()` is live, so a test can act at a given point of the run. */
function startCli(argv: string[], env: NodeJS.ProcessEnv, signal = new AbortController().signal): { done: Promise<CliRun>; stderr(): string } {
  let stdout = '';
  let stderr = '';
  const done = main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd: process.cwd(), signal }).then((code) => ({ code, stdout, stderr }));
  return { done, stderr: () => stderr };
}

const cli = (argv: string[], env: NodeJS.ProcessEnv): Promise<CliRun> => startCli(argv, env).done;

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function waitForLog(run: { stderr(): string }, pattern: RegExp, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!pattern.test(run.stderr())) {
    if (Date.now() > deadline) throw new Error(`no ${pattern} in:\n${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.skipIf(skip)('linkgate smoke on a real fleet (three sshd canaries)', () => {
  let lab: SshLab;
  let hosts: SshServer[] = [];
  let work: string;
  const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, LINKGATE_FLEET_KEY: lab.clientKey.privateKey });

  function manifest(file: string, lease = '{ pollS: 0.2 }'): string {
    const path = join(work, file);
    writeFileSync(
      path,
      [
        'version: 1',
        'canaries:',
        ...hosts.flatMap((sshd, i) => [
          `  - name: ${prefix}0${i + 1}`,
          `    host: ${sshd.host}`,
          `    port: ${sshd.port}`,
          `    user: ${lab.user}`,
          '    identity: { env: LINKGATE_FLEET_KEY }',
          `    hostKeys: ["${lab.hostKey.fingerprint}"]`,
        ]),
        'smoke:',
        `  steps: [${STEPS.join(', ')}]`,
        '  concurrency: 2',
        '  preflight: { requireIommu: false, minFreeDiskMB: 1 }',
        `  lease: ${lease}`,
        '',
      ].join('\n'),
    );
    return path;
  }

  beforeAll(async () => {
    lab = await createSshLab();
    hosts = [await startSshd(lab), await startSshd(lab), await startSshd(lab)];
    work = mkdtempSync(join(tmpdir(), 'linkgate-fleet-'));
  }, 60_000);
  afterAll(async () => {
    for (const sshd of hosts) await sshd.stop();
    await lab?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('one canary down: it is unreachable with every step error (never fail), the others complete, the gate says INCONCLUSIVE', async () => {
    const down = hosts[1]!;
    await down.stop();
    const out = join(work, 'one-down');
    try {
      const run = await cli(['smoke', '--manifest', manifest('one-down.yaml'), '--out', out, '--json'], env());
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(run.code).toBe(3);
      const results = await readResults(out);
      const [first, second, third] = results.canaries as [CanaryResult, CanaryResult, CanaryResult];
      expect(results.canaries.map((c) => [c.name, c.state])).toEqual([
        [`${prefix}01`, 'ok'],
        [`${prefix}02`, 'unreachable'],
        [`${prefix}03`, 'ok'],
      ]);
      for (const ok of [first, third]) {
        expect(ok.steps.map((s) => [s.name, s.status, s.reason])).toEqual([
          ['preflight', 'pass', null],
          ['module-load', 'skip', 'no NVIDIA GPU'],
          ['topology', 'skip', 'no NVIDIA GPU'],
          ['peer-bandwidth', 'skip', 'no NVIDIA GPU'],
        ]);
        // preflight really ran on the host: uname -r came back and was recorded under raw/
        expect(ok.facts.kernelRelease).toMatch(/\S/);
        expect(ok.steps[0]!.raw.length).toBeGreaterThan(0);
        expect(ok.leaseWaitMs).toBe(0);
      }
      expect(second.steps.map((s) => s.status)).toEqual(['error', 'error', 'error', 'error']);
      expect(second.steps[0]!.reason).toMatch(/^not tested: .*ECONNREFUSED/);
      expect(second.leaseWaitMs).toBeNull();
      expect(results.run.complete).toBe(true);
      // The grouped fleet line at the end.
      expect(run.stderr).toContain(`canaries: ${prefix}[01,03]: ok; ${prefix}02: unreachable`);
      expect(JSON.parse(run.stdout).canaries[1]).toMatchObject({ name: `${prefix}02`, state: 'unreachable' });
      // The private key never reaches the log.
      expect(run.stderr).not.toContain(lab.clientKey.privateKey.split('\n')[1]!);

      const gate = await cli(['gate', '--results', out, '--json'], env());
      expect(gate.code).toBe(3);
      const decision = JSON.parse(gate.stdout);
      expect(decision.verdict).toBe('INCONCLUSIVE');
      expect(decision.reasons).toContainEqual(expect.objectContaining({ canary: `${prefix}02`, check: 'host' }));
    } finally {
      hosts[1] = await startSshd(lab, { port: down.port });
    }
  }, 60_000);

  it('a canary whose sshd dies mid-suite is unreachable: the steps it did not answer are error, the ones before keep their status', async () => {
    const victim = hosts[2]!;
    const name = `${prefix}03`;
    const out = join(work, 'mid-suite');
    const run = startCli(['smoke', '--manifest', manifest('mid-suite.yaml'), '--canary', name, '--out', out], env());
    try {
      await waitForLog(run, new RegExp(`${name}: preflight: pass`));
      // The listener and the per-connection sshd serving this run (its children), by pid.
      for (const pid of [...childPids(victim.pid), victim.pid]) process.kill(pid, 'SIGKILL');
      expect((await run.done).code).toBe(3);
      const canary = (await readResults(out)).canaries[0]!;
      expect(canary.state).toBe('unreachable');
      expect(canary.steps[0]).toMatchObject({ name: 'preflight', status: 'pass' });
      expect(canary.steps.slice(1).some((s) => s.status === 'error' && /did not answer|connection lost/.test(s.reason!))).toBe(true);
      expect(canary.steps.some((s) => s.status === 'fail')).toBe(false);
      expect(run.stderr()).toMatch(/lease release failed \(it expires by itself\)/);
    } finally {
      hosts[2] = await startSshd(lab, { port: victim.port });
      // The dead connection could not release the lease: it stays until its TTL. Clear it for the next tests.
      const cleaner = await connectSsh(lab.target(name, hosts[2]!), { logger: new MemoryLogger() });
      expect((await cleaner.exec(['test', '-e', `.linkgate/leases/${name}.lease`])).exitCode).toBe(0);
      await cleaner.exec(['rm', '-f', `.linkgate/leases/${name}.lease`]);
      await cleaner.close();
    }
  }, 60_000);

  it('a wrong pinned host key is auth-failed, with the fingerprint the server showed', async () => {
    const out = join(work, 'wrong-key');
    const path = manifest('wrong-key.yaml');
    const text = readFileSync(path, 'utf8');
    // Re-pin the third canary to a key its server does not have.
    const lines = text.split('\n');
    const last = lines.lastIndexOf(`    hostKeys: ["${lab.hostKey.fingerprint}"]`);
    lines[last] = `    hostKeys: ["${lab.otherHostKey.fingerprint}"]`;
    writeFileSync(path, lines.join('\n'));
    const run = await cli(['smoke', '--manifest', path, '--canary', `${prefix}03`, '--out', out], env());
    expect(run.code).toBe(3);
    const canary = (await readResults(out)).canaries[0]!;
    expect(canary.state).toBe('auth-failed');
    expect(canary.steps.every((s) => s.status === 'error' && s.reason!.includes(lab.hostKey.fingerprint))).toBe(true);
  }, 60_000);

  it('two concurrent runs on one canary: the second waits for the lease, reports the wait, and never overlaps the first', async () => {
    const path = manifest('lease.yaml');
    const runs = await Promise.all(
      ['lease-a', 'lease-b'].map((name) => cli(['smoke', '--manifest', path, '--canary', `${prefix}01`, '--out', join(work, name)], env())),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const results: RunResults[] = await Promise.all(['lease-a', 'lease-b'].map((name) => readResults(join(work, name))));
    const canaries = results.map((r) => r.canaries[0]!);
    const waited = canaries.map((c) => c.leaseWaitMs!);
    const [winner, loser] = waited[0]! <= waited[1]! ? [0, 1] : [1, 0];
    expect(waited[winner]).toBe(0);
    expect(waited[loser]).toBeGreaterThan(0);
    // The waiting run said whom it waited for (the other run, by its run id) and for how long.
    const loserLog = runs[loser]!.stderr;
    expect(loserLog).toMatch(new RegExp(`${prefix}01: busy, leased by linkgate smoke run ${results[winner]!.run.id}`));
    expect(loserLog).toMatch(new RegExp(`${prefix}01: lease acquired after waiting`));
    // Exclusive: the loser's first step started after the winner's last step ended.
    const end = (c: CanaryResult): number => Math.max(...c.steps.map((s) => Date.parse(s.startedAt) + s.durationMs));
    expect(Date.parse(canaries[loser]!.steps[0]!.startedAt)).toBeGreaterThanOrEqual(end(canaries[winner]!));
    // Both released: nothing is left in the lease directory.
    const leftovers = await cli(['smoke', '--manifest', path, '--canary', `${prefix}01`, '--out', join(work, 'lease-c')], env());
    expect(leftovers.code).toBe(0);
    expect((await readResults(join(work, 'lease-c'))).canaries[0]!.leaseWaitMs).toBe(0);
  }, 90_000);

  it('a canary held by someone else past smoke.lease.waitS: timeout, untested, the gate INCONCLUSIVE', async () => {
    const name = `${prefix}03`;
    const logger = new MemoryLogger();
    const other = await connectSsh(lab.target(name, hosts[2]!), { logger });
    try {
      const held = await acquireLease(other, { canary: name, owner: 'repo-y run 3', runUrl: null, clock: systemClock, logger });
      const out = join(work, 'busy');
      const run = await cli(['smoke', '--manifest', manifest('busy.yaml', '{ waitS: 0.6, pollS: 0.2 }'), '--canary', name, '--out', out], env());
      await held.release();
      expect(run.code).toBe(3);
      const canary = (await readResults(out)).canaries[0]!;
      expect(canary.state).toBe('timeout');
      expect(canary.leaseWaitMs).toBe(600);
      expect(canary.steps.every((s) => s.status === 'error' && /^not tested: .*still leased by repo-y run 3 after waiting/.test(s.reason!))).toBe(true);
      expect(JSON.parse((await cli(['gate', '--results', out, '--json'], env())).stdout).verdict).toBe('INCONCLUSIVE');
    } finally {
      await other.close();
    }
  }, 60_000);

  it('cancel (SIGTERM): while waiting for the lease the canary ends timeout, untested; while holding it the lease is released', async () => {
    const name = `${prefix}02`;
    const path = manifest('cancel.yaml');
    const logger = new MemoryLogger();
    const other = await connectSsh(lab.target(name, hosts[1]!), { logger });
    try {
      // Another holder (a workflow of some other repository) has the canary.
      const held = await acquireLease(other, { canary: name, owner: 'repo-x run 9', runUrl: 'https://ci.example/run/9', clock: systemClock, logger });
      const waiter = new AbortController();
      const waiting = startCli(['smoke', '--manifest', path, '--canary', name, '--out', join(work, 'cancel-waiting')], env(), waiter.signal);
      await waitForLog(waiting, /busy, leased by repo-x run 9 \(https:\/\/ci\.example\/run\/9\)/);
      waiter.abort(new Error('received SIGTERM'));
      expect((await waiting.done).code).toBe(3);
      const untested = (await readResults(join(work, 'cancel-waiting'))).canaries[0]!;
      expect(untested.state).toBe('timeout');
      expect(untested.steps.every((s) => s.status === 'error' && /^not tested: cancelled/.test(s.reason!))).toBe(true);
      await held.release();

      const holder = new AbortController();
      const holding = startCli(['smoke', '--manifest', path, '--canary', name, '--out', join(work, 'cancel-holding')], env(), holder.signal);
      await waitForLog(holding, new RegExp(`${name}: lease acquired`));
      holder.abort(new Error('received SIGTERM'));
      expect((await holding.done).code).toBe(3);
      const cut = await readResults(join(work, 'cancel-holding'));
      expect(cut.run.complete).toBe(false);
      expect(cut.canaries[0]!.leaseWaitMs).toBe(0);
      // Released on the way out: the lease file is gone and the next run gets the canary at once.
      expect((await other.exec(['test', '-e', `.linkgate/leases/${name}.lease`])).exitCode).toBe(1);
      const next = await cli(['smoke', '--manifest', path, '--canary', name, '--out', join(work, 'cancel-next')], env());
      expect(next.code).toBe(0);
      expect((await readResults(join(work, 'cancel-next'))).canaries[0]!.leaseWaitMs).toBe(0);
    } finally {
      await other.close();
    }
  }, 90_000);
});
