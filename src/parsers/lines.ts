import type { Problem } from './types.js';

/**
 * Longest line the nvidia-smi/DCGM parsers look at. The widest real line (topo -m of 8 GPUs and 18 NICs,
 * trailing padding) is under 400 characters; a 100 MB "line" is garbage and regexes over it would cost
 * seconds, so it is skipped with a problem instead.
 */
export const MAX_LINE_CHARS = 16 * 1024;

/** At most this many problems are kept; binary garbage would otherwise produce one per line. */
export const MAX_PROBLEMS = 200;

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  /** The line without its line end (LF or CRLF). */
  text: string;
}

/** Collects problems with a cap, so a parser's output stays small whatever the input. */
export class ProblemList {
  readonly #items: Problem[] = [];
  #dropped = 0;

  add(line: number, message: string): void {
    if (this.#items.length < MAX_PROBLEMS) this.#items.push({ line, message });
    else this.#dropped++;
  }

  get size(): number {
    return this.#items.length + this.#dropped;
  }

  toArray(): Problem[] {
    if (this.#dropped === 0) return [...this.#items];
    return [...this.#items, { line: 0, message: `${this.#dropped} more problems not shown` }];
  }
}

/**
 * Splits text into lines (LF or CRLF), dropping the empty string after a final line end. Over-long
 * lines are reported and left out, keeping their numbers so later problems still point at the file.
 */
export function splitLines(text: string, problems: ProblemList): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let no = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    no++;
    const length = end - start;
    if (length > MAX_LINE_CHARS) {
      problems.add(no, `line is ${length} characters long (no real output line is); skipped`);
    } else {
      let line = text.slice(start, end);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      lines.push({ no, text: line });
    }
    start = end + 1;
  }
  // Tools end their output with a line end; a last line without one was cut (a pipe closed, a paste
  // stopped mid-line), and its last value may be a prefix of the real one.
  if (text.length > 0 && !text.endsWith('\n') && text.slice(text.lastIndexOf('\n') + 1).trim() !== '') {
    problems.add(no, 'last line has no line end (output cut?)');
  }
  return lines;
}

/** True for text that is mostly not printable: a binary file or a wrong encoding. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.1;
}

/**
 * nvidia-smi prints this instead of any output when it cannot talk to the driver (e.g. a half-applied
 * driver bump: "Failed to initialize NVML: Driver/library version mismatch"). Returns the message.
 */
export function nvmlFailure(lines: readonly Line[]): { line: number; message: string } | null {
  for (const line of lines) {
    const match = NVML_FAILURE.exec(line.text);
    if (match?.[1]) return { line: line.no, message: match[1].trim() };
  }
  return null;
}

const NVML_FAILURE = /(Failed to initialize NVML: .*|NVIDIA-SMI has failed because .*|No devices were found)/;

export function isNvmlFailureLine(text: string): boolean {
  return NVML_FAILURE.test(text);
}

/** Reports binary input once; the caller then returns nothing read. */
export function refuseBinary(text: string, problems: ProblemList): boolean {
  if (!looksBinary(text)) return false;
  problems.add(0, 'input looks binary, not tool output');
  return true;
}

/** The problem every parser reports for input that holds nothing it recognises. */
export function describeEmpty(text: string): string {
  if (text.trim().length === 0) return 'empty input';
  if (looksBinary(text)) return 'input looks binary, not tool output';
  return 'no recognisable output';
}
