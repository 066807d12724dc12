import { describe, expect, it } from 'vitest';
import { foldNames, summarizeOutcomes } from '../../src/remote/outcome-groups.js';
import { backoffDelay, withRetries } from '../../src/remote/retry-policy.js';
import { FakeClock } from '../../src/core/clock.js';

describe('summarizeOutcomes', () => {
  it('groups identical outcomes and folds numbered names into ranges', () => {
    const outcomes = Array.from({ length: 8 }, (_, i) => ({ name: `canary-0${i + 1}`, outcome: i === 7 ? 'timeout' : 'ok' }));
    expect(summarizeOutcomes(outcomes.reverse())).toBe('canary-[01-07]: ok; canary-08: timeout');
  });
  it('keeps gaps, widths, prefixes and plain names apart', () => {
    expect(foldNames(['n-01', 'n-02', 'n-03', 'n-05', 'n-1', 'gpu-box', 'r2-10', 'r2-11'])).toBe('n-[01-03,05],n-1,gpu-box,r2-[10-11]');
    expect(foldNames(['a1', 'a1'])).toBe('a1');
    expect(summarizeOutcomes([])).toBe('');
  });
  it('orders groups by their first host in natural order', () => {
    expect(
      summarizeOutcomes([
        { name: 'c10', outcome: 'ok' },
        { name: 'c9', outcome: 'failed' },
        { name: 'c2', outcome: 'ok' },
      ]),
    ).toBe('c2,c10: ok; c9: failed');
  });
});

describe('connect retries', () => {
  it('backs off exponentially with jitter and a ceiling', () => {
    const policy = { attempts: 5, initialDelayMs: 500, maxDelayMs: 3000 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(policy, n, () => 1))).toEqual([500, 1000, 2000, 3000]);
    expect(backoffDelay(policy, 1, () => 0)).toBe(250);
  });
  it('retries only retryable errors, sleeping on the clock between attempts', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const run = withRetries(
      async () => {
        calls++;
        throw new Error(calls < 3 ? 'retry me' : 'final');
      },
      (e) => (e as Error).message === 'retry me',
      { policy: { attempts: 5, initialDelayMs: 100, maxDelayMs: 1000 }, clock, random: () => 1 },
    );
    const settled = run.catch((e: Error) => e.message);
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(1);
    clock.advance(100);
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(2);
    clock.advance(200);
    expect(await settled).toBe('final');
    expect(calls).toBe(3);
  });
});
