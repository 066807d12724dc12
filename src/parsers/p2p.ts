import { printable, toNumber } from './cells.js';
import { completeLines } from './complete-lines.js';
import { neverThrows } from './guard.js';
import { describeEmpty, type Line, ProblemList } from './lines.js';
import type { ParseResult } from './types.js';

export interface P2pMatrix {
  /** Title as printed, e.g. `Unidirectional P2P=Enabled Bandwidth (P2P Writes) Matrix (GB/s)`. */
  title: string;
  metric: 'bandwidth' | 'latency';
  /** null for latency matrices. */
  direction: 'unidirectional' | 'bidirectional' | null;
  /** P2P=Enabled / P2P=Disabled; null when the title does not say. */
  p2p: boolean | null;
  /** Latency matrices come as a `GPU` and a `CPU` sub-table; null for bandwidth. */
  table: 'GPU' | 'CPU' | null;
  /** values[row][column]: GB/s or microseconds; row = source device. */
  values: (number | null)[][];
}

export interface P2pData {
  devices: { index: number; name: string; pciBusId: string }[];
  /** `Device=i CAN|CANNOT Access Peer Device=j`. */
  peerAccess: { from: number; to: number; can: boolean }[];
  /** `P2P Connectivity Matrix` (1 = peer access); null when not printed. */
  connectivity: number[][] | null;
  /** Complete matrices only; a cut or elided matrix is a problem. */
  matrices: P2pMatrix[];
}

const TITLE = /^(?:(Unidirectional|Bidirectional) )?P2P=(Enabled|Disabled) (Bandwidth|Latency)\b.*\((GB\/s|us)\)$/;
const CONNECTIVITY = /^P2P Connectivity Matrix$/;
const HEADER = /^(D\\D|GPU|CPU)((?:\s+\d{1,3})+)$/;
const DEVICE = /^Device: (\d{1,4}), (.*), pciBusID: ([0-9a-f]{1,4}), pciDeviceID: [0-9a-f]{1,4}, pciDomainID:\s?[0-9a-f]{1,8}$/i;
const PEER = /^Device=(\d{1,4}) (CAN|CANNOT) Access Peer Device=(\d{1,4})$/;

/** Parses the output of the CUDA sample p2pBandwidthLatencyTest. */
export const parseP2p = neverThrows(readP2p, (): P2pData => ({ devices: [], peerAccess: [], connectivity: null, matrices: [] }));

interface Table {
  title: string;
  line: number;
  kind: 'connectivity' | Omit<P2pMatrix, 'values' | 'table'>;
  table: 'GPU' | 'CPU' | null;
  columns: number;
  rows: (number | null)[][];
}

function readP2p(text: string): ParseResult<P2pData> {
  const problems = new ProblemList();
  const data: P2pData = { devices: [], peerAccess: [], connectivity: null, matrices: [] };
  let title: { text: string; line: number; kind: Table['kind'] } | null = null;
  let table: Table | null = null;
  const close = (reason: string | null): void => {
    if (table) finish(table, data, problems, reason);
    table = null;
  };
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.trim();
    const current = table as Table | null;
    if (current && trimmed !== '' && readRow(current, trimmed, line, problems)) continue;
    if (current) close(trimmed === '' ? null : trimmed);
    if (trimmed === '') continue;
    let m: RegExpExecArray | null;
    if ((m = HEADER.exec(trimmed)) && title) {
      const columns = (m[2] as string).trim().split(/\s+/).length;
      const sub = m[1] === 'D\\D' ? null : (m[1] as 'GPU' | 'CPU');
      table = { title: title.text, line: line.no, kind: title.kind, table: sub, columns, rows: [] };
    } else if (CONNECTIVITY.test(trimmed)) {
      title = { text: trimmed, line: line.no, kind: 'connectivity' };
    } else if ((m = TITLE.exec(trimmed))) {
      title = { text: trimmed, line: line.no, kind: describe(m) };
    } else if ((m = DEVICE.exec(trimmed))) {
      data.devices.push({ index: Number(m[1]), name: (m[2] as string).trim(), pciBusId: m[3] as string });
    } else if ((m = PEER.exec(trimmed))) {
      data.peerAccess.push({ from: Number(m[1]), to: Number(m[3]), can: m[2] === 'CAN' });
    } else if (/^(\.{3}|\[\.\.\.\])$/.test(trimmed)) {
      problems.add(line.no, 'lines elided ("..."): the output is incomplete');
    } else if (!isChatter(trimmed)) {
      problems.add(line.no, `unexpected line: "${printable(trimmed)}"`);
    }
  }
  close('the end of the output');
  const ok = data.matrices.length > 0 || data.connectivity !== null || data.devices.length > 0 || data.peerAccess.length > 0;
  if (!ok) problems.add(0, `${describeEmpty(text)}: no p2pBandwidthLatencyTest output`);
  return { data, problems: problems.toArray(), ok };
}

function describe(m: RegExpExecArray): Omit<P2pMatrix, 'values' | 'table' | 'title'> & { title: string } {
  const metric = m[3] === 'Latency' ? 'latency' : 'bandwidth';
  const direction = m[1] === 'Unidirectional' ? 'unidirectional' : m[1] === 'Bidirectional' ? 'bidirectional' : null;
  return { title: m[0], metric, direction, p2p: m[2] === 'Enabled' };
}

/** true when the line is a row of the table. */
function readRow(table: Table, trimmed: string, line: Line, problems: ProblemList): boolean {
  // Most builds print a TAB after the row index of the connectivity matrix; spaces elsewhere.
  const cells = trimmed.split(/\s+/);
  if (!/^\d{1,3}$/.test(cells[0] as string)) return false;
  const values = cells.slice(1).map((cell) => toNumber(cell));
  if (values.length !== table.columns || values.some((value) => value === null)) {
    problems.add(line.no, `${table.title}: row ${cells[0] as string} has ${values.length} of ${table.columns} values or an unreadable one (cut off?)`);
    table.rows = [];
    table.columns = -1;
    return true;
  }
  table.rows.push(values);
  return true;
}

function finish(table: Table, data: P2pData, problems: ProblemList, endedBy: string | null): void {
  if (table.columns < 0) return; // a broken row was reported already
  if (table.rows.length !== table.columns) {
    const by = endedBy === null ? '' : ` (ended by "${printable(endedBy, 40)}")`;
    problems.add(table.line, `${table.title}: ${table.rows.length} of ${table.columns} rows${by}; not read`);
    return;
  }
  if (table.kind === 'connectivity') {
    data.connectivity = table.rows as number[][];
    return;
  }
  data.matrices.push({ ...table.kind, title: table.title, table: table.table, values: table.rows });
}

/** Banner, NOTE lines and the command line: printed by the tool, carry no measurement. */
function isChatter(trimmed: string): boolean {
  return (
    trimmed.startsWith('[P2P (Peer-to-Peer) GPU Bandwidth Latency Test]') ||
    /^\*{0,3}NOTE:/.test(trimmed) ||
    trimmed.startsWith('So you can see lesser Bandwidth') ||
    /p2pBandwidthLatencyTest/.test(trimmed) ||
    /^#/.test(trimmed)
  );
}
