import { readFile } from 'node:fs/promises';
import type { CommandResult } from '../core/command-runner.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { locateHunk, parsePatchFailure } from './patch-failure.js';
import type { PlanStep } from './plan.js';

type PatchStep = Extract<PlanStep, { kind: 'apply-patch' }>;

/**
 * Applies one patch of the series. A patch that does not apply stops the build, naming the
 * patch, the failing file and hunk, with an annotation on the hunk's line in the patch file —
 * never skipped (linux-riscv CI skips such patches silently; we do not).
 */
export async function applyPatch(step: PatchStep, run: (argv: readonly string[]) => Promise<CommandResult>, logger: Logger): Promise<void> {
  if (step.dryRunArgv) {
    const dry = await run(step.dryRunArgv);
    if (dry.exitCode !== 0) await fail(step, `${dry.stdout}\n${dry.stderr}`, logger);
  }
  const result = await run(step.argv);
  if (result.exitCode === 0) return;
  const output = `${result.stdout}\n${result.stderr}`;
  if (step.tool === 'git-am') {
    // Leave the tree as it was before this patch, not in the middle of an am session.
    const srcDir = step.argv[2]!;
    await run(['git', '-C', srcDir, 'am', '--abort']);
  }
  await fail(step, output, logger);
}

async function fail(step: PatchStep, output: string, logger: Logger): Promise<never> {
  const failure = parsePatchFailure(step.tool, output);
  const text = await readFile(step.patch, 'utf8').catch(() => '');
  const hunk = failure.file ? locateHunk(text, failure.file, { hunk: failure.hunk, treeLine: failure.treeLine }) : null;
  const display = step.display;
  const where = failure.file ? ` in ${failure.file}${hunk ? ` (hunk #${hunk.hunk}: ${hunk.header})` : ''}` : '';
  const message = `patch ${display} does not apply${where}: ${failure.detail}`;
  logger.error(message, { file: display, line: hunk?.patchLine ?? 1, title: 'patch does not apply' });
  throw new UsageError(message, {
    details: [`tool: ${step.tool === 'git-am' ? 'git am' : 'patch -p1'}`, ...output.split('\n').filter((l) => l.trim() !== '').slice(-8).map((l) => `  | ${l}`)],
  });
}
