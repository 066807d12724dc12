import { toNumber } from './cells.js';
import type { ProblemList } from './lines.js';
import type { NvbandwidthData, NvbandwidthTestcase } from './nvbandwidth.js';

/**
 * nvbandwidth `-j` output: `{"nvbandwidth": {"version", "Driver Version", "testcases": [{"name",
 * "status": "Passed|Waived|Not Found|Error", "bandwidth_description", "bandwidth_matrix":
 * [["12.3", "N/A"]], "sum"}]}}`. Matrix cells are strings. There is no published schema, so every
 * field is checked before use.
 */
export function readNvbandwidthJson(text: string, problems: ProblemList): NvbandwidthData | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.add(0, `input starts like JSON but is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const root = record(record(parsed)?.nvbandwidth);
  if (!root) {
    problems.add(0, 'JSON has no "nvbandwidth" object');
    return null;
  }
  if (typeof root.error === 'string') problems.add(0, `nvbandwidth error: ${root.error}`);
  const testcases: NvbandwidthTestcase[] = [];
  const list = Array.isArray(root.testcases) ? root.testcases : [];
  if (!Array.isArray(root.testcases)) problems.add(0, 'JSON has no "testcases" array');
  list.forEach((entry, index) => {
    const testcase = readTestcase(entry, index, problems);
    if (testcase) testcases.push(testcase);
  });
  return {
    version: text_(root.version),
    driverVersion: text_(root['Driver Version']),
    cudaRuntimeVersion: text_(root['CUDA Runtime Version']),
    devices: readDevices(root['GPU Device list']),
    testcases,
  };
}

function readTestcase(entry: unknown, index: number, problems: ProblemList): NvbandwidthTestcase | null {
  const tc = record(entry);
  const name = text_(tc?.name);
  if (!tc || name === null) {
    problems.add(0, `testcases[${index}] has no name`);
    return null;
  }
  const status = text_(tc.status);
  if (status === 'Waived') return { name, status: 'waived', title: text_(tc.bandwidth_description), matrix: null, sum: null, matrices: [] };
  if (status !== 'Passed') {
    const error = text_(tc.error);
    problems.add(0, `testcase ${name}: status ${status ?? 'missing'}${error ? ` (${error})` : ''}; not read`);
    return null;
  }
  const raw = tc.bandwidth_matrix;
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(Array.isArray)) {
    problems.add(0, `testcase ${name}: no bandwidth_matrix`);
    return null;
  }
  const matrix = (raw as unknown[][]).map((row) => row.map((cell) => (typeof cell === 'number' ? cell : toNumber(text_(cell) ?? undefined))));
  const sum = typeof tc.sum === 'number' ? tc.sum : toNumber(text_(tc.sum) ?? undefined);
  const title = text_(tc.bandwidth_description);
  return { name, status: 'ok', title, matrix, sum, matrices: [{ title, matrix, sum }] };
}

function readDevices(value: unknown): NvbandwidthData['devices'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index) => {
    const line = text_(entry);
    if (line === null) return [];
    const m = /^(?:(\d+): )?(.*?)(?: \(([0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2})\))?$/i.exec(line);
    return [{ index: m?.[1] === undefined ? index : Number(m[1]), name: (m?.[2] ?? line).trim(), pci: m?.[3] ?? null }];
  });
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text_(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}
