import { type Line, type ProblemList, splitLines } from './lines.js';

/**
 * The lines of a tool's output that are known to be whole. Tools end every line with a line end,
 * so a last line without one was cut (a copy, a truncated transfer): it is reported and left out
 * rather than read as a smaller number.
 */
export function completeLines(text: string, problems: ProblemList): Line[] {
  const lines = splitLines(text, problems);
  const last = lines[lines.length - 1];
  if (last !== undefined && !text.endsWith('\n') && last.text.trim() !== '') {
    problems.add(last.no, 'last line has no line end and may be cut off; not read');
    lines.pop();
  }
  return lines;
}
