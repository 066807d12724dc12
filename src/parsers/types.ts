import type { Problem } from '../core/results.js';

/**
 * Every parser is a pure function `(text) => ParseResult` that never throws: it reads what it can
 * and reports what it could not as problems with a 1-based line number (0 = the whole input).
 */
export interface ParseResult<T> {
  data: T;
  problems: Problem[];
  /** false only when nothing usable was read. */
  ok: boolean;
}

export type Parser<T> = (text: string) => ParseResult<T>;

export type { Problem };
