import { isAscii } from 'node:buffer';
import type { DmesgEvent } from './events.js';
import type { DmesgScanSummary, DmesgSink } from './scanner.js';
import { DmesgScanner } from './scanner.js';

/**
 * Scans a kernel log from any async source of chunks (a file or process stream, an SSH channel)
 * in constant memory.
 *
 * Bytes are decoded as latin1, one character per byte: it is several times cheaper than UTF-8 on
 * multi-gigabyte logs, cannot split a character across chunks, and every pattern we look for is
 * ASCII. Once non-ASCII bytes have been seen, events get their text decoded as UTF-8 before they
 * are handed out, so callers see the same text as parseDmesg gives.
 */
export async function scanDmesgStream(source: AsyncIterable<string | Uint8Array>, sink: DmesgSink): Promise<DmesgScanSummary> {
  // A line can span many chunks, so once any chunk had a non-ASCII byte every event is looked at.
  let sawNonAscii = false;
  const scanner = new DmesgScanner({
    event: (event) => sink.event(sawNonAscii ? utf8Fields(event) : event),
    problem: (problem) => sink.problem(problem),
  });
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      scanner.push(chunk);
      continue;
    }
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!sawNonAscii && !isAscii(buffer)) sawNonAscii = true;
    scanner.push(buffer.toString('latin1'));
  }
  return scanner.end();
}

const NON_ASCII = /[\u0080-\u00ff]/;

/** Every string field of an event is a piece of its message (or ASCII): only events whose message has non-ASCII bytes change. */
function utf8Fields(event: DmesgEvent): DmesgEvent {
  if (!NON_ASCII.test(event.message)) return event;
  const copy: Record<string, unknown> = { ...event };
  for (const [key, value] of Object.entries(event)) {
    if (typeof value === 'string' && NON_ASCII.test(value)) copy[key] = Buffer.from(value, 'latin1').toString('utf8');
  }
  return copy as unknown as DmesgEvent;
}
