import { printable } from './cells.js';
import { completeLines } from './complete-lines.js';
import { neverThrows } from './guard.js';
import { describeEmpty, ProblemList } from './lines.js';
import { moduleName } from './kernel-log/kernel-matchers.js';
import type { ParseResult } from './types.js';

export interface ModinfoData {
  /** `name:` field; older kmod does not print it, then the file name without `.ko`. */
  name: string | null;
  filename: string | null;
  version: string | null;
  license: string | null;
  /** e.g. `6.2.0-37-generic SMP preempt mod_unload modversions` (trailing space removed). */
  vermagic: string | null;
  /** Signing certificate's subject CN (`signer:`). */
  signer: string | null;
  /** Key identifier (`sig_key:`), colon-separated hex as printed. */
  sigKey: string | null;
  /** `sig_hashalgo:` (`sha256`, `sha512`). */
  sigHashAlgo: string | null;
  /** true when the module carries an appended signature (modinfo prints `sig_id:`/`signer:`/`signature:`). */
  signed: boolean;
  depends: string[];
  firmware: string[];
  /** Every field as printed, in order; repeated fields (alias, parm, firmware) keep every value. */
  fields: Record<string, string[]>;
}

const FIELD = /^([a-z][a-z0-9_.-]{0,40}):\s*(.*)$/;
// `signature:` is hex wrapped over indented continuation lines.
const CONTINUATION = /^\s+(\S.*)$/;
const COMMAND = /(^|[\s#$>])modinfo\b/;

/** Parses `modinfo MODULE` output. */
export const parseModinfo = neverThrows(readModinfo, emptyModinfo);

function emptyModinfo(): ModinfoData {
  return {
    name: null, filename: null, version: null, license: null, vermagic: null, signer: null,
    sigKey: null, sigHashAlgo: null, signed: false, depends: [], firmware: [], fields: {},
  };
}

function readModinfo(text: string): ParseResult<ModinfoData> {
  const problems = new ProblemList();
  const fields: Record<string, string[]> = {};
  let last: { key: string; index: number } | null = null;
  for (const line of completeLines(text, problems)) {
    if (line.text.trim() === '') continue;
    const error = /^modinfo: ERROR: (.*)$/.exec(line.text.trim());
    if (error) {
      problems.add(line.no, `modinfo: ${error[1] as string}`);
      last = null;
      continue;
    }
    const field = FIELD.exec(line.text);
    if (field) {
      const key = field[1] as string;
      const values = (fields[key] ??= []);
      values.push((field[2] as string).trim());
      last = { key, index: values.length - 1 };
      continue;
    }
    const continuation = CONTINUATION.exec(line.text);
    if (continuation && last) {
      const values = fields[last.key] as string[];
      values[last.index] = `${values[last.index] as string}${(continuation[1] as string).trim()}`;
      continue;
    }
    if (COMMAND.test(line.text)) continue;
    problems.add(line.no, `not a modinfo field: "${printable(line.text.trim())}"`);
    last = null;
  }
  const first = (key: string): string | null => fields[key]?.[0] ?? null;
  const filename = first('filename');
  const data: ModinfoData = {
    name: first('name') ?? (filename ? moduleName(filename) : null),
    filename,
    version: first('version'),
    license: first('license'),
    vermagic: first('vermagic'),
    signer: first('signer'),
    sigKey: first('sig_key'),
    sigHashAlgo: first('sig_hashalgo'),
    signed: ['sig_id', 'signer', 'signature'].some((key) => fields[key] !== undefined),
    depends: (first('depends') ?? '').split(',').filter((dep) => dep !== ''),
    firmware: fields.firmware ?? [],
    fields,
  };
  const ok = Object.keys(fields).length > 0;
  if (!ok) problems.add(0, `${describeEmpty(text)}: no modinfo fields`);
  return { data, problems: problems.toArray(), ok };
}
