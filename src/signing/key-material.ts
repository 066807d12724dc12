import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

/** Where the private key comes from: a CI secret (in an environment variable or an action input), or a file. */
export type KeySource = { env: string } | { file: string } | { pem: string; label: string };

/**
 * Resolves the key, masks it, checks it matches the certificate, and hands `fn` a path a tool can
 * read. A key from the environment is written to a 0600 file in a private 0700 directory that is
 * removed in `finally`, whatever happens; a key file is used where it lies (with a warning when group
 * or others can read it). The key is never logged and never part of an error message.
 */
export async function withKeyFile<T>(
  source: KeySource,
  certDer: Buffer,
  deps: { env: NodeJS.ProcessEnv; logger: Logger },
  fn: (keyPath: string) => Promise<T>,
): Promise<T> {
  const pem = await readKey(source, deps.env);
  maskPem(pem, deps.logger);
  assertKeyMatchesCert(pem, certDer, describe(source));
  if ('file' in source) {
    await warnIfShared(source.file, deps.logger);
    return fn(source.file);
  }

  const dir = await mkdtemp(join(tmpdir(), 'linkgate-key-'));
  try {
    const path = join(dir, 'signing-key.pem');
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(pem);
    } finally {
      await handle.close();
    }
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readKey(source: KeySource, env: NodeJS.ProcessEnv): Promise<string> {
  if ('pem' in source) {
    if (source.pem.trim() === '') throw new UsageError(`signing key: ${source.label} is empty`);
    return source.pem.endsWith('\n') ? source.pem : `${source.pem}\n`;
  }
  if ('env' in source) {
    const value = env[source.env];
    if (!value || value.trim() === '') throw new UsageError(`signing key: environment variable ${source.env} is unset or empty`);
    return value.endsWith('\n') ? value : `${value}\n`;
  }
  try {
    return await readFile(source.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`signing key: cannot read ${source.file} (${code})`);
  }
}

/**
 * Masks the private-key blocks (a PEM may also hold the public certificate, which needs no mask).
 * Every line is registered too: runners have been known to mask only whole values.
 */
function maskPem(pem: string, logger: Logger): void {
  const blocks = pem.match(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g) ?? [pem.trim()];
  for (const block of blocks) maskBlock(block, logger);
}

function maskBlock(block: string, logger: Logger): void {
  logger.mask(block);
  for (const line of block.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length >= 16 && !trimmed.startsWith('-----')) logger.mask(trimmed);
  }
}

function assertKeyMatchesCert(pem: string, certDer: Buffer, what: string): void {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    // The library message can quote PEM fragments; say what is wrong without it.
    throw new UsageError(`signing key from ${what} is not an unencrypted PEM private key`);
  }
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const fromCert = new X509Certificate(certDer).publicKey.export({ type: 'spki', format: 'der' });
  if (!fromKey.equals(fromCert)) throw new UsageError(`signing key from ${what} does not match the certificate`);
}

/** A key file others can read is not ours to chmod, but the user should hear about it (as ssh would). */
async function warnIfShared(file: string, logger: Logger): Promise<void> {
  const mode = (await stat(file).catch(() => null))?.mode;
  if (mode !== undefined && (mode & 0o077) !== 0) {
    logger.warn(`signing key ${file} is readable by group or others (mode ${(mode & 0o777).toString(8)}); keep it 0600`);
  }
}

function describe(source: KeySource): string {
  if ('pem' in source) return source.label;
  return 'env' in source ? `environment variable ${source.env}` : source.file;
}
