import { type ExcerptMap, stepKey } from './junit.js';
import { readExcerpt, type LogExcerpt } from './log-excerpt.js';
import type { LoadedResults } from './results-source.js';

/** A hostile or huge results.json may name millions of raw logs; past this many we stop reading. */
export const MAX_EXCERPTS = 2000;

/** Reads the raw-log excerpts of every step, each from the results directory it came from. */
export async function collectExcerpts(sources: readonly LoadedResults[]): Promise<ExcerptMap> {
  const map = new Map<string, LogExcerpt[]>();
  let budget = MAX_EXCERPTS;
  for (const { dir, results } of sources) {
    for (const canary of results.canaries) {
      for (const step of canary.steps) {
        const logs: LogExcerpt[] = [];
        for (const name of step.raw) {
          if (budget-- > 0) logs.push(await readExcerpt(dir, name));
          else logs.push({ path: `raw/${name}`, text: '', cut: false, unavailable: `not read (more than ${MAX_EXCERPTS} raw logs)` });
        }
        if (logs.length > 0) map.set(stepKey(canary.name, step.name), logs);
      }
    }
  }
  return map;
}
