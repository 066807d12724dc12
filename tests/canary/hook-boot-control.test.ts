import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployPlan } from '../../src/canary/slots/ab-plan.js';
import { executePlan } from '../../src/canary/slots/ab-executor.js';
import { HookBootControl } from '../../src/canary/slots/hook-boot-control.js';
import { main } from '../../src/cli/main.js';
import { systemClock } from '../../src/core/clock.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import type { RemoteHost } from '../../src/remote/transport.js';
import { createSshLab, freePort, SSHD_TOOLS, type SshLab, type SshServer, startSshd } from '../helpers/sshd.js';
import { requireTools } from '../helpers/skip.js';
import { writeArtifacts } from './helpers/artifacts.js';

const skip = requireTools([...SSHD_TOOLS], { root: true });
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The hook-driven BootControl, and deploy/rollback through it, against a real sshd. */
describe.skipIf(skip)('HookBootControl over real SSH', () => {
  let lab: SshLab;
  let sshd: SshServer;
  let dir = '';
  let home = '';
  const logger = new MemoryLogger();
  const connect = (): Promise<RemoteHost> => connectSsh(lab.target('hw-canary', sshd), { logger, retry: { attempts: 1 } });
  // Each hook appends its name and arguments to ~/hooks.log on the node.
  const hook = (name: string, exit = 0): string[] => ['sh', '-c', `echo "${name} $*" >> "$HOME/hooks.log"; exit ${exit}`, name];
  const hookLog = async (): Promise<string[]> => {
    const host = await connect();
    try {
      return (await host.exec(['sh', '-c', 'cat "$HOME/hooks.log"; rm -f "$HOME/hooks.log"'])).stdout.split('\n').map((l) => l.trimEnd()).filter(Boolean);
    } finally {
      await host.close();
    }
  };

  beforeAll(async () => {
    lab = await createSshLab();
    sshd = await startSshd(lab);
    dir = await mkdtemp(join(tmpdir(), 'linkgate-hooks-'));
    const host = await connect();
    home = (await host.exec(['sh', '-c', 'rm -rf "$HOME/hooks.log" "$HOME/staging" "$HOME/ab" "$HOME/deploy"; echo "$HOME"'])).stdout.trim();
    await host.close();
  });
  afterAll(async () => {
    await sshd?.stop();
    await lab?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('uploads image and modules, runs install/promote/rollback with their arguments, and refuses a failing hook', async () => {
    const { image } = writeArtifacts(join(dir, 'a1'), '6.1.0-cand');
    const modules = [join(dir, 'a1', 'nvidia.ko'), join(dir, 'a1', 'nvidia-uvm.ko')];
    const control = new HookBootControl({ release: '6.1.0-good', image: '/boot/Image-good' }, {
      install: hook('install'),
      reboot: hook('reboot'),
      rollback: hook('rollback'),
      promote: hook('promote'),
      stagingDir: `${home}/staging`,
    });
    const host = await connect();
    try {
      await control.install('b', { release: '6.1.0-cand', image: join(dir, 'a1', 'Image'), modules }, host);
      await control.promote('b', host);
      await control.disarm(host);
      const staged = `${home}/staging/6.1.0-cand`;
      expect(await hookLog()).toEqual([`install ${staged}/Image 6.1.0-cand b ${staged}/modules`, 'promote b', 'rollback']);
      const sums = (await host.exec(['sh', '-c', 'cd "$1" && sha256sum Image modules/*', 'sh', staged])).stdout;
      expect(sums).toContain(`${sha256(image)}  Image`);
      for (const m of modules) expect(sums).toContain(`${sha256(await readFile(m))}  modules/${m.split('/').pop()}`);
      expect((await control.state()).knownGood).toBe('b');
      // hooks keeps no table on the node
      expect(control.slotTablePath).toBeNull();
      expect((await host.exec(['test', '-e', `${home}/staging/slots.json`])).exitCode).not.toBe(0);

      const broken = new HookBootControl({ release: 'g', image: 'i' }, { install: hook('install', 3), reboot: hook('reboot'), rollback: hook('rollback'), stagingDir: `${home}/staging` });
      await expect(broken.install('b', { release: 'x', image: join(dir, 'a1', 'Image') }, host)).rejects.toThrow(/boot\.install hook .* failed \(exit 3\)/);
      await expect(broken.promote('b', host)).rejects.toThrow(/no boot\.promote hook/);
      await expect(broken.install('b', { release: '../../etc', image: join(dir, 'a1', 'Image') }, host)).rejects.toThrow(/not a kernel release/);
    } finally {
      await host.close();
      await hookLog();
    }
  });

  it('ab-slots: the slot table lives on the node, so a later job (a new control) knows which slot is known-good', async () => {
    const hooks = { install: hook('install'), reboot: hook('reboot'), rollback: hook('rollback'), promote: hook('promote'), stagingDir: `${home}/ab` };
    const image = join(dir, 'a1', 'Image');
    const host = await connect();
    try {
      const first = new HookBootControl({ release: '6.1.0-good', image: '(entry)' }, hooks, { slotTable: true });
      expect(await first.load(host)).toEqual({ ok: true, stored: false });
      await first.install('b', { release: '6.1.0-cand', image }, host);
      await first.armTry('b', host);
      await first.promote('b', host);

      const later = new HookBootControl({ release: 'whatever', image: '(entry)' }, hooks, { slotTable: true });
      expect(await later.load(host)).toEqual({ ok: true, stored: true });
      const state = await later.state();
      expect(state).toMatchObject({ knownGood: 'b', tryOnce: null, slots: { a: { release: '6.1.0-good' }, b: { release: '6.1.0-cand', image: `${home}/ab/6.1.0-cand/Image` } } });
      // The next candidate goes to a, never over the promoted b.
      expect(deployPlan(state, { release: '6.1.0-next', image }, 1000).steps[1]).toMatchObject({ kind: 'install', slot: 'a' });

      await host.exec(['sh', '-c', 'printf "{\\"slots\\": {" > "$1"', 'sh', `${home}/ab/slots.json`]);
      const torn = new HookBootControl({ release: 'x', image: 'y' }, hooks, { slotTable: true });
      expect(await torn.load(host)).toMatchObject({ ok: false, message: expect.stringContaining('is not one (a torn write or a hand edit)') });
    } finally {
      await host.close();
      await hookLog();
    }
  });

  it('a node whose reboot hook does not reboot is caught: same boot id, deploy fails as a step', async () => {
    const control = new HookBootControl({ release: 'good', image: 'i' }, { install: hook('install'), reboot: hook('reboot'), rollback: hook('rollback'), stagingDir: `${home}/staging` });
    const run = await executePlan(deployPlan(await control.state(), { release: 'cand', image: join(dir, 'a1', 'Image') }, 3_000), { control, connect, clock: systemClock, logger });
    expect(run.failure).toMatchObject({ step: 'wait-boot', reason: 'same-boot-id' });
    expect(run.status).toBe('step-failed');
    expect(run.failure?.message).toMatch(/never rebooted \(boot id still [0-9a-f-]{36}\)/);
    await hookLog();
  });

  describe('linkgate deploy and rollback against the real node', () => {
    let manifest = '';
    const cli = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { SSH_PRIVATE_KEY: lab.clientKey.privateKey }, cwd: dir, signal: new AbortController().signal });
      return { code, stdout, stderr };
    };
    beforeAll(async () => {
      const closed = await freePort();
      const canary = (name: string, port: number, extra = '') => `  - name: ${name}
    host: 127.0.0.1
    port: ${port}
    user: ${lab.user}
    hostKeys: ["${lab.hostKey.fingerprint}"]
    boot:
      strategy: hooks
      install: ${JSON.stringify(hook('install'))}
      reboot: ${JSON.stringify(hook('reboot'))}
      rollback: ${JSON.stringify(hook('rollback'))}
      stagingDir: ${home}/deploy
${extra}`;
      manifest = join(dir, 'linkgate.yaml');
      await writeFile(manifest, `version: 1\ncanaries:\n${canary('node-up', sshd.port)}${canary('node-down', closed)}${canary('control-01', sshd.port, '    control: true\n')}`);
      writeArtifacts(join(dir, 'artifacts'), '6.1.0-cand');
    });

    it('deploys over pinned SSH: hooks get image, release, slot and modules; a node that never reboots is infrastructure (3); one that is down is unreachable (3); control canaries are skipped', async () => {
      const r = await cli('deploy', '--manifest', manifest, '--artifacts', 'artifacts', '--boot-timeout', '3', '--json');
      expect(r.code, r.stderr).toBe(3);
      const doc = JSON.parse(r.stdout);
      expect(doc.release).toBe('6.1.0-cand');
      const by = Object.fromEntries(doc.outcomes.map((o: { canary: string }) => [o.canary, o]));
      expect(by['node-up']).toMatchObject({ status: 'step-failed', exitCode: 3, message: expect.stringContaining('the node never rebooted') });
      expect(by['node-down']).toMatchObject({ status: 'unreachable', exitCode: 3, message: expect.stringContaining('unreachable before deploy') });
      expect(by['control-01']).toMatchObject({ status: 'skipped', exitCode: 0 });
      expect(await hookLog()).toEqual([`install ${home}/deploy/6.1.0-cand/Image 6.1.0-cand b ${home}/deploy/6.1.0-cand/modules`, 'reboot']);
      expect(r.stderr).not.toContain(lab.clientKey.privateKey.split('\n')[1]!);
    });

    it('--shard picks the leg, the same split as smoke (canary i → leg i mod N)', async () => {
      const r = await cli('deploy', '--manifest', manifest, '--artifacts', 'artifacts', '--shard', '1/2', '--dry-run', '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).plans.map((p: { canary: string }) => p.canary)).toEqual(['node-down']);
    });

    it('a rollback whose node is not on the known-good build and does not reboot is reported (1), with what was found', async () => {
      const release = (await readFile('/proc/sys/kernel/osrelease', 'utf8')).trim();
      const r = await cli('rollback', '--manifest', manifest, '--canary', 'node-up', '--known-good-release', release, '--boot-timeout', '3', '--json');
      expect(r.code, r.stderr).toBe(1);
      const outcome = JSON.parse(r.stdout).outcomes[0];
      expect(outcome.status).toBe('step-failed');
      // The node runs the known-good release, but its driver is not loaded: the idempotence check did
      // not pass, so the plan went on to reboot — and the node never rebooted.
      expect(outcome.run.verification).toMatchObject({ ok: false, release: { ok: true, actual: release }, module: { expected: 'nvidia', loaded: false } });
      expect(r.stderr).toContain(`WRONG module nvidia not loaded`);
      expect(await hookLog()).toEqual(['rollback', 'reboot']);
    });
  });
});
