import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';

/**
 * Module arguments as users give them: files, or directories searched recursively for `*.ko`
 * (a modules_install tree, an M= build dir). The order is stable: as given, directories sorted.
 */
export async function expandModulePaths(paths: readonly string[], options: { keepMissing?: boolean } = {}): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      // verify reports a missing file as that module's problem; sign refuses to start.
      if (options.keepMissing) {
        out.push(path);
        continue;
      }
      throw new UsageError(`module path ${path} does not exist`);
    }
    if (!info.isDirectory()) {
      out.push(path);
      continue;
    }
    const found = (await readdir(path, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.ko')).sort();
    if (found.length === 0) throw new UsageError(`directory ${path} holds no .ko files`);
    out.push(...found.map((f) => join(path, f)));
  }
  return out;
}
