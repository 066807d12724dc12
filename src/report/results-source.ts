import { stat } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import type { RunResults } from '../core/results.js';
import { readResults } from '../smoke/results-dir.js';
import { mergeResults } from './merge-results.js';

/**
 * Reads `results.json` from a results directory through the smoke suite's reader
 * (src/smoke/results-dir.ts), which validates it against the result model.
 *
 * Exit-code contract (docs/reports.md): a missing, truncated, non-JSON, invalid or hostile
 * results.json is a UsageError (exit 2) naming the file and every problem. The gate is the
 * exception: it turns unreadable results into an INCONCLUSIVE verdict (exit 3), because a gate
 * must always answer.
 */
export interface LoadedResults {
  /** The results directory (raw logs are under `<dir>/raw/`). */
  dir: string;
  results: RunResults;
}

export async function loadResults(dir: string): Promise<LoadedResults> {
  let isDir = false;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch {
    throw new UsageError(`--results ${dir}: no such directory`);
  }
  if (!isDir) throw new UsageError(`--results ${dir}: not a directory (give the results directory, not the file)`);
  return { dir, results: await readResults(dir) };
}

/** Loads one or more results directories (shards of one fleet run) as one record. */
export async function loadResultsSet(dirs: readonly string[]): Promise<{ loaded: LoadedResults[]; merged: RunResults }> {
  if (dirs.length === 0) throw new UsageError('--results DIR is required');
  const loaded: LoadedResults[] = [];
  for (const dir of dirs) loaded.push(await loadResults(dir));
  const merged = mergeResults(loaded.map((l) => l.results));
  if (!merged.ok) throw new UsageError(`cannot merge --results directories: ${merged.message}`);
  return { loaded, merged: merged.results };
}
