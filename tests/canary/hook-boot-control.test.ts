import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployPlan } from '../../src/canary/slots/ab-plan.js';
import { executePlan } from '../../src/canary/slots/ab-executor.js';
import { HookBootControl } from '../../src/canary/slots/hook-boot-control.js';
import { systemClock } from '../../src/core/clock.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import type { RemoteHost } from '../../src/remote/transport.js';
import { createSshLab, SSHD_TOOLS, type SshLab, type SshServer, startSshd } from '../helpers/sshd.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools([...SSHD_TOOLS], { root: true });

/** The hook-driven BootControl against a real sshd: hooks get their arguments, failures are loud. */
describe.skipIf(skip)('HookBootControl over real SSH', () => {
  let lab: SshLab;
  let sshd: SshServer;
  let dir = '';
  let home = '';
  const logger = new MemoryLogger();
  const connect = (): Promise<RemoteHost> => connectSsh(lab.target('hw-canary', sshd), { logger, retry: { attempts: 1 } });
  // Each hook appends its name and arguments to ~/hooks.log on the node.
  const hook = (name: string, exit = 0): string[] => ['sh', '-c', `echo "${name} $*" >> "$HOME/hooks.log"; exit ${exit}`, name];

  beforeAll(async () => {
    lab = await createSshLab();
    sshd = await startSshd(lab);
    dir = await mkdtemp(join(tmpdir(), 'linkgate-hooks-'));
    const host = await connect();
    home = (await host.exec(['sh', '-c', 'rm -f "$HOME/hooks.log"; echo "$HOME"'])).stdout.trim();
    await host.close();
  });
  afterAll(async () => {
    await sshd?.stop();
    await lab?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('uploads the image, runs install/promote/rollback with their arguments, and refuses a failing hook', async () => {
    const image = join(dir, 'Image');
    await writeFile(image, Buffer.alloc(300_000, 7));
    const control = new HookBootControl({ release: '6.1.0-good', image: '/boot/Image-good' }, {
      install: hook('install'),
      reboot: hook('reboot'),
      rollback: hook('rollback'),
      promote: hook('promote'),
      stagingDir: `${home}/staging`,
    });
    const host = await connect();
    try {
      await control.install('b', { release: '6.1.0-cand', image }, host);
      await control.promote('b', host);
      await control.disarm(host);
      const log = (await host.exec(['cat', `${home}/hooks.log`])).stdout.trim().split('\n');
      expect(log).toEqual([`install ${home}/staging/Image-6.1.0-cand 6.1.0-cand b`, 'promote b', 'rollback']);
      const remoteSum = (await host.exec(['sha256sum', `${home}/staging/Image-6.1.0-cand`])).stdout.split(' ')[0];
      expect(remoteSum).toBe(createHash('sha256').update(await readFile(image)).digest('hex'));
      expect((await control.state()).knownGood).toBe('b');

      const broken = new HookBootControl({ release: 'g', image: 'i' }, { install: hook('install', 3), reboot: hook('reboot'), rollback: hook('rollback'), stagingDir: `${home}/staging` });
      await expect(broken.install('b', { release: 'x', image }, host)).rejects.toThrow(/boot\.install hook .* failed \(exit 3\)/);
      await expect(broken.promote('b', host)).rejects.toThrow(/no boot\.promote hook/);
    } finally {
      await host.close();
    }
  });

  it('a node whose reboot hook does not reboot is caught: same boot id, deploy fails', async () => {
    const image = join(dir, 'Image2');
    await writeFile(image, 'kernel');
    const control = new HookBootControl({ release: 'good', image: 'i' }, { install: hook('install'), reboot: hook('reboot'), rollback: hook('rollback'), stagingDir: `${home}/staging` });
    const run = await executePlan(deployPlan(await control.state(), { release: 'cand', image }, 3_000), { control, connect, clock: systemClock, logger });
    expect(run.failure).toMatchObject({ step: 'wait-boot', reason: 'same-boot-id' });
    expect(run.failure?.message).toMatch(/never rebooted \(boot id still [0-9a-f-]{36}\)/);
  });
});
