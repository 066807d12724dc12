import { readFile, stat } from 'node:fs/promises';
import type { Logger } from '../core/logger.js';
import { UsageError } from '../core/errors.js';
import type { AuditRequest } from './config-audit.js';
import { MAX_FRAGMENT_BYTES, parseFragment } from './kconfig-fragment.js';
import type { BuildPlan } from './plan.js';

/**
 * Checks every input file before the first command runs: fragments parse (syntax errors are
 * annotated at fragment:line), patches, base config and module directories exist. Returns the
 * requests the config audit will compare.
 */
export async function preflight(plan: BuildPlan, logger: Logger): Promise<AuditRequest[]> {
  const problems: string[] = [];
  const requests: AuditRequest[] = [];
  for (const fragment of plan.fragments) {
    const text = await readSmall(fragment.path, fragment.display, problems);
    if (text === null) continue;
    const parsed = parseFragment(text);
    for (const p of parsed.problems) {
      problems.push(`${fragment.display}:${p.line}: ${p.message}`);
      logger.error(p.message, { file: fragment.display, line: p.line, title: 'Kconfig fragment syntax' });
    }
    for (const entry of parsed.entries) requests.push({ ...entry, fragment: fragment.display, policy: fragment.policy });
  }
  for (const patch of plan.patches) await expectFile(patch.path, `patch ${patch.display}`, problems);
  if (plan.base.kind === 'file') await expectFile(plan.base.path, `base config ${plan.base.display}`, problems);
  for (const module of plan.modules) {
    const info = await stat(module.path).catch(() => null);
    if (!info?.isDirectory()) problems.push(`module ${module.name}: ${module.display} is not a directory`);
  }
  if (plan.source.type === 'tarball') await expectFile(plan.source.path, `kernel tarball ${plan.source.path}`, problems);
  if (plan.source.type === 'local') {
    const info = await stat(plan.source.path).catch(() => null);
    if (!info?.isDirectory()) problems.push(`kernel source ${plan.source.path} is not a directory`);
  }
  if (problems.length > 0) throw new UsageError(`the build inputs have ${problems.length} problem(s)`, { details: problems });
  return requests;
}

async function readSmall(path: string, display: string, problems: string[]): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      problems.push(`fragment ${display} is not a file`);
      return null;
    }
    if (info.size > MAX_FRAGMENT_BYTES) {
      problems.push(`fragment ${display} is ${info.size} bytes; the limit is ${MAX_FRAGMENT_BYTES}`);
      return null;
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    problems.push(`fragment ${display}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return null;
  }
}

async function expectFile(path: string, what: string, problems: string[]): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) problems.push(`${what}: no such file`);
}
