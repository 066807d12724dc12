import { createWriteStream, type WriteStream } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Logger } from '../core/logger.js';
import { type Diagnostic, isDiskFull, parseDiagnostic } from './build-diagnostics.js';

/** GitHub shows at most 10 annotations of a kind per step; a few more cost nothing, thousands flood the log. */
const MAX_ANNOTATIONS = 50;

/** Known "missing host package" symptoms in a build log, with the Debian package that cures them. */
const PACKAGE_HINTS: readonly [RegExp, string][] = [
  [/openssl\/\w+\.h: No such file/, 'libssl-dev'],
  [/(gelf|libelf)\.h: No such file/, 'libelf-dev'],
  [/\bflex: (not found|No such file)/, 'flex'],
  [/\bbison: (not found|No such file)/, 'bison'],
  [/\bbc: (not found|No such file)/, 'bc'],
  [/\bdepmod\b.*(not found|requires)/, 'kmod'],
];

export interface PathMapping {
  /** Absolute directory as the compiler saw it → the name to show (repo-relative when it is the repo's). */
  from: string;
  to: string;
}

/**
 * The full build log (every line of every command, kept as an artifact) plus the diagnostics
 * found in it, turned into annotations at file:line through the Logger.
 */
export class BuildLog {
  readonly #stream: WriteStream;
  readonly diagnostics: Diagnostic[] = [];
  readonly hints = new Set<string>();
  warnings = 0;
  errors = 0;
  diskFull = false;
  #writeError: Error | null = null;
  #annotated = { warning: 0, error: 0 };
  readonly #seen = new Set<string>();
  /** The last lines, for an error message's details. */
  readonly tail: string[] = [];

  constructor(
    readonly path: string,
    private readonly logger: Logger,
    private readonly mappings: PathMapping[],
    private readonly echo: boolean,
  ) {
    this.#stream = createWriteStream(path, { flags: 'w' });
    this.#stream.on('error', (error) => {
      this.#writeError = error;
      if (isDiskFull(String(error))) this.diskFull = true;
    });
  }

  get writeError(): Error | null {
    return this.#writeError;
  }

  note(text: string): void {
    if (!this.#writeError) this.#stream.write(`${text}\n`);
  }

  /** One line of command output, from `cwd` (where relative paths in diagnostics start). */
  line(text: string, cwd: string): void {
    this.note(text);
    if (this.echo) this.logger.info(text);
    this.tail.push(text);
    if (this.tail.length > 25) this.tail.shift();
    if (isDiskFull(text)) this.diskFull = true;
    for (const [pattern, pkg] of PACKAGE_HINTS) if (pattern.test(text)) this.hints.add(pkg);
    const diagnostic = parseDiagnostic(text);
    if (!diagnostic) return;
    if (diagnostic.severity === 'warning') this.warnings++;
    else this.errors++;
    const file = diagnostic.file === null ? null : this.#mapPath(resolve(cwd, diagnostic.file));
    const mapped = { ...diagnostic, file };
    this.diagnostics.push(mapped);
    const key = `${mapped.severity}:${file}:${mapped.line}:${mapped.message}`;
    if (this.#seen.has(key) || this.#annotated[mapped.severity] >= MAX_ANNOTATIONS) return;
    this.#seen.add(key);
    this.#annotated[mapped.severity]++;
    const annotation = file === null ? undefined : { file, line: mapped.line ?? undefined, column: mapped.column ?? undefined, title: `compiler ${mapped.severity}` };
    if (mapped.severity === 'warning') this.logger.warn(mapped.message, annotation);
    else this.logger.error(mapped.message, annotation);
  }

  firstError(): Diagnostic | undefined {
    return this.diagnostics.find((d) => d.severity === 'error');
  }

  close(): Promise<void> {
    return new Promise((resolveClose) => {
      if (this.#stream.closed || this.#stream.destroyed) return resolveClose();
      this.#stream.end(() => resolveClose());
    });
  }

  #mapPath(absolute: string): string {
    for (const { from, to } of this.mappings) {
      if (absolute === from || absolute.startsWith(from + sep)) {
        const rest = relative(from, absolute);
        return to ? `${to}/${rest}` : rest;
      }
    }
    return absolute;
  }
}
