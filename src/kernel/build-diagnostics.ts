/**
 * Compiler, linker and modpost diagnostics from a kernel build log, as data for annotations.
 * tuxmake only counts `warning:`/`error:` lines; we keep file:line so the annotation lands on it.
 */

export interface Diagnostic {
  severity: 'warning' | 'error';
  /** As printed (relative to the make directory, or absolute); mapped to a repo path by the caller. */
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}

const GCC = /^(?<file>[^\s:][^:]*?):(?<line>\d+):(?:(?<column>\d+):)? (?<severity>warning|error|fatal error): (?<message>.+)$/;
const MODPOST = /^(?<severity>ERROR|WARNING): modpost: (?<message>.+)$/;
const LINKER = /^(?:\S*ld(?:\.bfd)?): (?<message>.*(?:undefined reference to|multiple definition of|cannot find|No space left).*)$/;

export function parseDiagnostic(line: string): Diagnostic | null {
  const text = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd();
  const gcc = GCC.exec(text)?.groups;
  if (gcc) {
    return {
      severity: gcc.severity === 'warning' ? 'warning' : 'error',
      file: gcc.file!,
      line: Number(gcc.line),
      column: gcc.column ? Number(gcc.column) : null,
      message: gcc.message!,
    };
  }
  const modpost = MODPOST.exec(text)?.groups;
  if (modpost) return { severity: modpost.severity === 'ERROR' ? 'error' : 'warning', file: null, line: null, column: null, message: `modpost: ${modpost.message}` };
  const linker = LINKER.exec(text)?.groups;
  if (linker) return { severity: 'error', file: null, line: null, column: null, message: `ld: ${linker.message}` };
  return null;
}

/** The disk filled up: an infrastructure error, not a broken kernel. */
export function isDiskFull(line: string): boolean {
  return /No space left on device|ENOSPC/.test(line);
}
