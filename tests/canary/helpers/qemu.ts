import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessRunner } from '../../../src/core/command-runner.js';
import { MemoryLogger } from '../../../src/core/logger.js';
import { startQemuCanary, type QemuCanary } from '../../../src/canary/qemu/qemu-canary.js';
import type { SlotContent } from '../../../src/canary/slots/slot-state.js';
import { signModules } from '../../../src/signing/sign-modules.js';
import { ROOT } from '../../helpers/paths.js';
import type { KernelTree } from '../../helpers/kernel-tree.js';
import { makeKey } from '../../helpers/signing-lab.js';

export const QEMU_TOOLS = ['qemu-system-riscv64', 'dtc', 'fdtoverlay', 'fdtput', 'cpio', 'dpkg-deb', 'apt-get', 'openssl'];
export const GUEST_DEBS_CACHE = join(ROOT, '.cache', 'guest-debs');

/** Boots the QEMU canary with the shared kernel tree's Image in the known-good slot. */
export async function bootCanary(tree: KernelTree, options: { name?: string; dtb?: string; knownGood?: SlotContent; readyTimeoutMs?: number } = {}): Promise<{ canary: QemuCanary; dir: string; logger: MemoryLogger }> {
  const dir = await mkdtemp(join(tmpdir(), 'linkgate-qemu-'));
  const logger = new MemoryLogger();
  const knownGood: SlotContent = options.knownGood ?? { release: tree.release, image: tree.image, ...(options.dtb ? { dtb: options.dtb } : {}) };
  const canary = await startQemuCanary({
    name: options.name ?? 'qemu-riscv64',
    cacheDir: GUEST_DEBS_CACHE,
    workDir: dir,
    knownGood,
    runner: new ProcessRunner(),
    logger,
    readyTimeoutMs: options.readyTimeoutMs ?? 60_000,
  });
  return { canary, dir, logger };
}

export interface SignatureModules {
  signed: string;
  unsigned: string;
  otherKey: string;
  tampered: string;
}

/**
 * The four modules of the enforcement proof, all from the real linkgate_test.ko: signed by linkgate
 * with the kernel's key, as built, signed by linkgate with a key the kernel does not know, and the
 * signed one with one byte of its .modinfo flipped (the signature no longer matches).
 */
export async function signatureModules(tree: Pick<KernelTree, "build" | "testModule">, dir: string): Promise<SignatureModules> {
  const runner = new ProcessRunner();
  const deps = { runner, logger: new MemoryLogger(), env: {} };
  const common = { modules: [tree.testModule], hash: 'sha512' as const, method: 'auto' as const, kernelTree: tree.build, strip: false, crossCompile: 'riscv64-linux-gnu-' };
  await signModules({ ...common, outDir: join(dir, 'signed'), certPath: join(tree.build, 'certs', 'signing_key.x509'), key: { file: join(tree.build, 'certs', 'signing_key.pem') } }, deps);
  const rogue = makeKey(dir, 'rogue', { cn: 'not the kernel key' });
  await signModules({ ...common, outDir: join(dir, 'other-key'), certPath: rogue.certPem, key: { file: rogue.keyPem } }, deps);
  const signed = join(dir, 'signed', 'linkgate_test.ko');
  const bytes = Buffer.from(await readFile(signed));
  const at = bytes.indexOf('license=');
  if (at < 0) throw new Error('no license= in .modinfo');
  bytes[at + 'license='.length] ^= 0x01;
  const tampered = join(dir, 'tampered.ko');
  await writeFile(tampered, bytes);
  return { signed, unsigned: tree.testModule, otherKey: join(dir, 'other-key', 'linkgate_test.ko'), tampered };
}
