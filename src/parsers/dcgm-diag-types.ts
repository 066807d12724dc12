/** Result tokens of `dcgmi diag`, lower-cased. */
export type DcgmResult = 'pass' | 'fail' | 'warn' | 'skip' | 'not-run';

export interface DcgmEntityResult {
  /** GPU id, or `all` for `Pass - All`. */
  gpu: number | 'all';
  result: DcgmResult;
}

export interface DcgmTest {
  category: string | null;
  name: string;
  line: number;
  /** The worst result over its entities; null when the row was cut before its result. */
  result: DcgmResult | null;
  entities: DcgmEntityResult[];
  /** Warning texts with the 45-character hard wraps joined back. */
  warnings: string[];
  errors: string[];
  info: string[];
}

export interface DcgmDiagData {
  format: 'table' | 'json';
  dcgmVersion: string | null;
  driverVersion: string | null;
  /** PCI device ids from `GPU Device IDs Detected` (absent in DCGM 3.0.x). */
  deviceIds: string[];
  tests: DcgmTest[];
  /** Worst result over all tests (fail > warn > pass > skip > not-run); null when no test was read. */
  overall: DcgmResult | null;
  /** `GPU N's NvLink link M is currently down` warnings, a link-down signal even when the test passed. */
  nvlinkDown: { gpu: number; link: number }[];
  /** Lines outside the table that report a failure (`Error: ...`, runtime_error). */
  errors: string[];
}

const RANK: Record<DcgmResult, number> = { 'not-run': 0, skip: 1, pass: 2, warn: 3, fail: 4 };

export function worst(results: readonly (DcgmResult | null)[]): DcgmResult | null {
  let out: DcgmResult | null = null;
  for (const r of results) if (r && (out === null || RANK[r] > RANK[out])) out = r;
  return out;
}

export function readResultToken(text: string): DcgmResult | null {
  const t = text.trim().toLowerCase();
  if (t === 'pass' || t === 'passed') return 'pass';
  if (t === 'fail' || t === 'failed' || t === 'error') return 'fail';
  if (t === 'warn' || t === 'warning') return 'warn';
  if (t === 'skip' || t === 'skipped') return 'skip';
  if (t === 'not run' || t === 'notrun' || t === 'not_run') return 'not-run';
  return null;
}

export function nvlinkDownIn(text: string): { gpu: number; link: number }[] {
  return [...text.matchAll(/GPU (\d+)'s NvLink link (\d+) is currently down/g)].map((m) => ({ gpu: Number(m[1]), link: Number(m[2]) }));
}

export function emptyDcgmData(format: 'table' | 'json'): DcgmDiagData {
  return { format, dcgmVersion: null, driverVersion: null, deviceIds: [], tests: [], overall: null, nvlinkDown: [], errors: [] };
}
