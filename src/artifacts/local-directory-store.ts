import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InfraError, LinkgateError, messageOf, UsageError } from '../core/errors.js';
import { sha256Text } from '../kernel/file-hash.js';
import { formatSha256Sums, isSafeArtifactFileName } from '../signing/signing-manifest.js';
import type { ArtifactStore, ArtifactUpload, StoredArtifact } from './store.js';

/**
 * The CLI's artifact store: `<base>/<name>/` holds the same files, under the same relative paths, as
 * the GitHub artifact would after download. Like GitHub, an existing name is a conflict, never a
 * silent overwrite. The artifact is staged beside its final place and renamed in at the end, so a
 * failed store leaves nothing half-written under the name.
 */
export class LocalDirectoryStore implements ArtifactStore {
  readonly kind = 'local';
  constructor(private readonly base: string) {}

  async upload(artifact: ArtifactUpload): Promise<StoredArtifact> {
    if (!isSafeArtifactFileName(artifact.name) || artifact.name.includes('/')) throw new UsageError(`artifact name ${JSON.stringify(artifact.name)} is not a plain name`);
    const target = resolve(this.base, artifact.name);
    if (await exists(target)) throw new UsageError(`artifact ${artifact.name} already exists in ${this.base}; names are unique per run`);
    const staging = `${target}.linkgate-partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    try {
      const entries: { name: string; sha256: string }[] = [];
      let size = 0;
      for (const file of artifact.files) {
        if (!isSafeArtifactFileName(file)) throw new UsageError(`artifact file ${JSON.stringify(file)} is not a safe relative path`);
        const dest = join(staging, file);
        await mkdir(dirname(dest), { recursive: true });
        await copyFile(join(artifact.rootDir, file), dest);
        const bytes = await readFile(dest);
        size += bytes.length;
        entries.push({ name: file, sha256: sha256Text(bytes) });
      }
      await rename(staging, target);
      return { name: artifact.name, id: artifact.name, digest: sha256Text(Buffer.from(formatSha256Sums(entries))), size, location: target };
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      if (error instanceof LinkgateError) throw error;
      throw new InfraError(`storing artifact ${artifact.name} in ${this.base}: ${messageOf(error)}`);
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
