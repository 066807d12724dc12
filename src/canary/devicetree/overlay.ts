import { randomBytes } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CommandResult, CommandRunner } from '../../core/command-runner.js';
import { formatArgv } from '../../core/command-runner.js';
import { InfraError, UsageError } from '../../core/errors.js';
import { parseDts, type DtTree } from './dts-parse.js';
import { type DtRequirement, type DtVerification, verifyDeviceTree } from './dt-verify.js';

/**
 * Device-tree tools at the edge: dtc compiles overlays and decompiles blobs, fdtoverlay applies
 * overlays, fdtput refreshes the RNG seed. Every call is argv through the CommandRunner.
 */
export interface DtTools {
  runner: CommandRunner;
  signal?: AbortSignal;
}

/** `dtc -@ -I dts -O dtb`: a .dtso overlay source → .dtbo. A syntax error is the user's to fix. */
export async function compileOverlay(tools: DtTools, source: string, out: string): Promise<string> {
  // -@: keep labels as __symbols__/__fixups__ so label references resolve when applied.
  const result = await run(tools, ['dtc', '-@', '-q', '-I', 'dts', '-O', 'dtb', '-o', out, source]);
  if (result.exitCode !== 0) {
    throw new UsageError(`dtc could not compile ${source}`, { details: lastLines(result.stderr) });
  }
  return out;
}

/** `fdtoverlay -i BASE -o OUT OVERLAY...`; overlays given as .dtso are compiled first into workDir. */
export async function applyOverlays(tools: DtTools, base: string, overlays: readonly string[], out: string, workDir: string): Promise<string> {
  const blobs: string[] = [];
  for (const [index, overlay] of overlays.entries()) {
    if (/\.dtso$|\.dts$/.test(overlay)) {
      blobs.push(await compileOverlay(tools, overlay, join(workDir, `${index}-${basename(overlay).replace(/\.dtso?$/, '')}.dtbo`)));
    } else blobs.push(overlay);
  }
  if (blobs.length === 0) {
    // fdtoverlay refuses to run without an overlay; a board without overlays boots its base as is.
    await copyFile(base, out);
    return out;
  }
  const result = await run(tools, ['fdtoverlay', '-i', base, '-o', out, ...blobs]);
  if (result.exitCode !== 0) {
    // e.g. "Failed to apply 'x.dtbo': FDT_ERR_NOTFOUND": the overlay targets a node the base lacks.
    throw new UsageError(`fdtoverlay could not apply ${overlays.join(', ')} to ${base}`, { details: lastLines(result.stderr || result.stdout) });
  }
  return out;
}

/** `dtc -I dtb -O dts` of a blob, parsed. A blob dtc cannot read is reported, not thrown at the parser. */
export async function readDtb(tools: DtTools, dtb: string): Promise<DtTree> {
  const result = await run(tools, ['dtc', '-q', '-I', 'dtb', '-O', 'dts', dtb]);
  if (result.exitCode !== 0) {
    throw new UsageError(`dtc could not read ${dtb} as a DTB`, { details: lastLines(result.stderr) });
  }
  const parsed = parseDts(result.stdout);
  if (!parsed.ok) throw new UsageError(`${dtb}: no device tree in dtc's output`, { details: parsed.problems.map((p) => p.message) });
  return parsed.data;
}

export async function verifyDtb(tools: DtTools, dtb: string, requirements: readonly DtRequirement[]): Promise<DtVerification> {
  return verifyDeviceTree(await readDtb(tools, dtb), requirements);
}

/**
 * QEMU writes a random /chosen/rng-seed into the DTB it generates, but a dumped DTB replays the seed of
 * the dump at every boot. A fresh seed per boot keeps the guest's RNG unpredictable (and credited at once).
 */
export async function refreshRngSeed(tools: DtTools, dtb: string): Promise<void> {
  const bytes = [...randomBytes(32)].map((b) => b.toString(16));
  const result = await run(tools, ['fdtput', '-t', 'bx', dtb, '/chosen', 'rng-seed', ...bytes]);
  if (result.exitCode !== 0) throw new InfraError(`fdtput could not set /chosen/rng-seed in ${dtb}`, { details: lastLines(result.stderr) });
}

async function run(tools: DtTools, argv: string[]): Promise<CommandResult> {
  try {
    return await tools.runner.run({ argv, timeoutMs: 60_000, signal: tools.signal, maxOutputBytes: 64 * 1024 * 1024 });
  } catch (error) {
    throw new InfraError(`cannot run ${formatArgv(argv.slice(0, 1))} (install device-tree-compiler)`, { cause: error });
  }
}

function lastLines(text: string): string[] {
  return text.trim().split('\n').filter(Boolean).slice(-5);
}
