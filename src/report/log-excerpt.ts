import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { capLines, capText } from './xml-text.js';

/** What a report shows of one raw log: a capped excerpt and the path of the full file. */
export interface LogExcerpt {
  /** Path relative to the results directory, e.g. `raw/canary-01/topology.stdout`. */
  path: string;
  text: string;
  /** True when the excerpt is not the whole file. */
  cut: boolean;
  /** Why there is no excerpt (missing file, refused name), else null. */
  unavailable: string | null;
}

export interface ExcerptLimits {
  /** Bytes read from each end of the file; a 10 GB log costs the same as a small one. */
  edgeBytes: number;
  maxLineChars: number;
  maxChars: number;
}

export const DEFAULT_EXCERPT_LIMITS: ExcerptLimits = { edgeBytes: 8 * 1024, maxLineChars: 2000, maxChars: 24 * 1024 };

/**
 * Reads the head and tail of `<dir>/raw/<name>`. The name comes from results.json, which may be
 * hostile: absolute names and `..` are refused so a report never reads outside `raw/`.
 * Invalid UTF-8 decodes to U+FFFD (TextDecoder, non-fatal) rather than failing the report.
 */
export async function readExcerpt(dir: string, name: string, limits: ExcerptLimits = DEFAULT_EXCERPT_LIMITS): Promise<LogExcerpt> {
  const rel = normalize(name);
  const path = `raw/${rel}`;
  if (isAbsolute(name) || rel.startsWith('..') || rel.split('/').includes('..') || name.includes('\0')) {
    return { path: `raw/${name}`, text: '', cut: false, unavailable: 'refused: the raw log name leaves raw/' };
  }
  let handle;
  try {
    // A name can stay inside raw/ and still lead out of it through a symlink (to a key, /proc/self/environ);
    // a FIFO would block open() for ever. Only regular files that really lie under raw/ are read.
    const [root, real] = await Promise.all([realpath(join(dir, 'raw')), realpath(join(dir, 'raw', rel))]);
    if (!real.startsWith(`${root}${sep}`)) return { path, text: '', cut: false, unavailable: 'refused: a link that leaves raw/' };
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { path, text: '', cut: false, unavailable: `not available (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { path, text: '', cut: false, unavailable: 'refused: not a regular file' };
    const { size } = info;
    const decoder = (): { decode(input: Uint8Array): string } => new TextDecoder('utf-8', { fatal: false });
    let raw: string;
    let cut = false;
    if (size <= limits.edgeBytes * 2) {
      const buffer = Buffer.alloc(size);
      await handle.read(buffer, 0, size, 0);
      raw = decoder().decode(buffer);
    } else {
      const head = Buffer.alloc(limits.edgeBytes);
      const tail = Buffer.alloc(limits.edgeBytes);
      await handle.read(head, 0, limits.edgeBytes, 0);
      await handle.read(tail, 0, limits.edgeBytes, size - limits.edgeBytes);
      raw = `${decoder().decode(head)}\n… [${size - 2 * limits.edgeBytes} bytes not shown] …\n${decoder().decode(tail)}`;
      cut = true;
    }
    const lined = capLines(raw, limits.maxLineChars);
    const capped = capText(lined, limits.maxChars);
    return { path, text: capped.text, cut: cut || lined !== raw || capped.cut > 0, unavailable: null };
  } finally {
    await handle.close();
  }
}
