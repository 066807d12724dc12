import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../core/errors.js';
import { SuiteConfig } from '../config.js';
import { isSafeRawName } from '../results-dir.js';

/**
 * A capture bundle: what one node answered to the smoke suite's commands, so that a virtual canary
 * can answer the same way (docs/smoke.md). Layout:
 *
 * ```
 * BUNDLE/meta.json                      this schema
 * BUNDLE/<step>/<label>.stdout|.stderr  the raw outputs, byte for byte
 * ```
 */
export const BUNDLE_FORMAT = 'linkgate-capture-bundle';
export const META_FILE = 'meta.json';
/** A bundle is text from one node; anything larger is a mistake or an attack. */
export const MAX_META_BYTES = 4 * 1024 * 1024;
export const MAX_OUTPUT_FILE_BYTES = 64 * 1024 * 1024;

const FileName = z.string().refine(isSafeRawName, 'must be a relative path inside the bundle (no "..", no absolute paths)');

export const BundleCommand = z
  .object({
    /** The step that ran it (for people; replay matches on argv). */
    step: z.string().min(1),
    label: z.string().min(1),
    /** The command exactly as the suite runs it; the virtual canary answers this argv with this recording. */
    argv: z.array(z.string()).min(1),
    stdout: FileName.nullable(),
    stderr: FileName.nullable().default(null),
    exitCode: z.number().int().min(0).max(255).nullable(),
    /** Set instead of exitCode when the command died by a signal (e.g. `KILL`). */
    signal: z.string().regex(/^[A-Z0-9]+$/).nullable().default(null),
    durationMs: z.number().nonnegative().default(0),
    /** The virtual canary waits this long before answering (0 = at once); tests use it to provoke timeouts. */
    replayDelayMs: z.number().int().nonnegative().max(3_600_000).default(0),
    /** Where the recording came from (a fixture file, an edit); for SOURCES, not used by replay. */
    source: z.string().optional(),
  })
  .strict()
  .refine((c) => (c.exitCode === null) !== (c.signal === null), 'give exactly one of exitCode and signal');
export type BundleCommand = z.infer<typeof BundleCommand>;

export const BundleMeta = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(1),
    /** The canary name the replay reports (e.g. `h100-healthy`). */
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/),
    description: z.string().default(''),
    capturedAt: z.string().nullable().default(null),
    tool: z.object({ name: z.string(), version: z.string() }).nullable().default(null),
    node: z
      .object({
        host: z.string().nullable().default(null),
        kernelRelease: z.string().nullable().default(null),
        driverVersion: z.string().nullable().default(null),
        labels: z.record(z.string(), z.string()).default({}),
        control: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    /** The settings the suite judges with: the ones the capture ran with, so a replay is judged the same way. */
    suite: SuiteConfig.prefault({}),
    commands: z.array(BundleCommand),
  })
  .strict();
export type BundleMeta = z.infer<typeof BundleMeta>;

/** A recording ready to serve: the outputs read into memory. */
export interface Recording {
  command: BundleCommand;
  stdout: Buffer;
  stderr: Buffer;
}

export interface Bundle {
  dir: string;
  meta: BundleMeta;
  recordings: Recording[];
}

/** Reads and validates a bundle; every problem is a UsageError naming the file. */
export async function readBundle(dir: string): Promise<Bundle> {
  const metaPath = join(dir, META_FILE);
  let text: string;
  try {
    const info = await stat(metaPath);
    if (info.size > MAX_META_BYTES) throw new UsageError(`${metaPath} is ${info.size} bytes; the limit is ${MAX_META_BYTES}`);
    text = await readFile(metaPath, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${dir} is not a capture bundle: no readable ${META_FILE}`);
  }
  const meta = parseBundleMeta(text, metaPath);
  const recordings: Recording[] = [];
  for (const command of meta.commands) {
    recordings.push({
      command,
      stdout: command.stdout === null ? Buffer.alloc(0) : await readOutput(dir, command.stdout),
      stderr: command.stderr === null ? Buffer.alloc(0) : await readOutput(dir, command.stderr),
    });
  }
  return { dir, meta, recordings };
}

export function parseBundleMeta(text: string, where: string): BundleMeta {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = BundleMeta.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw new UsageError(`${where}: not a linkgate capture bundle (${lines.length} problem(s))`, { details: lines.slice(0, 20) });
  }
  return parsed.data;
}

async function readOutput(dir: string, name: string): Promise<Buffer> {
  const path = join(dir, name);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${path}: not a file`);
    if (info.size > MAX_OUTPUT_FILE_BYTES) throw new UsageError(`${path} is ${info.size} bytes; the limit is ${MAX_OUTPUT_FILE_BYTES}`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`capture bundle ${dir}: meta.json names ${name}, which cannot be read`);
  }
}
