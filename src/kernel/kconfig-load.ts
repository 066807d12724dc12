import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { type KconfigDb, readKconfigTree } from './kconfig-db.js';

/** One Kconfig file larger than this is not a Kconfig file. */
const MAX_KCONFIG_BYTES = 2 * 1024 * 1024;

/** Reads the Kconfig tree of a kernel source for one SRCARCH (e.g. `riscv`). */
export function loadKconfigDb(srcRoot: string, srcArch: string): KconfigDb {
  const read = (rel: string): string | null => {
    // Sources stay inside the tree: a hostile `source "../../etc/x"` is not followed.
    const clean = normalize(rel);
    if (clean.startsWith('..') || clean.startsWith('/')) return null;
    try {
      const path = join(srcRoot, clean);
      if (statSync(path).size > MAX_KCONFIG_BYTES) return null;
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  return readKconfigTree(read, { SRCARCH: srcArch, ARCH: srcArch, HEADER_ARCH: srcArch });
}

/**
 * Which arch a bare .config was made for: the `arch/<dir>` whose upper-cased name is set to y
 * (RISCV, ARM64, X86, S390...). Null when no arch of the tree matches.
 */
export function inferSrcArch(srcRoot: string, config: ReadonlyMap<string, string>): string | null {
  let dirs: string[];
  try {
    dirs = readdirSync(join(srcRoot, 'arch'));
  } catch {
    return null;
  }
  const hit = dirs.filter((d) => config.get(`CONFIG_${d.toUpperCase()}`) === 'y');
  return hit.length === 1 ? hit[0]! : null;
}
