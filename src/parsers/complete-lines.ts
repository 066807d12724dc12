import { type Line, MAX_LINE_CHARS, type ProblemList, splitLines } from './lines.js';

/**
 * The lines of a tool's output that are known to be whole. Tools end every line with a line end,
 * so a last line without one was cut (a copy, a truncated transfer): it is reported and left out
 * rather than read, since its last value may be a prefix of the real one.
 */
export function completeLines(text: string, problems: ProblemList): Line[] {
  const tailStart = text.lastIndexOf('\n') + 1;
  const lines = splitLines(text.slice(0, tailStart), problems);
  const tail = text.slice(tailStart);
  if (tail.trim() !== '') {
    const no = newlines(text, tailStart) + 1;
    if (tail.length > MAX_LINE_CHARS) problems.add(no, `line is ${tail.length} characters long (no real output line is); skipped`);
    else problems.add(no, 'last line has no line end and may be cut off; not read');
  }
  return lines;
}

function newlines(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
