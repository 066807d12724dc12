import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh, type ConnectOptions } from '../../src/remote/connect.js';
import { commandSteps, type FanOutStep, type StepOutcome } from '../../src/remote/command-steps.js';
import { runFanOut, summarizeFanOut, type HostOutcome } from '../../src/remote/fanout.js';
import type { SshTarget } from '../../src/remote/ssh-target.js';
import { delayProxy } from '../helpers/delay-proxy.js';
import { FLEET_TOOLS, createFleet, type Fleet } from '../helpers/netns-fleet.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, killUserProcesses, waitNoUserProcesses, type SshLab } from '../helpers/sshd.js';

const skip = requireTools([...SSHD_TOOLS, ...FLEET_TOOLS], { root: true });
const MARK = `lg-fleet-${process.pid}`;

interface Run {
  outcomes: HostOutcome<StepOutcome[]>[];
  byName: Record<string, HostOutcome<StepOutcome[]>>;
  wallMs: number;
  logger: MemoryLogger;
}

/** Every host runs: hostname, then a "work" step whose behaviour depends on the host's hostname. */
function steps(work: Record<string, string>, timeoutMs: number): FanOutStep[] {
  const cases = Object.entries(work)
    .map(([host, script]) => `${host}) ${script} ;;`)
    .join(' ');
  return [
    { name: 'hostname', argv: ['hostname'], timeoutMs },
    { name: 'work', argv: ['sh', '-c', `case $(hostname) in ${cases} *) echo fine ;; esac # ${MARK}`], timeoutMs, maxOutputBytes: 64 * 1024 },
  ];
}

describe.skipIf(skip)('fan-out over a namespaced fleet with injected faults', () => {
  let lab: SshLab;
  let fleet: Fleet;

  beforeAll(async () => {
    lab = await createSshLab();
    fleet = await createFleet(lab, 4);
  });
  afterAll(async () => {
    killUserProcesses(MARK);
    await fleet?.destroy();
    await lab?.cleanup();
  });

  async function fanOut(
    fanSteps: FanOutStep[],
    opts: { targets?: SshTarget[]; connect?: Partial<ConnectOptions> | ((t: SshTarget) => Partial<ConnectOptions>); signal?: AbortSignal } = {},
  ): Promise<Run> {
    const logger = new MemoryLogger();
    const started = Date.now();
    const targets = opts.targets ?? fleet.hosts.map((h) => h.target());
    const outcomes = await runFanOut(targets, {
      concurrency: 8,
      nameOf: (t) => t.name,
      work: commandSteps(fanSteps),
      logger,
      signal: opts.signal,
      connect: (t, signal) =>
        connectSsh(t, {
          logger,
          signal,
          connectTimeoutMs: 1500,
          retry: { attempts: 2, initialDelayMs: 100, maxDelayMs: 200 },
          ...(typeof opts.connect === 'function' ? opts.connect(t) : opts.connect),
        }),
    });
    return { outcomes, byName: Object.fromEntries(outcomes.map((o) => [o.name, o])), wallMs: Date.now() - started, logger };
  }

  it('connect faults: host down, sshd stopped, wrong host key, wrong user key — each in its own state', async () => {
    const [down, stopped, wrongHostKey, wrongUserKey] = fleet.hosts;
    await down!.sshd.stop();
    stopped!.sshd.pause();
    try {
      const targets = [
        down!.target(),
        stopped!.target(),
        wrongHostKey!.target({ hostKeys: [lab.otherHostKey.fingerprint] }),
        wrongUserKey!.target({ privateKey: lab.otherClientKey.privateKey }),
      ];
      const run = await fanOut(steps({}, 5000), { targets });
      expect(run.outcomes.map((o) => o.state)).toEqual(['unreachable', 'timeout', 'auth-failed', 'auth-failed']);
      expect(run.byName['canary-01']!.message).toMatch(/ECONNREFUSED/);
      expect(run.byName['canary-03']!.message).toContain(lab.hostKey.fingerprint);
      expect(summarizeFanOut(run.outcomes)).toBe('canary-01: unreachable; canary-02: timeout; canary-[03-04]: auth-failed');
      // Two attempts of 1.5 s for the stopped sshd, plus backoff: nothing hangs.
      expect(run.wallMs).toBeLessThan(2 * 1500 + 1500);
    } finally {
      stopped!.sshd.resume();
      await down!.restartSshd();
    }
  }, 30_000);

  it('command faults: never ends, floods output, sshd killed mid-command — others ok, live logs, nothing left running', async () => {
    const victim = fleet.hosts[2]!;
    setTimeout(() => victim.killSshd(), 1000);
    const run = await fanOut(
      steps(
        {
          'canary-01': `sleep 300`,
          'canary-02': `yes flood`,
          'canary-03': `sleep 300`,
        },
        2000,
      ),
      { connect: { keepaliveIntervalMs: 500, keepaliveCountMax: 2 } },
    );
    try {
      expect(run.outcomes.map((o) => o.state)).toEqual(['timeout', 'timeout', 'unreachable', 'ok']);
      const flood = run.byName['canary-02']!.value![1]!.result!;
      expect(flood.truncated).toBe(true);
      expect(flood.stdout.length).toBeLessThan(64 * 1024 + 200);
      expect(run.byName['canary-03']!.message).toMatch(/connection lost/);
      expect(run.wallMs).toBeLessThan(2000 + 3000 + 1000);
      expect(run.logger.lines).toContain('[canary-04] fine');
      expect(run.logger.lines).toContain('[canary-02] flood');
      expect(run.logger.lines.some((l) => l.startsWith('[canary-01] canary-01'))).toBe(true);
      expect(await waitNoUserProcesses(MARK, 5000)).toEqual([]);
    } finally {
      await victim.restartSshd();
    }
  }, 30_000);

  it('network faults: 10% loss and a bandwidth cap still finish; link down mid-command is unreachable; 200 ms delay', async () => {
    const [lossy, capped, cut, far] = fleet.hosts;
    lossy!.loss(10);
    capped!.rateLimit('1mbit');
    const proxy = await delayProxy(far!.ip, 22, 200);
    setTimeout(() => cut!.linkDown(), 1500);
    try {
      const targets = [lossy!.target(), capped!.target(), cut!.target(), far!.target({ host: '127.0.0.1', port: proxy.port })];
      const run = await fanOut(
        steps(
          {
            'canary-01': 'head -c 200000 /dev/zero | od | tail -1',
            'canary-02': 'head -c 200000 /dev/urandom | base64 -w0',
            'canary-03': 'sleep 300',
          },
          6000,
        ),
        {
          targets,
          connect: (t) =>
            t.name === 'canary-03' ? { keepaliveIntervalMs: 300, keepaliveCountMax: 3 } : { connectTimeoutMs: 10_000, retry: { attempts: 4, initialDelayMs: 200, maxDelayMs: 1000 } },
        },
      );
      expect(run.outcomes.map((o) => `${o.name}:${o.state}`)).toEqual(['canary-01:ok', 'canary-02:ok', 'canary-03:unreachable', 'canary-04:ok']);
      expect(run.byName['canary-03']!.durationMs).toBeLessThan(1500 + 3000);
      // 1 Mbit/s: the capped host took visibly longer than the transfer takes unshaped.
      expect(run.byName['canary-02']!.value![1]!.result!.durationMs).toBeGreaterThan(1000);
      // 200 ms each way: the handshake alone is several round trips.
      expect(run.byName['canary-04']!.connectMs).toBeGreaterThan(1500);
      // Behind the delay, a short connect timeout ends in `timeout`, not a hang.
      const short = await fanOut(steps({}, 5000), { targets: [far!.target({ host: '127.0.0.1', port: proxy.port })], connect: { connectTimeoutMs: 800, retry: { attempts: 1 } } });
      expect(short.outcomes[0]!.state).toBe('timeout');
      // The link-down host's command dies by the wrapper's own deadline (timeout + 5 s).
      expect(await waitNoUserProcesses(MARK, 12_000)).toEqual([]);
    } finally {
      lossy!.clearLoss();
      capped!.clearRate();
      cut!.linkUp();
      await proxy.close();
    }
  }, 60_000);

  it('a cancelled run (SIGTERM) stops every host promptly and kills the remote commands', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('SIGTERM')), 1000);
    const run = await fanOut(steps({ 'canary-0[1-4]': 'sleep 300' }, 60_000), { signal: controller.signal });
    expect(run.outcomes.every((o) => o.cancelled && o.state === 'timeout')).toBe(true);
    expect(run.wallMs).toBeLessThan(1000 + 3000);
    expect(await waitNoUserProcesses(MARK, 5000)).toEqual([]);
  }, 30_000);
});
