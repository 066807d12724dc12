import { describe, expect, it } from 'vitest';
import { mannWhitneyU, median } from '../../src/gate/mann-whitney.js';

describe('Mann–Whitney U', () => {
  it('complete separation of 5 vs 5 gives the exact two-sided p 2/C(10,5) = 0.0079', () => {
    const r = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.exact).toBe(true);
    expect(r.u).toBe(0);
    expect(r.p).toBeCloseTo(2 / 252, 6);
  });

  it('4 vs 4 can never reach 98%: the smallest p is 2/C(8,4) = 0.029', () => {
    expect(mannWhitneyU([1, 2, 3, 4], [5, 6, 7, 8]).p).toBeCloseTo(2 / 70, 6);
  });

  it('matches a textbook value: x=[1.1,2.2,3.3,4.4] y=[0.5,2.5,3.5,4.5,5.5] → U=7, p=0.5556 (exact; scipy.stats.mannwhitneyu agrees)', () => {
    const r = mannWhitneyU([1.1, 2.2, 3.3, 4.4], [0.5, 2.5, 3.5, 4.5, 5.5]);
    expect(r.u).toBe(7);
    // 70 of 126 arrangements lie at least 3 from the mean U of 10 → 0.5556
    expect(r.p).toBeCloseTo(70 / 126, 4);
  });

  it('uses the tie-corrected normal approximation when values tie', () => {
    const r = mannWhitneyU([1, 1, 2, 2, 3, 3], [3, 3, 4, 4, 5, 5]);
    expect(r.exact).toBe(false);
    expect(r.u).toBe(2);
    // scipy.stats.mannwhitneyu(..., method='asymptotic', use_continuity=True) → 0.010926
    expect(r.p).toBeCloseTo(0.010926, 3);
    expect(mannWhitneyU([7, 7, 7], [7, 7, 7]).p).toBe(1);
  });

  it('identical distributions are not significant', () => {
    expect(mannWhitneyU([390, 395, 392, 398, 391], [393, 389, 396, 394, 390]).p).toBeGreaterThan(0.5);
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
