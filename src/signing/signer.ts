import { access, constants, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner, CommandSpec } from '../core/command-runner.js';
import { formatArgv } from '../core/command-runner.js';
import { InfraError, UsageError } from '../core/errors.js';
import { encodeTrailer } from './module-signature.js';

export type HashAlgo = 'sha256' | 'sha384' | 'sha512';
export const HASH_ALGOS: readonly HashAlgo[] = ['sha256', 'sha384', 'sha512'];
export type SignMethod = 'sign-file' | 'openssl';

/** How one unsigned module file becomes a signed one; both produce the same bytes for the same key. */
export interface Signer {
  method: SignMethod;
  /** Signs `unsignedPath` and returns the whole signed module. */
  sign(unsignedPath: string, workDir: string): Promise<Buffer>;
}

export interface SignerConfig {
  hash: HashAlgo;
  keyPath: string;
  certPath: string;
  runner: CommandRunner;
  signal?: AbortSignal;
}

const TOOL_TIMEOUT_MS = 60_000;

/** The kernel's own tool: it writes module ‖ CMS ‖ struct ‖ marker itself. */
export function signFileSigner(signFile: string, config: SignerConfig): Signer {
  return {
    method: 'sign-file',
    async sign(unsignedPath, workDir) {
      const out = join(workDir, 'signed.ko');
      await runTool(config, [signFile, config.hash, config.keyPath, config.certPath, unsignedPath, out]);
      return readFile(out);
    },
  };
}

/**
 * openssl CMS with exactly sign-file's settings (detached, binary, no signed attributes, no
 * certificates, issuer+serial signer id), then the trailer linkgate writes itself. Works on a runner
 * without a kernel tree; the CMS bytes equal sign-file's for the same key (RSA PKCS#1 v1.5 is
 * deterministic), which a test checks.
 */
export function opensslSigner(config: SignerConfig, openssl = 'openssl'): Signer {
  return {
    method: 'openssl',
    async sign(unsignedPath, workDir) {
      const sigPath = join(workDir, 'signature.p7s');
      await runTool(config, [
        openssl, 'cms', '-sign', '-binary', '-noattr', '-nocerts', '-outform', 'DER', '-md', config.hash,
        '-signer', config.certPath, '-inkey', config.keyPath, '-in', unsignedPath, '-out', sigPath,
      ]);
      const [body, cms] = await Promise.all([readFile(unsignedPath), readFile(sigPath)]);
      if (cms.length === 0) throw new InfraError('openssl cms wrote an empty signature');
      return Buffer.concat([body, cms, encodeTrailer(cms.length)]);
    },
  };
}

/** `auto`: the kernel tree's scripts/sign-file when it is there and executable, else openssl. */
export async function chooseSigner(
  method: 'auto' | SignMethod,
  kernelTree: string | undefined,
  config: SignerConfig,
): Promise<Signer> {
  const signFile = kernelTree ? join(kernelTree, 'scripts', 'sign-file') : undefined;
  const usable = signFile ? await isExecutable(signFile) : false;
  if (method === 'sign-file') {
    if (!signFile) throw new UsageError('method sign-file needs a kernel tree (--kernel-tree DIR with scripts/sign-file)');
    if (!usable) throw new UsageError(`${signFile} is missing or not executable; build the kernel tree first or use method openssl`);
  }
  return method !== 'openssl' && usable && signFile ? signFileSigner(signFile, config) : opensslSigner(config);
}

/** Strips debug info the way `make INSTALL_MOD_STRIP=1` does: `${CROSS_COMPILE}strip --strip-debug`. */
export async function stripDebug(path: string, crossCompile: string, runner: CommandRunner, signal?: AbortSignal): Promise<void> {
  await runTool({ runner, signal }, [`${crossCompile}strip`, '--strip-debug', path]);
}

async function runTool(config: { runner: CommandRunner; signal?: AbortSignal }, argv: string[]): Promise<void> {
  const spec: CommandSpec = { argv, timeoutMs: TOOL_TIMEOUT_MS, maxOutputBytes: 64 * 1024 };
  if (config.signal) spec.signal = config.signal;
  let result;
  try {
    result = await config.runner.run(spec);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InfraError(`cannot run ${argv[0]}${code ? ` (${code})` : ''}: is it installed?`);
  }
  if (result.exitCode !== 0) {
    const why = result.timedOut ? 'timed out' : `exit ${result.exitCode ?? result.signal}`;
    throw new InfraError(`${formatArgv(argv)} failed (${why})`, { details: result.stderr.trim().split('\n').slice(-5) });
  }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
