import type { ParseResult } from './types.js';

/**
 * Parsers must never throw. A bug that would throw is turned into a problem on line 0 so a smoke
 * run records "could not read" instead of crashing; tests feed hostile input to keep this path cold.
 */
export function neverThrows<T>(parse: (text: string) => ParseResult<T>, empty: () => T): (text: string) => ParseResult<T> {
  return (text: string) => {
    try {
      return parse(typeof text === 'string' ? text : String(text));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { data: empty(), problems: [{ line: 0, message: `parser failed: ${reason}` }], ok: false };
    }
  };
}
