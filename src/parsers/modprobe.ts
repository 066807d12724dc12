import { printable } from './cells.js';
import { completeLines } from './complete-lines.js';
import { neverThrows } from './guard.js';
import { moduleName } from './kernel-log/kernel-matchers.js';
import { describeEmpty, ProblemList } from './lines.js';
import type { ParseResult } from './types.js';

/** Why modprobe/insmod could not load a module. */
export type ModprobeReason =
  | 'key-unavailable'
  | 'key-rejected'
  | 'exec-format'
  | 'unknown-symbol'
  | 'not-found'
  | 'no-device'
  | 'invalid-argument'
  | 'exists'
  | 'permission'
  | 'no-module-support'
  | 'other';

export interface ModprobeError {
  line: number;
  tool: 'modprobe' | 'insmod';
  /** Module name (path and `.ko*` removed); null when the line names none. */
  module: string | null;
  reason: ModprobeReason;
  /** The text after `ERROR:`/`FATAL:`. */
  message: string;
}

export interface ModprobeData {
  errors: ModprobeError[];
  /** `modprobe -v` steps: the module files it inserted (`insmod /lib/modules/.../nvidia.ko`). */
  inserted: string[];
}

const ERROR_LINE = /^(modprobe|insmod): (?:ERROR|FATAL): (.*)$/;
const COULD_NOT_INSERT = /^could not insert (?:module )?'?([^':\s]{1,300}?)'?: (.*)$/;
const NOT_FOUND = /^Module (\S{1,200}) not found/;
const VERBOSE_INSERT = /^insmod (\/\S{1,400}\.ko(?:\.(?:xz|gz|zst))?)(?:\s.*)?$/;

// kmod prints strerror() of the init_module/finit_module errno, except ENOENT (its own text).
const REASONS: ReadonlyArray<readonly [RegExp, ModprobeReason]> = [
  [/^Required key not available/, 'key-unavailable'],
  [/^Key was rejected by service/, 'key-rejected'],
  [/^(Exec format error|Invalid module format)/, 'exec-format'],
  [/^Unknown symbol in module/, 'unknown-symbol'],
  [/^No such device/, 'no-device'],
  [/^(Invalid argument|Invalid parameters)/, 'invalid-argument'],
  [/^(File exists|Module already in kernel)/, 'exists'],
  [/^Operation not permitted/, 'permission'],
  [/^(Function not implemented|Kernel does not have module support)/, 'no-module-support'],
];

/** Parses what `modprobe [-v] MODULE` / `insmod FILE` print when loading fails. */
export const parseModprobe = neverThrows(readModprobe, (): ModprobeData => ({ errors: [], inserted: [] }));

function readModprobe(text: string): ParseResult<ModprobeData> {
  const problems = new ProblemList();
  const errors: ModprobeError[] = [];
  const inserted: string[] = [];
  let recognized = 0;
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const verbose = VERBOSE_INSERT.exec(trimmed);
    if (verbose) {
      inserted.push(verbose[1] as string);
      recognized++;
      continue;
    }
    const error = ERROR_LINE.exec(trimmed);
    if (error) {
      errors.push(readError(line.no, error[1] as 'modprobe' | 'insmod', error[2] as string));
      recognized++;
      continue;
    }
    if (/(^|[\s#$>])(modprobe|insmod)\b/.test(trimmed)) continue; // the command line or prompt
    problems.add(line.no, `not a modprobe message: "${printable(trimmed)}"`);
  }
  if (recognized === 0) problems.add(0, `${describeEmpty(text)}: no modprobe messages (modprobe prints nothing on success; check its exit status)`);
  return { data: { errors, inserted }, problems: problems.toArray(), ok: recognized > 0 };
}

function readError(line: number, tool: 'modprobe' | 'insmod', message: string): ModprobeError {
  const insert = COULD_NOT_INSERT.exec(message);
  if (insert) {
    const cause = insert[2] as string;
    const reason = REASONS.find(([pattern]) => pattern.test(cause))?.[1] ?? 'other';
    return { line, tool, module: moduleName(insert[1] as string), reason, message };
  }
  const notFound = NOT_FOUND.exec(message);
  if (notFound) return { line, tool, module: notFound[1] as string, reason: 'not-found', message };
  return { line, tool, module: null, reason: 'other', message };
}
