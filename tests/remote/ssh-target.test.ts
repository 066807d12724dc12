import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger, StreamLogger } from '../../src/core/logger.js';
import { UsageError } from '../../src/core/errors.js';
import { Canary } from '../../src/manifest/schema/canary.js';
import { hostsMatch } from '../../src/remote/host-key-pin.js';
import { sshTargetFromCanary } from '../../src/remote/ssh-target.js';

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\nAAAAMwAAAAtzc2gtZWQyNTUxOQAAACDVX+woM7cmof2a55Jj+yT8smQ3sZbskeXN\n-----END OPENSSH PRIVATE KEY-----';
const dir = mkdtempSync(join(tmpdir(), 'linkgate-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const canary = (extra: Record<string, unknown> = {}): Canary =>
  Canary.parse({ name: 'canary-01', host: 'c1.lab', user: 'ci', hostKeys: ['SHA256:gaJv5PuXsdsdyOOiYRJ66+FHahjdgLUG/wGFfsx5VA4'], ...extra });

describe('sshTargetFromCanary', () => {
  it('takes the key from SSH_PRIVATE_KEY by default and masks it, line by line', async () => {
    const lines: string[] = [];
    const logger = new StreamLogger((t) => lines.push(t));
    const target = await sshTargetFromCanary(canary(), { env: { SSH_PRIVATE_KEY: KEY }, logger });
    expect(target).toMatchObject({ name: 'canary-01', host: 'c1.lab', port: 22, user: 'ci', hostKeyPolicy: 'pinned' });
    logger.error(`ssh2 said: bad key line AAAAMwAAAAtzc2gtZWQyNTUxOQAAACDVX+woM7cmof2a55Jj+yT8smQ3sZbskeXN`);
    expect(lines.join('')).not.toContain('AAAAMwAAAAtzc2gtZWQyNTUxOQAAACDVX');
    expect(lines.join('')).toContain('***');
  });
  it('reads a key file only when it is private', async () => {
    const file = join(dir, 'id');
    writeFileSync(file, KEY);
    chmodSync(file, 0o644);
    await expect(sshTargetFromCanary(canary({ identity: { file } }), { env: {}, logger: new MemoryLogger() })).rejects.toThrow(/permissions 0644; .*\(chmod 600\)/);
    chmodSync(file, 0o600);
    const target = await sshTargetFromCanary(canary({ identity: { file } }), { env: {}, logger: new MemoryLogger() });
    expect(String(target.privateKey)).toContain('BEGIN OPENSSH PRIVATE KEY');
  });
  it('names the missing variable or file', async () => {
    await expect(sshTargetFromCanary(canary({ identity: { env: 'CANARY_KEY' } }), { env: {}, logger: new MemoryLogger() })).rejects.toThrow(UsageError);
    await expect(sshTargetFromCanary(canary({ identity: { env: 'CANARY_KEY' } }), { env: { CANARY_KEY: '  ' }, logger: new MemoryLogger() })).rejects.toThrow(/CANARY_KEY is not set or empty/);
    await expect(sshTargetFromCanary(canary({ identity: { file: join(dir, 'nope') } }), { env: {}, logger: new MemoryLogger() })).rejects.toThrow(/cannot read private key file/);
  });
});

describe('hostsMatch (known_hosts host field)', () => {
  it.each([
    [['c1.lab'], 'c1.lab', 22, true],
    [['C1.LAB'], 'c1.lab', 22, true],
    [['c1.lab'], 'c1.lab', 2222, false],
    [['[c1.lab]:2222'], 'c1.lab', 2222, true],
    [['*.lab'], 'c1.lab', 22, true],
    [['c?.lab'], 'c12.lab', 22, false],
    [['*.lab', '!c1.lab'], 'c1.lab', 22, false],
    [['10.0.0.*'], '10.0.0.7', 22, true],
    [['|1|bad'], 'c1.lab', 22, false],
    [['a(b'], 'a(b', 22, true],
  ])('%j vs %s:%d → %s', (patterns, host, port, expected) => {
    expect(hostsMatch(patterns, host, port)).toBe(expected);
  });
});
