/**
 * Real SSH servers for tests (and benchmarks): OpenSSH `sshd` and `dropbear` on loopback, with their
 * own config, port, host key and client key; nothing in /etc/ssh is used. Needs root (to log in as
 * the test user) and `requireTools(SSHD_TOOLS, { root: true })` before use.
 *
 *   const lab = await createSshLab();                  // temp dir, ed25519 host + client keys, user
 *   const sshd = await startSshd(lab);                 // 127.0.0.1:<free port>, ready when listening
 *   const target = lab.target('canary-01', sshd);      // an SshTarget for connectSsh (pinned)
 *   sshd.pause() / sshd.resume() / sshd.kill()         // SIGSTOP / SIGCONT / SIGKILL the listener
 *   await sshd.stop();  await lab.cleanup();           // always, in afterAll/finally
 *
 * - `startSshd(lab, { netns, listen, port, maxStartups, maxSessions, hostKey })` also starts sshd
 *   inside a network namespace (used by netns-fleet.ts). MaxStartups/MaxSessions default to 64 (the
 *   stock 10:30:100 / 10 drop concurrent handshakes and channels).
 * - `startDropbear(lab)` starts dropbear on loopback with the lab's ed25519 host key.
 * - `lab.user` is a dedicated login user with a stock Debian home (cheap non-interactive shell);
 *   `userProcesses(lab, marker)` lists that user's processes whose command line holds `marker`,
 *   to assert that nothing was left running on the "remote" side.
 * - `lab.otherHostKey` is a second host key (for wrong-key tests); `lab.otherClientKey` a client key
 *   sshd does not know.
 * Every sshd has its own PidFile (instances sharing one delete each other's), readiness is its own
 * "Server listening" log line (a port probe can hit an older listener), and the privsep dir
 * /run/sshd is created when missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SshTarget } from '../../src/remote/ssh-target.js';

export const SSHD_TOOLS = ['sshd', 'ssh-keygen', 'pgrep', 'useradd'] as const;
export const TEST_USER = 'lgcanary';

export interface KeyPair {
  privatePath: string;
  privateKey: string;
  /** `ssh-ed25519 AAAA…` */
  publicKey: string;
  /** `SHA256:…` */
  fingerprint: string;
}

export interface SshLab {
  dir: string;
  user: string;
  hostKey: KeyPair;
  otherHostKey: KeyPair;
  clientKey: KeyPair;
  otherClientKey: KeyPair;
  /** An SshTarget pinned to the lab's host key. */
  target(name: string, server: { host: string; port: number }, overrides?: Partial<SshTarget>): SshTarget;
  cleanup(): Promise<void>;
}

export interface SshServer {
  host: string;
  port: number;
  pid: number;
  logPath: string;
  log(): string;
  pause(): void;
  resume(): void;
  kill(signal?: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export function makeKey(dir: string, name: string, comment = name): KeyPair {
  const privatePath = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', privatePath]);
  const publicKey = readFileSync(`${privatePath}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  const fingerprint = execFileSync('ssh-keygen', ['-lf', `${privatePath}.pub`], { encoding: 'utf8' }).split(/\s+/)[1] ?? '';
  return { privatePath, privateKey: readFileSync(privatePath, 'utf8'), publicKey, fingerprint };
}

export function ensureTestUser(): void {
  try {
    execFileSync('id', [TEST_USER], { stdio: 'ignore' });
  } catch {
    try {
      execFileSync('useradd', ['-m', '-s', '/bin/bash', TEST_USER], { stdio: 'pipe' });
    } catch (error) {
      // Two test files may race to create it.
      execFileSync('id', [TEST_USER], { stdio: 'ignore', env: { ...process.env, _: String(error) } });
    }
  }
  // useradd leaves '!' (locked); with UsePAM no sshd then refuses even public keys.
  execFileSync('usermod', ['-p', '*', TEST_USER]);
}

export async function createSshLab(): Promise<SshLab> {
  ensureTestUser();
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-sshlab-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'auth'));
  const hostKey = makeKey(dir, 'host_ed25519', 'lab-host');
  const otherHostKey = makeKey(dir, 'other_host_ed25519', 'other-host');
  const clientKey = makeKey(dir, 'client_ed25519', 'lab-client');
  const otherClientKey = makeKey(dir, 'other_client_ed25519', 'stranger');
  writeFileSync(join(dir, 'auth', TEST_USER), `${clientKey.publicKey}\n`);
  writeFileSync(join(dir, 'auth', 'root'), `${clientKey.publicKey}\n`);
  return {
    dir,
    user: TEST_USER,
    hostKey,
    otherHostKey,
    clientKey,
    otherClientKey,
    target: (name, server, overrides = {}) => ({
      name,
      host: server.host,
      port: server.port,
      user: TEST_USER,
      hostKeys: [hostKey.fingerprint],
      hostKeyPolicy: 'pinned',
      privateKey: clientKey.privateKey,
      ...overrides,
    }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function sshdConfig(lab: SshLab, opts: { hostKeyPath?: string; maxStartups?: string; maxSessions?: number } = {}): string {
  return [
    `HostKey ${opts.hostKeyPath ?? lab.hostKey.privatePath}`,
    'AuthenticationMethods publickey',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    `AuthorizedKeysFile ${lab.dir}/auth/%u`,
    'StrictModes no',
    'UsePAM no',
    'PrintMotd no',
    'Subsystem sftp internal-sftp',
    'LogLevel VERBOSE',
    'AllowTcpForwarding yes',
    `MaxStartups ${opts.maxStartups ?? '64:30:128'}`,
    `MaxSessions ${opts.maxSessions ?? 64}`,
    '',
  ].join('\n');
}

/** A free TCP port on 127.0.0.1 (the kernel picks; a tiny race with other binders is accepted). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let instances = 0;

export async function startSshd(
  lab: SshLab,
  opts: { netns?: string; listen?: string; port?: number; maxStartups?: string; maxSessions?: number; hostKeyPath?: string; hostname?: string } = {},
): Promise<SshServer> {
  if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const id = `${process.pid}-${++instances}`;
  const listen = opts.listen ?? '127.0.0.1';
  const port = opts.port ?? (await freePort());
  const configPath = join(lab.dir, `sshd_config-${id}`);
  writeFileSync(configPath, sshdConfig(lab, opts));
  const logPath = join(lab.dir, `sshd-${id}.log`);
  const sshdArgv = ['/usr/sbin/sshd', '-D', '-e', '-f', configPath, '-p', String(port), '-o', `ListenAddress=${listen}`, '-o', `PidFile=${join(lab.dir, `sshd-${id}.pid`)}`];
  // ip netns exec, unshare (without --fork) and sh -c exec all exec: the child PID is sshd itself.
  const argv = opts.netns
    ? ['ip', 'netns', 'exec', opts.netns, 'unshare', '--uts', 'sh', '-c', `hostname "$0"; exec "$@"`, opts.hostname ?? opts.netns, ...sshdArgv]
    : sshdArgv;
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  return waitListening(child, logPath, new RegExp(`Server listening on ${listen.replace(/\./g, '\\.')} port ${port}`), listen, port);
}

export async function startDropbear(lab: SshLab): Promise<SshServer> {
  const port = await freePort();
  const id = `${process.pid}-${++instances}`;
  const keyPath = join(lab.dir, `dropbear_ed25519-${id}`);
  execFileSync('dropbearconvert', ['openssh', 'dropbear', lab.hostKey.privatePath, keyPath], { stdio: 'ignore' });
  // dropbear reads ~/.ssh/authorized_keys only, and insists on strict permissions there.
  const home = execFileSync('sh', ['-c', `getent passwd ${TEST_USER} | cut -d: -f6`], { encoding: 'utf8' }).trim();
  mkdirSync(join(home, '.ssh'), { recursive: true, mode: 0o700 });
  writeFileSync(join(home, '.ssh', 'authorized_keys'), `${lab.clientKey.publicKey}\n`, { mode: 0o600 });
  execFileSync('chown', ['-R', `${TEST_USER}:${TEST_USER}`, join(home, '.ssh')]);
  const logPath = join(lab.dir, `dropbear-${id}.log`);
  const child = spawn('dropbear', ['-F', '-E', '-s', '-r', keyPath, '-p', `127.0.0.1:${port}`, '-P', join(lab.dir, `dropbear-${id}.pid`)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return waitListening(child, logPath, /Not backgrounding|Running in/, '127.0.0.1', port, () => probe(port));
}

async function probe(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitListening(
  child: ChildProcess,
  logPath: string,
  ready: RegExp,
  host: string,
  port: number,
  extraCheck?: () => Promise<boolean>,
): Promise<SshServer> {
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    try {
      writeFileSync(logPath, log);
    } catch {
      // The lab directory is gone (cleanup ran first); the in-memory log is still there.
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!ready.test(log) || (extraCheck && !(await extraCheck()))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`ssh server exited before listening:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`ssh server not listening after 10 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const pid = child.pid!;
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  };
  return {
    host,
    port,
    pid,
    logPath,
    log: () => log,
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    kill: (sig = 'SIGKILL') => signal(sig),
    stop: async () => {
      signal('SIGCONT');
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The test user's processes whose full command line contains `marker` (pgrep -f). */
export function userProcesses(marker: string, user = TEST_USER): number[] {
  try {
    const out = execFileSync('pgrep', ['-u', user, '-f', marker], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Polls until no process of the test user carries `marker`, up to `withinMs`; returns what is left. */
export async function waitNoUserProcesses(marker: string, withinMs = 5000): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let left = userProcesses(marker);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    left = userProcesses(marker);
  }
  return left;
}

/** Kills leftovers after a failed assertion so that one failure does not poison later tests. */
export function killUserProcesses(marker: string): void {
  for (const pid of userProcesses(marker)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}
