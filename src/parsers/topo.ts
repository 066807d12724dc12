import { neverThrows } from './guard.js';
import { describeEmpty, refuseBinary, type Line, nvmlFailure, ProblemList, splitLines } from './lines.js';
import { isConnectionCell, isCpuList, isCutLegend, isP2pCell, legendKey, nvlinkCount, unglue } from './topo-cells.js';
import type { ParseResult } from './types.js';

/** A cell as printed (`X`, `NV12`, `SYS`, `GNS`); null when empty or unreadable. */
export type TopoCell = string | null;

export interface TopoGpu {
  index: number;
  label: string;
  /** `CPU Affinity` as printed (`0-23,48-71`); null when absent or `N/A`. */
  cpuAffinity: string | null;
  /** `NUMA Affinity` as printed (`0`, `0-1`); null when absent or `N/A`. */
  numaAffinity: string | null;
  /** `GPU NUMA ID` (drivers ≥ 525); null when absent or `N/A`. */
  gpuNumaId: string | null;
}

export interface TopoNic {
  /** The label as printed: `NIC0` (NIC legend era) or the device itself (`mlx5_0`, older drivers). */
  label: string;
  /** The device behind the label (`mlx5_0`); null when the NIC Legend is missing (cut output). */
  device: string | null;
}

export interface TopoData {
  /** `matrix` = `topo -m`/`--matrix`; `p2p` = `topo -p2p` status matrix. */
  format: 'matrix' | 'p2p';
  /** Column labels in header order. */
  columns: string[];
  /** Affinity columns found in the header, in order. */
  affinityColumns: string[];
  gpus: TopoGpu[];
  nics: TopoNic[];
  /** `matrix[ROW][COL]` keyed by the labels as printed; only rows that were printed. */
  matrix: Record<string, Record<string, TopoCell>>;
  /** Connected components of GPUs over `NV#` cells; singletons included; sorted. */
  nvlinkIslands: number[][];
  legend: Record<string, string>;
}

const AFFINITY_HEADER = /CPU Affinity|NUMA Affinity|GPU NUMA ID/g;
const GPU_LABEL = /^GPU(\d+)$/;
/** Row/column labels: GPUn, NICn, or a NIC device name (mlx5_0, mlx4_0, bnxt_re0, ...). */
const DEVICE_LABEL = /^(GPU\d+|NIC\d+|[A-Za-z][A-Za-z0-9]*_?[A-Za-z0-9]*\d)$/;

interface Header {
  line: number;
  columns: string[];
  affinity: string[];
}

export const parseTopo = neverThrows(readTopo, (): TopoData => ({ format: 'matrix', columns: [], affinityColumns: [], gpus: [], nics: [], matrix: {}, nvlinkIslands: [], legend: {} }));

function readTopo(text: string): ParseResult<TopoData> {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const data: TopoData = { format: 'matrix', columns: [], affinityColumns: [], gpus: [], nics: [], matrix: {}, nvlinkIslands: [], legend: {} };
  if (refuseBinary(text, problems)) return { data, problems: problems.toArray(), ok: false };
  const headerAt = lines.findIndex((line) => parseHeader(line) !== null);
  const header = headerAt >= 0 ? parseHeader(lines[headerAt]!) : null;
  if (!header) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no topology header (a line starting with GPU0)`);
    return { data, problems: problems.toArray(), ok: false };
  }
  data.columns = header.columns;
  data.affinityColumns = header.affinity;
  const gpuRows = new Map<string, string[]>();
  let at = headerAt + 1;
  let lastRowLine = header.line;
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    const trimmed = line.text.trim();
    if (trimmed === '' || /^Legend:?$/.test(trimmed)) break;
    const row = splitRow(line, header, problems);
    if (!row) {
      problems.add(line.no, `not a matrix row: "${clip(trimmed)}"`);
      continue;
    }
    lastRowLine = line.no;
    data.matrix[row.label] = row.cells;
    if (GPU_LABEL.test(row.label)) gpuRows.set(row.label, row.affinity);
  }
  const cutAtEnd = at >= lines.length;
  readLegend(lines.slice(at), data, problems, lines.at(-1)?.no ?? 0);

  const missingRows = header.columns.filter((label) => !data.matrix[label]);
  if (missingRows.length > 0) {
    problems.add(cutAtEnd ? lastRowLine : 0, `no row for ${missingRows.join(', ')}${cutAtEnd ? ' (output cut?)' : ''}`);
  }
  data.gpus = header.columns.flatMap((label) => {
    const match = GPU_LABEL.exec(label);
    if (!match) return [];
    const values = affinityValues(header.affinity, gpuRows.get(label) ?? []);
    return [{ index: Number(match[1]), label, ...values }];
  });
  data.gpus.sort((a, b) => a.index - b.index);
  const nicLegend = data.legend;
  data.nics = header.columns
    .filter((label) => !GPU_LABEL.test(label))
    .map((label) => ({ label, device: /^NIC\d+$/.test(label) ? (nicLegend[label] ?? null) : label }));
  if (data.nics.some((nic) => nic.device === null)) {
    problems.add(lines.at(-1)?.no ?? 0, 'no NIC Legend: the devices behind NIC0.. are unknown (output cut?)');
  }
  checkCells(data, header.line, problems);
  data.nvlinkIslands = nvlinkIslands(data);
  return { data, problems: problems.toArray(), ok: Object.keys(data.matrix).length > 0 };
}

function parseHeader(line: Line): Header | null {
  const firstAffinity = line.text.search(AFFINITY_HEADER);
  const devicePart = firstAffinity >= 0 ? line.text.slice(0, firstAffinity) : line.text;
  const columns = devicePart.trim().split(/\s+/).filter((t) => t !== '');
  if (columns[0] !== 'GPU0' || !columns.every((c) => DEVICE_LABEL.test(c))) return null;
  if (columns.length === 1 && firstAffinity < 0) return null;
  const affinity = firstAffinity >= 0 ? [...line.text.slice(firstAffinity).matchAll(AFFINITY_HEADER)].map((m) => m[0]) : [];
  return { line: line.no, columns, affinity };
}

interface Row {
  label: string;
  cells: Record<string, TopoCell>;
  affinity: string[];
}

function splitRow(line: Line, header: Header, problems: ProblemList): Row | null {
  const width = header.columns.length;
  let tokens: string[];
  let deviceCells: string[];
  let rest: string[];
  if (line.text.includes('\t')) {
    // Tabs keep empty cells in place; after the device cells nvidia-smi pads with empty cells.
    tokens = line.text.split('\t').map((t) => t.trim());
    if (tokens[0] === '') tokens.shift();
    deviceCells = tokens.slice(1, 1 + width);
    rest = tokens.slice(1 + width).filter((t) => t !== '');
  } else {
    tokens = line.text.trim().split(/\s+/);
    tokens = tokens.flatMap((t, i) => (i > 0 && !isCellOrAffinity(t) ? (unglue(t) ?? [t]) : [t]));
    deviceCells = tokens.slice(1, 1 + width);
    rest = tokens.slice(1 + width);
  }
  const label = tokens[0] ?? '';
  if (!DEVICE_LABEL.test(label)) return null;
  if (!header.columns.includes(label)) problems.add(line.no, `row ${label} has no column in the header`);
  const cells: Record<string, TopoCell> = {};
  header.columns.forEach((column, i) => {
    const cell = deviceCells[i];
    if (cell === undefined) return;
    if (cell === '') cells[column] = null;
    else if (isConnectionCell(cell) || isP2pCell(cell)) cells[column] = cell;
    else {
      cells[column] = null;
      problems.add(line.no, `${label}/${column}: "${clip(cell)}" is not a topology code${i === deviceCells.length - 1 ? ' (output cut?)' : ''}`);
    }
  });
  if (deviceCells.length < width) {
    problems.add(line.no, `row ${label} has ${deviceCells.length} of ${width} cells (output cut?)`);
  }
  const isGpu = GPU_LABEL.test(label);
  if (isGpu && deviceCells.length === width && rest.length < header.affinity.length) {
    const missing = header.affinity.slice(rest.length).join(', ');
    // The value before the cut may itself be cut ("112-127,240-25"): drop it rather than guess.
    const dropped = rest.pop();
    problems.add(line.no, `row ${label} lacks ${missing}${dropped ? ` and its "${clip(dropped)}" may be cut` : ''} (output cut?)`);
  }
  if (rest.length > (isGpu ? header.affinity.length : 0)) {
    problems.add(line.no, `row ${label} has ${rest.length - (isGpu ? header.affinity.length : 0)} unexpected trailing cell(s)`);
  }
  return { label, cells, affinity: isGpu ? rest : [] };
}

function isCellOrAffinity(token: string): boolean {
  return isConnectionCell(token) || isP2pCell(token) || isCpuList(token) || token === 'N/A';
}

function affinityValues(columns: readonly string[], values: readonly string[]): Omit<TopoGpu, 'index' | 'label'> {
  const pick = (name: string): string | null => {
    const value = values[columns.indexOf(name)];
    return value === undefined || value === 'N/A' || value === '' ? null : value;
  };
  return { cpuAffinity: pick('CPU Affinity'), numaAffinity: pick('NUMA Affinity'), gpuNumaId: pick('GPU NUMA ID') };
}

function readLegend(lines: readonly Line[], data: TopoData, problems: ProblemList, lastLine: number): void {
  let seenLegend = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (/^(NIC )?Legend:?$/.test(trimmed)) {
      seenLegend = true;
      continue;
    }
    const nic = /^(NIC\d+)\s*:\s*(\S+)$/.exec(trimmed);
    if (nic?.[1] && nic[2]) {
      data.legend[nic[1]] = nic[2];
      continue;
    }
    const entry = /^(\S+)\s*=\s*(.*)$/.exec(trimmed);
    if (seenLegend && entry?.[1] && entry[2] !== undefined) {
      data.legend[entry[1]] = entry[2];
      if (isCutLegend(entry[1], entry[2])) problems.add(line.no, `legend entry ${entry[1]} is cut short (output cut?)`);
    }
  }
  if (!seenLegend) problems.add(lastLine, 'no legend after the matrix (output cut?)');
}

function checkCells(data: TopoData, headerLine: number, problems: ProblemList): void {
  const used = new Set<string>();
  let p2p = false;
  for (const [row, cells] of Object.entries(data.matrix)) {
    for (const [column, cell] of Object.entries(cells)) {
      if (cell === null) continue;
      used.add(legendKey(cell));
      if (isP2pCell(cell)) p2p = true;
      if ((row === column) !== (cell === 'X')) problems.add(headerLine, `${row}/${column}: "${cell}" on the ${row === column ? '' : 'off-'}diagonal`);
      const mirror = data.matrix[column]?.[row];
      if (mirror && mirror !== cell && row < column) problems.add(headerLine, `${row}/${column} is ${cell} but ${column}/${row} is ${mirror}`);
    }
  }
  data.format = p2p ? 'p2p' : 'matrix';
  const legendKeys = Object.keys(data.legend).filter((k) => !/^NIC\d+$/.test(k));
  if (legendKeys.length === 0) return;
  const missing = [...used].filter((code) => !(code in data.legend) && !(code === 'SYS' && 'SOC' in data.legend));
  if (missing.length > 0) problems.add(0, `legend has no entry for ${missing.join(', ')} (output cut?)`);
}

/** Union-find over GPUs joined by an NV# cell in either direction. */
export function nvlinkIslands(data: Pick<TopoData, 'gpus' | 'matrix'>): number[][] {
  const parent = new Map<number, number>(data.gpus.map((g) => [g.index, g.index]));
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(i, root);
    return root;
  };
  for (const a of data.gpus) {
    for (const b of data.gpus) {
      if (a.index >= b.index) continue;
      const cell = data.matrix[a.label]?.[b.label] ?? data.matrix[b.label]?.[a.label];
      if (nvlinkCount(cell) > 0) parent.set(find(b.index), find(a.index));
    }
  }
  const groups = new Map<number, number[]>();
  for (const gpu of data.gpus) {
    const root = find(gpu.index);
    groups.set(root, [...(groups.get(root) ?? []), gpu.index]);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
