import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RunResults } from '../../src/core/results.js';

/** Writes a results directory (results.json + raw/ files) the way a smoke run leaves it. */
export function writeResultsDir(results: RunResults, raw: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-results-'));
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2));
  for (const [name, content] of Object.entries(raw)) {
    mkdirSync(dirname(join(dir, 'raw', name)), { recursive: true });
    writeFileSync(join(dir, 'raw', name), content);
  }
  return dir;
}
