import type { CommandResult } from '../core/command-runner.js';
import { UsageError } from '../core/errors.js';
import { sha256File } from './file-hash.js';

/** A tarball that is not the pinned one stops the build before anything unpacks it. */
export async function verifySha256(path: string, expected: string): Promise<void> {
  let actual: string;
  try {
    actual = await sha256File(path);
  } catch (error) {
    throw new UsageError(`cannot read kernel tarball ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (actual !== expected) {
    throw new UsageError(`kernel tarball ${path} has sha256 ${actual}, but the manifest pins ${expected}`, {
      details: ['refusing to build an unpinned source: update kernel.source.sha256 if the new tarball is intended'],
    });
  }
}

/** The manifest's ref must still resolve to its pinned commit (a moved branch or re-tagged release stops the build). */
export async function verifyCommit(
  step: { repo: string; ref: string; commit: string },
  run: (argv: readonly string[]) => Promise<CommandResult>,
): Promise<void> {
  const git = ['git', '-C', step.repo];
  const present = await run([...git, 'cat-file', '-e', `${step.commit}^{commit}`]);
  if (present.exitCode !== 0) throw new UsageError(`pinned commit ${step.commit} is not in the repository (ref ${step.ref})`);
  const candidates = [`refs/remotes/origin/${step.ref}`, `refs/tags/${step.ref}`, step.ref];
  for (const candidate of candidates) {
    const resolved = await run([...git, 'rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (resolved.exitCode !== 0) continue;
    const commit = resolved.stdout.trim();
    if (commit === step.commit) return;
    throw new UsageError(`ref ${step.ref} resolves to ${commit}, but the manifest pins ${step.commit}`, {
      details: ['update kernel.source.commit if the new commit is intended; builds are pinned'],
    });
  }
  throw new UsageError(`ref ${step.ref} does not exist in the repository`);
}
