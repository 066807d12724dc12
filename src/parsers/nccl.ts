import { printable, toNumber } from './cells.js';
import { completeLines } from './complete-lines.js';
import { neverThrows } from './guard.js';
import { describeEmpty, ProblemList } from './lines.js';
import { type BlockColumns, layoutFromHeader, layoutFromRow, type NcclLayout } from './nccl-layout.js';
import type { ParseResult } from './types.js';

export interface NcclBlock {
  timeUs: number;
  algbwGBs: number;
  busbwGBs: number;
  /** `#wrong` (wrong elements) or, in old versions, `error` (max error); null for `N/A` or absent. */
  wrong: number | null;
}

export interface NcclRow {
  /** 1-based line of the row. */
  line: number;
  sizeBytes: number;
  count: number;
  type: string;
  /** null for collectives without a reduction column (old all_reduce tables, alltoall). */
  redop: string | null;
  outOfPlace: NcclBlock;
  /** null when the table has no in-place half. */
  inPlace: NcclBlock | null;
}

export interface NcclData {
  /** Distinct ranks in the `#  Rank N ...` lines; null when the output has none. */
  ranks: number | null;
  rows: NcclRow[];
  /** The complete row with the largest size (the figure to gate on); null when there is none. */
  largest: NcclRow | null;
  /** `# Out of bounds values : N OK|FAILED`. */
  outOfBounds: { count: number; ok: boolean } | null;
  /** `# Avg bus bandwidth`: the mean over every size of the sweep. Informational; gate on `largest`. */
  avgBusbwGBs: number | null;
}

// mpirun --tag-output prefixes `[1,0]<stdout>:`; some launchers prefix `[0] `.
const RANK_TAG = /^\[\d{1,6}(?:,\d{1,6})?\](?:<std(?:out|err)>)?:?\s?/;
const RANK_LINE = /^Rank\s+(\d{1,6})\s.*\bdevice\s+\d+/;
const PARAMS = /^nThread \d+ nGpus \d+ /;
const OUT_OF_BOUNDS = /^Out of bounds values\s*:\s*(\d+)\s+(OK|FAILED)/;
const AVG_BUSBW = /^Avg bus bandwidth\s*:\s*(\S+)/;

/** Parses the output of nccl-tests `*_perf` binaries (all_reduce_perf, all_gather_perf, ...). */
export const parseNccl = neverThrows(readNccl, (): NcclData => ({ ranks: null, rows: [], largest: null, outOfBounds: null, avgBusbwGBs: null }));

function readNccl(text: string): ParseResult<NcclData> {
  const problems = new ProblemList();
  const data: NcclData = { ranks: null, rows: [], largest: null, outOfBounds: null, avgBusbwGBs: null };
  const ranks = new Set<number>();
  let layout: NcclLayout | null = null;
  let parameterLines = 0;
  for (const line of completeLines(text, problems)) {
    const untagged = line.text.replace(RANK_TAG, '');
    // Copies sometimes lose the `#` in front of comment lines; the data rows never have one.
    const commented = untagged.trimStart().startsWith('#');
    const body = untagged.trim().replace(/^#\s*/, '');
    if (body === '') continue;
    let m: RegExpExecArray | null;
    if ((m = RANK_LINE.exec(body))) {
      ranks.add(Number(m[1]));
    } else if (PARAMS.test(body)) {
      if (++parameterLines === 2) problems.add(line.no, 'a second test header: each process ran its own test (nccl-tests built without MPI=1?)');
    } else if ((m = OUT_OF_BOUNDS.exec(body))) {
      data.outOfBounds = { count: Number(m[1]), ok: m[2] === 'OK' };
    } else if ((m = AVG_BUSBW.exec(body))) {
      data.avgBusbwGBs = toNumber(m[1]);
    } else if (/^size\s+count\s/.test(body)) {
      layout = layoutFromHeader(body.split(/\s+/));
      if (!layout) problems.add(line.no, `unreadable column header: "${printable(body)}"`);
    } else if (!commented && /^\d/.test(body)) {
      const row = readRow(body.split(/\s+/), layout, line.no, problems);
      if (row) data.rows.push(row);
    }
  }
  data.ranks = ranks.size > 0 ? ranks.size : null;
  data.largest = data.rows.reduce<NcclRow | null>((best, row) => (best === null || row.sizeBytes > best.sizeBytes ? row : best), null);
  const ok = data.rows.length > 0;
  if (!ok) problems.add(0, `${describeEmpty(text)}: no nccl-tests result rows`);
  return { data, problems: problems.toArray(), ok };
}

function readRow(tokens: string[], header: NcclLayout | null, lineNo: number, problems: ProblemList): NcclRow | null {
  const layout = header && header.width === tokens.length ? header : header === null ? layoutFromRow(tokens) : null;
  if (!layout) {
    const expected = header ? `${header.width} columns like the header` : 'a known column count';
    problems.add(lineNo, `row has ${tokens.length} columns, expected ${expected} (cut off or mixed with other output?)`);
    return null;
  }
  const sizeBytes = toNumber(tokens[layout.size]);
  const count = toNumber(tokens[layout.count]);
  const outOfPlace = readBlock(tokens, layout.outOfPlace);
  const inPlace = layout.inPlace ? readBlock(tokens, layout.inPlace) : null;
  if (sizeBytes === null || count === null || outOfPlace === null || (layout.inPlace && inPlace === null)) {
    problems.add(lineNo, `row with an unreadable number: "${printable(tokens.join(' '))}"`);
    return null;
  }
  return {
    line: lineNo,
    sizeBytes,
    count,
    type: tokens[layout.type] as string,
    redop: layout.redop < 0 ? null : (tokens[layout.redop] as string),
    outOfPlace,
    inPlace,
  };
}

function readBlock(tokens: readonly string[], columns: BlockColumns): NcclBlock | null {
  const timeUs = toNumber(tokens[columns.time]);
  const algbwGBs = toNumber(tokens[columns.algbw]);
  const busbwGBs = toNumber(tokens[columns.busbw]);
  if (timeUs === null || algbwGBs === null || busbwGBs === null) return null;
  return { timeUs, algbwGBs, busbwGBs, wrong: columns.wrong < 0 ? null : toNumber(tokens[columns.wrong]) };
}
