import { printable } from './cells.js';
import { completeLines } from './complete-lines.js';
import { neverThrows } from './guard.js';
import { describeEmpty, ProblemList } from './lines.js';
import type { ParseResult } from './types.js';

export interface LsmodModule {
  name: string;
  /** Module size in bytes. */
  size: number;
  /** Reference count ("Used by" number): modules plus other holders such as open device files. */
  usedBy: number;
  /** Modules that depend on this one, as listed (may be fewer than usedBy). */
  users: string[];
}

export interface LsmodData {
  modules: LsmodModule[];
}

// `nvidia              54292480  63 nvidia_uvm,nvidia_peermem,nvidia_modeset` (older kmod ends the
// list with a comma; modules that cannot be unloaded show `[permanent]`).
const ROW = /^([A-Za-z0-9_-]{1,64})\s+(\d{1,12})\s+(-?\d{1,9})(?:\s+([A-Za-z0-9_,-]{1,4000}))?(?:\s+\[permanent\])?$/;
const HEADER = /^Module\s+Size\s+Used by$/;
// Prompts and the command itself in pasted copies: `# lsmod | grep nvid`, `root@host:~# lsmod ...`.
const COMMAND = /(^|[\s#$>])lsmod\b/;

/** Parses `lsmod` output (whole or filtered through grep). */
export const parseLsmod = neverThrows(readLsmod, (): LsmodData => ({ modules: [] }));

function readLsmod(text: string): ParseResult<LsmodData> {
  const problems = new ProblemList();
  const modules: LsmodModule[] = [];
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.trim();
    if (trimmed === '' || HEADER.test(trimmed) || COMMAND.test(trimmed)) continue;
    const m = ROW.exec(trimmed);
    if (!m) {
      problems.add(line.no, `not an lsmod row: "${printable(trimmed)}"`);
      continue;
    }
    const users = (m[4] ?? '').split(',').filter((user) => user !== '' && user !== '-');
    modules.push({ name: m[1] as string, size: Number(m[2]), usedBy: Number(m[3]), users });
  }
  if (modules.length === 0) problems.add(0, `${describeEmpty(text)}: no lsmod rows`);
  return { data: { modules }, problems: problems.toArray(), ok: modules.length > 0 };
}
