import { printable, toNumber } from './cells.js';
import { completeLines } from './complete-lines.js';
import { neverThrows } from './guard.js';
import { describeEmpty, type Line, ProblemList } from './lines.js';
import { readNvbandwidthJson } from './nvbandwidth-json.js';
import type { ParseResult } from './types.js';

export interface NvbandwidthMatrix {
  /** The line above the matrix, e.g. `memcpy CE GPU(row) <- GPU(column) bandwidth (GB/s)`. */
  title: string | null;
  /** Rows as printed (row = first device in the title), `N/A` cells as null. */
  matrix: (number | null)[][];
  /** The `SUM <testcase> <value>` line after the matrix; null when the output has none. */
  sum: number | null;
}

export interface NvbandwidthTestcase {
  name: string;
  /** `ok`: measured; `waived`: not supported on this system (no P2P, one GPU, ...). */
  status: 'ok' | 'waived';
  title: string | null;
  /** The testcase's matrix (the last one when it prints several); null when waived. */
  matrix: (number | null)[][] | null;
  sum: number | null;
  /** Every matrix the testcase printed, in order. */
  matrices: NvbandwidthMatrix[];
}

export interface NvbandwidthData {
  version: string | null;
  driverVersion: string | null;
  cudaRuntimeVersion: string | null;
  devices: { index: number; name: string; pci: string | null }[];
  /** Testcases that ran to a complete matrix, or were waived. Errors and cut-off ones are problems. */
  testcases: NvbandwidthTestcase[];
}

const RUNNING = /^Running (\S{1,200})\.$/;
const WAIVING_V02 = /^Waiving (\S{1,200})\.$/;
const STATUS = /^(Waived|Error|Not Found):\s*(.*)$/;
const SUM = /^SUM (\S{1,200}) (\S{1,40})$/;
const TITLE = /\((?:GB\/s|ns|us)\)\s*$/;
const DEVICE = /^Device (\d{1,4}): (.*?)(?: \(([0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2})\))?$/i;

/** Parses nvbandwidth output, text (v0.2 to v0.8) or `-j` JSON. */
export const parseNvbandwidth = neverThrows(readNvbandwidth, emptyData);

function emptyData(): NvbandwidthData {
  return { version: null, driverVersion: null, cudaRuntimeVersion: null, devices: [], testcases: [] };
}

function readNvbandwidth(text: string): ParseResult<NvbandwidthData> {
  const problems = new ProblemList();
  const data = text.trimStart().startsWith('{') ? readNvbandwidthJson(text, problems) ?? emptyData() : readText(text, problems);
  const ok = data.testcases.length > 0;
  if (!ok && text.includes('Index, Name:')) problems.add(0, 'this is a testcase list (nvbandwidth -l), not results');
  else if (!ok) problems.add(0, `${describeEmpty(text)}: no nvbandwidth testcase results`);
  return { data, problems: problems.toArray(), ok };
}

interface Open {
  name: string;
  line: number;
  waived: boolean;
  failed: boolean;
  matrices: NvbandwidthMatrix[];
  title: string | null;
  /** Column labels of the matrix being read; null outside a matrix. */
  columns: string[] | null;
  rows: (number | null)[][];
}

function readText(text: string, problems: ProblemList): NvbandwidthData {
  const data = emptyData();
  let open: Open | null = null;
  const close = (): void => {
    if (open) finish(open, data, problems);
    open = null;
  };
  for (const line of completeLines(text, problems)) {
    // Copies pasted as markdown quotes keep a `> ` in front; the tool itself never prints one.
    const trimmed = line.text.replace(/^\s*(?:>\s?)+/, '').trim();
    const current = open as Open | null;
    if (current?.columns) {
      if (readMatrixLine(current, trimmed, line, problems)) continue;
    }
    if (trimmed === '') continue;
    let m: RegExpExecArray | null;
    if ((m = RUNNING.exec(trimmed))) {
      close();
      open = { name: m[1] as string, line: line.no, waived: false, failed: false, matrices: [], title: null, columns: null, rows: [] };
    } else if ((m = WAIVING_V02.exec(trimmed))) {
      if (current?.name !== m[1]) close();
      data.testcases.push({ name: m[1] as string, status: 'waived', title: null, matrix: null, sum: null, matrices: [] });
      open = null;
    } else if ((m = STATUS.exec(trimmed))) {
      if (!current) problems.add(line.no, `"${m[1] as string}:" without a testcase before it`);
      else if (m[1] === 'Waived') current.waived = true;
      else {
        current.failed = true;
        problems.add(line.no, `testcase ${current.name}: ${m[1] as string}: ${printable(m[2] as string)}`);
      }
    } else if ((m = SUM.exec(trimmed))) {
      const last = current?.matrices[current.matrices.length - 1];
      if (last && last.sum === null) last.sum = toNumber(m[2]);
      else problems.add(line.no, `SUM line without a matrix before it`);
    } else if (TITLE.test(trimmed) && current) {
      current.title = trimmed;
      current.columns = [];
    } else if (!current) {
      readHeaderLine(trimmed, data);
    } else if (!/^(MIN|MAX|AVG) /.test(trimmed)) {
      problems.add(line.no, `testcase ${current.name}: unexpected line "${printable(trimmed)}"`);
    }
  }
  close();
  return data;
}

/** true when the line belonged to the matrix being read. An empty line ends the matrix. */
function readMatrixLine(open: Open, trimmed: string, line: Line, problems: ProblemList): boolean {
  const columns = open.columns as string[];
  if (trimmed === '') {
    endMatrix(open, line.no, problems);
    return true;
  }
  const cells = trimmed.split(/\s+/);
  if (columns.length === 0) {
    open.columns = cells;
    return true;
  }
  if (SUM.test(trimmed) || RUNNING.test(trimmed) || STATUS.test(trimmed)) {
    endMatrix(open, line.no, problems);
    return false;
  }
  const values = cells.slice(1).map((cell) => (cell === 'N/A' ? null : toNumber(cell)));
  if (values.length !== columns.length || values.some((v, i) => v === null && cells[i + 1] !== 'N/A')) {
    problems.add(line.no, `testcase ${open.name}: matrix row has ${values.length} of ${columns.length} values or an unreadable one (cut off?)`);
    open.failed = true;
    open.columns = null;
    return true;
  }
  open.rows.push(values);
  return true;
}

function endMatrix(open: Open, lineNo: number, problems: ProblemList): void {
  if (open.rows.length === 0) {
    problems.add(lineNo, `testcase ${open.name}: matrix without rows`);
    open.failed = true;
  } else {
    open.matrices.push({ title: open.title, matrix: open.rows, sum: null });
  }
  open.columns = null;
  open.rows = [];
}

function finish(open: Open, data: NvbandwidthData, problems: ProblemList): void {
  if (open.columns && open.rows.length > 0 && !open.failed) open.matrices.push({ title: open.title, matrix: open.rows, sum: null });
  else if (open.columns) open.failed = true;
  if (open.waived) {
    data.testcases.push({ name: open.name, status: 'waived', title: open.title, matrix: null, sum: null, matrices: [] });
    return;
  }
  const last = open.matrices[open.matrices.length - 1];
  if (open.failed || !last) {
    if (!open.failed) problems.add(open.line, `testcase ${open.name}: no result (cut off?)`);
    else problems.add(open.line, `testcase ${open.name}: incomplete; not read`);
    return;
  }
  data.testcases.push({ name: open.name, status: 'ok', title: last.title, matrix: last.matrix, sum: last.sum, matrices: open.matrices });
}

function readHeaderLine(trimmed: string, data: NvbandwidthData): void {
  let m: RegExpExecArray | null;
  if ((m = /^nvbandwidth Version: (\S+)/.exec(trimmed))) data.version = m[1] as string;
  else if ((m = /^Driver Version: (\S+)/.exec(trimmed))) data.driverVersion = m[1] as string;
  else if ((m = /^CUDA Runtime Version: (\S+)/.exec(trimmed))) data.cudaRuntimeVersion = m[1] as string;
  else if ((m = DEVICE.exec(trimmed))) data.devices.push({ index: Number(m[1]), name: (m[2] as string).trim(), pci: m[3] ?? null });
}
