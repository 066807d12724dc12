import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** sha256 of a file, streamed (a kernel tarball is 140 MB). */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export function sha256Text(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Out-of-tree module sources are small; more files than this is the wrong directory. */
const MAX_TREE_FILES = 5000;

/** sha256 over a small directory: every regular file's relative path and content, sorted. */
export async function sha256Tree(dir: string): Promise<string> {
  const files: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.push(path);
      if (files.length > MAX_TREE_FILES) throw new Error(`${dir} holds more than ${MAX_TREE_FILES} files`);
    }
  };
  await walk(dir);
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${relative(dir, file)}\0${(await stat(file)).size}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}
