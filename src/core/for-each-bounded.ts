/**
 * Runs `fn` on every item with at most `concurrency` at once, keeping the order of the results.
 * `fn` must not throw if one item's trouble is not to stop the others: it is the caller's job to turn
 * a failure into a result.
 */
export async function forEachBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
