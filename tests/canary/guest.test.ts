import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { debianMirrorFromSources, GUEST_PACKAGES, privateAptOptions } from '../../src/canary/guest/apt-source.js';
import {
  dropbearPrivateKey,
  generateEd25519,
  openSshPrivateKey,
  openSshPublicLine,
  sha256Fingerprint,
} from '../../src/canary/guest/ed25519-keys.js';
import { buildGuestInitramfs } from '../../src/canary/guest/initramfs.js';
import { parseHostKeyPin } from '../../src/remote/host-key-pin.js';
import { guestDebs } from './helpers/guest-debs.js';
import { requireTools } from '../helpers/skip.js';

describe('debianMirrorFromSources', () => {
  it('reads deb822 and one-line sources, skipping security and third-party archives', () => {
    const deb822 = 'Types: deb\nURIs: http://mirror.local/debian-security\n\nTypes: deb\nURIs: http://mirror.local/debian/\nSuites: bookworm\n';
    expect(debianMirrorFromSources([deb822])).toBe('http://mirror.local/debian');
    expect(debianMirrorFromSources(['deb [arch=amd64] https://apt.example.net/nodesource/node_20.x nodistro main', 'deb http://mirror.example.de/debian bookworm main'])).toBe(
      'http://mirror.example.de/debian',
    );
  });
  it.each([[''], ['garbage\n\0\0'], ['URIs: file:///srv/debian'], ['deb http://x/ubuntu jammy main'], ['URIs: ' + 'a'.repeat(100_000)]])(
    'returns null when nothing usable is there: %#',
    (text) => expect(debianMirrorFromSources([text])).toBeNull(),
  );
  it('points every apt directory at the private state folder', () => {
    const options = privateAptOptions('/s');
    expect(options).toContain('Dir::Etc::SourceList=/s/sources.list');
    expect(options).toContain('APT::Architecture=riscv64');
    expect(options).toContain('Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled=false');
  });
});

describe('ed25519 keys in dropbear and OpenSSH formats', () => {
  const skip = requireTools(['ssh-keygen']);
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)('writes a private key ssh-keygen reads back to the same public key and fingerprint', async () => {
    dir = await mkdtemp(join(tmpdir(), 'linkgate-keys-'));
    const key = generateEd25519();
    const file = join(dir, 'id');
    await writeFile(file, openSshPrivateKey(key, 'c'), { mode: 0o600 });
    expect(execFileSync('ssh-keygen', ['-y', '-f', file], { encoding: 'utf8' }).trim()).toBe(openSshPublicLine(key, 'c'));
    await writeFile(`${file}.pub`, openSshPublicLine(key, 'c') + '\n');
    expect(execFileSync('ssh-keygen', ['-l', '-f', `${file}.pub`], { encoding: 'utf8' })).toContain(sha256Fingerprint(key));
    const pin = parseHostKeyPin(openSshPublicLine(key, ''));
    expect(pin.ok && pin.pin.sha256).toBe(sha256Fingerprint(key).slice('SHA256:'.length));
  });

  it('lays out the dropbear key as string "ssh-ed25519" + string(seed || public key)', () => {
    const key = generateEd25519();
    const blob = dropbearPrivateKey(key);
    expect(blob.readUInt32BE(0)).toBe(11);
    expect(blob.subarray(4, 15).toString()).toBe('ssh-ed25519');
    expect(blob.readUInt32BE(15)).toBe(64);
    expect(blob.subarray(19, 51)).toEqual(key.seed);
    expect(blob.subarray(51)).toEqual(key.publicKey);
  });
});

describe('guest initramfs from Debian trixie riscv64 packages', () => {
  const skip = requireTools(['apt-get', 'dpkg-deb', 'cpio']);
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)('unpacks dropbear + busybox, pins a fresh host key and writes a private client key', async () => {
    const debs = await guestDebs();
    expect(debs.files).toHaveLength(GUEST_PACKAGES.length);
    dir = await mkdtemp(join(tmpdir(), 'linkgate-initramfs-'));
    const built = await buildGuestInitramfs({ debs: debs.files, workDir: dir, runner: new ProcessRunner() });
    expect((await stat(built.clientKeyPath)).mode & 0o777).toBe(0o600);
    // The archive carries the guest's private host key.
    expect((await stat(built.path)).mode & 0o777).toBe(0o600);
    expect(parseHostKeyPin(built.hostKey).ok).toBe(true);
    const cpio = gunzipSync(await readFile(built.path));
    await writeFile(join(dir, 'x.cpio'), cpio);
    const listing = execFileSync('cpio', ['-itv', '--quiet', `--file=${join(dir, 'x.cpio')}`], { encoding: 'utf8' });
    for (const path of ['init', 'usr/sbin/dropbear', 'usr/bin/busybox', 'usr/lib/ld-linux-riscv64-lp64d.so.1', 'usr/lib/sftp-server', 'root/.ssh/authorized_keys', 'etc/dropbear/dropbear_ed25519_host_key']) {
      expect(listing).toMatch(new RegExp(` ${path.replace(/[.]/g, '\\.')}( |$)`, 'm'));
    }
    // Owned by root whoever built it, and private where dropbear insists.
    expect(listing).toMatch(/^-rw------- +1 root +root .* root\/\.ssh\/authorized_keys$/m);
    expect(listing).toMatch(/^drwx------ +2 root +root .* root\/\.ssh$/m);
    expect(listing).toMatch(/^lrwxrwxrwx .* lib -> usr\/lib$/m);
    expect(listing).not.toMatch(/ usr\/share\//);
  });
});

describe('guest initramfs: a failed build leaves no key behind', () => {
  it('removes the client key and the rootfs holding the host key when a step fails', async () => {
    const work = await mkdtemp(join(tmpdir(), 'linkgate-initramfs-fail-'));
    try {
      const failing = buildGuestInitramfs({ debs: [], workDir: work, runner: new ProcessRunner(), extra: [['opt/x.ko', join(work, 'missing.ko')]] });
      await expect(failing).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await readdir(work)).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
