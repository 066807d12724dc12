import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import type { RemoteHost } from '../../src/remote/transport.js';
import { requireTools } from '../helpers/skip.js';
import { SSHD_TOOLS, createSshLab, startSshd, type SshLab, type SshServer } from '../helpers/sshd.js';

const skip = requireTools([...SSHD_TOOLS], { root: true });

describe.skipIf(skip)('SFTP put and get', () => {
  let lab: SshLab;
  let sshd: SshServer;
  let host: RemoteHost;
  let local: string;
  let remoteDir: string;

  beforeAll(async () => {
    lab = await createSshLab();
    sshd = await startSshd(lab);
    host = await connectSsh(lab.target('canary-01', sshd), { logger: new MemoryLogger() });
    local = mkdtempSync(join(tmpdir(), 'linkgate-sftp-'));
    remoteDir = (await host.exec(['mktemp', '-d'])).stdout.trim();
  });
  afterAll(async () => {
    if (remoteDir) await host?.exec(['rm', '-rf', remoteDir]);
    await host?.close();
    await sshd?.stop();
    await lab?.cleanup();
    if (local) rmSync(local, { recursive: true, force: true });
  });

  it('uploads, keeps the mode, skips an unchanged file and replaces a changed one atomically', async () => {
    const file = join(local, 'payload.bin');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 7));
    chmodSync(file, 0o750);
    const remote = `${remoteDir}/payload.bin`;
    const first = await host.put(file, remote);
    expect(first.skipped).toBe(false);
    expect(first.sha256).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]);
    const check = await host.exec(['sh', '-c', 'sha256sum < "$1"; stat -c %a "$1"', 'sh', remote]);
    expect(check.stdout).toBe(`${first.sha256}  -\n750\n`);

    expect(await host.put(file, remote)).toEqual({ skipped: true, sha256: first.sha256 });

    // Changed locally: uploaded again.
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 8));
    expect((await host.put(file, remote)).skipped).toBe(false);
    // Changed remotely behind our back (same size): the stale record must not make us skip.
    await host.exec(['sh', '-c', 'printf X | dd of="$1" bs=1 seek=5 conv=notrunc 2>/dev/null', 'sh', remote]);
    expect((await host.put(file, remote)).skipped).toBe(false);
    expect((await host.exec(['sha256sum', remote])).stdout.split(' ')[0]).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]);
    // No temp files left next to the target.
    expect((await host.exec(['ls', '-A', remoteDir])).stdout.trim()).toBe('payload.bin');
  });

  it('skips a file that is already there with the same content (no record yet)', async () => {
    const file = join(local, 'already.txt');
    writeFileSync(file, 'same content\n');
    await host.exec(['sh', '-c', 'printf "same content\\n" > "$1"', 'sh', `${remoteDir}/already.txt`]);
    expect((await host.put(file, `${remoteDir}/already.txt`, { mode: 0o600 })).skipped).toBe(true);
    expect((await host.exec(['stat', '-c', '%a', `${remoteDir}/already.txt`])).stdout.trim()).toBe('600');
  });

  it('downloads with the remote mode and leaves no partial file on failure', async () => {
    await host.exec(['sh', '-c', 'head -c 100000 /dev/urandom > "$1/results.log"; chmod 640 "$1/results.log"', 'sh', remoteDir]);
    const target = join(local, 'results.log');
    await host.get(`${remoteDir}/results.log`, target);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    const remoteHash = (await host.exec(['sha256sum', `${remoteDir}/results.log`])).stdout.split(' ')[0];
    expect(execFileSync('sha256sum', [target], { encoding: 'utf8' }).split(' ')[0]).toBe(remoteHash);
    await expect(host.get(`${remoteDir}/missing.log`, join(local, 'missing.log'))).rejects.toThrow(/download of .*missing\.log failed: No such file/);
    expect(readdirSync(local).filter((f) => f.includes('missing') || f.endsWith('.part'))).toEqual([]);
    expect(readFileSync(target).length).toBe(100000);
  });

  it('keeps the permission bits of a download but never setuid, setgid or sticky', async () => {
    await host.exec(['sh', '-c', 'printf x > "$1/tool"; chmod 7755 "$1/tool"', 'sh', remoteDir]);
    expect((await host.exec(['stat', '-c', '%a', `${remoteDir}/tool`])).stdout.trim()).toMatch(/^[4-7]755$/);
    const target = join(local, 'tool');
    await host.get(`${remoteDir}/tool`, target);
    expect((statSync(target).mode & 0o7777).toString(8)).toBe('755');
  });
});
