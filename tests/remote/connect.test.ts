import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import { RemoteError } from '../../src/remote/transport.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, freePort, startSshd, type SshLab, type SshServer } from '../helpers/sshd.js';

const skip = requireTools([...SSHD_TOOLS], { root: true });
const FAST = { retry: { attempts: 3, initialDelayMs: 50, maxDelayMs: 200 }, connectTimeoutMs: 3000 };

async function refusal(promise: Promise<unknown>): Promise<RemoteError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RemoteError);
  return error as RemoteError;
}

describe.skipIf(skip)('connectSsh against a real sshd', () => {
  let lab: SshLab;
  let sshd: SshServer;
  let second: SshServer;

  beforeAll(async () => {
    lab = await createSshLab();
    sshd = await startSshd(lab);
    second = await startSshd(lab, { hostKeyPath: lab.otherHostKey.privatePath });
  });
  afterAll(async () => {
    await sshd?.stop();
    await second?.stop();
    await lab?.cleanup();
  });

  it.each([
    ['a SHA256 fingerprint', () => [lab.hostKey.fingerprint]],
    ['a public key', () => [lab.hostKey.publicKey]],
    ['a known_hosts line for [127.0.0.1]:port', () => [`[127.0.0.1]:${sshd.port} ${lab.hostKey.publicKey}`]],
    ['a hashed known_hosts line', () => [hashedLine(`[127.0.0.1]:${sshd.port}`, lab.hostKey.publicKey)]],
    ['one of several pins (rotation)', () => [lab.otherHostKey.fingerprint, lab.hostKey.publicKey]],
  ])('accepts the host pinned by %s', async (_what, pins) => {
    const host = await connectSsh(lab.target('canary-01', sshd, { hostKeys: pins() }), { logger: new MemoryLogger(), ...FAST });
    const result = await host.exec(['id', '-un']);
    expect(result.stdout.trim()).toBe(lab.user);
    await host.close();
  });

  it('refuses a wrong host key at once, without retrying, and says which key it saw', async () => {
    const logger = new MemoryLogger();
    const started = Date.now();
    const error = await refusal(connectSsh(lab.target('canary-01', sshd, { hostKeys: [lab.otherHostKey.fingerprint] }), { logger, ...FAST }));
    expect(error.state).toBe('auth-failed');
    expect(error.message).toContain(lab.hostKey.fingerprint);
    expect(error.message).toMatch(/not among the 1 pinned key/);
    expect(logger.lines.filter((l) => l.includes('retry'))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('explains a known_hosts pin written for another host, and an unusable @cert-authority pin', async () => {
    const error = await refusal(
      connectSsh(lab.target('canary-01', sshd, { hostKeys: [`canary-99 ${lab.hostKey.publicKey}`, `@cert-authority * ${lab.otherHostKey.publicKey}`] }), {
        logger: new MemoryLogger(),
        ...FAST,
      }),
    );
    expect(error.state).toBe('auth-failed');
    expect(error.message).toMatch(/host patterns do not name \[127\.0\.0\.1\]:\d+/);
    expect(error.message).toMatch(/cannot negotiate host certificates/);
  });

  it('refuses a user key the server does not know', async () => {
    const error = await refusal(connectSsh(lab.target('canary-01', sshd, { privateKey: lab.otherClientKey.privateKey }), { logger: new MemoryLogger(), ...FAST }));
    expect(error.state).toBe('auth-failed');
    expect(error.message).toMatch(/refused our key/);
  });

  it('reports a malformed private key as auth-failed without a stack trace', async () => {
    const error = await refusal(connectSsh(lab.target('canary-01', sshd, { privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\ngarbage\n' }), { logger: new MemoryLogger(), ...FAST }));
    expect(error.state).toBe('auth-failed');
    expect(error.message).toMatch(/cannot use the private key/);
  });

  it('trusts an unpinned host only under insecure-accept-new, and warns loudly with the line to pin', async () => {
    const logger = new MemoryLogger();
    const host = await connectSsh(lab.target('lab-01', sshd, { hostKeys: [], hostKeyPolicy: 'insecure-accept-new' }), { logger, ...FAST });
    await host.close();
    const warning = logger.lines.find((l) => l.startsWith('warning: INSECURE'));
    expect(warning).toContain(`[127.0.0.1]:${sshd.port} ${lab.hostKey.publicKey}`);
    // With pins present, insecure-accept-new still refuses a changed key.
    const error = await refusal(
      connectSsh(lab.target('lab-01', sshd, { hostKeys: [lab.otherHostKey.fingerprint], hostKeyPolicy: 'insecure-accept-new' }), { logger, ...FAST }),
    );
    expect(error.state).toBe('auth-failed');
  });

  it('retries a refused port with backoff, then reports unreachable', async () => {
    const logger = new MemoryLogger();
    const port = await freePort();
    const error = await refusal(connectSsh(lab.target('canary-down', { host: '127.0.0.1', port }), { logger, ...FAST }));
    expect(error.state).toBe('unreachable');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(logger.lines.filter((l) => /retry \d\/2/.test(l))).toHaveLength(2);
  });

  it('reports a stopped (SIGSTOP) sshd as timeout after the connect timeout', async () => {
    const frozen = await startSshd(lab);
    frozen.pause();
    try {
      const started = Date.now();
      const error = await refusal(
        connectSsh(lab.target('canary-frozen', frozen), { logger: new MemoryLogger(), connectTimeoutMs: 1000, retry: { attempts: 2, initialDelayMs: 50, maxDelayMs: 50 } }),
      );
      expect(error.state).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(2 * 1000 + 1500);
    } finally {
      await frozen.stop();
    }
  });

  it('connects through a pinned jump host, and refuses a jump host with a wrong key', async () => {
    const target = lab.target('canary-behind', second, {
      hostKeys: [lab.otherHostKey.fingerprint],
      jump: { host: '127.0.0.1', port: sshd.port, user: lab.user, hostKeys: [lab.hostKey.fingerprint] },
    });
    const host = await connectSsh(target, { logger: new MemoryLogger(), ...FAST });
    const result = await host.exec(['sh', '-c', 'echo "$SSH_CONNECTION"']);
    // The target saw a connection coming from the jump host's sshd, not from us directly.
    expect(result.stdout.trim().split(' ')[2]).toBe('127.0.0.1');
    expect(result.stdout.trim().split(' ')[3]).toBe(String(second.port));
    await host.close();
    const error = await refusal(connectSsh({ ...target, jump: { ...target.jump!, hostKeys: [lab.otherHostKey.fingerprint] } }, { logger: new MemoryLogger(), ...FAST }));
    expect(error.state).toBe('auth-failed');
    expect(error.message).toMatch(/jump host/);
  });

  it('gets 24 simultaneous connections through a stock MaxStartups 10:30:100 sshd by retrying', async () => {
    const stock = await startSshd(lab, { maxStartups: '10:30:100', maxSessions: 10 });
    try {
      const logger = new MemoryLogger();
      const hosts = await Promise.all(
        Array.from({ length: 24 }, (_, i) => connectSsh(lab.target(`c${i}`, stock), { logger, connectTimeoutMs: 10_000, retry: { attempts: 6, initialDelayMs: 200, maxDelayMs: 2000 } })),
      );
      const results = await Promise.all(hosts.map((h) => h.exec(['true'])));
      expect(results.map((r) => `${r.exitCode}${r.stderr}`)).toEqual(results.map(() => '0'));
      await Promise.all(hosts.map((h) => h.close()));
    } finally {
      await stock.stop();
    }
  }, 60_000);
});

function hashedLine(name: string, key: string): string {
  const salt = randomBytes(20);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')} ${key}`;
}
