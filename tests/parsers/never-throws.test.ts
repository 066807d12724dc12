import { describe, expect, it } from 'vitest';
import { neverThrows } from '../../src/parsers/guard.js';
import { PARSER_KINDS, PARSERS } from '../../src/parsers/index.js';

describe('parsers never throw', () => {
  it('the guard turns a parser bug into a problem on line 0 and nothing read', () => {
    const buggy = neverThrows((): never => {
      throw new TypeError('boom');
    }, () => ({ rows: [] }));
    expect(buggy('x')).toEqual({ data: { rows: [] }, problems: [{ line: 0, message: 'parser failed: boom' }], ok: false });
  });

  it.each(PARSER_KINDS)('%s: a caller passing something that is not text gets problems, not an exception', (kind) => {
    const hostile = { toString: () => { throw new Error('not text'); } };
    for (const input of [null, undefined, hostile]) {
      const result = PARSERS[kind](input as unknown as string);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
