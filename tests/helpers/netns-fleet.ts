/**
 * A fleet of "hosts" for tests: one network namespace per host on a private bridge, each running
 * its own OpenSSH sshd (see sshd.ts) with its own hostname. Needs root, `ip`, `unshare`, `nft`, `tc`:
 * `requireTools(FLEET_TOOLS, { root: true })`.
 *
 *   const fleet = await createFleet(lab, 4);          // canary-01..04 on 10.213.X.11..14:22
 *   fleet.hosts[0].target()                           // SshTarget pinned to the lab host key
 *   await fleet.destroy();                            // always (afterAll); also sweeps leftovers
 *
 * Faults per host (netem is not in this kernel, see notes/ssh-fleet-lab.md):
 *   linkDown()/linkUp()     the host's bridge port (packets are dropped, no RST)
 *   loss(10)/clearLoss()    nftables numgen random drop, both directions, inside the namespace
 *   rateLimit('1mbit')/clearRate()   tbf on the namespace's egress
 *   killSshd()              SIGKILL every sshd of the host (listener and per-connection children)
 *   restartSshd()           a fresh listener after killSshd()/sshd.stop()
 *   sshd.pause()/resume()   SIGSTOP/SIGCONT the listener
 * `delayProxy(toHost, toPort, ms)` (delay-proxy.ts) adds latency in user space.
 *
 * Safety: the bridge holds the /24 route, and an `unreachable` route (metric 4000) keeps lab
 * traffic off the default route even if the bridge goes away. Names carry the creating PID, so
 * createFleet() first removes namespaces, bridges and routes whose creator is gone (a test process
 * killed before its afterAll ran).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { SshTarget } from '../../src/remote/ssh-target.js';
import { startSshd, type SshLab, type SshServer } from './sshd.js';

export const FLEET_TOOLS = ['ip', 'unshare', 'nft', 'tc', 'sshd'] as const;

export interface FleetHost {
  name: string;
  ns: string;
  ip: string;
  veth: string;
  sshd: SshServer;
  target(overrides?: Partial<SshTarget>): SshTarget;
  linkDown(): void;
  linkUp(): void;
  loss(percent: number): void;
  clearLoss(): void;
  rateLimit(rate: string): void;
  clearRate(): void;
  killSshd(): void;
  restartSshd(): Promise<void>;
}

export interface Fleet {
  hosts: FleetHost[];
  subnet: string;
  destroy(): Promise<void>;
}

const run = (...argv: string[]): string => execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const tryRun = (...argv: string[]): void => {
  try {
    run(...argv);
  } catch {
    // best effort (cleanup)
  }
};
let fleets = 0;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killNamespace(ns: string): void {
  let pids: string[] = [];
  try {
    pids = run('ip', 'netns', 'pids', ns).split('\n').filter(Boolean);
  } catch {
    // gone
  }
  for (const pid of pids) tryRun('kill', '-KILL', pid);
  tryRun('ip', 'netns', 'del', ns);
}

/** Removes namespaces and bridges left by test processes that no longer exist. */
export function sweepStaleFleets(): void {
  const namespaces = run('ip', 'netns', 'list').split('\n').map((l) => l.split(' ')[0] ?? '');
  for (const ns of namespaces) {
    const m = /^lg(\d+)f\d+c\d+$/.exec(ns);
    if (m && !alive(Number(m[1]))) killNamespace(ns);
  }
  for (const line of run('ip', '-o', 'link', 'show', 'type', 'bridge').split('\n')) {
    const m = /^\d+: (lg(\d+)f\d+br)[:@]/.exec(line);
    if (m && !alive(Number(m[2]))) tryRun('ip', 'link', 'del', m[1]!);
  }
  const routes = run('ip', 'route', 'show');
  for (const m of routes.matchAll(/^unreachable (10\.213\.\d+\.0\/24) metric 4000/gm)) {
    if (!routes.includes(`${m[1]} dev `)) tryRun('ip', 'route', 'del', 'unreachable', m[1]!, 'metric', '4000');
  }
}

function freeSubnet(): string {
  const routes = run('ip', 'route', 'show');
  for (let x = 20 + (process.pid % 200); x < 20 + (process.pid % 200) + 250; x++) {
    const subnet = `10.213.${(x % 230) + 20}`;
    if (!routes.includes(`${subnet}.0/24`)) return subnet;
  }
  throw new Error('no free 10.213.X.0/24 subnet for a test fleet');
}

export async function createFleet(lab: SshLab, count: number, opts: { namePrefix?: string } = {}): Promise<Fleet> {
  sweepStaleFleets();
  const id = `lg${process.pid}f${++fleets}`;
  const bridge = `${id}br`;
  const subnet = freeSubnet();
  const hosts: FleetHost[] = [];
  const destroy = async (): Promise<void> => {
    for (const host of hosts) await host.sshd.stop().catch(() => undefined);
    for (let i = 1; i <= count; i++) killNamespace(`${id}c${i}`);
    tryRun('ip', 'link', 'del', bridge);
    tryRun('ip', 'route', 'del', 'unreachable', `${subnet}.0/24`, 'metric', '4000');
  };
  try {
    run('ip', 'link', 'add', bridge, 'type', 'bridge');
    tryRun('sysctl', '-qw', `net.ipv6.conf.${bridge}.disable_ipv6=1`);
    run('ip', 'addr', 'add', `${subnet}.1/24`, 'dev', bridge);
    run('ip', 'link', 'set', bridge, 'up');
    run('ip', 'route', 'add', 'unreachable', `${subnet}.0/24`, 'metric', '4000');
    for (let i = 1; i <= count; i++) {
      const ns = `${id}c${i}`;
      const veth = `${id}v${i}`;
      const ip = `${subnet}.${10 + i}`;
      const name = `${opts.namePrefix ?? 'canary-'}${String(i).padStart(2, '0')}`;
      run('ip', 'netns', 'add', ns);
      run('ip', 'link', 'add', veth, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns);
      tryRun('sysctl', '-qw', `net.ipv6.conf.${veth}.disable_ipv6=1`);
      tryRun('ip', 'netns', 'exec', ns, 'sysctl', '-qw', 'net.ipv6.conf.all.disable_ipv6=1');
      run('ip', 'link', 'set', veth, 'master', bridge, 'up');
      run('ip', '-n', ns, 'addr', 'add', `${ip}/24`, 'dev', 'eth0');
      run('ip', '-n', ns, 'link', 'set', 'eth0', 'up');
      run('ip', '-n', ns, 'link', 'set', 'lo', 'up');
      const start = (): Promise<SshServer> => startSshd(lab, { netns: ns, listen: ip, port: 22, hostname: name });
      const host: FleetHost = {
        name,
        ns,
        ip,
        veth,
        sshd: await start(),
        target: (overrides = {}) => lab.target(name, { host: ip, port: 22 }, overrides),
        linkDown: () => run('ip', 'link', 'set', veth, 'down'),
        linkUp: () => run('ip', 'link', 'set', veth, 'up'),
        loss: (percent) => {
          const rule = `numgen random mod 100 < ${percent} drop`;
          const ruleset = `table inet lgfault {\n chain in { type filter hook input priority 0; policy accept; ${rule}; }\n chain out { type filter hook output priority 0; policy accept; ${rule}; }\n}\n`;
          execFileSync('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], { input: ruleset });
        },
        clearLoss: () => tryRun('ip', 'netns', 'exec', ns, 'nft', 'delete', 'table', 'inet', 'lgfault'),
        rateLimit: (rate) => run('ip', 'netns', 'exec', ns, 'tc', 'qdisc', 'replace', 'dev', 'eth0', 'root', 'tbf', 'rate', rate, 'burst', '16kb', 'latency', '200ms'),
        clearRate: () => tryRun('ip', 'netns', 'exec', ns, 'tc', 'qdisc', 'del', 'dev', 'eth0', 'root'),
        killSshd: () => {
          for (const pid of run('ip', 'netns', 'pids', ns).split('\n').filter(Boolean)) {
            let comm = '';
            try {
              comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
            } catch {
              continue;
            }
            if (comm === 'sshd') tryRun('kill', '-KILL', pid);
          }
        },
        restartSshd: async () => {
          await host.sshd.stop().catch(() => undefined);
          host.sshd = await start();
        },
      };
      hosts.push(host);
    }
  } catch (error) {
    await destroy();
    throw error;
  }
  return { hosts, subnet, destroy };
}
