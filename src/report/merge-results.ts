import type { RunResults } from '../core/results.js';

export type MergeOutcome = { ok: true; results: RunResults } | { ok: false; message: string };

/**
 * Combines shards of ONE fleet run (the fan-out split the canaries over several jobs) into one
 * record. Shards of different runs, or a canary present in two shards, are refused: silently
 * picking one would hide a result.
 */
export function mergeResults(shards: readonly RunResults[]): MergeOutcome {
  const [first, ...rest] = shards;
  if (!first) return { ok: false, message: 'no results to merge' };
  const legs = shardLegs(shards);
  if (!legs.ok) return legs;
  if (rest.length === 0) return { ok: true, results: legs.missing.length > 0 ? incompleteLeg(first) : first };
  const ids = [...new Set(shards.map((s) => s.run.id))];
  if (ids.length > 1) {
    return { ok: false, message: `shards belong to different runs (${ids.join(', ')}); merge combines shards of one run` };
  }
  const seen = new Map<string, number>();
  for (const [index, shard] of shards.entries()) {
    for (const canary of shard.canaries) {
      const other = seen.get(canary.name);
      if (other !== undefined) {
        return { ok: false, message: `canary ${canary.name} appears in shard ${other + 1} and shard ${index + 1}` };
      }
      seen.set(canary.name, index);
    }
  }
  const modes = [...new Set(shards.map((s) => s.run.mode))];
  const finished = shards.map((s) => s.run.finishedAt);
  return {
    ok: true,
    results: {
      schemaVersion: 1,
      tool: first.tool,
      run: {
        id: first.run.id,
        startedAt: shards.map((s) => s.run.startedAt).sort()[0]!,
        finishedAt: finished.includes(null) ? null : (finished as string[]).sort().at(-1)!,
        mode: modes.length === 1 ? modes[0]! : 'mixed',
        url: shards.find((s) => s.run.url !== null)?.run.url ?? null,
        // A leg that never delivered its results leaves canaries untested: the run is not complete.
        complete: legs.missing.length === 0 && shards.every((s) => s.run.complete),
      },
      canaries: shards.flatMap((s) => s.canaries),
    },
  };
}

/**
 * The legs of a sharded run (`linkgate smoke --shard I/N` records `run.shard`): all must agree on N
 * and appear once; `missing` lists the legs not given (their canaries were never judged).
 */
export function shardLegs(shards: readonly RunResults[]): { ok: true; missing: number[] } | { ok: false; message: string } {
  const legs = shards.map((s) => s.run.shard).filter((leg): leg is NonNullable<typeof leg> => leg !== undefined);
  if (legs.length === 0) return { ok: true, missing: [] };
  if (legs.length !== shards.length) return { ok: false, message: 'some results are shards (linkgate smoke --shard) and some are not' };
  const counts = [...new Set(legs.map((l) => l.count))];
  if (counts.length > 1) return { ok: false, message: `shards of different splits (${counts.map((n) => `/${n}`).join(', ')})` };
  const seen = new Set<number>();
  for (const leg of legs) {
    if (leg.index >= leg.count) return { ok: false, message: `shard ${leg.index}/${leg.count} is not a leg of ${leg.count}` };
    if (seen.has(leg.index)) return { ok: false, message: `shard ${leg.index}/${leg.count} is given twice` };
    seen.add(leg.index);
  }
  return { ok: true, missing: Array.from({ length: counts[0]! }, (_, i) => i).filter((i) => !seen.has(i)) };
}

/** One leg given alone while others are missing: it stands for the whole run, which did not complete. */
function incompleteLeg(results: RunResults): RunResults {
  const { shard: _shard, ...run } = results.run;
  return { ...results, run: { ...run, complete: false } };
}
