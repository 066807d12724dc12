import { describe, expect, it } from 'vitest';
import { forEachBounded } from '../../src/core/for-each-bounded.js';

describe('forEachBounded', () => {
  it('keeps the order of the results whatever order the work finishes in', async () => {
    const delays = [30, 0, 20, 5, 10];
    const out = await forEachBounded(delays, 3, (ms) => new Promise<number>((r) => setTimeout(() => r(ms * 2), ms)));
    expect(out).toEqual([60, 0, 40, 10, 20]);
  });

  it('never runs more than `concurrency` at once, and does use that many', async () => {
    let running = 0;
    let peak = 0;
    await forEachBounded(Array.from({ length: 10 }, (_, i) => i), 4, async () => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    });
    expect(peak).toBe(4);
  });

  it('handles an empty list and a concurrency below 1', async () => {
    expect(await forEachBounded([], 8, async () => 1)).toEqual([]);
    expect(await forEachBounded([1, 2], 0, async (x) => x + 1)).toEqual([2, 3]);
  });
});
