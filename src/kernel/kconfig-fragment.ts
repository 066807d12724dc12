/**
 * Kconfig fragments (`CONFIG_X=y`, `# CONFIG_X is not set`) and `.config` files: pure parsers that
 * never throw. `CONFIG_X=n` and `# CONFIG_X is not set` are the same request ("n").
 */

export interface FragmentEntry {
  /** With the CONFIG_ prefix, as users write it. */
  symbol: string;
  /** `y`, `m`, `n`, a number, or a string in its double quotes exactly as written. */
  value: string;
  line: number;
}

export interface FragmentProblem {
  line: number;
  message: string;
}

export interface ParsedFragment {
  entries: FragmentEntry[];
  problems: FragmentProblem[];
}

/** Fragments are short; anything larger is a mistake (or a .config passed by accident is fine up to this). */
export const MAX_FRAGMENT_BYTES = 4 * 1024 * 1024;

const ASSIGN = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/;
const NOT_SET = /^#\s*(CONFIG_[A-Za-z0-9_]+) is not set\s*$/;
const NUMBER = /^-?(0x[0-9a-fA-F]+|[0-9]+)$/;

export function parseFragment(text: string): ParsedFragment {
  const entries: FragmentEntry[] = [];
  const problems: FragmentProblem[] = [];
  if (text.length > MAX_FRAGMENT_BYTES) {
    return { entries, problems: [{ line: 1, message: `fragment is ${text.length} bytes; the limit is ${MAX_FRAGMENT_BYTES}` }] };
  }
  if (text.includes('\0')) {
    return { entries, problems: [{ line: 1, message: 'fragment contains NUL bytes: not a text file' }] };
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return;
    const notSet = NOT_SET.exec(text);
    if (notSet) {
      entries.push({ symbol: notSet[1]!, value: 'n', line });
      return;
    }
    if (text.startsWith('#')) return;
    const assign = ASSIGN.exec(text);
    if (!assign) {
      problems.push({ line, message: syntaxHint(text) });
      return;
    }
    const value = assign[2]!;
    const problem = valueProblem(value);
    if (problem) problems.push({ line, message: `${assign[1]}: ${problem}` });
    else entries.push({ symbol: assign[1]!, value, line });
  });
  return { entries, problems };
}

function syntaxHint(text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  if (/^CONFIG_[A-Za-z0-9_]+\s+=|=\s/.test(text)) return `no spaces around "=" in Kconfig fragments: "${shown}"`;
  if (/^[A-Za-z0-9_]+=/.test(text)) return `option names start with CONFIG_: "${shown}"`;
  if (/^CONFIG_[A-Za-z0-9_]+$/.test(text)) return `missing "=value": "${shown}"`;
  return `expected CONFIG_NAME=value or "# CONFIG_NAME is not set", got "${shown}"`;
}

function valueProblem(value: string): string | null {
  if (value === '') return 'empty value (write "# CONFIG_X is not set" to disable an option)';
  if (value === 'y' || value === 'm' || value === 'n' || NUMBER.test(value)) return null;
  if (value.startsWith('"')) {
    // A string: "..." with backslash escapes, nothing after the closing quote.
    if (/^"(?:[^"\\]|\\.)*"$/.test(value)) return null;
    return `unterminated or malformed string ${value}`;
  }
  return `value ${JSON.stringify(value)} is not y, m, n, a number or a "quoted string"`;
}

/** Values of a `.config`: symbol (with CONFIG_) → value; `n` for "is not set". Absent symbols are simply missing. */
export function parseDotConfig(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const notSet = NOT_SET.exec(line);
    if (notSet) {
      values.set(notSet[1]!, 'n');
      continue;
    }
    const assign = ASSIGN.exec(line);
    if (assign) values.set(assign[1]!, assign[2]!);
  }
  return values;
}
