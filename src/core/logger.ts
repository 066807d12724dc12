/**
 * The Logger port. The CLI writes to stderr; actions write through @actions/core
 * (groups, annotations, masking). Core code never writes to stdout: stdout
 * belongs to `--json` documents.
 */
export interface Annotation {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  debug(message: string): void;
  /** Run `fn` inside a collapsible group (a plain header on the CLI). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Never print `value` again (CLI: redact; actions: core.setSecret). */
  mask(value: string): void;
}

/** A logger that writes human text to a stream (stderr for the CLI), redacting masked values. */
export class StreamLogger implements Logger {
  readonly #secrets = new Set<string>();

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: { debug?: boolean; prefix?: string } = {},
  ) {}

  info(message: string): void {
    this.#emit('', message);
  }
  warn(message: string, annotation?: Annotation): void {
    this.#emit('warning: ', withLocation(message, annotation));
  }
  error(message: string, annotation?: Annotation): void {
    this.#emit('error: ', withLocation(message, annotation));
  }
  debug(message: string): void {
    if (this.options.debug) this.#emit('debug: ', message);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.#emit('', `== ${title}`);
    return fn();
  }
  mask(value: string): void {
    // Very short values would redact ordinary words; the actions runner refuses them too.
    if (value.length >= 4) this.#secrets.add(value);
  }
  redact(text: string): string {
    let out = text;
    for (const secret of this.#secrets) out = out.split(secret).join('***');
    return out;
  }
  #emit(level: string, message: string): void {
    const prefix = this.options.prefix ?? '';
    const lines = this.redact(message).split('\n');
    this.write(lines.map((line) => `${prefix}${level}${line}\n`).join(''));
  }
}

function withLocation(message: string, annotation?: Annotation): string {
  if (!annotation?.file) return message;
  const position = [annotation.file, annotation.line, annotation.column].filter((p) => p !== undefined).join(':');
  return `${position}: ${message}`;
}

/** Collects everything; for tests that assert what was logged. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly masked: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`== ${title}`);
    return fn();
  }
  mask(value: string): void {
    this.masked.push(value);
  }
}
