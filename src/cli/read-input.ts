import { readFile, stat } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';

/** Tool outputs are kilobytes; a file beyond this is not one, and reading it whole would hurt. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Reads FILE, or stdin for `-`, as UTF-8 text. Missing or oversized input is the user's to fix (exit 2). */
export async function readInput(file: string, stdin: AsyncIterable<Buffer | string> = process.stdin): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > MAX_INPUT_BYTES) throw new UsageError(`stdin is larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (!info.isFile()) throw new UsageError(`${file}: not a file`);
  if (info.size > MAX_INPUT_BYTES) throw new UsageError(`${file} is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  return readFile(file, 'utf8');
}
