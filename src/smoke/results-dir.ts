import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { RunResults } from '../core/results.js';
import { fleetTopologyDb } from '../topology/fleet-db.js';
import { topologiesFromResults } from '../topology/from-results.js';

/**
 * One run's results directory (DESIGN.md "Results are data"):
 *
 * ```
 * DIR/results.json      the canonical record, validated by RunResults
 * DIR/raw/              every command's stdout/stderr as captured: raw/<canary>/<step>/<NN>-<label>.{stdout,stderr}
 * DIR/topology.json    the fleet topology DB (docs/topology.md), from the topology steps' data
 * DIR/junit.xml  DIR/summary.md  DIR/metrics.prom   (reports, written by others)
 * ```
 *
 * `StepResult.raw` names files relative to `DIR/raw/`. Every report and the gate re-read the
 * directory through `readResults`, so a downloaded or hand-edited artifact is checked like any input.
 */
export const RESULTS_FILE = 'results.json';
export const RAW_DIR = 'raw';
export const TOPOLOGY_FILE = 'topology.json';

/** results.json of a large fleet run stays far below this; a bigger file is a mistake or an attack. */
export const MAX_RESULTS_BYTES = 256 * 1024 * 1024;

/** Validates and writes `DIR/results.json` (temp file + rename, so a reader never sees half a file). */
export async function writeResults(dir: string, results: RunResults): Promise<string> {
  const parsed = RunResults.safeParse(results);
  if (!parsed.success) {
    // Our own writer produced an invalid record: a bug, reported with the paths that are wrong.
    throw new Error(`refusing to write an invalid results.json: ${formatIssues(parsed.error.issues).join('; ')}`);
  }
  const unsafe = unsafeRawNames(parsed.data);
  if (unsafe.length > 0) throw new Error(`refusing to write results.json with raw names outside raw/: ${unsafe.join(', ')}`);
  await mkdir(join(dir, RAW_DIR), { recursive: true });
  const target = join(dir, RESULTS_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(parsed.data, null, 2)}\n`);
  await rename(temp, target);
  return target;
}

/**
 * Writes `DIR/topology.json`: the fleet topology DB of every canary whose topology step parsed
 * `topo -m` (an empty DB when none did), built like `linkgate topology db --from DIR` builds it.
 */
export async function writeTopologyDb(dir: string, results: RunResults): Promise<string> {
  const target = join(dir, TOPOLOGY_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(fleetTopologyDb(topologiesFromResults(results).nodes), null, 2)}\n`);
  await rename(temp, target);
  return target;
}

/** Reads and validates `DIR/results.json`. Every problem becomes a UsageError with one line per issue. */
export async function readResults(dir: string): Promise<RunResults> {
  const file = join(dir, RESULTS_FILE);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`${file} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`no ${RESULTS_FILE} in ${dir}: expected the directory written by "linkgate smoke --out DIR"`);
  }
  if (size > MAX_RESULTS_BYTES) throw new UsageError(`${file} is ${size} bytes; the limit is ${MAX_RESULTS_BYTES}`);
  return parseResultsText(await readFile(file, 'utf8'), file);
}

/** Parses results.json text; `file` names it in messages. Pure: for tests and for the readers above. */
export function parseResultsText(text: string, file: string): RunResults {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = RunResults.safeParse(json);
  if (!parsed.success) {
    const lines = formatIssues(parsed.error.issues);
    throw new UsageError(`${file}: not a linkgate results file (${lines.length} problem(s))`, { details: lines.slice(0, 20) });
  }
  const unsafe = unsafeRawNames(parsed.data);
  if (unsafe.length > 0) {
    throw new UsageError(`${file}: raw file names must stay inside raw/`, { details: unsafe.slice(0, 20).map((n) => `unsafe raw name ${JSON.stringify(n)}`) });
  }
  return parsed.data;
}

/** The absolute path of one raw file named in a StepResult. */
export function rawPath(dir: string, name: string): string {
  return join(dir, RAW_DIR, name);
}

/** Raw names are relative paths below raw/: no absolute paths, no `..`, no NUL, no backslashes. */
export function isSafeRawName(name: string): boolean {
  if (name === '' || name.length > 1024 || name.startsWith('/') || /[\0\\]/.test(name)) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function unsafeRawNames(results: RunResults): string[] {
  return results.canaries.flatMap((c) => c.steps.flatMap((s) => s.raw.filter((name) => !isSafeRawName(name))));
}

function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
