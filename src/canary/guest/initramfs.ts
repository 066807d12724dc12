import { chmod, lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { CommandRunner } from '../../core/command-runner.js';
import { formatArgv } from '../../core/command-runner.js';
import { InfraError } from '../../core/errors.js';
import {
  dropbearPrivateKey,
  generateEd25519,
  openSshPrivateKey,
  openSshPublicLine,
  sha256Fingerprint,
} from './ed25519-keys.js';
import { guestFiles, PRUNED_PATHS } from './guest-files.js';

export interface GuestInitramfs {
  /** The gzip-compressed newc cpio archive for `qemu -initrd`. */
  path: string;
  bytes: number;
  /** The guest's host key as `ssh-ed25519 AAAA…`: the pin for connecting to it. */
  hostKey: string;
  hostKeyFingerprint: string;
  /** The client's private key (OpenSSH format, 0600); remove it with the work folder. */
  clientKeyPath: string;
  durationMs: number;
}

export interface BuildInitramfsOptions {
  /** The Debian riscv64 packages to unpack (see fetchGuestDebs). */
  debs: readonly string[];
  /** A private work folder; the archive, the rootfs and the client key are written here. */
  workDir: string;
  runner: CommandRunner;
  hostname?: string;
  /** Extra files for the guest, e.g. test modules: [guest path, local path]. */
  extra?: readonly [string, string][];
  signal?: AbortSignal;
}

/**
 * Builds the canary's initramfs: Debian's dropbear + busybox, a busybox-sh init, a fresh host key
 * (generated here, so the caller can pin it before the first boot) and the authorized client key.
 */
export async function buildGuestInitramfs(options: BuildInitramfsOptions): Promise<GuestInitramfs> {
  const started = Date.now();
  const rootfs = join(options.workDir, 'rootfs');
  await rm(rootfs, { recursive: true, force: true });
  await mkdir(rootfs, { recursive: true, mode: 0o755 });

  for (const deb of options.debs) {
    await mustRun(options, ['dpkg-deb', '-x', deb, rootfs]);
  }
  for (const pruned of PRUNED_PATHS) await rm(join(rootfs, pruned), { recursive: true, force: true });

  const hostKey = generateEd25519();
  const clientKey = generateEd25519();
  const clientKeyPath = join(options.workDir, 'client_ed25519');
  await writeFile(clientKeyPath, openSshPrivateKey(clientKey, 'linkgate-qemu-client'), { mode: 0o600 });

  const cpioPath = join(options.workDir, 'initramfs.cpio');
  const path = `${cpioPath}.gz`;
  let gzBytes: number;
  try {
    const files = guestFiles({
      hostname: options.hostname ?? 'linkgate-qemu',
      authorizedKey: openSshPublicLine(clientKey, 'linkgate-qemu-client'),
      hostKey: dropbearPrivateKey(hostKey),
    });
    for (const file of files) {
      const target = join(rootfs, file.path);
      await mkdir(dirname(target), { recursive: true });
      if (file.dir) {
        await mkdir(target, { recursive: true });
        await chmod(target, file.mode);
      } else if (file.symlink !== undefined) {
        await rm(target, { recursive: true, force: true });
        await symlink(file.symlink, target);
      } else {
        await writeFile(target, file.content ?? '', { mode: file.mode });
        await chmod(target, file.mode);
      }
    }
    for (const [guestPath, localPath] of options.extra ?? []) {
      const target = join(rootfs, guestPath.replace(/^\/+/, ''));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await readFile(localPath), { mode: 0o644 });
    }

    const list = await listTree(rootfs);
    // --owner=0:0: every file belongs to root in the guest whoever built the archive (dropbear checks it).
    await mustRun(options, ['cpio', '-o', '-H', 'newc', '--owner=0:0', '--quiet', `--file=${cpioPath}`], rootfs, list.join('\n') + '\n');
    const gz = await promisify(gzip)(await readFile(cpioPath), { level: 9 });
    // It carries the guest's private host key: only this user (and the QEMU it starts) reads it.
    await writeFile(path, gz, { mode: 0o600 });
    gzBytes = gz.length;
    await rm(cpioPath, { force: true });
    await rm(rootfs, { recursive: true, force: true });
  } catch (error) {
    // The client key, and the rootfs/archive that carry the guest's private host key, must not outlive a failed build.
    await Promise.all([clientKeyPath, rootfs, cpioPath, path].map((p) => rm(p, { recursive: true, force: true })));
    throw error;
  }

  return {
    path,
    bytes: gzBytes,
    hostKey: openSshPublicLine(hostKey, ''),
    hostKeyFingerprint: sha256Fingerprint(hostKey),
    clientKeyPath,
    durationMs: Date.now() - started,
  };
}

/** Every path under `root`, relative, parents before children, in a stable order. */
async function listTree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const names = (await readdir(join(root, rel))).sort();
    for (const name of names) {
      const child = rel ? `${rel}/${name}` : name;
      out.push(child);
      const info = await lstat(join(root, child));
      if (info.isDirectory()) await walk(child);
    }
  };
  await walk('');
  return out;
}

async function mustRun(options: BuildInitramfsOptions, argv: string[], cwd?: string, stdin?: string): Promise<void> {
  const result = await options.runner.run({ argv, cwd, stdin, timeoutMs: 120_000, signal: options.signal });
  if (result.exitCode !== 0) {
    throw new InfraError(`initramfs: ${formatArgv(argv)} failed (exit ${result.exitCode})`, {
      details: result.stderr.trim().split('\n').slice(-5),
    });
  }
}
