import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readBundle } from '../../src/smoke/bundle/format.js';
import { readResults } from '../../src/smoke/results-dir.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, startSshd, type SshLab, type SshServer } from '../helpers/sshd.js';

/**
 * A real node captured and replayed: `linkgate capture` against a real OpenSSH sshd on loopback (this
 * machine, which has no NVIDIA GPU), then `linkgate smoke --virtual` on the bundle. The replay must
 * judge exactly as the real run did; node-class answers come from the bundle, host-class commands
 * run for real.
 */
const skip = requireTools(SSHD_TOOLS, { root: true });

async function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd: process.cwd(), signal: new AbortController().signal });
  return { code, stdout, stderr };
}

describe.skipIf(skip)('capture a real node, replay it as a virtual canary', () => {
  let lab: SshLab;
  let sshd: SshServer;
  let work: string;
  const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, LINKGATE_TEST_KEY: lab.clientKey.privateKey });

  beforeAll(async () => {
    lab = await createSshLab();
    sshd = await startSshd(lab);
    work = mkdtempSync(join(tmpdir(), 'linkgate-capture-'));
    writeFileSync(
      join(work, 'linkgate.yaml'),
      [
        'version: 1',
        'canaries:',
        '  - name: lab-node',
        `    host: ${sshd.host}`,
        `    port: ${sshd.port}`,
        `    user: ${lab.user}`,
        '    identity: { env: LINKGATE_TEST_KEY }',
        `    hostKeys: ["${lab.hostKey.fingerprint}"]`,
        '    expected: { gpus: 8, nvlinksPerPair: 18 }',
        'smoke:',
        '  steps: [preflight, module-load, topology, training-step, fabric]',
        '',
      ].join('\n'),
    );
  }, 60_000);
  afterAll(async () => {
    await sshd?.stop();
    await lab?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('captures, replays, and both runs judge the same way', async () => {
    const bundleDir = join(work, 'bundle');
    const captured = await cli(['capture', '--manifest', join(work, 'linkgate.yaml'), '--canary', 'lab-node', '--out', bundleDir, '--json'], env());
    expect(captured.stderr).not.toMatch(/internal error/);
    const doc = JSON.parse(captured.stdout);
    expect(doc.canary.state).toBe('ok');

    const bundle = await readBundle(bundleDir);
    const labels = bundle.meta.commands.map((c) => `${c.step}/${c.label}`);
    // node-class commands are kept, host-class ones (clock, disk, boot id) are not
    expect(labels).toEqual(expect.arrayContaining(['preflight/uname-r', 'preflight/iommu-groups', 'module-load/load', 'module-load/pci-probe']));
    expect(labels.some((l) => /date|df|boot-id/.test(l))).toBe(false);
    const uname = bundle.recordings.find((r) => r.command.label === 'uname-r')!;
    expect(uname.stdout.toString().trim()).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    expect(bundle.meta.node.kernelRelease).toBe(uname.stdout.toString().trim());

    const real = await readResults(join(bundleDir, 'capture-run'));
    // this machine has no GPU: GPU steps skip with that reason, never pass
    const realSteps = real.canaries[0]!.steps.map((s) => [s.name, s.status, s.reason]);
    expect(realSteps.find((s) => s[0] === 'module-load')).toEqual(['module-load', 'skip', 'no NVIDIA GPU']);
    expect(realSteps.find((s) => s[0] === 'topology')).toEqual(['topology', 'skip', 'no NVIDIA GPU']);

    const out = join(work, 'replay');
    const replayed = await cli(['smoke', '--virtual', bundleDir, '--out', out, '--json'], env());
    expect(replayed.stderr).not.toMatch(/internal error/);
    const replay = await readResults(out);
    expect(replay.run.mode).toBe('virtual');
    expect(replay.canaries[0]!.steps.map((s) => [s.name, s.status, s.reason])).toEqual(realSteps);
    expect(JSON.parse(replayed.stdout).exitCode).toBe(replayed.code);
  }, 120_000);

  it('serves the recording, not this machine: an edited uname answer comes back', async () => {
    const bundleDir = join(work, 'bundle');
    const meta = JSON.parse(readFileSync(join(bundleDir, 'meta.json'), 'utf8'));
    const entry = meta.commands.find((c: { label: string }) => c.label === 'uname-r');
    writeFileSync(join(bundleDir, entry.stdout), '6.1.0-linkgate-replayed\n');
    const out = join(work, 'replay-edited');
    await cli(['smoke', '--virtual', bundleDir, '--out', out], env());
    const replay = await readResults(out);
    expect(replay.canaries[0]!.facts.kernelRelease).toBe('6.1.0-linkgate-replayed');
    // host-class commands ran for real here: the clock skew is tiny
    const preflight = replay.canaries[0]!.steps.find((s) => s.name === 'preflight')!;
    expect(Math.abs(preflight.data.clockSkewS as number)).toBeLessThan(5);
  }, 60_000);
});
