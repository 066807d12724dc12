import { z } from 'zod';
import { UsageError } from '../core/errors.js';

/**
 * One leg of a fleet split over several jobs (`--shard I/N`, the reusable workflow's matrix legs):
 * `index` counts from 0, like the workflow's `matrix.leg`, so legs are `0/N` … `N-1/N`.
 */
export interface Shard {
  index: number;
  count: number;
}

/** GitHub caps a matrix at 256 jobs; more legs than that is a typo. */
export const MAX_SHARDS = 256;

/** Reads `I/N` strictly (digits only, 0 ≤ I < N ≤ 256). Pure; never throws. */
export function parseShard(text: string): { ok: true; shard: Shard } | { ok: false; message: string } {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
  const bad = (why: string): { ok: false; message: string } => ({ ok: false, message: `shard ${JSON.stringify(text.slice(0, 40))}: ${why}; expected I/N with 0 ≤ I < N, e.g. 0/4 … 3/4` });
  if (!match) return bad('not of the form I/N');
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1) return bad('N must be at least 1');
  if (count > MAX_SHARDS) return bad(`N must be at most ${MAX_SHARDS}`);
  if (index >= count) return bad(`I must be below N (legs count from 0)`);
  return { ok: true, shard: { index, count } };
}

/**
 * Whether the item at `position` (its place in the manifest's canary list) belongs to the shard:
 * canary i goes to leg i mod N. A pure function of the list order, so every leg of a run agrees on
 * the split without talking to the others, and `--canary` filtering does not move canaries between legs.
 */
export function inShard(position: number, shard: Shard | null): boolean {
  return shard === null || position % shard.count === shard.index;
}

/**
 * The canaries a run tests: the named ones (all when none are named) that fall in the shard, in
 * manifest order. Unknown names are a usage error that lists the valid ones.
 */
export function selectCanaries<C extends { name: string }>(canaries: readonly C[], options: { names: readonly string[]; shard: Shard | null; source: string }): C[] {
  const unknown = options.names.filter((n) => !canaries.some((c) => c.name === n));
  if (unknown.length > 0) {
    throw new UsageError(`no canary named ${unknown.join(', ')} in ${options.source} (it has: ${canaries.map((c) => c.name).join(', ') || 'none'})`);
  }
  return canaries.filter((c, position) => (options.names.length === 0 || options.names.includes(c.name)) && inShard(position, options.shard));
}

/** An optional `I/N` text (an action input or flag) read into a Shard, or null when absent. */
export const ShardInput = z
  .string()
  .optional()
  .transform((text, ctx): Shard | null => {
    if (text === undefined) return null;
    const parsed = parseShard(text);
    if (parsed.ok) return parsed.shard;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });
