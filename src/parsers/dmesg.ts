import { neverThrows } from './guard.js';
import { describeEmpty, ProblemList } from './lines.js';
import type { DmesgEvent } from './kernel-log/events.js';
import { DmesgScanner } from './kernel-log/scanner.js';
import type { ParseResult } from './types.js';

export type * from './kernel-log/events.js';
export { DMESG_EVENT_KINDS } from './kernel-log/events.js';
export { DmesgScanner, type DmesgScanSummary, type DmesgSink } from './kernel-log/scanner.js';
export { scanDmesgStream } from './kernel-log/stream.js';

/** `linkgate parse dmesg`: the events of a kernel log, in input order. */
export interface DmesgData {
  events: DmesgEvent[];
}

/**
 * Reads a kernel log in any of the forms tools print it (dmesg plain, `-T`, `--ctime`,
 * `--time-format=iso`, syslog, journal, raw /dev/kmsg, pstore) and returns its events.
 * For logs too large to hold, use DmesgScanner or scanDmesgStream.
 */
export const parseDmesg = neverThrows(readDmesg, (): DmesgData => ({ events: [] }));

function readDmesg(text: string): ParseResult<DmesgData> {
  const events: DmesgEvent[] = [];
  const problems = new ProblemList();
  if (text.trim() === '') return { data: { events }, problems: [{ line: 0, message: describeEmpty(text) }], ok: false };
  const scanner = new DmesgScanner({ event: (event) => events.push(event), problem: (p) => problems.add(p.line, p.message) });
  scanner.push(text);
  const summary = scanner.end();
  if (!summary.recognized) {
    problems.add(0, `${describeEmpty(text)}: no kernel log lines (no timestamp, log prefix or known message)`);
  }
  return { data: { events }, problems: problems.toArray(), ok: summary.recognized };
}
