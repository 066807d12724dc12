import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InfraError } from '../core/errors.js';
import { sha256Text } from '../kernel/file-hash.js';
import { copyExtras, type SignDeps, type SignModulesOptions, signModules } from './sign-modules.js';
import { formatSha256Sums, type SigningManifest } from './signing-manifest.js';

export const SIGNATURES_FILE = 'signatures.json';
export const SUMS_FILE = 'SHA256SUMS';

export interface BundleFiles {
  /** Every file of the bundle, relative to its directory, SHA256SUMS included. */
  files: string[];
  signaturesPath: string;
  /** `sha256sum -c` input covering every other file; also the `subject-checksums` for actions/attest. */
  sumsPath: string;
}

/**
 * Writes `signatures.json` and `SHA256SUMS` into a directory that already holds the signed modules
 * (and any extra files). Module digests are re-read from disk, not trusted from memory, so the sums
 * describe the bytes that are actually published.
 */
export async function writeBundleMetadata(dir: string, manifest: SigningManifest, extraNames: readonly string[]): Promise<BundleFiles> {
  const signaturesPath = join(dir, SIGNATURES_FILE);
  await writeFile(signaturesPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const names = [...manifest.modules.map((m) => m.file), ...extraNames, SIGNATURES_FILE];
  const entries = await Promise.all(names.map(async (name) => ({ name, sha256: sha256Text(await readFile(join(dir, name))) })));
  for (const module of manifest.modules) {
    const onDisk = entries.find((e) => e.name === module.file);
    if (onDisk?.sha256 !== module.sha256After) throw new InfraError(`${module.file} changed on disk after it was signed and verified`);
  }
  const sumsPath = join(dir, SUMS_FILE);
  await writeFile(sumsPath, formatSha256Sums(entries));
  return { files: [...names, SUMS_FILE], signaturesPath, sumsPath };
}

/**
 * Signs the modules into `dir` (flat), copies the extra files (kernel image, build metadata) next
 * to them, and writes the metadata: the directory is then exactly what gets published.
 */
export async function buildSignedBundle(
  dir: string,
  options: Omit<SignModulesOptions, 'outDir'>,
  extras: readonly string[],
  deps: SignDeps,
): Promise<{ manifest: SigningManifest; bundle: BundleFiles }> {
  const manifest = await signModules({ ...options, outDir: dir }, deps);
  const taken = new Set([...manifest.modules.map((m) => m.file), SIGNATURES_FILE, SUMS_FILE]);
  const extraNames = await copyExtras(extras, dir, taken);
  const bundle = await writeBundleMetadata(dir, manifest, extraNames);
  return { manifest, bundle };
}
