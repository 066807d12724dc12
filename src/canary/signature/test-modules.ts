import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner } from '../../core/command-runner.js';
import { InfraError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { signModules } from '../../signing/sign-modules.js';
import type { SignatureCase, SignatureCaseName } from './load-verdict.js';

/**
 * The four module files of the enforcement proof, all made from one real module: signed by linkgate
 * with the kernel's key, as built (unsigned), signed by linkgate with a throwaway key the kernel does
 * not know, and the signed one with one byte of .modinfo flipped (its signature no longer matches).
 */
export type SignatureFiles = Record<SignatureCaseName, string>;

export async function makeSignatureFiles(options: {
  module: string;
  /** The kernel build's certs/ (signing_key.pem holds key + cert; signing_key.x509 the cert). */
  certsDir: string;
  kernelBuild: string;
  hash: 'sha256' | 'sha384' | 'sha512';
  workDir: string;
  runner: CommandRunner;
  logger: Logger;
}): Promise<SignatureFiles> {
  const deps = { runner: options.runner, logger: options.logger, env: {} };
  const common = { modules: [options.module], hash: options.hash, method: 'auto' as const, kernelTree: options.kernelBuild, strip: false, crossCompile: 'riscv64-linux-gnu-' };
  const name = options.module.split('/').pop() ?? 'module.ko';
  await signModules({ ...common, outDir: join(options.workDir, 'signed'), certPath: join(options.certsDir, 'signing_key.x509'), key: { file: join(options.certsDir, 'signing_key.pem') } }, deps);
  const rogue = await throwawayKey(options.runner, options.workDir);
  await signModules({ ...common, outDir: join(options.workDir, 'other-key'), certPath: rogue, key: { file: rogue } }, deps);
  const signed = join(options.workDir, 'signed', name);
  const tampered = join(options.workDir, `tampered-${name}`);
  await writeFile(tampered, tamper(await readFile(signed)));
  return { signed, unsigned: options.module, 'other-key': join(options.workDir, 'other-key', name), tampered };
}

/** Flips one bit of the first `license=` value: the body changes, the appended signature does not. */
export function tamper(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf('license=');
  if (at < 0) throw new InfraError('cannot tamper: no license= in the module\'s .modinfo');
  copy[at + 'license='.length] = (copy[at + 'license='.length] ?? 0) ^ 0x01;
  return copy;
}

/** Where each case goes on the node and what the kernel must do with it. */
export function signatureCases(remoteDir: string, moduleName: string): SignatureCase[] {
  return [
    { name: 'signed', remotePath: `${remoteDir}/signed.ko`, module: moduleName, expect: 'load' },
    { name: 'unsigned', remotePath: `${remoteDir}/unsigned.ko`, module: moduleName, expect: 'reject' },
    { name: 'other-key', remotePath: `${remoteDir}/other-key.ko`, module: moduleName, expect: 'reject' },
    { name: 'tampered', remotePath: `${remoteDir}/tampered.ko`, module: moduleName, expect: 'reject' },
  ];
}

async function throwawayKey(runner: CommandRunner, dir: string): Promise<string> {
  const pem = join(dir, 'throwaway-key.pem');
  const config = join(dir, 'throwaway.genkey');
  await writeFile(
    config,
    '[ req ]\ndefault_bits = 2048\ndistinguished_name = dn\nprompt = no\nx509_extensions = ext\n[ dn ]\nCN = linkgate throwaway key (not trusted by any kernel)\n[ ext ]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=digitalSignature\nsubjectKeyIdentifier=hash\n',
  );
  const result = await runner.run({
    argv: ['openssl', 'req', '-new', '-nodes', '-utf8', '-sha256', '-days', '1', '-batch', '-x509', '-config', config, '-newkey', 'rsa:2048', '-outform', 'PEM', '-out', pem, '-keyout', pem],
    timeoutMs: 60_000,
  });
  if (result.exitCode !== 0) throw new InfraError('openssl could not make a throwaway key', { details: result.stderr.trim().split('\n').slice(-3) });
  await chmod(pem, 0o600);
  return pem;
}
