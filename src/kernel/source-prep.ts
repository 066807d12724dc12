import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { canonicalJson } from './fingerprint.js';
import type { BuildPlan } from './plan.js';

/**
 * A prepared source tree (unpacked, cloned or copied, then patched) is reused while its stamp
 * matches; the O= build directory is wiped when it was built from another tree, because files
 * unpacked from a tarball keep old mtimes and make would trust stale objects.
 */
const STAMP = '.linkgate-source';

export function sourceStamp(plan: BuildPlan, patchHashes: readonly string[]): string {
  const source = plan.source.type === 'git' ? { ...plan.source, ref: undefined } : plan.source;
  return canonicalJson({ source, patches: patchHashes, srcDir: plan.srcDir });
}

export async function preparedSourceMatches(plan: BuildPlan, stamp: string): Promise<boolean> {
  if (!plan.preparesSource) return true;
  const found = await readFile(join(plan.srcDir, STAMP), 'utf8').catch(() => null);
  return found === stamp;
}

/** Clears the place the source phase writes to. */
export async function resetSourceDir(plan: BuildPlan): Promise<void> {
  if (!plan.preparesSource) return;
  await rm(plan.srcDir, { recursive: true, force: true });
  await mkdir(join(plan.workDir, 'src'), { recursive: true });
}

export async function writeSourceStamp(plan: BuildPlan, stamp: string): Promise<void> {
  if (plan.preparesSource) await writeFile(join(plan.srcDir, STAMP), stamp);
}

/** Empties the O= directory if it was configured from another tree; returns whether it did. */
export async function ensureBuildDirFor(plan: BuildPlan, stamp: string): Promise<boolean> {
  const path = join(plan.buildDir, STAMP);
  const found = await readFile(path, 'utf8').catch(() => null);
  let wiped = false;
  if (found !== stamp) {
    wiped = found !== null || (await stat(plan.buildDir).catch(() => null)) !== null;
    await rm(plan.buildDir, { recursive: true, force: true });
  }
  await mkdir(plan.buildDir, { recursive: true });
  await writeFile(path, stamp);
  return wiped;
}

/** A kernel tree has a top Makefile and Kconfig; a tarball must unpack to the directory the plan names. */
export async function checkTree(path: string): Promise<void> {
  const missing: string[] = [];
  for (const name of ['Makefile', 'Kconfig', 'scripts/kconfig/merge_config.sh']) {
    if (!(await stat(join(path, name)).catch(() => null))) missing.push(name);
  }
  if (missing.length > 0) {
    throw new UsageError(`${path} is not a kernel source tree (missing ${missing.join(', ')})`, {
      details: ['a tarball must unpack to one top directory named like the tarball (linux-source-6.1.tar.xz → linux-source-6.1/)'],
    });
  }
}

export async function copyTree(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(join(to, '..'), { recursive: true });
  await cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
}
