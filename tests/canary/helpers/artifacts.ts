import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sha = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A kernel-pipeline artifact directory in the layout sign-modules uploads (flat: signed *.ko,
 * signatures.json, SHA256SUMS, plus the Image and metadata.json build-kernel made), with the
 * digests computed from the bytes written. The module bytes are placeholders: nothing here loads
 * them (the QEMU tests deploy real builds).
 */
export function writeArtifacts(dir: string, release: string, options: { modules?: string[]; image?: Buffer } = {}): { dir: string; image: Buffer } {
  mkdirSync(dir, { recursive: true });
  const image = options.image ?? Buffer.alloc(200_000, 0x5a);
  writeFileSync(join(dir, 'Image'), image);
  const metadata = JSON.stringify({ source: { kernelrelease: release }, linkgate: { status: 'pass', kernel_release: release, artifacts: [{ path: 'Image', kind: 'kernel', sha256: sha(image), size: image.length }] } });
  writeFileSync(join(dir, 'metadata.json'), metadata);
  const modules = (options.modules ?? ['nvidia.ko', 'nvidia-uvm.ko']).map((file) => {
    const bytes = `module ${file} for ${release}\n`;
    writeFileSync(join(dir, file), bytes);
    return { file, source: `/build/out/external/${file}`, sha256After: sha(bytes) };
  });
  const signatures = JSON.stringify({ schemaVersion: 1, tool: 'linkgate', hashAlgo: 'sha512', modules });
  writeFileSync(join(dir, 'signatures.json'), signatures);
  const entries = [...modules.map((m) => [m.file, m.sha256After]), ['Image', sha(image)], ['metadata.json', sha(metadata)], ['signatures.json', sha(signatures)]];
  writeFileSync(join(dir, 'SHA256SUMS'), entries.sort().map(([name, digest]) => `${digest}  ${name}\n`).join(''));
  return { dir, image };
}
