import type { ParseResult } from './types.js';

/**
 * Parsers must never throw. A bug that would throw is turned into a problem on line 0 so a smoke
 * run records "could not read" instead of crashing; tests feed hostile input to keep this path cold.
 */
export function neverThrows<T, A extends unknown[] = []>(
  parse: (text: string, ...rest: A) => ParseResult<T>,
  empty: () => T,
): (text: string, ...rest: A) => ParseResult<T> {
  return (text: string, ...rest: A) => {
    try {
      return parse(typeof text === 'string' ? text : String(text), ...rest);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { data: empty(), problems: [{ line: 0, message: `parser failed: ${reason}` }], ok: false };
    }
  };
}
