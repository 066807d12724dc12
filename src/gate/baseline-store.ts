import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResults } from '../core/results.js';
import { mergeResults } from '../report/merge-results.js';
import { loadResults, type LoadedResults } from '../report/results-source.js';

/**
 * The baseline is the last promoted run's results. On disk it is either one results directory, or
 * what `writeBaseline` leaves: `DIR/baseline.json` plus `DIR/runs/<NN>-<run id>/results.json`, one per
 * repetition that was promoted (each is a sample for the statistics).
 */
export async function readBaseline(dir: string): Promise<{ runs: RunResults[]; note: string | null }> {
  if (!(await isDir(dir))) return { runs: [], note: `no baseline at ${dir} yet (first promotion?): metrics are judged against floors only` };
  if (await exists(join(dir, 'results.json'))) return { runs: [(await loadResults(dir)).results], note: null };
  const runsDir = join(dir, 'runs');
  const names = (await isDir(runsDir)) ? (await readdir(runsDir)).sort() : [];
  const runs: RunResults[] = [];
  for (const name of names) runs.push((await loadResults(join(runsDir, name))).results);
  return { runs, note: runs.length === 0 ? `baseline ${dir} holds no results: metrics are judged against floors only` : null };
}

/**
 * Groups `--results` directories into runs: directories with the same run id are shards of one
 * run (merged); different run ids are repetitions (samples).
 */
export function groupRuns(loaded: readonly LoadedResults[]): { runs: RunResults[]; problems: string[] } {
  const byId = new Map<string, RunResults[]>();
  for (const { results } of loaded) byId.set(results.run.id, [...(byId.get(results.run.id) ?? []), results]);
  const runs: RunResults[] = [];
  const problems: string[] = [];
  for (const shards of byId.values()) {
    const merged = mergeResults(shards);
    if (merged.ok) runs.push(merged.results);
    else problems.push(merged.message);
  }
  return { runs, problems };
}

/** Promotion: the promoted runs become the baseline. Written beside, then swapped in (idempotent). */
export async function writeBaseline(dir: string, runs: readonly RunResults[], promotedAt: string): Promise<void> {
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'runs'), { recursive: true });
  const index: string[] = [];
  for (const [i, results] of runs.entries()) {
    const name = `${String(i + 1).padStart(2, '0')}-${results.run.id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)}`;
    await mkdir(join(staging, 'runs', name));
    await writeFile(join(staging, 'runs', name, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    index.push(name);
  }
  await writeFile(join(staging, 'baseline.json'), `${JSON.stringify({ promotedAt, runs: index }, null, 2)}\n`);
  const old = `${dir}.old-${process.pid}`;
  if (await exists(dir)) await rename(dir, old);
  await rename(staging, dir);
  await rm(old, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
