import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner } from '../../core/command-runner.js';
import { formatArgv } from '../../core/command-runner.js';
import { InfraError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import {
  debianMirrorFromSources,
  GUEST_PACKAGES,
  privateAptOptions,
  sourcesListLine,
} from './apt-source.js';

export interface GuestDebs {
  dir: string;
  /** Absolute paths of the .deb files, one per package of GUEST_PACKAGES. */
  files: string[];
  mirror: string;
  /** True when the cache answered and nothing was downloaded. */
  cached: boolean;
}

export interface FetchDebsOptions {
  /** e.g. `<repo>/.cache/guest-debs`; the debs land in a sub-folder keyed by mirror + package list. */
  cacheDir: string;
  runner: CommandRunner;
  logger: Logger;
  /** Default: $LINKGATE_DEBIAN_MIRROR, else the Debian archive the host's own apt sources name. */
  mirror?: string;
  packages?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Downloads the guest's riscv64 packages from Debian trixie with a private apt state, once: a later
 * call with the same mirror and package list reuses the cached files (apt checks the signatures of the
 * Release file and the hash of every .deb on download).
 */
export async function fetchGuestDebs(options: FetchDebsOptions): Promise<GuestDebs> {
  const packages = [...(options.packages ?? GUEST_PACKAGES)].sort();
  const mirror = options.mirror ?? (await hostMirror());
  const key = createHash('sha256').update(JSON.stringify({ mirror, packages })).digest('hex').slice(0, 16);
  const root = join(options.cacheDir, key);
  const debsDir = join(root, 'debs');
  const done = join(root, 'done.json');

  const previous = await readDone(done);
  if (previous) {
    const files = previous.map((name) => join(debsDir, name));
    return { dir: debsDir, files, mirror, cached: true };
  }

  // Parallel test workers may fetch at once: each works in its own folder and the first rename wins.
  const work = `${root}.tmp-${randomBytes(4).toString('hex')}`;
  const state = join(work, 'apt');
  const workDebs = join(work, 'debs');
  try {
    for (const sub of ['lists/partial', 'archives/partial', 'empty']) await mkdir(join(state, sub), { recursive: true });
    await mkdir(workDebs, { recursive: true });
    await writeFile(join(state, 'status'), '');
    await writeFile(join(state, 'sources.list'), sourcesListLine(mirror));
    // Root downloads into a folder _apt cannot read: run unsandboxed instead of warning each time.
    const apt = [...privateAptOptions(state), '-o', 'APT::Sandbox::User=root', '-q'];

    options.logger.info(`guest packages: apt-get update (riscv64, trixie) from ${mirror}`);
    await mustRun(options, 'apt-get update', ['apt-get', ...apt, 'update'], work);
    options.logger.info(`guest packages: downloading ${packages.length} riscv64 debs`);
    await mustRun(options, 'apt-get download', ['apt-get', ...apt, 'download', ...packages], workDebs);

    const names = (await readdir(workDebs)).filter((f) => f.endsWith('.deb')).sort();
    const missing = packages.filter((p) => !names.some((n) => n.startsWith(`${p}_`)));
    if (missing.length > 0) throw new InfraError(`guest packages: apt did not download ${missing.join(', ')}`);
    await writeFile(join(work, 'done.json'), JSON.stringify(names, null, 2) + '\n');
    await rm(state, { recursive: true, force: true });
    // A leftover without done.json (an interrupted fetch) would block the rename forever.
    if (!(await readDone(done))) await rm(root, { recursive: true, force: true });
    try {
      await rename(work, root);
    } catch {
      // Another worker finished first; its copy is as good as ours.
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const names = await readDone(done);
  if (!names) throw new InfraError(`guest packages: ${root} is incomplete after the download`);
  return { dir: debsDir, files: names.map((n) => join(debsDir, n)), mirror, cached: false };
}

async function mustRun(options: FetchDebsOptions, label: string, argv: string[], cwd: string): Promise<void> {
  const result = await options.runner.run({ argv, cwd, timeoutMs: 300_000, signal: options.signal });
  if (result.exitCode !== 0) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5);
    throw new InfraError(`guest packages: ${label} failed (exit ${result.exitCode}); the command was: ${formatArgv(argv)}`, { details: tail });
  }
}

async function readDone(file: string): Promise<string[] | null> {
  try {
    const names: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (Array.isArray(names) && names.every((n) => typeof n === 'string' && /^[\w.+%~:-]+\.deb$/.test(n))) {
      const dir = join(file, '..', 'debs');
      const present = new Set(await readdir(dir));
      if (names.every((n) => present.has(n))) return names;
    }
  } catch {
    // No usable cache: fetch again.
  }
  return null;
}

async function hostMirror(): Promise<string> {
  const fromEnv = process.env.LINKGATE_DEBIAN_MIRROR;
  if (fromEnv) return fromEnv.replace(/\/+$/, '');
  const texts: string[] = [];
  for (const file of ['/etc/apt/sources.list', ...(await listSources('/etc/apt/sources.list.d'))]) {
    try {
      texts.push(await readFile(file, 'utf8'));
    } catch {
      // Absent sources file: nothing to learn from it.
    }
  }
  const mirror = debianMirrorFromSources(texts);
  if (mirror) return mirror;
  throw new InfraError(
    'no Debian archive for the riscv64 guest packages: the host\'s apt sources name none; set LINKGATE_DEBIAN_MIRROR to a Debian archive URL (…/debian)',
  );
}

async function listSources(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => /\.(list|sources)$/.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}
