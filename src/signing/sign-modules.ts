import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CommandRunner } from '../core/command-runner.js';
import { InfraError, UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { VERSION } from '../core/version.js';
import { sha256Text } from '../kernel/file-hash.js';
import { loadCertificate, type SigningCertificate } from './certificate.js';
import { isElf } from './elf-modinfo.js';
import { type KeySource, withKeyFile } from './key-material.js';
import { stripSignatures } from './module-signature.js';
import { chooseSigner, type HashAlgo, type SignMethod, type Signer, stripDebug } from './signer.js';
import { isSafeArtifactFileName, type SignedModuleRecord, type SigningManifest } from './signing-manifest.js';
import { verifyModuleBytes } from './verify-module.js';

export interface SignModulesOptions {
  modules: readonly string[];
  /** Write signed copies here (by file name); without it, modules are signed in place. */
  outDir?: string;
  certPath: string;
  key: KeySource;
  hash: HashAlgo;
  method: 'auto' | SignMethod;
  /** A kernel build tree whose scripts/sign-file is used when present. */
  kernelTree?: string;
  strip: boolean;
  /** Prefix of the strip tool, e.g. `riscv64-linux-gnu-`; '' for the host's strip. */
  crossCompile: string;
}

export interface SignDeps {
  runner: CommandRunner;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** Reads and checks the certificate: a user error when it is not one. */
export async function readSigningCertificate(path: string): Promise<SigningCertificate> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`certificate: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const loaded = loadCertificate(bytes);
  if (!loaded.ok) throw new UsageError(`certificate ${path}: ${loaded.problem}`);
  return loaded.cert;
}

/**
 * Signs every module, proves each signature with linkgate's own verifier before it is written, and
 * returns the signing manifest. Output files appear atomically (temp file + rename), so an
 * interrupted run never leaves a half-written module behind.
 */
export async function signModules(options: SignModulesOptions, deps: SignDeps): Promise<SigningManifest> {
  const cert = await readSigningCertificate(options.certPath);
  const targets = planTargets(options);
  const work = await mkdtemp(join(tmpdir(), 'linkgate-sign-'));
  try {
    return await withKeyFile(options.key, cert.der, deps, async (keyPath) => {
      const config = { hash: options.hash, keyPath, certPath: options.certPath, runner: deps.runner, ...(deps.signal ? { signal: deps.signal } : {}) };
      const signer = await chooseSigner(options.method, options.kernelTree, config);
      deps.logger.info(`signing ${targets.length} module(s) with ${signer.method}, ${options.hash}, key "${cert.signer ?? cert.subject}" (serial ${cert.sigKey})`);
      if (options.outDir) await mkdir(options.outDir, { recursive: true });
      const records: SignedModuleRecord[] = [];
      for (const [index, target] of targets.entries()) {
        const dir = join(work, String(index));
        await mkdir(dir);
        records.push(await signOne(target, signer, cert, options, deps, dir));
      }
      return {
        schemaVersion: 1,
        tool: `linkgate ${VERSION}`,
        certificate: { subject: cert.subject, signer: cert.signer, sigKey: cert.sigKey, sha256: cert.sha256Fingerprint },
        hashAlgo: options.hash,
        modules: records,
      };
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface Target {
  source: string;
  dest: string;
  name: string;
}

function planTargets(options: SignModulesOptions): Target[] {
  if (options.modules.length === 0) throw new UsageError('no modules to sign');
  const seen = new Map<string, string>();
  return options.modules.map((source) => {
    const name = basename(source);
    if (!options.outDir) return { source, dest: source, name: source };
    if (!isSafeArtifactFileName(name)) throw new UsageError(`module file name ${JSON.stringify(name)} cannot be listed in SHA256SUMS`);
    const previous = seen.get(name);
    if (previous) throw new UsageError(`two modules are named ${name} (${previous}, ${source}); the output directory is flat`);
    seen.set(name, source);
    return { source, dest: join(options.outDir, name), name };
  });
}

async function signOne(
  target: Target,
  signer: Signer,
  cert: SigningCertificate,
  options: SignModulesOptions,
  deps: SignDeps,
  dir: string,
): Promise<SignedModuleRecord> {
  let original: Buffer;
  try {
    original = await readFile(target.source);
  } catch (error) {
    throw new UsageError(`${target.source}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const stripped = stripSignatures(original);
  if (!stripped.ok) throw new UsageError(`${target.source}: refusing to re-sign: ${stripped.problem}`);
  if (!isElf(stripped.body)) throw new UsageError(`${target.source}: not an ELF file, not a kernel module`);

  const unsignedPath = join(dir, 'unsigned.ko');
  await writeFile(unsignedPath, stripped.body);
  if (options.strip) await stripDebug(unsignedPath, options.crossCompile, deps.runner, deps.signal);
  const unsigned = await readFile(unsignedPath);

  const signed = await signer.sign(unsignedPath, dir);
  // Prove it before publishing it: the bytes that leave this step are bytes linkgate verified.
  const verdict = await verifyModuleBytes(target.name, signed, { cert });
  if (verdict.valid !== true || verdict.problems.length > 0) {
    throw new InfraError(`${target.source}: ${signer.method} produced a signature that does not verify`, { details: verdict.problems });
  }
  const temp = `${target.dest}.linkgate-tmp-${process.pid}`;
  await writeFile(temp, signed);
  await rename(temp, target.dest).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
  if (stripped.removed > 0) deps.logger.info(`${target.source}: replaced ${stripped.removed} existing signature(s)`);
  deps.logger.info(`${target.source}: signed → ${target.dest} (${signed.length} bytes)`);
  return {
    file: target.name,
    source: target.source,
    sha256Before: sha256Text(original),
    sha256Unsigned: sha256Text(unsigned),
    sha256After: sha256Text(signed),
    signer: verdict.signer,
    keyId: verdict.sigKey ?? cert.sigKey,
    hashAlgo: verdict.hashAlgo ?? options.hash,
    method: signer.method,
    stripped: options.strip,
    replacedSignatures: stripped.removed,
  };
}

/** Copies extra files (kernel image, metadata) into the output directory, flat, refusing clashes. */
export async function copyExtras(files: readonly string[], outDir: string, taken: ReadonlySet<string>): Promise<string[]> {
  const names: string[] = [];
  for (const file of files) {
    const name = basename(file);
    if (!isSafeArtifactFileName(name) || taken.has(name) || names.includes(name)) {
      throw new UsageError(`extra file ${file}: name ${JSON.stringify(name)} clashes or cannot be listed in SHA256SUMS`);
    }
    await copyFile(file, join(outDir, name)).catch((error: unknown) => {
      throw new UsageError(`extra file ${file}: cannot copy (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    });
    names.push(name);
  }
  return names;
}
