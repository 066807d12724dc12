import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootControlFor } from '../../src/canary/rollout/boot-strategy.js';
import { executePlan } from '../../src/canary/slots/ab-executor.js';
import { rollbackPlan } from '../../src/canary/slots/ab-plan.js';
import { exitCodeOf } from '../../src/canary/slots/plan-outcome.js';
import type { Expectation } from '../../src/canary/slots/verify-boot.js';
import { main } from '../../src/cli/main.js';
import type { Clock } from '../../src/core/clock.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Canary } from '../../src/manifest/schema/canary.js';
import type { RemoteExecResult, RemoteHost } from '../../src/remote/transport.js';

/**
 * The rollback plan through HookBootControl (the manifest's hooks) against a simulated canary behind
 * the RemoteHost port: a riscv64 node with an NVIDIA driver cannot exist here (the QEMU A/B tests
 * and the real-sshd tests cover the real transport and a real reboot). The node holds two boot
 * entries; the rollback hook selects one, reboot switches to it — or, when the firmware ignores the
 * selection, boots the same kernel again.
 */
class SimulatedNode {
  release = '6.13.0-bumped';
  selected = '6.13.0-bumped';
  boots = 1;
  up = true;
  honoursSelection = true;
  execs: string[][] = [];
  get bootId(): string {
    return `00000000-0000-4000-8000-${String(this.boots).padStart(12, '0')}`;
  }
  host(): RemoteHost {
    if (!this.up) throw Object.assign(new Error('connect ECONNREFUSED'), { state: 'unreachable' });
    const reply = (stdout: string, exitCode = 0): RemoteExecResult => ({ argv: [], exitCode, signal: null, stdout, stderr: '', timedOut: false, truncated: false, durationMs: 1 });
    return {
      name: 'canary-01',
      exec: async (argv) => {
        this.execs.push([...argv]);
        const cmd = argv.join(' ');
        if (cmd === 'uname -r') return reply(`${this.release}\n`);
        if (cmd === 'cat /proc/sys/kernel/random/boot_id') return reply(`${this.bootId}\n`);
        if (cmd === 'cat /sys/module/nvidia/version') return reply(this.release.startsWith('6.12') ? '570.172.08\n' : '580.82.07\n');
        if (cmd === 'cat /proc/modules') return reply('nvidia 104964096 492 nvidia_modeset, Live 0x0000000000000000 (POE)\n');
        if (cmd === 'grub-reboot known-good') return (this.selected = '6.12.9-known-good'), reply('');
        if (cmd === 'systemctl reboot') return (this.up = false), reply('');
        return reply('', 127);
      },
      put: async () => ({ skipped: true, sha256: '' }),
      get: async () => undefined,
      close: async () => undefined,
    };
  }
  /** The node finishes booting. */
  boot(): void {
    if (this.honoursSelection) this.release = this.selected;
    this.boots++;
    this.up = true;
  }
}

/** A clock whose sleeps complete at once and run a hook (the node boots while we wait). */
function steppingClock(onSleep: (n: number) => void): Clock {
  let now = 0;
  let sleeps = 0;
  return { now: () => now, sleep: async (ms) => ((now += ms), onSleep(++sleeps)) };
}

const canary = Canary.parse({
  name: 'canary-01',
  host: 'canary-01.lab.example',
  user: 'ci',
  hostKeys: ['SHA256:' + 'A'.repeat(43)],
  boot: { strategy: 'hooks', install: ['true'], reboot: ['systemctl', 'reboot'], rollback: ['grub-reboot', 'known-good'] },
});
const knownGood: Expectation = { release: '6.12.9-known-good', driverVersion: '570.172.08', module: 'nvidia' };

async function rollBack(node: SimulatedNode, clock: Clock) {
  const made = bootControlFor(canary, { release: knownGood.release, image: '(entry)' }, 'rollback');
  if (!made.ok) throw new Error(made.message);
  return executePlan(rollbackPlan(knownGood, 60_000), { control: made.control, connect: async () => node.host(), clock, logger: new MemoryLogger() });
}

describe('rollback through the boot hooks, verified', () => {
  it('rolls back, waits for the new boot id and verifies; a second run is a no-op (idempotent)', async () => {
    const node = new SimulatedNode();
    const run = await rollBack(node, steppingClock((n) => n === 2 && node.boot()));
    expect(run.status).toBe('done');
    expect(run.verification).toMatchObject({ ok: true, release: { actual: '6.12.9-known-good' }, driverVersion: { actual: '570.172.08' }, module: { loaded: true } });
    expect(run.after?.bootId).not.toBe(run.before?.bootId);
    const again = await rollBack(node, steppingClock(() => undefined));
    expect(again.status).toBe('already-done');
    expect(exitCodeOf('rollback', again.status)).toBe(0);
    expect(node.execs.filter((a) => a[0] === 'systemctl')).toHaveLength(1);
    // The rollback hook runs every time: it is the one step that must hold for the next boot too.
    expect(node.execs.filter((a) => a[0] === 'grub-reboot')).toHaveLength(2);
  });

  it('a rollback whose verification fails is reported, not hidden', async () => {
    const node = new SimulatedNode();
    node.honoursSelection = false;
    const run = await rollBack(node, steppingClock((n) => n === 1 && node.boot()));
    expect(run.status).toBe('verify-failed');
    expect(exitCodeOf('rollback', run.status)).toBe(1);
    expect(run.failure).toMatchObject({ step: 'verify', message: expect.stringContaining('WRONG uname -r 6.13.0-bumped (expected 6.12.9-known-good)') });
    expect(run.failure?.message).toContain('WRONG driver 580.82.07 (expected 570.172.08)');
    expect(run.verification).toMatchObject({ ok: false, module: { ok: true } });
    expect(run.log.at(-1)).toMatch(/^FAILED verify: WRONG uname -r/);
  });

  it('a node that never comes back did not return (infrastructure, exit 3)', async () => {
    const node = new SimulatedNode();
    const run = await rollBack(node, steppingClock(() => undefined));
    expect(run.status).toBe('did-not-return');
    expect(exitCodeOf('rollback', run.status)).toBe(3);
    expect(run.failure?.message).toContain('no answer with a new boot within 60 s');
  });

  it('a node that cannot be reached at all is unreachable, and nothing ran', async () => {
    const node = new SimulatedNode();
    node.up = false;
    const run = await rollBack(node, steppingClock(() => undefined));
    expect(run.status).toBe('unreachable');
    expect(node.execs).toEqual([]);
  });
});

describe('linkgate rollback (plans only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rollback-'));
  const manifest = join(dir, 'linkgate.yaml');
  const pin = `SHA256:${'A'.repeat(43)}`;
  writeFileSync(
    manifest,
    `version: 1
canaries:
  - name: canary-01
    host: 10.0.0.1
    user: ci
    hostKeys: ["${pin}"]
    boot: { strategy: hooks, install: ["true"], reboot: [systemctl, reboot], rollback: [grub-reboot, known-good], promote: [grub-set-default, candidate] }
  - name: canary-02
    host: 10.0.0.2
    user: ci
    hostKeys: ["${pin}"]
  - name: canary-03
    host: 10.0.0.3
    user: ci
    hostKeys: ["${pin}"]
    boot: { strategy: ab-slots, install: [slot-install], reboot: [reboot], rollback: [slot-rollback] }
`,
  );
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: dir, signal: new AbortController().signal });
    return { code, stdout, stderr };
  };

  it('--dry-run prints the plan with the hooks it will run, and touches nothing', async () => {
    const r = await cli('rollback', '--manifest', manifest, '--canary', 'canary-01', '--known-good-release', '6.12.9-known-good', '--known-good-driver', '570.172.08', '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.outcomes).toEqual([]);
    expect(doc.plans[0].steps.map((s: { kind: string }) => s.kind)).toEqual(['disarm', 'observe', 'done-if', 'reboot', 'wait-boot', 'verify']);
    expect(doc.plans[0].steps[0].description).toBe('clear any pending try: next boot is the known-good slot (boot.rollback ["grub-reboot","known-good"])');
    expect(r.stderr).toContain('6. verify uname -r = 6.12.9-known-good, driver 570.172.08, module nvidia loaded');
  });

  it('--promote --dry-run verifies the new build before boot.promote', async () => {
    const r = await cli('rollback', '--manifest', manifest, '--canary', 'canary-01', '--promote', '--release', '6.13.0-bumped', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2\. verify uname -r = 6\.13\.0-bumped, driver \(any version\), module nvidia loaded\n.*3\. make slot b the known-good slot \(boot\.promote \["grub-set-default","candidate"\] \+ b\)/s);
  });

  it('boot.strategy none is a usage error that says what to configure', async () => {
    const r = await cli('rollback', '--manifest', manifest, '--canary', 'canary-02', '--known-good-release', 'x', '--dry-run');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('canary canary-02: boot.strategy is "none", so linkgate cannot rollback it; set boot.strategy to "hooks" (or "ab-slots") with boot.install, boot.reboot and boot.rollback hooks');
  });

  it('no known-good release: a usage error for hooks; ab-slots reads it from the node when it runs', async () => {
    const hooks = await cli('rollback', '--manifest', manifest, '--canary', 'canary-01', '--dry-run');
    expect(hooks.code).toBe(2);
    expect(hooks.stderr).toContain('canary canary-01: no known-good release: give --baseline DIR or --known-good-release R');
    const slots = await cli('rollback', '--manifest', manifest, '--canary', 'canary-03', '--dry-run');
    expect(slots.code, slots.stderr).toBe(0);
    expect(slots.stderr).toContain("verify uname -r = <the known-good slot's release, from the node's slot table>");
    expect(slots.stderr).toContain("note: slots are read from the node's slot table /var/tmp/linkgate/slots.json when this runs");
  });

  it.each([
    [['--canary', 'nope', '--known-good-release', 'x'], /no canary named nope/],
    [['--known-good-release', 'x'], /--canary NAME is required/],
    [['--canary', 'canary-01', '--promote', '--known-good-release', 'x'], /--promote takes --release/],
    [['--canary', 'canary-01', '--known-good-release', 'x', '--boot-timeout', '1e9'], /--boot-timeout "1e9"/],
  ])('bad flags exit 2: %j', async (flags, message) => {
    const r = await cli('rollback', '--manifest', manifest, ...flags, '--dry-run');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('without the SSH key nothing is touched: a usage error naming the variable', async () => {
    const r = await cli('rollback', '--manifest', manifest, '--canary', 'canary-01', '--known-good-release', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('canary canary-01: the private key variable SSH_PRIVATE_KEY is not set or empty');
  });
});
