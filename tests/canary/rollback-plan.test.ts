import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Clock } from '../../src/core/clock.js';
import { rollbackPlan, type KnownGood } from '../../src/gate/boot-plan.js';
import { executePlan } from '../../src/gate/plan-executor.js';
import { Canary } from '../../src/manifest/schema/canary.js';
import type { RemoteExecResult, RemoteHost } from '../../src/remote/transport.js';

/**
 * A simulated canary node behind the RemoteHost port: a riscv64 GPU node cannot exist here. It
 * holds two boot entries; the rollback hook selects one, reboot switches to it (or, when the
 * firmware ignores the selection, boots the same kernel again).
 */
class SimulatedNode {
  release = '6.13.0-bumped';
  selected = '6.13.0-bumped';
  bootId = 1;
  up = true;
  honoursSelection = true;
  execs: string[][] = [];
  host(): RemoteHost {
    if (!this.up) throw Object.assign(new Error('connect ECONNREFUSED'), { state: 'unreachable' });
    const reply = (stdout: string, exitCode = 0): RemoteExecResult => ({ argv: [], exitCode, signal: null, stdout, stderr: '', timedOut: false, truncated: false, durationMs: 1 });
    return {
      name: 'canary-01',
      exec: async (argv) => {
        this.execs.push([...argv]);
        const cmd = argv.join(' ');
        if (cmd === 'uname -r') return reply(`${this.release}\n`);
        if (cmd === 'cat /proc/sys/kernel/random/boot_id') return reply(`boot-${this.bootId}\n`);
        if (cmd === 'cat /sys/module/nvidia/version') return reply(this.release.startsWith('6.12') ? '570.172.08\n' : '580.82.07\n');
        if (cmd === 'cat /proc/modules') return reply('nvidia 104964096 492 nvidia_modeset, Live 0x0000000000000000 (POE)\n');
        if (cmd === 'grub-reboot known-good') return (this.selected = '6.12.9-known-good'), reply('');
        if (cmd === 'systemctl reboot') {
          this.up = false;
          return reply('');
        }
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
    this.bootId++;
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
const knownGood: KnownGood = { kernelRelease: '6.12.9-known-good', driverVersion: '570.172.08', module: 'nvidia' };

function plan() {
  const p = rollbackPlan(canary, knownGood, 60_000);
  if (!p.ok) throw new Error(p.message);
  return p.plan;
}

describe('rollback plan and executor', () => {
  it('the plan is data: hooks from the manifest, wait, verify', () => {
    expect(plan().steps.map((s) => s.kind)).toEqual(['exec', 'reboot', 'wait-return', 'verify']);
    expect(rollbackPlan(Canary.parse({ ...canary, boot: { strategy: 'none' } }), knownGood)).toEqual({ ok: false, message: 'canary canary-01: no boot.rollback hook in the manifest (strategy none)' });
  });

  it('rolls back, waits for the new boot id and verifies; a second run is a no-op (idempotent)', async () => {
    const node = new SimulatedNode();
    const clock = steppingClock((n) => n === 2 && node.boot());
    const outcome = await executePlan(plan(), { connect: async () => node.host(), clock });
    expect(outcome.status).toBe('done');
    expect(outcome.verification).toMatchObject({ ok: true, kernelRelease: { actual: '6.12.9-known-good' }, driverVersion: { actual: '570.172.08' } });
    const again = await executePlan(plan(), { connect: async () => node.host(), clock });
    expect(again.status).toBe('already-done');
    expect(node.execs.filter((a) => a[0] === 'systemctl')).toHaveLength(1);
  });

  it('a rollback whose verification fails is reported, not hidden', async () => {
    const node = new SimulatedNode();
    node.honoursSelection = false;
    const outcome = await executePlan(plan(), { connect: async () => node.host(), clock: steppingClock((n) => n === 1 && node.boot()) });
    expect(outcome.status).toBe('verify-failed');
    expect(outcome.steps.at(-1)).toMatchObject({ ok: false, detail: expect.stringContaining('WRONG uname -r 6.13.0-bumped (expected 6.12.9-known-good)') });
  });

  it('a node that never comes back is unreachable after the timeout', async () => {
    const node = new SimulatedNode();
    const outcome = await executePlan(plan(), { connect: async () => node.host(), clock: steppingClock(() => undefined) });
    expect(outcome.status).toBe('unreachable');
    expect(outcome.steps.at(-1)!.detail).toContain('did not come back within 60 s');
  });

  it('linkgate rollback --dry-run prints the plan and touches nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollback-'));
    const manifest = join(dir, 'linkgate.yaml');
    writeFileSync(
      manifest,
      `version: 1\ncanaries:\n  - name: canary-01\n    host: 10.0.0.1\n    user: ci\n    hostKeys: ["SHA256:${'A'.repeat(43)}"]\n    boot:\n      strategy: hooks\n      install: ["true"]\n      reboot: [systemctl, reboot]\n      rollback: [grub-reboot, known-good]\n`,
    );
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), env: {}, cwd: dir, signal: new AbortController().signal };
    const code = await main(['rollback', '--manifest', manifest, '--canary', 'canary-01', '--known-good-release', '6.12.9-known-good', '--dry-run', '--json'], io);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).plans[0].steps[0]).toEqual({ kind: 'exec', description: 'select the known-good boot entry (boot.rollback)', argv: ['grub-reboot', 'known-good'] });
    expect(stderr).toContain('1. select the known-good boot entry (boot.rollback): ["grub-reboot","known-good"]');
    expect(await main(['rollback', '--manifest', manifest, '--canary', 'canary-01', '--dry-run'], io)).toBe(2);
    expect(await main(['rollback', '--manifest', manifest, '--canary', 'nope', '--known-good-release', 'x', '--dry-run'], io)).toBe(2);
  });
});
