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
  if (rest.length === 0) return { ok: true, results: first };
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
        complete: shards.every((s) => s.run.complete),
      },
      canaries: shards.flatMap((s) => s.canaries),
    },
  };
}
