import type { DmesgScanSummary, DmesgSink } from './scanner.js';
import { DmesgScanner } from './scanner.js';

/**
 * Scans a kernel log from any async source of chunks (a file or process stream, an SSH channel)
 * in constant memory. Bytes are decoded as UTF-8 across chunk boundaries.
 */
export async function scanDmesgStream(source: AsyncIterable<string | Uint8Array>, sink: DmesgSink): Promise<DmesgScanSummary> {
  const scanner = new DmesgScanner(sink);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    scanner.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  const tail = decoder.decode();
  if (tail !== '') scanner.push(tail);
  return scanner.end();
}
